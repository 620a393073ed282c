package org.backlinks4j;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.backlinks4j.internal.Clock;
import org.jspecify.annotations.Nullable;

/**
 * An account's call quota, enforced on the client: at most {@code calls} calls start in any window
 * of {@code window} length, and at most {@code maxConcurrent} are in flight at once. DataForSEO
 * allows 2000 calls a minute and 30 at once per account, which are the defaults.
 *
 * <pre>{@code
 * Quota account = Quota.defaults();          // one per account, shared by its clients
 * BacklinksClient a = BacklinksClient.builder().credentials(creds).quota(account).build();
 * BacklinksClient b = BacklinksClient.builder().credentials(creds).sandbox().quota(account).build();
 * }</pre>
 *
 * <p>Guarantees, for every call of every client that shares this quota, sync or async, retries
 * included (each attempt is a call):
 * <ul>
 *   <li><b>Window.</b> The moments the requests of any {@code calls + 1} calls were written to the
 *       network span at least {@code window + transitMargin}. A call's moment is taken when OkHttp
 *       hands its request to the connection, after connecting and the TLS handshake, which can take
 *       hundreds of milliseconds on a new connection; a call that ends without writing counts at its
 *       end. The service counts calls by its own clock when they arrive: as long as the time from
 *       the write here to the arrival there varies by less than the margin (default
 *       {@value #DEFAULT_TRANSIT_MARGIN_MILLIS} ms), it never sees more than {@code calls} in one
 *       window. The margin costs 0.17 % of a 60 s window. Tens of milliseconds cover the network's
 *       jitter; the rest covers a busy client or server, where a thread that should write or
 *       read a request may wait for a CPU: the quota harness saw up to 113 ms on a loopback
 *       connection of a 2-core machine at a load average of 17. Beyond the margin the service
 *       may answer 40202, which the client retries after a whole window; widen the margin where that
 *       matters more than 0.1 % of the quota.
 *   <li><b>Concurrency.</b> At most {@code maxConcurrent} calls are between their start and their
 *       answer (or failure).
 *   <li><b>Fairness.</b> Calls start in the order they asked to (first come, first served).
 *   <li><b>No idle waiting.</b> A call starts as soon as both bounds allow it: the quota is used
 *       whole. Waiting async calls hold no thread at all.
 * </ul>
 *
 * <p>Why not a library: Resilience4j's RateLimiter counts in fixed refresh periods (two periods'
 * worth can start within one sliding window), Guava's RateLimiter paces evenly (it never lets a
 * burst of 2000 start at once, so a job with high latency wastes the quota) and has no async
 * acquire, and Bucket4j is a token bucket, which starts full and so lets twice the limit through in
 * one sliding window. None of them combines a sliding window, a concurrency cap and a FIFO queue
 * that async callers wait in without a thread, nor lets a call's moment be fixed after its
 * permit; and the library may not depend on them anyway.
 *
 * <p>How: a log of the write moments of recent calls plus a count of started calls that have not
 * written yet, whose moments are still to come. A call may start when fewer than {@code calls} of
 * them are unwritten or younger than {@code window + margin}: its own moment will be later than
 * now, so no window around it can then hold more than {@code calls}.
 */
public final class Quota {
  /** DataForSEO's limit of calls per window. */
  public static final int DEFAULT_CALLS = 2000;
  /** DataForSEO's window, in seconds. */
  public static final long DEFAULT_WINDOW_SECONDS = 60;
  /** DataForSEO's limit of simultaneous calls. */
  public static final int DEFAULT_MAX_CONCURRENT = 30;
  /** How much longer than the window the write moments of a full window must span, in ms. */
  public static final long DEFAULT_TRANSIT_MARGIN_MILLIS = 100;

  private final int calls;
  private final long windowNanos;
  private final long marginNanos;
  private final int maxConcurrent;
  private final Clock clock;

  private final Object lock = new Object();
  /** Write moments of calls that may still share a window with a call starting now. */
  private final WriteTimes written = new WriteTimes();
  /** Calls started whose request is not written yet: their moments are still to come. */
  private int unwritten;
  private int inFlight;
  private final ArrayDeque<CompletableFuture<Permit>> queue = new ArrayDeque<>();
  /** The timer that grants the head of the queue when the window frees, or null. */
  private @Nullable Future<?> wake;

