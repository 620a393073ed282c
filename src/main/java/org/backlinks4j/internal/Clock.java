package org.backlinks4j.internal;

import java.util.concurrent.Future;

/**
 * The time a client runs on: the quota's windows, the waits before retries, the account's gate
 * and the call events' durations. A monotonic clock, the wall clock (for the midnight, UTC, at
 * which a daily limit the account reached resets) and delayed tasks: one interface so that tests
 * can swap all three for a fake and never sleep.
 */
public interface Clock {
  /** The real clock, with one shared daemon thread for delayed tasks. */
  Clock SYSTEM = SystemClock.INSTANCE;

  /**
   * A monotonic time in nanoseconds, comparable only with other values of this clock.
   *
   * @return the time
   */
  long nanoTime();

  /**
   * The wall-clock time in milliseconds since the epoch.
   *
   * @return the time
   */
  long currentTimeMillis();

  /**
   * Runs {@code task} once after {@code delayNanos}. Tasks must be short and must not block: they
   * share one thread.
   *
   * @param task the task
   * @param delayNanos the delay, 0 or more
   * @return a handle to cancel the task
   */
  Future<?> schedule(Runnable task, long delayNanos);
}
