package org.backlinks4j.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.EventListener;
import org.jspecify.annotations.Nullable;

/**
 * What {@code --verbose} prints when the client closes: the figures the Micrometer binding records
 * (calls by outcome and code, attempts and retries, refusals, waits for the quota, cost), counted
 * by a listener of the CLI's own, so that the CLI carries no Micrometer.
 */
final class CallFigures extends EventListener {
  private final LongAdder succeeded = new LongAdder();
  private final Map<String, LongAdder> failedByCode = new ConcurrentHashMap<>();
  private final LongAdder attempts = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final Map<Integer, LongAdder> refusedByCode = new ConcurrentHashMap<>();
  private final AtomicLong waitedNanos = new AtomicLong();
  private final LongAccumulator longestWaitNanos = new LongAccumulator(Math::max, 0);
  private final DoubleAdder cost = new DoubleAdder();

  @Override
  public void quotaAcquired(Call call, long waitNanos) {
    waitedNanos.addAndGet(waitNanos);
    longestWaitNanos.accumulate(waitNanos);
  }

  @Override
  public void attemptStart(Call call, int attempt) {
    attempts.increment();
    if (attempt > 0) {
      retries.increment();
    }
  }

  @Override
  public void attemptEnd(Call call, int attempt, int statusCode, int httpStatus, double cost,
      long durationNanos, @Nullable BacklinksException failure) {
    this.cost.add(cost);
  }

  @Override
  public void refused(Call call, int code) {
    refusedByCode.computeIfAbsent(code, c -> new LongAdder()).increment();
  }

  @Override
  public void callEnd(Call call, long durationNanos) {
    succeeded.increment();
  }

  @Override
  public void callFailed(Call call, BacklinksException failure, long durationNanos) {
    int code = failure.statusCode() != 0 ? failure.statusCode() : failure.httpStatus();
    failed(code != 0 ? String.valueOf(code) : "no answer");
  }

  @Override
  public void callCanceled(Call call, long durationNanos) {
    failed("cancelled");
  }

  private void failed(String code) {
    failedByCode.computeIfAbsent(code, c -> new LongAdder()).increment();
  }

  /**
   * One line, such as {@code calls: 5 ended, 4 succeeded, 1 failed (40200 x1); 6 attempts, 1 a
   * retry; 0 refused by the service; quota waits 0.0 s in all, the longest 0.000 s; cost $0.08012}.
   */
  String line() {
    long failed = 0;
    StringBuilder codes = new StringBuilder();
    for (Map.Entry<String, LongAdder> entry : new TreeMap<>(failedByCode).entrySet()) {
      failed += entry.getValue().sum();
      codes.append(codes.length() == 0 ? " (" : ", ").append(entry.getKey()).append(" x")
          .append(entry.getValue().sum());
    }
    if (codes.length() > 0) {
      codes.append(')');
    }
    long refused = 0;
    StringBuilder refusals = new StringBuilder();
    for (Map.Entry<Integer, LongAdder> entry : new TreeMap<>(refusedByCode).entrySet()) {
      refused += entry.getValue().sum();
      refusals.append(refusals.length() == 0 ? " (" : ", ").append(entry.getKey()).append(" x")
          .append(entry.getValue().sum());
    }
    if (refusals.length() > 0) {
      refusals.append(')');
    }
    long retried = retries.sum();
    return String.format(Locale.ROOT, "calls: %d ended, %d succeeded, %d failed%s; %d attempts, "
            + "%d %s; %d refused by the service%s; quota waits %.1f s in all, the longest %.3f s; "
            + "cost $%.5f",
        succeeded.sum() + failed, succeeded.sum(), failed, codes, attempts.sum(), retried,
        retried == 1 ? "a retry" : "retries", refused, refusals,
        waitedNanos.get() / 1e9, longestWaitNanos.get() / (double) TimeUnit.SECONDS.toNanos(1),
        cost.sum());
  }
}
