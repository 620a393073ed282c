package org.backlinks4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.Summary;
import org.backlinks4j.SummaryRequest;
import org.jspecify.annotations.Nullable;

/** An open client, with the demo server behind it when there is one; close it to free both. */
final class Connection implements AutoCloseable {
  private final BacklinksClient client;
  private final @Nullable DemoServer demoServer;

  Connection(BacklinksClient client, @Nullable DemoServer demoServer) {
    this.client = client;
    this.demoServer = demoServer;
  }

  /** Sends one request and waits for the answer; thread-safe. */
  Answer summary(SummaryRequest request) {
    return new Answer(client.summary(request));
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
