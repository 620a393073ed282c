package org.backlinks4j.internal;

import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** {@link Clock#SYSTEM}: {@link System#nanoTime()} and one daemon timer thread for every client. */
final class SystemClock implements Clock {
  static final SystemClock INSTANCE = new SystemClock();

  private final ScheduledThreadPoolExecutor timer;

  private SystemClock() {
    // One daemon thread: its tasks only hand out permits and start attempts, which never block,
    // and a daemon thread never keeps an application from exiting.
    timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "backlinks4j-timer");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
  }

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
    return timer.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public String toString() {
    return "Clock.SYSTEM";
  }
}
