package org.backlinks4j.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.EventListener;
import org.backlinks4j.Summary;
import org.jspecify.annotations.Nullable;

/**
 * The listener {@link BacklinksMetrics#of} returns. It keeps every meter it has registered, so that
 * an event costs a map lookup and an increment rather than a new meter id and the registry's own
 * lookup (which Micrometer's builders do each time).
 */
final class MetricsListener extends EventListener {
  private static final String SUCCESS = "success";
  private static final String FAILURE = "failure";

  private final MeterRegistry registry;
  private final Tags tags;
  private final Timer quotaWait;
  private final ConcurrentMap<String, OperationMeters> operations = new ConcurrentHashMap<>();
  private final ConcurrentMap<Integer, Counter> refusals = new ConcurrentHashMap<>();
  private final Function<String, OperationMeters> newOperation = OperationMeters::new;

  MetricsListener(MeterRegistry registry, Tags tags) {
    this.registry = registry;
    this.tags = tags;
    this.quotaWait = Timer.builder(BacklinksMetrics.QUOTA_WAIT)
        .description("Time attempts waited for the client's quota of calls")
        .tags(tags)
        .register(registry);
  }

  @Override
  public void quotaAcquired(Call call, long waitNanos) {
    quotaWait.record(waitNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void attemptStart(Call call, int attempt) {
    OperationMeters meters = meters(call);
    (attempt == 0 ? meters.firstAttempts : meters.retries).increment();
  }

  @Override
  public void attemptEnd(Call call, int attempt, int statusCode, int httpStatus, double cost,
      long durationNanos, @Nullable BacklinksException failure) {
    if (cost > 0) {
      meters(call).cost.increment(cost);
    }
  }

  @Override
  public void refused(Call call, int code) {
    Integer key = code;
    Counter counter = refusals.get(key);
    if (counter == null) {
      counter = refusals.computeIfAbsent(key, c -> Counter.builder(BacklinksMetrics.REFUSALS)
          .description("Attempts the service refused for the account's quota (40202 window, "
              + "40209 concurrency, HTTP 429)")
          .tags(tags)
          .tag("code", String.valueOf(c))
          .register(registry));
    }
    counter.increment();
  }

  @Override
  public void callEnd(Call call, long durationNanos) {
    OperationMeters meters = meters(call);
    meters.succeeded.increment();
    meters.successDuration.record(durationNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void callFailed(Call call, BacklinksException failure, long durationNanos) {
    int code = failure.statusCode() != 0 ? failure.statusCode() : failure.httpStatus();
    failed(call, code != 0 ? String.valueOf(code) : "none", durationNanos);
  }

  @Override
  public void callCanceled(Call call, long durationNanos) {
    failed(call, "cancelled", durationNanos);
  }

  private void failed(Call call, String code, long durationNanos) {
    OperationMeters meters = meters(call);
    meters.failed(code).increment();
    meters.failureDuration.record(durationNanos, TimeUnit.NANOSECONDS);
  }

  private OperationMeters meters(Call call) {
    String operation = call.operation();
    OperationMeters meters = operations.get(operation);
    // get() first: computeIfAbsent locks its bin even when the key is there (Java 8).
    return meters != null ? meters : operations.computeIfAbsent(operation, newOperation);
  }

  /** The meters of one operation. */
  private final class OperationMeters {
    final String operation;
    final Counter firstAttempts;
    final Counter retries;
    final Counter cost;
    final Counter succeeded;
    final Timer successDuration;
    final Timer failureDuration;
    final ConcurrentMap<String, Counter> failedByCode = new ConcurrentHashMap<>();

    OperationMeters(String operation) {
      this.operation = operation;
      this.firstAttempts = attempts("false");
      this.retries = attempts("true");
      this.cost = Counter.builder(BacklinksMetrics.COST)
          .description("What the service reported it charged")
          .baseUnit("usd")
          .tags(tags)
          .tag("operation", operation)
          .register(registry);
      this.succeeded = calls(SUCCESS, String.valueOf(Summary.STATUS_OK));
      this.successDuration = duration(SUCCESS);
      this.failureDuration = duration(FAILURE);
    }

    Counter failed(String code) {
      Counter counter = failedByCode.get(code);
      return counter != null ? counter
          : failedByCode.computeIfAbsent(code, c -> calls(FAILURE, c));
    }

    private Counter attempts(String retry) {
      return Counter.builder(BacklinksMetrics.ATTEMPTS)
          .description("Attempts sent; retry=true for every attempt after a call's first")
          .tags(tags)
          .tag("operation", operation)
          .tag("retry", retry)
          .register(registry);
    }

    private Counter calls(String outcome, String code) {
      return Counter.builder(BacklinksMetrics.CALLS)
          .description("Calls ended, by outcome and DataForSEO status code (else HTTP status)")
          .tags(tags)
          .tag("operation", operation)
          .tag("outcome", outcome)
          .tag("code", code)
          .register(registry);
    }

    private Timer duration(String outcome) {
      return Timer.builder(BacklinksMetrics.CALL_DURATION)
          .description("Calls from start to end, waits for the quota and retries included")
          .tags(tags)
          .tag("operation", operation)
          .tag("outcome", outcome)
          .register(registry);
    }
  }
}
