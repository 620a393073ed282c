package org.backlinks4j;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.backlinks4j.internal.Clock;
import org.backlinks4j.internal.SharedLimiter;
import org.backlinks4j.internal.SharedQuotas;
import org.jspecify.annotations.Nullable;

/**
 * An account's call quota, enforced on the client: at most {@code calls} calls start in any window
 * of {@code window} length, and at most {@code maxConcurrent} are in flight at once.
 *
 * <p><b>The limits.</b> A quota whose rate is not {@linkplain Builder#rate set} takes the
 * account's own: before the first call of a client that uses it, the client asks the service's
 * free {@code GET /v3/appendix/user_data} once ({@link BacklinksClient#userData()}) and the quota
 * adopts the account's calls per minute; a {@code userData()} answer read before that first call
 * serves instead, and nothing more is asked. Until then, and when the answer says nothing, it keeps
 * {@value #DEFAULT_CALLS} a minute, DataForSEO's default since 2026-10-19 (2000 before).
 * The service publishes no limit of calls at once: {@value #DEFAULT_MAX_CONCURRENT}, its
 * documented one, stays unless set. A rate set on the builder is never replaced.
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
 * <p><b>Sharing the account with others.</b> When the service refuses a call with 40202 (rate) or
 * 40209 (concurrency) although this quota let it through, someone else is using the account: the
 * quota lowers its own limit to 70 % of its load at that moment and restores it over about one
 * window, as the AWS SDKs' adaptive rate limiting does (CUBIC); see {@code docs/quota.md}. When
 * several processes share one account, a quota kept in Redis
 * ({@code org.backlinks4j.redis.RedisQuota}) shares the limits exactly instead.
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
public final class Quota implements AutoCloseable {
  /**
   * DataForSEO's default limit of calls a minute (10,000 since 2026-10-19, "Default API Rate Limit
   * Increased to 10,000 Requests per Minute"; 2000 before): what a quota keeps until it learns the
   * account's own.
   */
  public static final int DEFAULT_CALLS = 10_000;
  /** DataForSEO's window, in seconds. */
  public static final long DEFAULT_WINDOW_SECONDS = 60;
  /** DataForSEO's limit of simultaneous calls. */
  public static final int DEFAULT_MAX_CONCURRENT = 30;
  /** How much longer than the window the write moments of a full window must span, in ms. */
  public static final long DEFAULT_TRANSIT_MARGIN_MILLIS = 100;

  /** Calls per window: the set rate, the account's own once learned, else the default. */
  private volatile int calls;
  /** Whether the rate was set: then the account's own limit never replaces it. */
  private final boolean rateSet;
  private final long windowNanos;
  private final long marginNanos;
  private final int maxConcurrent;
  private final Clock clock;
  private final boolean adaptive;

  /** Where the counts live when processes share them; null for this process alone. */
  private final @Nullable SharedLimiter shared;
  /** Set once the shared store failed and the quota went on in this process alone. */
  private volatile boolean fellBack;
  private volatile boolean closed;

  private final Object lock = new Object();
  /** The limits that refusals from the service lower and time restores (guarded by the lock). */
  private AdaptiveLimit adaptiveCalls;
  /** Asking the account for its limit, once for all clients of this quota; null until one asks. */
  private @Nullable CompletableFuture<Void> learning;
  private final AdaptiveLimit adaptiveConcurrency;
  /** Write moments of calls that may still share a window with a call starting now. */
  private final WriteTimes written = new WriteTimes();
  /** Calls started whose request is not written yet: their moments are still to come. */
  private int unwritten;
  private int inFlight;
  private final ArrayDeque<CompletableFuture<Permit>> queue = new ArrayDeque<>();
  /**
   * The timer that grants the head of the queue when the window frees or a lowered limit rises,
   * or null; and when it is due ({@link Long#MAX_VALUE} when there is none).
   */
  private @Nullable Future<?> wake;
  private long wakeAt = Long.MAX_VALUE;

  static {
    SharedQuotas.install(Quota::new);
  }

  private Quota(Builder builder) {
    this(builder.calls, builder.rateSet, builder.windowNanos, builder.marginNanos,
        builder.maxConcurrent, builder.clock, builder.adaptive, null);
  }

  private Quota(SharedLimiter shared) {
    this(shared.calls(), !shared.learnsCalls(), shared.windowNanos(), shared.marginNanos(),
        shared.maxConcurrent(), Clock.SYSTEM, true, shared);
  }

  private Quota(int calls, boolean rateSet, long windowNanos, long marginNanos, int maxConcurrent,
      Clock clock, boolean adaptive, @Nullable SharedLimiter shared) {
    this.adaptive = adaptive;
    this.calls = calls;
    this.rateSet = rateSet;
    this.windowNanos = windowNanos;
    this.marginNanos = marginNanos;
    this.maxConcurrent = maxConcurrent;
    this.clock = clock;
    this.shared = shared;
    this.adaptiveCalls = new AdaptiveLimit(calls, windowNanos + marginNanos);
    this.adaptiveConcurrency = new AdaptiveLimit(maxConcurrent, windowNanos + marginNanos);
  }

  /**
   * DataForSEO's quota: the account's own calls a minute once a client learns them
   * ({@value #DEFAULT_CALLS} until then), 30 at once, with the default transit margin.
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
   * How many calls may start in one window: the rate set, or the account's own limit once a
   * client learned it, else {@value #DEFAULT_CALLS}.
   *
   * @return the number of calls
   */
  public int calls() {
    return calls;
  }

  /**
   * Whether this quota takes the account's own calls per minute (its rate was not set): then
   * {@link #calls()} is the account's limit once a client has asked the service for it.
   *
   * @return true when the rate comes from the account
   */
  public boolean followsAccount() {
    return !rateSet;
  }

  /**
   * Completes once the account's limit is known to this quota, or asking failed (the default
   * stays): at once for a quota whose rate is set. The first client to ask runs {@code ask}, a
   * user_data call that teaches the quota through {@link #accountLimit} as its answer is read;
   * the other clients of the quota wait for that one.
   */
  CompletableFuture<Void> accountLimitKnown(java.util.function.Supplier<CompletableFuture<?>> ask) {
    if (rateSet) {
      return KNOWN;
    }
    CompletableFuture<Void> asking;
    synchronized (lock) {
      if (learning != null) {
        return learning;
      }
      asking = learning = new CompletableFuture<>();
    }
    try {
      ask.get().whenComplete((answer, failure) -> asking.complete(null));
    } catch (RuntimeException e) {
      asking.complete(null); // not asked (the client was closed meanwhile): the default stays
    }
    return asking;
  }

  private static final CompletableFuture<Void> KNOWN = CompletableFuture.completedFuture(null);

  /**
   * The account's calls per minute, from a user_data answer (null when it names none): adopted
   * unless the rate was set. The adaptive limit starts again from it; calls already counted stay
   * counted. Any answer, whoever asked for it, is the one {@link #accountLimitKnown} waits for: a
   * client that read the account before its first paid call is not made to ask again.
   */
  void accountLimit(@Nullable Integer callsPerMinute) {
    synchronized (lock) {
      if (learning == null) {
        learning = KNOWN;
      }
    }
    if (rateSet || callsPerMinute == null || callsPerMinute < 1 || callsPerMinute == calls) {
      return;
    }
    if (shared != null) {
      shared.learnCalls(callsPerMinute);
    }
    List<CompletableFuture<Permit>> granted;
    synchronized (lock) {
      calls = callsPerMinute;
      adaptiveCalls = new AdaptiveLimit(callsPerMinute, windowNanos + marginNanos);
      granted = grantLocked(); // a higher limit may let waiting calls start now
    }
    hand(granted);
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
    int shared = this.shared != null ? this.shared.inFlight() : 0;
    synchronized (lock) {
      return inFlight + shared;
    }
  }

  /**
   * How many calls wait for their turn now.
   *
   * @return the count
   */
  public int waiting() {
    int shared = this.shared != null ? this.shared.waiting() : 0;
    synchronized (lock) {
      return queue.size() + shared;
    }
  }

  Clock clock() {
    return clock;
  }

  /**
   * Asks to start a call. The future completes, in order of asking, when both bounds allow; its
   * permit must then be released once the call has its answer. Cancelling the future before that
   * leaves the queue without starting anything. A shared quota whose store cannot be reached
   * completes it exceptionally with a {@link BacklinksException}, unless it falls back to this
   * process alone.
   */
  CompletableFuture<Permit> acquire() {
    if (closed) {
      CompletableFuture<Permit> refused = new CompletableFuture<>();
      refused.completeExceptionally(closedFailure());
      return refused;
    }
    SharedLimiter store = shared;
    if (store != null && !fellBack) {
      return acquireShared(store);
    }
    return acquireLocal();
  }

  private CompletableFuture<Permit> acquireShared(SharedLimiter store) {
    CompletableFuture<Permit> ticket = new CompletableFuture<>();
    CompletableFuture<SharedLimiter.Slot> slot;
    try {
      slot = store.acquire();
    } catch (RuntimeException e) {
      slot = new CompletableFuture<>();
      slot.completeExceptionally(e);
    }
    CompletableFuture<SharedLimiter.Slot> asked = slot;
    asked.whenComplete((granted, failure) -> {
      if (failure == null) {
        Permit permit = new Permit(this, granted);
        if (!ticket.complete(permit)) {
          permit.release(); // cancelled meanwhile
        }
        return;
      }
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null
          ? failure.getCause() : failure;
      if (cause instanceof CancellationException || ticket.isDone()) {
        return;
      }
      if (closed) {
        ticket.completeExceptionally(closedFailure()); // closing is no outage to fall back from
        return;
      }
      if (store.fallsBackToLocal()) {
        fellBack = true; // the limiter has said so where the user reads it
        CompletableFuture<Permit> local = acquireLocal();
        local.whenComplete((permit, never) -> {
          if (permit != null && !ticket.complete(permit)) {
            permit.release();
          }
        });
        ticket.whenComplete((permit, never) -> {
          if (ticket.isCancelled()) {
            local.cancel(false);
          }
        });
        return;
      }
      ticket.completeExceptionally(QuotaUnavailableException.unreachable(cause));
    });
    ticket.whenComplete((permit, failure) -> {
      if (ticket.isCancelled()) {
        asked.cancel(false);
      }
    });
    return ticket;
  }

  private CompletableFuture<Permit> acquireLocal() {
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
            wakeAt = Long.MAX_VALUE;
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
      long now = clock.nanoTime();
      if (inFlight >= concurrencyLimit(now)) {
        // A release grants the next one, or the lowered limit's next rise.
        wakeAfter(adaptive ? adaptiveConcurrency.nanosToNextRise(now) : -1);
        break;
      }
      long span = windowNanos + marginNanos;
      while (!written.isEmpty() && now - written.oldest() >= span) {
        written.removeOldest(); // out of every window a call starting now can share
      }
      if (unwritten + written.size() >= callLimit(now)) {
        long rise = adaptive ? adaptiveCalls.nanosToNextRise(now) : -1;
        long leave = written.isEmpty() ? -1 : written.oldest() + span - now;
        // Whichever comes first; when every one is unwritten, its write or release calls again.
        wakeAfter(rise < 0 ? leave : leave < 0 ? rise : Math.min(rise, leave));
        break;
      }
      unwritten++;
      inFlight++;
      granted.add(queue.pollFirst());
    }
    return granted;
  }

  private int callLimit(long now) {
    return adaptive ? adaptiveCalls.limit(now) : calls;
  }

  private int concurrencyLimit(long now) {
    return adaptive ? adaptiveConcurrency.limit(now) : maxConcurrent;
  }

  /** Schedules a wake after {@code delayNanos} unless one is due by then or the delay is -1. */
  private void wakeAfter(long delayNanos) {
    if (delayNanos < 0) {
      return;
    }
    long at = clock.nanoTime() + delayNanos;
    if (wake == null || at - wakeAt < 0) {
      if (wake != null) {
        wake.cancel(false); // a sooner one replaces it
      }
      wakeAt = at;
      wake = clock.schedule(this::wake, delayNanos);
    }
  }

  private void wake() {
    List<CompletableFuture<Permit>> granted;
    synchronized (lock) {
      wake = null;
      wakeAt = Long.MAX_VALUE;
      granted = grantLocked();
    }
    hand(granted);
  }

  /**
   * The permit's request is being written now. OkHttp sends no request again by itself (see
   * {@link NoResend}); should one be written twice all the same, the later moment counts.
   */
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

  /**
   * The service refused a call this quota let through because the account's window is full or
   * its slots are taken ({@link StatusCodes}' quota column), so someone else is using the account.
   * Lowers this quota's own limit (see {@link AdaptiveLimit}); a shared quota, which already
   * counts every process of the account, leaves its limits alone.
   */
  private void refused(Permit permit, StatusCodes.QuotaSignal signal) {
    if (permit.slot != null || !adaptive || signal == StatusCodes.QuotaSignal.NONE) {
      return;
    }
    synchronized (lock) {
      long now = clock.nanoTime();
      if (signal == StatusCodes.QuotaSignal.WINDOW_FULL) {
        long span = windowNanos + marginNanos;
        while (!written.isEmpty() && now - written.oldest() >= span) {
          written.removeOldest();
        }
        adaptiveCalls.refused(now, permit.grantedAt, unwritten + written.size());
      } else {
        adaptiveConcurrency.refused(now, permit.grantedAt, inFlight);
      }
    }
  }

  /** Completes granted tickets outside the lock: their continuations may start HTTP calls. */
  private void hand(List<CompletableFuture<Permit>> granted) {
    for (CompletableFuture<Permit> ticket : granted) {
      Permit permit = new Permit(this, null);
      if (!ticket.complete(permit)) {
        permit.release(); // cancelled between the grant and now
      }
    }
  }

  /**
   * Closes this quota: from now on it starts no call. Calls waiting for their turn, and calls
   * that ask later, fail at once with a {@link QuotaUnavailableException} (origin
   * {@link BacklinksException.Origin#REQUEST}: nothing was sent); calls in flight finish.
   * Idempotent.
   *
   * <p>A quota kept in Redis ({@code org.backlinks4j.redis.RedisQuota}) also gives back the
   * slots of the calls that ended, stops its thread and closes the Redis client it made (one
   * given to its builder stays open). A quota of this process alone holds no thread or
   * connection of its own (its timers run on the library's one daemon thread, which ends by
   * itself), so closing it only stops it. Close a quota after the clients that use it; a
   * client's {@link BacklinksClient#close()} leaves its quota open, as clients may share it.
   */
  @Override
  public void close() {
    List<CompletableFuture<Permit>> waiting;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      waiting = new ArrayList<>(queue);
      queue.clear();
      if (wake != null) {
        wake.cancel(false);
        wake = null;
        wakeAt = Long.MAX_VALUE;
      }
    }
    for (CompletableFuture<Permit> ticket : waiting) {
      ticket.completeExceptionally(closedFailure());
    }
    if (shared != null) {
      shared.close(); // fails its own waiters, whose calls then fail as those above
    }
  }

  private static QuotaUnavailableException closedFailure() {
    return QuotaUnavailableException.closed();
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
    /** The slot in the shared store, or null when this process's counts hold the call. */
    final SharedLimiter.@Nullable Slot slot;
    final long grantedAt;
    private final AtomicBoolean released = new AtomicBoolean();
    long writtenAt = UNWRITTEN; // guarded by the quota's lock

    Permit(Quota quota, SharedLimiter.@Nullable Slot slot) {
      this.quota = quota;
      this.slot = slot;
      this.grantedAt = quota.clock.nanoTime();
    }

    /** The call's request is being written to the network now. */
    void written() {
      if (!released.get()) {
        if (slot != null) {
          slot.written(quota.clock.nanoTime());
        } else {
          quota.written(this);
        }
      }
    }

    /** The call has its answer or failed: its slot of concurrency goes back. Idempotent. */
    void release() {
      if (released.compareAndSet(false, true)) {
        if (slot != null) {
          slot.release();
        } else {
          quota.release(this);
        }
      }
    }

    /**
     * The call failed with {@code failure}: tells the quota what it says of the account's window
     * or slots (a refusal for either lowers its limit for a while), then releases. Idempotent
     * with {@link #release()}.
     */
    void refused(BacklinksException failure) {
      if (!released.get()) {
        quota.refused(this, StatusCodes.quotaSignal(failure));
      }
      release();
    }
  }

  /**
   * Configures a {@link Quota}; starts from DataForSEO's limits: the account's own calls a minute
   * (see {@link Quota}), 30 at once.
   */
  public static final class Builder {
    int calls = DEFAULT_CALLS;
    boolean rateSet;
    long windowNanos = TimeUnit.SECONDS.toNanos(DEFAULT_WINDOW_SECONDS);
    long marginNanos = TimeUnit.MILLISECONDS.toNanos(DEFAULT_TRANSIT_MARGIN_MILLIS);
    int maxConcurrent = DEFAULT_MAX_CONCURRENT;
    Clock clock = Clock.SYSTEM;
    boolean adaptive = true;

    Builder() {
    }

    /**
     * At most {@code calls} calls start in any window of the given length, whatever the account's
     * own limit is: the quota then never asks the service for it.
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
      this.rateSet = true;
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

    /** Whether refusals from the service lower the limits for a while (default: yes). */
    Builder adaptive(boolean adaptive) {
      this.adaptive = adaptive;
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
