package org.backlinks4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.CallOptions;
import org.backlinks4j.Quota;
import org.backlinks4j.BulkPagesSummary;
import org.backlinks4j.BulkPagesSummaryRequest;
import org.backlinks4j.Summary;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.UserData;
import org.jspecify.annotations.Nullable;

/**
 * An open client, with the demo server behind it when there is one; close it to free both. With
 * {@code --verbose} its calls' figures are counted, and printed when it closes.
 */
final class Connection implements AutoCloseable {
  private final BacklinksClient client;
  private final @Nullable DemoServer demoServer;
  private final @Nullable CallFigures figures;
  private final PrintWriter err;
  private boolean closed;

  Connection(BacklinksClient client, @Nullable DemoServer demoServer,
      @Nullable CallFigures figures, PrintWriter err) {
    this.client = client;
    this.demoServer = demoServer;
    this.figures = figures;
    this.err = err;
  }

  /** Sends one request and waits for the answer; thread-safe. */
  Answer summary(SummaryRequest request) {
    return new Answer(client.summary(request));
  }

  /**
   * Sends one request without waiting: the future completes, on one of OkHttp's threads, with the
   * answer or a {@link org.backlinks4j.BacklinksException}. It waits for the quota without holding
   * a thread, as do its retries.
   */
  CompletableFuture<Answer> summaryAsync(SummaryRequest request) {
    return client.summaryAsync(request).thenApply(Answer::new);
  }

  /** The account's limits, balance, prices and subscription (free); thread-safe. */
  UserData userData() {
    return client.userData();
  }

  /**
   * The account's balance in USD, from one user_data call (free), or empty when the service does
   * not say or cannot be asked. Asked as the client asks for the account's limit (once, within
   * 10 s) and before any paid call, its answer is also that limit: the client asks nothing more.
   * A refusal of the account is kept by the client, and fails the first paid call before sending.
   */
  OptionalDouble balance() {
    try {
      Double balance = client.userData(ASKING).balance();
      return balance == null ? OptionalDouble.empty() : OptionalDouble.of(balance);
    } catch (BacklinksException e) {
      return OptionalDouble.empty();
    }
  }

  private static final CallOptions ASKING =
      CallOptions.defaults().withMaxRetries(0).withTimeout(10, TimeUnit.SECONDS);

  /** The quota the calls wait for: its limits, as set or as the account said. */
  Quota quota() {
    return client.quota();
  }

  /**
   * The service's refusal of the account (credentials, balance, the daily spending limit, no
   * subscription) that holds every further call back, or null.
   */
  @Nullable BacklinksException accountFailure() {
    return client.accountFailure();
  }

  /**
   * Sends one bulk_pages_summary request without waiting, as {@link #summaryAsync} does.
   */
  CompletableFuture<BulkPagesSummary> bulkPagesSummaryAsync(BulkPagesSummaryRequest request) {
    return client.bulkPagesSummaryAsync(request);
  }

  /** What the client's calls have cost so far, as the service reported it, in USD. */
  double totalCost() {
    return client.totalCost();
  }

  /** How many calls may be in flight at once (the quota's cap). */
  int maxConcurrent() {
    return client.quota().maxConcurrent();
  }

  /** The calls sent and not answered yet. */
  int inFlight() {
    return client.quota().inFlight();
  }

  /** The calls waiting to be retried (a failed attempt behind them); they hold no slot. */
  int waitingToRetry() {
    return client.waitingToRetry();
  }

  /**
   * Sends no more: calls waiting for their turn or for a retry end at once, unsent (a
   * {@link org.backlinks4j.QuotaUnavailableException}), and the calls in flight
   * finish. The quota is the CLI's own, so closing it is the way.
   */
  void stopSending() {
    client.quota().close();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    client.close(); // the client built its OkHttp client: close() releases its threads and pool
    client.quota().close(); // the CLI's own, and a shared one's Redis client and thread
    if (demoServer != null) {
      demoServer.close();
    }
    if (figures != null) {
      // After close(): calls it ended are counted too. Before bulk's closing line, which stays last.
      err.println(figures.line());
      err.flush();
    }
  }

  /** A summary, whose result the CLI prints as the service wrote it. */
  static final class Answer {
    final Summary summary;

    Answer(Summary summary) {
      this.summary = summary;
    }

    /**
     * The result object as compact JSON, taken from the answer exactly as the service sent it
     * ({@link Summary#rawJson()}): its field order, its numbers as written, fields the models do
     * not know. "null" when the service has no data for the target.
     */
    String resultJson() {
      try {
        return JsonCopy.firstResult(summary.rawJson());
      } catch (IOException e) {
        // The library has parsed these very bytes into the summary: they are JSON of this shape.
        throw new UncheckedIOException("the answer's JSON could not be read again", e);
      }
    }
  }
}
