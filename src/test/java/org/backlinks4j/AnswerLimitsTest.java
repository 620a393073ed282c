package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.backlinks4j.BacklinksException.Origin;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the client refuses to wait for or to read, over a real socket: a server that trickles
 * bytes (the attempt's deadline ends it), a redirect (never followed), an answer past the size cap
 * of its operation (refused while it is read); for every operation.
 */
@ParameterizedClass
@EnumSource(TestOperation.class)
class AnswerLimitsTest {
  @Parameter
  TestOperation operation;

  private final InstantClock clock = new InstantClock();
  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withClient(builder -> builder.clock(clock));
  private FakeDataForSeo server;
  private BacklinksClient client;

  @BeforeEach
  void start() {
    server = fake.server();
    client = fake.client();
  }

  /**
   * Headers at once, then the body 64 bytes every 50 ms: each byte resets the read timeout, so
   * only a deadline over the whole attempt can end it.
   */
  private MockResponse trickle() {
    // MockWebServer throttles the request body it reads as well: 64 bytes hold the whole request.
    return Fixtures.json(operation.okAnswer("example.com")).throttleBody(64, 50, TimeUnit.MILLISECONDS);
  }

  /** A client whose read timeout (1 s) a trickle never reaches, with a 300 ms deadline. */
  private BacklinksClient withDeadline(int maxRetries) {
    return client.newBuilder()
        .readTimeout(1, TimeUnit.SECONDS)
        .callTimeout(300, TimeUnit.MILLISECONDS)
        .maxRetries(maxRetries)
        .build();
  }

  @Test
  void everyAttemptHasADeadlineByDefault() {
    assertEquals(150_000, client.http().callTimeoutMillis());
    assertEquals(130_000, client.http().readTimeoutMillis());
  }

  @Test
  void aLentOkHttpClientWithoutACallTimeoutGetsTheDeadlineAndKeepsItsOtherTimeouts() {
    OkHttpClient lent = new OkHttpClient.Builder().readTimeout(7, TimeUnit.SECONDS).build();
    BacklinksClient derived = client.newBuilder().okHttpClient(lent).build();

    assertEquals(150_000, derived.http().callTimeoutMillis());
    assertEquals(7_000, derived.http().readTimeoutMillis());
    assertEquals(0, lent.callTimeoutMillis(), "the lender's own client is not changed");
    derived.close();
  }

  @Test
  void aLentOkHttpClientKeepsItsOwnCallTimeoutAndTheBuildersSettingWins() {
    OkHttpClient lent = new OkHttpClient.Builder().callTimeout(40, TimeUnit.SECONDS).build();

    BacklinksClient kept = client.newBuilder().okHttpClient(lent).build();
    BacklinksClient set = client.newBuilder().okHttpClient(lent)
        .callTimeout(5, TimeUnit.SECONDS).build();

    assertEquals(40_000, kept.http().callTimeoutMillis());
    assertEquals(5_000, set.http().callTimeoutMillis());
    kept.close();
    set.close();
  }

  @Test
  void aTricklingAnswerEndsAtTheDeadlineWithARetryableNetworkExceptionNamingIt() throws Exception {
    server.enqueue(trickle());
    BacklinksClient deadline = withDeadline(0);

    NetworkException e = assertThrows(NetworkException.class,
        () -> operation.call(deadline, "example.com"));

    assertEquals("network timed out: no whole answer within the attempt's deadline of 300 ms "
        + "(connecting, sending, the service's work and reading the answer)", e.getMessage());
    assertTrue(e.isRetryable());
    assertEquals(Origin.NETWORK, e.origin());
    assertEquals(1, server.requestCount());
    deadline.close();
  }

  @Test
  void anAttemptThatHitsTheDeadlineIsRetriedOncePerCall() throws Exception {
    server.enqueue(trickle());
    server.enqueue(trickle());
    server.enqueue(trickle());
    BacklinksClient deadline = withDeadline(2);

    CompletableFuture<?> future = operation.callAsync(deadline, "example.com");

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> future.get(30, TimeUnit.SECONDS));
    NetworkException network = assertInstanceOf(NetworkException.class, e.getCause());
    assertTrue(network.getMessage().contains("deadline of 300 ms"), network.getMessage());
    assertEquals(2, server.requestCount(), "one retry, though two are allowed");
    assertNull(server.takeRequest().getHeader(RetryPolicy.ATTEMPT_HEADER));
    assertEquals("1", server.takeRequest().getHeader(RetryPolicy.ATTEMPT_HEADER));
    // So a default call on a trickling path ends within two deadlines and one backoff: 2 x 150 s
    // + 0.5 s, where three attempts took 3 x 150 s + 0.5 s + 1 s.
    assertEquals(1, clock.delaysMillis.size(), "one backoff");
    assertTrue(clock.delaysMillis.get(0) <= RetryPolicy.INITIAL_BACKOFF_MILLIS,
        clock.delaysMillis.toString());
    deadline.close();
  }

  @Test
  void aDeadlineAfterAnotherLostAnswerIsStillRetriedOnce() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(trickle());
    server.enqueue(trickle());
    server.enqueue(trickle());
    BacklinksClient deadline = withDeadline(5);

    CompletableFuture<Summary> future = deadline.summaryAsync(SummaryRequest.of("example.com"));

    assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS));
    assertEquals(3, server.requestCount(), "the dropped answer, the deadline, its one retry");
    deadline.close();
  }

  @Test
  void aCallsOwnTimeoutIsItsAttemptsDeadline() throws Exception {
    server.enqueue(trickle());
    BacklinksClient slowReads = client.newBuilder().readTimeout(1, TimeUnit.SECONDS).build();

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> operation.callAsync(slowReads, "example.com",
            CallOptions.defaults().withMaxRetries(0).withTimeout(250, TimeUnit.MILLISECONDS))
            .get(30, TimeUnit.SECONDS));

    NetworkException network = assertInstanceOf(NetworkException.class, e.getCause());
    assertTrue(network.getMessage().contains("the attempt's deadline of 250 ms"),
        network.getMessage());
    slowReads.close();
  }

  @Test
  void aRedirectIsNotFollowedAndNamesWhereItPointed() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(307)
        .setHeader("Location", "/elsewhere/v3/backlinks/summary/live"));
    server.enqueue(Fixtures.json(operation.okAnswer("example.com"))); // what a follow would have found

    UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class,
        () -> operation.call(client, "example.com"));

    assertEquals("a redirect to " + server.url("/elsewhere/v3/backlinks/summary/live")
        + ", not followed: the API never redirects (HTTP 307)", e.getMessage());
    assertEquals(307, e.httpStatus());
    assertEquals(Origin.HTTP, e.origin());
    assertFalse(e.isRetryable());
    assertEquals(1, server.requestCount(), "no second request, and no retry");
  }

  @Test
  void aRedirectsCredentialsStayOutOfTheMessage() {
    server.enqueue(new MockResponse().setResponseCode(301)
        .setHeader("Location", "https://user:hunter2@proxy.example/v3/"));

    UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class,
        () -> operation.call(client, "example.com"));

    assertEquals("a redirect to https://proxy.example/v3/, not followed: the API never redirects "
        + "(HTTP 301)", e.getMessage());
    assertEquals(1, server.requestCount());
  }

  @Test
  void aRedirectOverHttpsIsNotFollowedEither() {
    // followSslRedirects governs a redirect between http and https: both are off.
    server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location",
        "https://127.0.0.1:1/v3/backlinks/summary/live"));

    UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class,
        () -> operation.call(client, "example.com"));

    assertTrue(e.getMessage().startsWith("a redirect to https://127.0.0.1:1/"), e.getMessage());
  }

  /** A valid envelope of exactly {@code size} bytes: a field the model does not know pads it. */
  private Buffer envelopeOfSize(long size) {
    String envelope = operation.okAnswer("example.com").trim();
    String open = "{\"padding\":\"";
    String close = "\"," + envelope.substring(1);
    Buffer body = new Buffer().writeUtf8(open);
    long padding = size - open.length() - close.getBytes(StandardCharsets.UTF_8).length;
    while (padding > 0) {
      int n = (int) Math.min(8192, padding);
      body.writeUtf8("x".repeat(n));
      padding -= n;
    }
    body.writeUtf8(close);
    assertEquals(size, body.size());
    return body;
  }

  @Test
  void anAnswerOfExactlyTheCapIsRead() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setChunkedBody(envelopeOfSize(operation.maxAnswerBytes()), 64 * 1024));

    Object outcome = operation.call(client, "example.com");

    assertTrue(operation.hasData(outcome, "example.com"));
  }

  @Test
  void aChunkedAnswerOneBytePastTheCapIsRefusedWhileItIsRead() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setChunkedBody(envelopeOfSize(operation.maxAnswerBytes() + 1), 64 * 1024));

    UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class,
        () -> operation.call(client, "example.com"));

    assertEquals("an answer larger than " + (operation.maxAnswerBytes() >> 20) + " MiB, refused while reading it: the largest real answers "
        + "of this operation are several times smaller", e.getMessage());
    assertEquals(Origin.RESPONSE, e.origin());
    assertFalse(e.isRetryable());
    assertEquals(1, server.requestCount(), "not retried");
  }

  @Test
  void aDeclaredLengthPastTheCapIsRefusedBeforeReadingIt() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody(envelopeOfSize(operation.maxAnswerBytes() + 1)));

    UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class,
        () -> operation.call(client, "example.com"));

    assertTrue(e.getMessage().startsWith("an answer larger than " + (operation.maxAnswerBytes() >> 20) + " MiB"), e.getMessage());
    assertEquals(200, e.httpStatus());
  }

  @Test
  void anErrorPageIsCappedToo() throws Exception {
    // Retrofit buffers the body of an HTTP error before the client reads it: through the cap.
    Buffer html = new Buffer();
    while (html.size() <= operation.maxAnswerBytes()) {
      html.writeUtf8("<p>" + "x".repeat(8000) + "</p>\n");
    }
    server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
        .setChunkedBody(html, 64 * 1024));

    CompletableFuture<?> future = operation.callAsync(client, "example.com");

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> future.get(30, TimeUnit.SECONDS));
    UnexpectedResponseException tooLarge = assertInstanceOf(UnexpectedResponseException.class,
        e.getCause());
    assertEquals(502, tooLarge.httpStatus());
    assertEquals(1, server.requestCount(), "a 502 is retried, but not one refused as too large");
  }
}
