package org.backlinks4j.internal;

import java.util.concurrent.CompletableFuture;

/**
 * The counts of a {@link org.backlinks4j.Quota} kept outside this process, in a store that every
 * process of the account shares (such as {@code org.backlinks4j.redis.RedisQuota}). Not API: the
 * shape may change in any release.
 *
 * <p>It keeps the quota's guarantees across processes: at most {@link #calls()} write moments in
 * any window of {@link #windowNanos()} plus {@link #marginNanos()}, at most
 * {@link #maxConcurrent()} calls in flight.
 */
public interface SharedLimiter {
  /**
   * Asks for a slot. The future completes, in order of asking within this process, once the
   * shared bounds allow; exceptionally with {@link Unavailable} when the store cannot be reached.
   * Cancelling it before then leaves the queue.
   *
   * @return the future slot
   */
  CompletableFuture<Slot> acquire();

  /**
   * Whether the quota should go on in this process alone, with the same limits, once the store is
   * unavailable; else calls fail.
   *
   * @return true to fall back to the local quota
   */
  boolean fallsBackToLocal();

  /**
   * How many calls start in a window, for all processes together.
   *
   * @return the number of calls
   */
  int calls();

  /**
   * The window's length.
   *
   * @return nanoseconds
   */
  long windowNanos();

  /**
   * The transit margin.
   *
   * @return nanoseconds
   */
  long marginNanos();

  /**
   * How many calls may be in flight at once, for all processes together.
   *
   * @return the limit
   */
  int maxConcurrent();

  /**
   * How many of this process's calls hold a slot now.
   *
   * @return the count
   */
  int inFlight();

  /**
   * How many of this process's calls wait for a slot now.
   *
   * @return the count
   */
  int waiting();

  /**
   * Lets go of the store: calls still waiting fail, the slots of calls that ended are given back,
   * and the threads and connections this limiter made are released (a client of the store that
   * the caller gave it stays open). Idempotent.
   */
  void close();

  /** One call's slot in the shared quota. */
  interface Slot {
    /**
     * The call's request is being written now (again, if OkHttp retried it on a new connection).
     *
     * @param nanoTime the moment, by {@link System#nanoTime()}
     */
    void written(long nanoTime);

    /** The call has its answer or failed: the slot goes back. Called once. */
    void release();
  }

  /** The store cannot be reached or answered nonsense: the message says which and where. */
  final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure to reach the store.
     *
     * @param message what failed, naming the store without credentials
     * @param cause the client's exception
     */
    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
