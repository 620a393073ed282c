package org.backlinks4j.cli;

import java.util.concurrent.CompletableFuture;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.Summary;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.model.SummaryResult;
import org.jspecify.annotations.Nullable;

/** An open client, with the demo server behind it when there is one; close it to free both. */
final class Connection implements AutoCloseable {
  private final BacklinksClient client;
  private final RawResults raw;
  private final @Nullable DemoServer demoServer;

  Connection(BacklinksClient client, RawResults raw, @Nullable DemoServer demoServer) {
    this.client = client;
    this.raw = raw;
    this.demoServer = demoServer;
  }

  /** Sends one request and waits for the answer; thread-safe. */
  Answer summary(SummaryRequest request) {
    Summary summary = client.summary(request);
    return new Answer(summary, raw.take(summary));
  }

  /**
   * Sends one request without waiting: the future completes, on one of OkHttp's threads, with the
   * answer or a {@link org.backlinks4j.BacklinksException}. It waits for the quota without holding
   * a thread, as do its retries.
   */
  CompletableFuture<Answer> summaryAsync(SummaryRequest request) {
    return client.summaryAsync(request).thenApply(summary -> new Answer(summary, raw.take(summary)));
  }

  /** The calls sent and not answered yet. */
  int inFlight() {
    return client.quota().inFlight();
  }

  /** The calls waiting to be retried (a failed attempt behind them); they hold no slot. */
  int waitingToRetry() {
    return client.waitingToRetry();
  }

  @Override
  public void close() {
    client.close();
    // The OkHttp client was the CLI's own, lent to the library client, which leaves it alone.
    client.okHttpClient().dispatcher().executorService().shutdown();
    client.okHttpClient().connectionPool().evictAll();
    if (demoServer != null) {
      demoServer.close();
    }
  }

  /** A summary with its result exactly as the service wrote it, when that was kept. */
  static final class Answer {
    final Summary summary;
    /** Compact JSON of the result object as sent, or null when it was not kept. */
    final @Nullable String rawResult;

    Answer(Summary summary, @Nullable String rawResult) {
      this.summary = summary;
      this.rawResult = rawResult;
    }

    /** The result as JSON: the service's own text when kept, else the model written back. */
    String resultJson() {
      if (summary.result() == null) {
        return "null";
      }
      if (rawResult != null) {
        return rawResult;
      }
      // Field order becomes alphabetical and unknown fields are gone, but the numbers stay exact
      // (the model's counts are longs).
      return Wire.MOSHI.adapter(SummaryResult.class).serializeNulls().toJson(summary.result());
    }
  }
}
