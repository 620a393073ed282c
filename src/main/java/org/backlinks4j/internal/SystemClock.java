package org.backlinks4j.internal;

import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@link Clock#SYSTEM}: {@link System#nanoTime()} and one daemon timer thread for every client,
 * alive only while a task is pending.
 */
final class SystemClock implements Clock {
  static final SystemClock INSTANCE = new SystemClock();

  private final ScheduledThreadPoolExecutor timer;

  private SystemClock() {
    // One daemon thread: its tasks only hand out permits and start attempts, which never block,
    // and a daemon thread never keeps an application from exiting. It ends a second after the
    // last pending task has run or been cancelled (a closed client cancels its own), and the next
    // task starts a new one.
    timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "backlinks4j-timer");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
    timer.setKeepAliveTime(1, TimeUnit.SECONDS);
    timer.allowCoreThreadTimeOut(true);
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
