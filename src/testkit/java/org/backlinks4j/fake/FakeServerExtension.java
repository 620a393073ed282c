package org.backlinks4j.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.backlinks4j.BacklinksClient;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that gives each test a fresh, started {@link FakeDataForSeo} and a
 * {@link BacklinksClient} pointed at it. After each test it fails the test if a request broke the
 * spec (the failure names each broken rule), then closes the client and stops the fake.
 *
 * <pre>{@code
 * @RegisterExtension
 * final FakeServerExtension fake = FakeServerExtension.withClient(b -> b.maxRetries(0));
 *
 * @Test void readsTheRank() {
 *   fake.server().target("example.com").result("{\"target\":\"example.com\",\"rank\":500}");
 *   Summary summary = fake.client().summary(SummaryRequest.of("example.com"));
 *   assertEquals(500, summary.requireResult().getRank());
 *   assertEquals("POST", fake.takeRequest().getMethod());    // what went over the wire
 * }
 * }</pre>
 *
 * <p>Each test gets its own fake, started before it and stopped after it; register the extension
 * on an instance field, as here, so that tests run in parallel each have their own. It needs JUnit
 * Jupiter (5.x or 6.x), which the test kit leaves to the project: it is an optional dependency of
 * the kit, whose other types work under any test framework.
 */
public final class FakeServerExtension implements BeforeEachCallback, AfterEachCallback {
  /** The login of {@link #clientBuilder()}: {@link FakeDataForSeo#LOGIN}. */
  public static final String LOGIN = FakeDataForSeo.LOGIN;
  /** The password of {@link #clientBuilder()}: {@link FakeDataForSeo#PASSWORD}. */
  public static final String PASSWORD = FakeDataForSeo.PASSWORD;

  private final UnaryOperator<BacklinksClient.Builder> clientSetup;
  private @Nullable FakeDataForSeo server;
  private @Nullable BacklinksClient client;

  private FakeServerExtension(UnaryOperator<BacklinksClient.Builder> clientSetup) {
    this.clientSetup = clientSetup;
  }

  /**
   * A fake per test, and a client with the test credentials and the library's defaults.
   *
   * @return the extension, to register with {@code @RegisterExtension}
   */
  public static FakeServerExtension withDefaultClient() {
    return new FakeServerExtension(builder -> builder);
  }

  /**
   * A fake per test, and a client that {@code setup} configures from {@link #clientBuilder()}.
   *
   * @param setup e.g. {@code b -> b.maxRetries(0).readTimeout(200, MILLISECONDS)}
   * @return the extension, to register with {@code @RegisterExtension}
   */
  public static FakeServerExtension withClient(UnaryOperator<BacklinksClient.Builder> setup) {
    return new FakeServerExtension(setup);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server = FakeDataForSeo.start();
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      if (client != null) {
        client.close();
      }
      if (server != null && !context.getExecutionException().isPresent()) {
        server.assertContractKept();
      }
    } finally {
      client = null;
      FakeDataForSeo stopping = server;
      server = null;
      if (stopping != null) {
        stopping.close();
      }
    }
  }

  /**
   * This test's fake.
   *
   * @return the fake, started
   */
  public FakeDataForSeo server() {
    if (server == null) {
      throw new IllegalStateException("the fake runs during a test only (register the extension "
          + "on an instance field with @RegisterExtension)");
    }
    return server;
  }

  /**
   * This test's client, made on first use.
   *
   * @return the client
   */
  public BacklinksClient client() {
    if (client == null) {
      client = clientSetup.apply(clientBuilder()).build();
    }
    return client;
  }

  /**
   * A new builder pointed at the fake with {@link #LOGIN} and {@link #PASSWORD}, for a test that
   * needs a client of its own.
   *
   * @return the builder
   */
  public BacklinksClient.Builder clientBuilder() {
    return server().clientBuilder();
  }

  /**
   * The fake's base URL, ending in '/'.
   *
   * @return the URL
   */
  public String baseUrl() {
    return server().baseUrl();
  }

  /**
   * Enqueues an answer on the fake ({@link FakeDataForSeo#enqueue}).
   *
   * @param response the answer
   */
  public void enqueue(MockResponse response) {
    server().enqueue(response);
  }

  /**
   * The next request that reached the fake, waiting at most 30 s for it: a client that sent
   * nothing fails the test instead of hanging it.
   *
   * @return the request
   */
  public RecordedRequest takeRequest() {
    try {
      RecordedRequest request = server().takeRequest(30, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request reached the fake within 30 s");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted", e));
    }
  }
}