  private Quota(Builder builder) {
    this.calls = builder.calls;
    this.windowNanos = builder.windowNanos;
    this.marginNanos = builder.marginNanos;
    this.maxConcurrent = builder.maxConcurrent;
    this.clock = builder.clock;
  }

  /**
   * DataForSEO's quota: 2000 calls a minute, 30 at once, with the default transit margin.
   *
   * @return a new quota
   */
  public static Quota defaults() {
    return builder().build();
  }

  /**
   * A builder starting from DataForSEO's quota.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How many calls may start in one window.
   *
   * @return the number of calls
   */
  public int calls() {
    return calls;
  }

  /**
   * The window's length.
   *
   * @param unit the unit to express it in
   * @return the length, rounded down
   */
  public long window(TimeUnit unit) {
    return unit.convert(windowNanos, TimeUnit.NANOSECONDS);
  }

  /**
   * The transit margin added to the window.
   *
   * @param unit the unit to express it in
   * @return the margin, rounded down
   */
  public long transitMargin(TimeUnit unit) {
    return unit.convert(marginNanos, TimeUnit.NANOSECONDS);
  }

  /**
   * How many calls may be in flight at once.
   *
   * @return the limit
   */
  public int maxConcurrent() {
    return maxConcurrent;
  }

  /**
   * How many calls are in flight now.
   *
   * @return the count
   */
  public int inFlight() {
    synchronized (lock) {
      return inFlight;
    }
  }

  /**
   * How many calls wait for their turn now.
   *
   * @return the count
   */
  public int waiting() {
    synchronized (lock) {
      return queue.size();
    }
  }

  Clock clock() {
    return clock;
  }

  /**
   * Asks to start a call. The future completes, in order of asking, when both bounds allow; its
   * permit must then be released once the call has its answer. Cancelling the future before that
   * leaves the queue without starting anything.
   */
  CompletableFuture<Permit> acquire() {
    CompletableFuture<Permit> ticket = new CompletableFuture<>();
    List<CompletableFuture<Permit>> granted;
    synchronized (lock) {
      queue.addLast(ticket);
      granted = grantLocked();
    }
    hand(granted);
    ticket.whenComplete((permit, failure) -> {
      if (ticket.isCancelled()) {
        synchronized (lock) {
          queue.remove(ticket);
          if (queue.isEmpty() && wake != null) {
            // Nobody waits for the window any more: no timer should outlive the last waiter (a
            // closed client's calls, say).
            wake.cancel(false);
            wake = null;
          }
        }
      }
    });
    return ticket;
  }

  /** Starts as many queued calls as the bounds allow, in order; returns them to complete unlocked. */
  private List<CompletableFuture<Permit>> grantLocked() {
    List<CompletableFuture<Permit>> granted = new ArrayList<>();
    while (!queue.isEmpty()) {
      CompletableFuture<Permit> head = queue.peekFirst();
      if (head.isDone()) { // cancelled while waiting
        queue.pollFirst();
        continue;
      }
      if (inFlight >= maxConcurrent) {
        break; // a release grants the next one
      }
      long now = clock.nanoTime();
      long span = windowNanos + marginNanos;
      while (!written.isEmpty() && now - written.oldest() >= span) {
        written.removeOldest(); // out of every window a call starting now can share
      }
      if (unwritten + written.size() >= calls) {
        if (!written.isEmpty() && wake == null) {
          wake = clock.schedule(this::wake, written.oldest() + span - now);
        } // else every one is unwritten: its write or release calls again
        break;
      }
      unwritten++;
      inFlight++;
      granted.add(queue.pollFirst());
    }
    return granted;
  }

  private void wake() {
    List<CompletableFuture<Permit>> granted;
    synchronized (lock) {
      wake = null;
      granted = grantLocked();
    }
    hand(granted);
  }

  /** The permit's request is being written now (again, if OkHttp retried it on a new connection). */
  private void written(Permit permit) {
    List<CompletableFuture<Permit>> granted;
    synchronized (lock) {
      long now = clock.nanoTime();
      if (permit.writtenAt == Permit.UNWRITTEN) {
        unwritten--;
      } else {
        written.remove(permit.writtenAt); // the later moment is the one that counts
      }
      permit.writtenAt = now;
      written.add(now);
      granted = grantLocked(); // a wake may now be due to be scheduled
    }
    hand(granted);
  }

