package org.backlinks4j;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backlinks4j.internal.Clock;

/**
 * Real time, but every delayed task runs at once (on a thread of its own, as a timer would) and
 * its delay is recorded: backoffs are instant in tests and still checked.
 */
final class InstantClock implements Clock {
  private final ExecutorService runner = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "instant-clock");
    thread.setDaemon(true);
    return thread;
  });
  /** Every delay asked for, in milliseconds. */
  final List<Long> delaysMillis = new CopyOnWriteArrayList<>();

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public long currentTimeMillis() {
    return System.currentTimeMillis();
  }

  @Override
  public Future<?> schedule(Runnable task, long delayNanos) {
    delaysMillis.add(delayNanos / 1_000_000);
    return runner.submit(task);
  }
}
