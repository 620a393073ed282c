package org.backlinks4j;

import java.util.concurrent.CompletableFuture;

/**
 * Each operation of the client as the tests call it, so that one test class checks what the
 * shared call path promises (typed errors, retries, deadline, cap, cancel, close, logging, quota)
 * for every operation: a class annotated {@code @ParameterizedClass @EnumSource(TestOperation.class)}
 * runs each of its tests once per operation.
 */
public enum TestOperation {
  SUMMARY("/v3/backlinks/summary/live") {
    @Override
    public Object call(BacklinksClient client, String target, CallOptions options) {
      return client.summary(SummaryRequest.of(target), options);
    }

    @Override
    public CompletableFuture<?> callAsync(BacklinksClient client, String target, CallOptions options) {
      return client.summaryAsync(SummaryRequest.of(target), options);
    }

    @Override
    public Object callTagged(BacklinksClient client, String target, String tag) {
      return client.summary(SummaryRequest.builder(target).tag(tag).build());
    }

    @Override
    public double cost(Object outcome) {
      return ((Summary) outcome).cost();
    }

    @Override
    public boolean hasData(Object outcome, String target) {
      return ((Summary) outcome).hasData();
    }

    @Override
    public String taskId(Object outcome) {
      return ((Summary) outcome).taskId();
    }

    @Override
    public String okAnswer(String target) {
      return Fixtures.seedEnvelope().replace("explodingtopics.com", target);
    }
  },

  BULK_PAGES_SUMMARY("/v3/backlinks/bulk_pages_summary/live") {
    @Override
    public Object call(BacklinksClient client, String target, CallOptions options) {
      return client.bulkPagesSummary(BulkPagesSummaryRequest.of(target), options);
    }

    @Override
    public CompletableFuture<?> callAsync(BacklinksClient client, String target, CallOptions options) {
      return client.bulkPagesSummaryAsync(BulkPagesSummaryRequest.of(target), options);
    }

    @Override
    public Object callTagged(BacklinksClient client, String target, String tag) {
      return client.bulkPagesSummary(
          BulkPagesSummaryRequest.builder(java.util.Collections.singletonList(target)).tag(tag).build());
    }

    @Override
    public double cost(Object outcome) {
      return ((BulkPagesSummary) outcome).cost();
    }

    @Override
    public boolean hasData(Object outcome, String target) {
      return ((BulkPagesSummary) outcome).hasData(target);
    }

    @Override
    public String taskId(Object outcome) {
      return ((BulkPagesSummary) outcome).taskId();
    }

    @Override
    public String okAnswer(String target) {
      return Fixtures.bulkPagesSummaryEnvelope(target);
    }
  };

  private final String path;

  TestOperation(String path) {
    this.path = path;
  }

  /** The largest answer the client reads of this operation (the spec's x-answer-cap-bytes). */
  public long maxAnswerBytes() {
    return this == SUMMARY ? org.backlinks4j.internal.api.BacklinksApi.SUMMARY_LIVE.maxAnswerBytes()
        : org.backlinks4j.internal.api.BacklinksApi.BULK_PAGES_SUMMARY_LIVE.maxAnswerBytes();
  }

  /** The operation's path on the server, as a recorded request shows it. */
  public String path() {
    return path;
  }

  /** One call about {@code target}, waiting for the outcome. */
  public abstract Object call(BacklinksClient client, String target, CallOptions options);

  /** One call about {@code target} with the client's settings, waiting for the outcome. */
  public Object call(BacklinksClient client, String target) {
    return call(client, target, CallOptions.defaults());
  }

  /** One call about {@code target}, without blocking. */
  public abstract CompletableFuture<?> callAsync(BacklinksClient client, String target,
      CallOptions options);

  /** One call about {@code target} with the client's settings, without blocking. */
  public CompletableFuture<?> callAsync(BacklinksClient client, String target) {
    return callAsync(client, target, CallOptions.defaults());
  }

  /** One call about {@code target} with a {@code tag}, waiting for the outcome. */
  public abstract Object callTagged(BacklinksClient client, String target, String tag);

  /** What the outcome says the call cost. */
  public abstract double cost(Object outcome);

  /** Whether the outcome has data for {@code target}. */
  public abstract boolean hasData(Object outcome, String target);

  /** The outcome's task id. */
  public abstract String taskId(Object outcome);

  /** A successful answer with data for {@code target}, as the service sends it. */
  public abstract String okAnswer(String target);
}