  private void release(Permit permit) {
    List<CompletableFuture<Permit>> granted;
    synchronized (lock) {
      if (permit.writtenAt == Permit.UNWRITTEN) {
        // Never written: it cannot have reached the service, but count it at its end to be safe.
        unwritten--;
        permit.writtenAt = clock.nanoTime();
        written.add(permit.writtenAt);
      }
      inFlight--;
      granted = grantLocked();
    }
    hand(granted);
  }

  /** Completes granted tickets outside the lock: their continuations may start HTTP calls. */
  private void hand(List<CompletableFuture<Permit>> granted) {
    for (CompletableFuture<Permit> ticket : granted) {
      Permit permit = new Permit(this);
      if (!ticket.complete(permit)) {
        permit.release(); // cancelled between the grant and now
      }
    }
  }

  @Override
  public String toString() {
    return "Quota{" + calls + " calls per " + TimeUnit.NANOSECONDS.toMillis(windowNanos)
        + " ms (+" + TimeUnit.NANOSECONDS.toMillis(marginNanos) + " ms margin), "
        + maxConcurrent + " in flight}";
  }

  /**
   * One started call's hold on the quota: its slot of concurrency until {@link #release()}, and its
   * place in the window from the moment its request is {@link #written()}.
   */
  static final class Permit {
    static final long UNWRITTEN = Long.MIN_VALUE;

    private final Quota quota;
    private final AtomicBoolean released = new AtomicBoolean();
    long writtenAt = UNWRITTEN; // guarded by the quota's lock

    Permit(Quota quota) {
      this.quota = quota;
    }

    /** The call's request is being written to the network now. */
    void written() {
      if (!released.get()) {
        quota.written(this);
      }
    }

    /** The call has its answer or failed: its slot of concurrency goes back. Idempotent. */
    void release() {
      if (released.compareAndSet(false, true)) {
        quota.release(this);
      }
    }
  }

  /** Configures a {@link Quota}; starts from DataForSEO's 2000 calls a minute, 30 at once. */
  public static final class Builder {
    int calls = DEFAULT_CALLS;
    long windowNanos = TimeUnit.SECONDS.toNanos(DEFAULT_WINDOW_SECONDS);
    long marginNanos = TimeUnit.MILLISECONDS.toNanos(DEFAULT_TRANSIT_MARGIN_MILLIS);
    int maxConcurrent = DEFAULT_MAX_CONCURRENT;
    Clock clock = Clock.SYSTEM;

    Builder() {
    }

    /**
     * At most {@code calls} calls start in any window of the given length.
     *
     * @param calls the number of calls, 1 or more
     * @param window the window's length, more than 0
     * @param unit its unit
     * @return this builder
     */
    public Builder rate(int calls, long window, TimeUnit unit) {
      Objects.requireNonNull(unit, "unit == null");
      if (calls < 1) {
        throw new IllegalArgumentException("calls < 1: " + calls);
      }
      if (window <= 0) {
        throw new IllegalArgumentException("window <= 0: " + window);
      }
      this.calls = calls;
      this.windowNanos = unit.toNanos(window);
      return this;
    }

    /**
     * At most {@code maxConcurrent} calls in flight at once.
     *
     * @param maxConcurrent the limit, 1 or more
     * @return this builder
     */
    public Builder maxConcurrent(int maxConcurrent) {
      if (maxConcurrent < 1) {
        throw new IllegalArgumentException("maxConcurrent < 1: " + maxConcurrent);
      }
      this.maxConcurrent = maxConcurrent;
      return this;
    }

    /**
     * How much longer than the window the starts of a full window must span, to absorb jitter in
     * the time calls take to reach the service (default {@value Quota#DEFAULT_TRANSIT_MARGIN_MILLIS} ms).
     *
     * @param margin the margin, 0 or more
     * @param unit its unit
     * @return this builder
     */
    public Builder transitMargin(long margin, TimeUnit unit) {
      Objects.requireNonNull(unit, "unit == null");
      if (margin < 0) {
        throw new IllegalArgumentException("margin < 0: " + margin);
      }
      this.marginNanos = unit.toNanos(margin);
      return this;
    }

    /** The clock to run on; tests pass a fake one. */
    Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The quota, with nothing started yet.
     *
     * @return the quota
     */
    public Quota build() {
      return new Quota(this);
    }
  }
}
