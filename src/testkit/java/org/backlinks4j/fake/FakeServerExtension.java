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
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The tests' one setup: a started {@link FakeDataForSeo} per test and a {@link BacklinksClient}
 * pointed at it. After each test it fails the test if a request broke the spec, then stops the
 * client and the fake.
 *
 * <pre>{@code
 * @RegisterExtension
 * final FakeServerExtension fake = FakeServerExtension.withClient(b -> b.maxRetries(0));
 *
 * @Test void sendsTheTarget() throws Exception {
 *   fake.enqueue(Fixtures.json(Fixtures.seedEnvelope()));   // or rely on the fake's rules
 *   fake.client().summary(SummaryRequest.of("example.com"));
 *   assertEquals("POST", fake.takeRequest().getMethod());    // what went over the wire
 * }
 * }</pre>
 */
public final class FakeServerExtension implements BeforeEachCallback, AfterEachCallback {
  /** The login of {@link #clientBuilder()}. */
  public static final String LOGIN = "login@example.com";
  /** The password of {@link #clientBuilder()}. */
  public static final String PASSWORD = "s3cret-pass";

  private final UnaryOperator<BacklinksClient.Builder> clientSetup;
  private FakeDataForSeo server;
  private BacklinksClient client;

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
      if (!context.getExecutionException().isPresent()) {
        server.assertContractKept();
      }
    } finally {
      client = null;
      server.close();
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
    return BacklinksClient.builder().credentials(LOGIN, PASSWORD).baseUrl(baseUrl());
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
