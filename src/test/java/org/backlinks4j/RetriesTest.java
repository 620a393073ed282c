package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retries over a real socket: what is retried, what is not, what goes over the wire each time, for
 * every operation. The clock runs backoffs at once and records them, so nothing here sleeps.
 */
@ParameterizedClass
@EnumSource(TestOperation.class)
class RetriesTest {
  @Parameter
  TestOperation operation;

  private final InstantClock clock = new InstantClock();
  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withClient(builder -> builder
      // A set rate: the client asks no user_data first, and each answer here meets the call meant.
      .rateLimit(Quota.DEFAULT_CALLS, 1, TimeUnit.MINUTES)
      .clock(clock));

  private FakeDataForSeo server;
  private BacklinksClient client;

  @BeforeEach
  void start() {
    server = fake.server();
    client = fake.client();
  }

  private MockResponse ok() {
    return Fixtures.json(operation.okAnswer("explodingtopics.com"));
  }

  /** An envelope whose own status is an error, as the service sends for account-level failures. */
  private static MockResponse envelopeError(int httpStatus, int code, String message) {
    return new MockResponse().setResponseCode(httpStatus)
        .setHeader("Content-Type", "application/json")
        .setBody("{\"version\":\"0.1.20230825\",\"status_code\":" + code + ",\"status_message\":\""
            + message + "\",\"time\":\"0 sec.\",\"cost\":0,\"tasks_count\":0,\"tasks_error\":0,"
            + "\"tasks\":null}");
  }

  private void assertRetriedOnceThenSucceeded() throws InterruptedException {
    assertEquals(2, server.requestCount());
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertNull(first.getHeader(RetryPolicy.ATTEMPT_HEADER));
    assertEquals("1", second.getHeader(RetryPolicy.ATTEMPT_HEADER));
    assertEquals(first.getBody().readUtf8(), second.getBody().readUtf8(), "the same task again");
    assertTrue(second.getHeader("Authorization").startsWith("Basic "));
  }

  @Test
  void anInternalError50000IsRetriedThenSucceeds() throws Exception {
    server.enqueue(envelopeError(500, 50000, "Internal Error."));
    server.enqueue(ok());

    Object outcome = operation.call(client, "explodingtopics.com");

    assertTrue(operation.hasData(outcome, "explodingtopics.com"));
    assertRetriedOnceThenSucceeded();
    long delay = clock.delaysMillis.get(0);
    assertTrue(delay >= 375 && delay <= 500, "backoff with jitter: " + delay);
  }

  @Test
  void tooManySimultaneousRequests40209IsRetriedShortlyThenSucceeds() throws Exception {
    server.enqueue(Fixtures.json(Fixtures.envelope(40209, "Too Many Requests.", "null")));
    server.enqueue(ok());

    operation.call(client, "explodingtopics.com");

    assertRetriedOnceThenSucceeded();
    assertTrue(clock.delaysMillis.get(0) <= 500, "shortly: " + clock.delaysMillis);
  }

