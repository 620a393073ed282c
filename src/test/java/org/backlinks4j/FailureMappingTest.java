package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.backlinks4j.BacklinksException.Origin;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every outcome of a call, on a real socket, lands in its exception family with its details: for
 * every operation, since they share one call path.
 */
@ParameterizedClass
@EnumSource(TestOperation.class)
class FailureMappingTest {
  @Parameter
  TestOperation operation;

  private static final String TASK_ID = "11111111-2222-3333-4444-555555555555";
  private static final String HTML = "<html><head><title>502 Bad Gateway</title></head>"
      + "<body><center><h1>Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withClient(builder -> builder
      .maxRetries(0) // each answer is one outcome here; RetriesTest covers what is retried
      .readTimeout(5, TimeUnit.SECONDS)); // not less: a busy 2-core machine can take 200 ms to answer

  private FakeDataForSeo server;
  private BacklinksClient client;

  @BeforeEach
  void start() {
    server = fake.server();
    client = fake.client();
  }

  private BacklinksException fail() {
    return assertThrows(BacklinksException.class, () -> operation.call(client, "example.com"));
  }

  /** The family of each documented code, and of unknown codes by their range. */
  static final String CODES = """
      40000, InvalidRequestException,      false
      40006, InvalidRequestException,      false
      40100, AuthenticationException,      false
      40104, AccountException,             false
      40200, AccountException,             false
      40201, AccountException,             false
      40202, RateLimitException,           true
      40203, AccountException,             false
      40204, AccountException,             false
      40207, AccountException,             false
      40209, RateLimitException,           true
      40210, AccountException,             false
      40400, InvalidRequestException,      false
      40404, InvalidRequestException,      false
      40408, InvalidRequestException,      false
      40501, InvalidRequestException,      false
      40502, InvalidRequestException,      false
      40503, InvalidRequestException,      false
      40506, InvalidRequestException,      false
      50000, ServerException,              true
      50001, ServerException,              true
      50100, ServerException,              false
      50301, ServerException,              true
      50303, ServerException,              true
      50304, ServerException,              true
      50401, ServerException,              true
      50402, ServerException,              false
      40177, AuthenticationException,      false
      40299, AccountException,             false
      40388, InvalidRequestException,      false
      40999, InvalidRequestException,      false
      59999, ServerException,              false
      20100, UnexpectedResponseException,  false
      30000, UnexpectedResponseException,  false
      60000, UnexpectedResponseException,  false
      -1,    UnexpectedResponseException,  false
      """;

  @ParameterizedTest(name = "envelope {0} -> {1}")
  @CsvSource(textBlock = CODES)
  void anEnvelopeCodeMapsToItsFamily(int code, String family, boolean retryable) {
    server.enqueue(Fixtures.json("{\"version\":\"0.1\",\"status_code\":" + code
        + ",\"status_message\":\"Message of " + code + ".\",\"time\":\"0 sec.\",\"cost\":0,"
        + "\"tasks_count\":0,\"tasks_error\":0,\"tasks\":null}"));

    BacklinksException e = fail();

    assertEquals(family, e.getClass().getSimpleName());
    assertEquals(code, e.statusCode());
    assertEquals("Message of " + code + ".", e.statusMessage().replace("status code outside the API's error ranges: ", ""));
    assertEquals(200, e.httpStatus());
    assertEquals(Origin.ENVELOPE, e.origin());
    assertFalse(e.isTaskError());
    assertNull(e.taskId());
    assertEquals(retryable, e.isRetryable());
    assertTrue(e.getMessage().startsWith("DataForSEO status " + code + ": "), e.getMessage());
  }

  @ParameterizedTest(name = "task {0} -> {1}")
  @CsvSource(textBlock = CODES)
  void aTaskCodeMapsToItsFamilyAndSaysItIsTheTasks(int code, String family, boolean retryable) {
    server.enqueue(Fixtures.json(Fixtures.envelope(code, "Task message " + code + ".", "null")));

    BacklinksException e = fail();

    assertEquals(family, e.getClass().getSimpleName());
    assertEquals(code, e.statusCode());
    assertEquals(Origin.TASK, e.origin());
    assertTrue(e.isTaskError());
    assertEquals(TASK_ID, e.taskId());
    assertEquals(retryable, e.isRetryable());
    assertTrue(e.getMessage().startsWith("DataForSEO status " + code + " in task " + TASK_ID + ": "),
        e.getMessage());
  }

  @ParameterizedTest(name = "HTTP {0} with JSON {1} -> {2}")
  @CsvSource({
      "401, 40100, AuthenticationException, false",
      "402, 40200, AccountException,        false",
      "404, 40400, InvalidRequestException, false",
      "500, 50000, ServerException,         true",
  })
  void anHttpErrorWithADataForSeoBodyMapsByItsCode(int http, int code, String family,
      boolean retryable) {
    server.enqueue(new MockResponse().setResponseCode(http)
        .setHeader("Content-Type", "application/json")
        .setBody("{\"version\":\"0.1\",\"status_code\":" + code + ",\"status_message\":\"Said "
            + code + ".\",\"time\":\"0 sec.\",\"cost\":0,\"tasks_count\":0,\"tasks_error\":0,"
            + "\"tasks\":null}"));

    BacklinksException e = fail();

    assertEquals(family, e.getClass().getSimpleName());
    assertEquals(code, e.statusCode());
    assertEquals("Said " + code + ".", e.statusMessage());
    assertEquals(http, e.httpStatus());
    assertEquals(retryable, e.isRetryable());
    assertEquals("DataForSEO status " + code + ": Said " + code + ". (HTTP " + http + ")",
        e.getMessage());
  }

  @ParameterizedTest(name = "HTTP {0} with HTML -> {1}")
  @CsvSource({
      "401, AuthenticationException, false",
      "402, AccountException,        false",
      "404, InvalidRequestException, false",
      "500, ServerException,         true",
      "502, ServerException,         true",
      "503, ServerException,         true",
      "403, InvalidRequestException, false",
  })
  void anHttpErrorWithAnHtmlPageMapsByItsStatus(int http, String family, boolean retryable) {
    server.enqueue(new MockResponse().setResponseCode(http)
        .setHeader("Content-Type", "text/html").setBody(HTML));

    BacklinksException e = fail();

    assertEquals(family, e.getClass().getSimpleName());
    assertEquals(0, e.statusCode());
    assertEquals(http, e.httpStatus());
    assertEquals(Origin.HTTP, e.origin());
    assertEquals(retryable, e.isRetryable());
    assertTrue(e.getMessage().startsWith("an HTML page, not JSON (text/html, " + HTML.length() + " bytes)"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("(HTTP " + http + ")"), e.getMessage());
    assertFalse(e.getMessage().contains("<title>"), "the page itself stays out: " + e.getMessage());
  }

  @Test
  void anHttpErrorWithoutABodyMapsByItsStatus() {
    server.enqueue(new MockResponse().setResponseCode(500));

    BacklinksException e = fail();

    assertSame(ServerException.class, e.getClass());
    assertEquals(500, e.httpStatus());
    assertTrue(e.isRetryable());
  }

  @Test
  void http429IsARateLimitThatSaysWhenToRetry() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7")
        .setHeader("Content-Type", "text/plain").setBody("slow down"));

    BacklinksException e = fail();

    assertSame(RateLimitException.class, e.getClass());
    assertTrue(e.isRetryable());
    assertEquals(7000L, e.retryAfterMillis());
  }

  @Test
  void retryAfterAsAnHttpDateBecomesADelay() {
    server.enqueue(new MockResponse().setResponseCode(503)
        .setHeader("Retry-After", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(60)))
        .setBody(HTML));

    BacklinksException e = fail();

    assertSame(ServerException.class, e.getClass());
    assertTrue(e.retryAfterMillis() > 50_000 && e.retryAfterMillis() <= 60_000,
        String.valueOf(e.retryAfterMillis()));
  }

  @Test
  void theRateLimitCodeInABodyIsRetryableWithoutAHint() {
    server.enqueue(Fixtures.json("{\"status_code\":40202,\"status_message\":\"Rate limit.\"}"));

    BacklinksException e = fail();

    assertSame(RateLimitException.class, e.getClass());
    assertTrue(e.isRetryable());
    assertNull(e.retryAfterMillis());
  }

  @ParameterizedTest(name = "200 with {0}")
  @ValueSource(strings = {
      "<html><body>Service temporarily unavailable</body></html>",
      "Service Unavailable",
      "",
      "null",
      "[]",
      "\"just a string\"",
      "{}",
      "{\"status_code\":\"twenty thousand\"}",
      "{\"status_code\":20000,\"tasks\":[]}",
      "{\"status_code\":20000,\"tasks\":null}",
      "{\"status_code\":20000,\"tasks\":[null]}",
      "{\"status_code\":20000,\"tasks\":[{\"id\":\"t\"}]}",
      // Wrong for either operation: summary's result and bulk_pages_summary's item.
      "{\"status_code\":20000,\"tasks\":[{\"status_code\":20000,\"result\":[{\"rank\":\"high\","
          + "\"items\":[{\"rank\":\"high\"}]}]}]}",
      "{\"status_code\":20000,\"tasks\":[{\"status_code\":20000,\"result\":[{\"backlinks\":1e30,"
          + "\"items\":[{\"backlinks\":1e30}]}]}]}",
      "{\"status_code\":20000,\"tasks\":{\"status_code\":20000}}",
      "{\"status_code\":20000} trailing",
      "{\"status_code\":20000,\"tasks\":[{\"status_code\":20000,\"result\":[{\"rank\":1}",
  })
  void a200ThatIsNotTheApisJsonIsAnUnexpectedResponse(String body) {
    server.enqueue(Fixtures.json(body));

    BacklinksException e = fail();

    assertSame(UnexpectedResponseException.class, e.getClass(), e.getMessage());
    assertEquals(Origin.RESPONSE, e.origin());
    assertEquals(200, e.httpStatus());
    assertFalse(e.isRetryable());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void aTruncatedSeedIsAnUnexpectedResponseNamingWhatWasWrong() {
    String seed = operation.okAnswer("example.com");
    // Cut after a whole value, so that the parser runs out of input rather than into a half token.
    server.enqueue(Fixtures.json(seed.substring(0, seed.lastIndexOf(',', seed.length() / 2))));

    BacklinksException e = fail();

    assertSame(UnexpectedResponseException.class, e.getClass());
    assertTrue(e.getMessage().contains("not the JSON the API describes"), e.getMessage());
    assertTrue(e.getMessage().contains("EOFException"), e.getMessage());
  }

  @Test
  void aBodyCutOffInTransitIsANetworkFailure() {
    server.enqueue(Fixtures.json(operation.okAnswer("example.com"))
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    BacklinksException e = fail();

    assertSame(NetworkException.class, e.getClass(), e.getMessage());
    assertEquals(Origin.NETWORK, e.origin());
    assertEquals(0, e.httpStatus());
    assertTrue(e.isRetryable());
  }

  @Test
  void aConnectionClosedBeforeAnswering() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    BacklinksException e = fail();

    assertSame(NetworkException.class, e.getClass());
    assertTrue(e.isRetryable());
    assertTrue(e.getCause() instanceof IOException);
  }

  @Test
  void aRefusedConnection() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    BacklinksClient nowhere = client.newBuilder().baseUrl("http://127.0.0.1:" + port + "/").build();

    BacklinksException e = assertThrows(BacklinksException.class,
        () -> operation.call(nowhere, "example.com"));

    assertSame(NetworkException.class, e.getClass());
    assertTrue(e.getMessage().startsWith("network failed: "), e.getMessage());
  }

  @Test
  void aSlowServerRunsIntoTheReadTimeout() {
    server.enqueue(Fixtures.json(operation.okAnswer("example.com")).setHeadersDelay(2, TimeUnit.SECONDS));
    BacklinksClient impatient = client.newBuilder().readTimeout(200, TimeUnit.MILLISECONDS).build();

    long start = System.nanoTime();
    BacklinksException e = assertThrows(BacklinksException.class,
        () -> operation.call(impatient, "example.com"));
    impatient.close();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertSame(NetworkException.class, e.getClass());
    assertTrue(e.isRetryable());
    assertTrue(e.getMessage().startsWith("network timed out or interrupted: SocketTimeoutException"),
        e.getMessage());
    assertTrue(millis < 1500, "gave up after " + millis + " ms, not at the 200 ms read timeout");
  }

  @Test
  void aSuccessfulTaskWithoutDataIsAnExplicitEmptyOutcome() {
    server.enqueue(Fixtures.json(Fixtures.envelope(20000, "Ok.", "[]")));

    Object outcome = operation.call(client, "example.com");

    assertFalse(operation.hasData(outcome, "example.com"));
    assertEquals(TASK_ID, operation.taskId(outcome));
  }

  @Test
  void aTaskIdWithALineBreakStillMakesOneLine() {
    // Found by FuzzedAnswersTest: Moshi takes a raw line break inside a JSON string.
    server.enqueue(Fixtures.json(Fixtures.envelope(40501, "Invalid Field.", "null")
        .replace("11111111-2222", "11\n11\r\n1111-2222")));

    BacklinksException e = fail();

    assertEquals("DataForSEO status 40501 in task 11 11 1111-2222-3333-4444-555555555555: "
        + "Invalid Field.", e.getMessage());
    assertEquals("11\n11\r\n1111-2222-3333-4444-555555555555", e.taskId()); // the id itself stays as sent
  }

  @Test
  void aMultiLineServiceMessageBecomesOneLine() {
    server.enqueue(Fixtures.json("{\"status_code\":50000,\"status_message\":\"Internal\\nError.\\r\\n"
        + "  Try later.\"}"));

    BacklinksException e = fail();

    assertEquals("DataForSEO status 50000: Internal Error. Try later.", e.getMessage());
  }
}
