package org.backlinks4j;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.backlinks4j.internal.Clock;

/** A clock that stands still until a test advances it, running due tasks in order: no sleeping. */
final class FakeClock implements Clock {
  private long now = 1_000_000_000L; // not zero, so that code cannot mistake 0 for "unset"
  private long sequence;
  private final PriorityQueue<Due> due = new PriorityQueue<>();
  /** Every delay asked of {@link #schedule}, in nanoseconds. */
  final List<Long> delays = new ArrayList<>();

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized long currentTimeMillis() {
    return 1_700_000_000_000L + now / 1_000_000;
  }

  @Override
  public synchronized Future<?> schedule(Runnable task, long delayNanos) {
    FutureTask<Void> future = new FutureTask<>(task, null);
    delays.add(delayNanos);
    due.add(new Due(now + delayNanos, sequence++, future));
    return future;
  }

  /** Moves time forward by {@code nanos}, running every task that falls due on the way. */
  void advance(long nanos) {
    long target;
    synchronized (this) {
      target = now + nanos;
    }
    while (true) {
      Due next;
      synchronized (this) {
        next = due.peek();
        if (next == null || next.at > target) {
          now = target;
          return;
        }
        due.poll();
        now = next.at;
      }
      next.task.run(); // outside the lock, as a real timer thread would
    }
  }

  /** The time of the next task, or -1 when none is waiting. */
  synchronized long nextDue() {
    while (!due.isEmpty() && due.peek().task.isCancelled()) {
      due.poll();
    }
    return due.isEmpty() ? -1 : due.peek().at;
  }

  private static final class Due implements Comparable<Due> {
    final long at;
    final long sequence;
    final FutureTask<Void> task;

    Due(long at, long sequence, FutureTask<Void> task) {
      this.at = at;
      this.sequence = sequence;
      this.task = task;
    }

    @Override
    public int compareTo(Due o) {
      return at != o.at ? Long.compare(at, o.at) : Long.compare(sequence, o.sequence);
    }
  }
}