  @Test
  void anHtml502FromAProxyIsRetriedThenSucceeds() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(502)
        .setHeader("Content-Type", "text/html")
        .setBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));
    server.enqueue(ok());

    operation.call(client, "explodingtopics.com");

    assertRetriedOnceThenSucceeded();
  }

  @Test
  void aDroppedConnectionIsRetriedThenSucceeds() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(ok());

    operation.call(client, "explodingtopics.com");

    assertRetriedOnceThenSucceeded();
  }

  @Test
  void aPooledConnectionThatBreaksIsRetriedByTheClientNotSilentlyByOkHttp() throws Exception {
    server.enqueue(ok());
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(ok());

    operation.call(client, "explodingtopics.com"); // leaves its connection in the pool
    operation.call(client, "explodingtopics.com"); // on that connection, which then breaks

    assertEquals(3, server.requestCount());
    RecordedRequest first = server.takeRequest();
    RecordedRequest broken = server.takeRequest();
    RecordedRequest again = server.takeRequest();
    assertNull(first.getHeader(RetryPolicy.ATTEMPT_HEADER));
    assertEquals(1, broken.getSequenceNumber(), "the second call reused the first's connection");
    assertNull(broken.getHeader(RetryPolicy.ATTEMPT_HEADER));
    // A re-send by OkHttp itself would carry no header: it would pass the quota, the retry limit
    // and the listener by, and could be charged a second time unseen.
    assertEquals("1", again.getHeader(RetryPolicy.ATTEMPT_HEADER), "re-sent as the client's retry");
  }

  @Test
  void a503AskingForNoWaitIsRetriedByTheClientNotFollowedByOkHttp() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "0")
        .setBody("<html>busy</html>"));
    server.enqueue(ok());

    operation.call(client, "explodingtopics.com");

    // OkHttp follows a 503 with Retry-After 0 at once, with the same request and no header.
    assertRetriedOnceThenSucceeded();
  }

  @Test
  void anInvalidField40501IsNeverRetried() {
    server.enqueue(Fixtures.json(Fixtures.envelope(40501, "Invalid Field: 'rank_scale'.", "null")));
    server.enqueue(ok());

    BacklinksException e = assertThrows(BacklinksException.class,
        () -> operation.call(client, "example.com"));

    assertEquals(40501, e.statusCode());
    assertEquals(1, server.requestCount());
    assertTrue(clock.delaysMillis.isEmpty());
  }

  @Test
  void retriesStopAtTheLimitAndTheLastErrorIsReported() throws Exception {
    server.enqueue(envelopeError(500, 50000, "first"));
    server.enqueue(new MockResponse().setResponseCode(503).setBody("second"));
    server.enqueue(envelopeError(500, 50000, "third"));
    server.enqueue(ok());

    BacklinksException e = assertThrows(BacklinksException.class,
        () -> operation.call(client, "example.com"));

    assertEquals(50000, e.statusCode());
    assertEquals("third", e.statusMessage());
    assertEquals(3, server.requestCount(), "the first attempt and 2 retries");
    server.takeRequest();
    assertEquals("1", server.takeRequest().getHeader(RetryPolicy.ATTEMPT_HEADER));
    assertEquals("2", server.takeRequest().getHeader(RetryPolicy.ATTEMPT_HEADER));
    assertEquals(2, clock.delaysMillis.size());
    assertTrue(clock.delaysMillis.get(1) >= 750 && clock.delaysMillis.get(1) <= 1000,
        "doubled: " + clock.delaysMillis);
  }

  @Test
  void theRetryCountIsSetOnTheClientAndPerCall() {
    server.enqueue(envelopeError(500, 50000, "first"));
    server.enqueue(envelopeError(500, 50000, "second"));

    BacklinksException e = assertThrows(BacklinksException.class, () -> operation.call(client, "example.com", CallOptions.defaults().withMaxRetries(0)));
    assertEquals("first", e.statusMessage());
    assertEquals(1, server.requestCount());

    BacklinksClient once = client.newBuilder().maxRetries(1).build();
    assertEquals(1, once.maxRetries());
    server.enqueue(envelopeError(500, 50000, "third"));
    server.enqueue(ok());
    BacklinksException again = assertThrows(BacklinksException.class,
        () -> operation.call(once, "example.com"));
    assertEquals("third", again.statusMessage());
    assertEquals(3, server.requestCount());
  }

  @Test
  void aFullRateWindowIsWaitedOutAndRetryAfterIsHonoured() throws Exception {
    // Not adaptive: its wait for the refused call's window to pass would show among the delays.
    BacklinksClient limited = client.newBuilder().quota(Quota.builder()
        .rate(100, 5, TimeUnit.SECONDS).clock(clock).adaptive(false).build()).build();
    server.enqueue(Fixtures.json(Fixtures.envelope(40202, "Rate limit per minute.", "null")));
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "3"));
    server.enqueue(ok());

    operation.call(limited, "example.com");

    assertEquals(List.of(5100L, 3000L), clock.delaysMillis, "the window and its margin, then 3 s");
    assertEquals(3, server.requestCount());
  }

  @Test
  void aLiveTaskOverTimeIsRetriedOnceOnly() {
    server.enqueue(Fixtures.json(Fixtures.envelope(50401, "Timeout.", "null")));
    server.enqueue(Fixtures.json(Fixtures.envelope(50401, "Timeout again.", "null")));
    server.enqueue(ok());

    BacklinksException e = assertThrows(BacklinksException.class,
        () -> operation.call(client, "example.com"));

    assertEquals("Timeout again.", e.statusMessage());
    assertEquals(2, server.requestCount());
  }

  @Test
  void asyncCallsRetryTooAndCompleteWithTheSummary() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(ok());

    CompletableFuture<?> future = operation.callAsync(client, "explodingtopics.com");

    assertTrue(operation.hasData(future.get(10, TimeUnit.SECONDS), "explodingtopics.com"));
    assertRetriedOnceThenSucceeded();
  }

  @Test
  void asyncFailuresCompleteExceptionallyWithTheBacklinksException() {
    server.enqueue(Fixtures.json(Fixtures.envelope(40501, "Invalid Field.", "null")));

    CompletableFuture<?> future = operation.callAsync(client, "example.com");

    java.util.concurrent.ExecutionException e = assertThrows(
        java.util.concurrent.ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    assertEquals(40501, ((BacklinksException) e.getCause()).statusCode());
  }

  @Test
  void cancellingAnAsyncCallCancelsTheHttpCallAndFreesTheQuota() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    CompletableFuture<?> future = operation.callAsync(client, "example.com");
    server.takeRequest(10, TimeUnit.SECONDS); // in flight now
    assertTrue(future.cancel(true));

    assertThrows(CancellationException.class, future::join);
    waitFor(() -> client.quota().inFlight() == 0);
    waitFor(() -> client.http().dispatcher().runningCallsCount() == 0);
  }

  @Test
  void cancellingACallThatWaitsForTheQuotaTakesItOutOfTheQueue() throws Exception {
    BacklinksClient one = client.newBuilder().maxConcurrent(1).build();
    server.enqueue(ok().setHeadersDelay(1, TimeUnit.SECONDS));
    server.enqueue(ok());

    CompletableFuture<?> first = operation.callAsync(one, "first.example");
    CompletableFuture<?> second = operation.callAsync(one, "second.example");
    assertEquals(1, one.quota().waiting());
    second.cancel(false);
    assertEquals(0, one.quota().waiting());

    first.get(10, TimeUnit.SECONDS);
    assertEquals(1, server.requestCount(), "the cancelled call never went out");
  }

  @Test
  void theDispatcherLetsTheQuotasCallsRunAtOnce() {
    assertTrue(client.http().dispatcher().getMaxRequestsPerHost() >= 30);
    assertTrue(client.http().dispatcher().getMaxRequests() >= 30);
    okhttp3.OkHttpClient mine = new okhttp3.OkHttpClient();
    BacklinksClient wide = client.newBuilder().okHttpClient(mine).maxConcurrent(100).build();
    assertEquals(100, wide.http().dispatcher().getMaxRequestsPerHost());
    assertEquals(5, mine.dispatcher().getMaxRequestsPerHost(), "the caller's is left alone");
    assertTrue(wide.http().dispatcher().executorService() == mine.dispatcher().executorService());
  }

  @Test
  void clientsOfOneAccountShareOneQuota() {
    Quota account = Quota.builder().maxConcurrent(7).build();
    BacklinksClient a = client.newBuilder().quota(account).build();
    BacklinksClient b = BacklinksClient.builder().credentials("x", "y").quota(account).build();
    assertTrue(a.quota() == account && b.quota() == account);
    assertTrue(a.newBuilder().build().quota() == account, "a derived client shares it too");
    assertFalse(a.newBuilder().maxConcurrent(3).build().quota() == account);
  }

  @Test
  void aCallWaitingToBeRetriedIsCountedUntilItsNextAttemptOrItsCancel() throws Exception {
    FakeClock stopped = new FakeClock();
    BacklinksClient held = fake.clientBuilder().clock(stopped).build();
    server.enqueue(envelopeError(500, 50000, "Internal Error."));
    server.enqueue(ok());
    server.enqueue(envelopeError(500, 50000, "Internal Error."));
    assertEquals(0, held.waitingToRetry());

    CompletableFuture<?> retried = operation.callAsync(held, "explodingtopics.com");
    waitFor(() -> stopped.nextDue() > 0); // the backoff is scheduled; the clock stands still
    assertEquals(1, held.waitingToRetry());
    assertEquals(0, held.quota().inFlight(), "it holds no place in the quota meanwhile");
    assertEquals(0, client.waitingToRetry(), "each client counts its own calls");
    stopped.advance(stopped.nextDue() - stopped.nanoTime());
    retried.get(10, TimeUnit.SECONDS);
    assertEquals(0, held.waitingToRetry());
    assertEquals(2, server.requestCount());

    CompletableFuture<?> cancelled =
        operation.callAsync(held, "explodingtopics.com");
    waitFor(() -> held.waitingToRetry() == 1);
    cancelled.cancel(true);
    assertEquals(0, held.waitingToRetry());
    assertEquals(3, server.requestCount(), "a cancelled call is not retried");
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out");
      Thread.sleep(10);
    }
  }
}
