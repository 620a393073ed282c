package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials never leak: not to a log at its most verbose, a message, a toString, or plain http;
 * for every operation.
 */
@ParameterizedClass
@EnumSource(TestOperation.class)
class SafetyTest {
  @Parameter
  TestOperation operation;

  private static final String LOGIN = "login@example.com";
  private static final String PASSWORD = "s3cret-pass-Zq9";
  private static final String BASE64 = Base64.getEncoder()
      .encodeToString((LOGIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  private FakeDataForSeo server;
  /** Everything the logger wrote, in order; written from OkHttp's threads. */
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() {
    server = fake.server();
  }

  private BacklinksClient.Builder verboseClient() {
    return fake.clientBuilder()
        .credentials(LOGIN, PASSWORD)
        .maxRetries(0) // each answer is one outcome here; RetriesTest covers what is retried
        .readTimeout(5, TimeUnit.SECONDS) // not less: a busy 2-core machine can take 200 ms to answer
        .logger(log::add, HttpLogLevel.BODY);
  }

  @Test
  void theMostVerboseLogAcrossSuccessesAndFailuresHoldsNoCredential() {
    // Shorter than the last answer's 1 s delay: that call ends in a read timeout.
    BacklinksClient client = verboseClient().readTimeout(500, TimeUnit.MILLISECONDS).build();
    server.enqueue(Fixtures.json(operation.okAnswer("example.com")).addHeader("Set-Cookie", "session=" + PASSWORD));
    server.enqueue(Fixtures.json(Fixtures.envelope(40501, "Invalid Field: 'tag'.", "null")));
    server.enqueue(new MockResponse().setResponseCode(401).setHeader("Content-Type", "text/html")
        .setBody("<html>401 Authorization Required</html>"));
    server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"status_code\":50000,"
        + "\"status_message\":\"Internal Error.\"}"));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3"));
    server.enqueue(Fixtures.json("{\"status_code\":20000,\"tasks\":[{\"status_co"));
    server.enqueue(Fixtures.json(operation.okAnswer("example.com"))
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(Fixtures.json(operation.okAnswer("example.com")).setHeadersDelay(1, TimeUnit.SECONDS));

    StringWriter everything = new StringWriter();
    PrintWriter out = new PrintWriter(everything);
    int failures = 0;
    for (int i = 0; i < 8; i++) {
      try {
        out.println(operation.callTagged(client, "example.com", "run " + i));
      } catch (BacklinksException e) {
        failures++;
        e.printStackTrace(out); // message, toString and every cause's
      }
    }
    try {
      SummaryRequest.of("www.example.com");
    } catch (InvalidRequestException e) {
      e.printStackTrace(out);
    }
    out.println(client);
    out.println(client.newBuilder());
    out.println(Credentials.of(LOGIN, PASSWORD));
    for (String line : log) {
      out.println(line);
    }
    out.flush();

    assertEquals(7, failures);
    String all = everything.toString();
    assertFalse(all.contains(PASSWORD), "the password leaked:\n" + all);
    assertFalse(all.contains(BASE64), "the Authorization value leaked:\n" + all);
    assertFalse(all.contains(BASE64.substring(0, 16)), "part of the Authorization value leaked");
    // The log really is the most verbose: it saw the header (and redacted it) and both bodies.
    assertTrue(log.contains("Authorization: <redacted>"), String.join("\n", log));
    assertTrue(log.contains("Set-Cookie: <redacted>"), String.join("\n", log));
    assertTrue(all.contains("\"tag\":\"run 0\""), "the request body is logged");
    assertTrue(all.contains("\"referring_domains\""), "the answer body is logged");
    assertTrue(all.contains("<-- HTTP FAILED: SocketTimeoutException"), all);
    assertTrue(all.contains("--> POST " + server.url(operation.path())), all);
  }

  @Test
  void theLogIsOffByDefaultAndEachLevelAddsToTheLast() {
    int[] sizes = new int[HttpLogLevel.values().length];
    for (HttpLogLevel level : HttpLogLevel.values()) {
      log.clear();
      server.enqueue(Fixtures.json(operation.okAnswer("example.com")));
      operation.call(verboseClient().logger(log::add, level).build(), "example.com");
      sizes[level.ordinal()] = log.size();
    }

    assertEquals(0, sizes[HttpLogLevel.NONE.ordinal()]);
    assertEquals(2, sizes[HttpLogLevel.BASIC.ordinal()]);
    assertTrue(sizes[HttpLogLevel.HEADERS.ordinal()] > 2);
    // At least the request's body and the answer's, each a line or more.
    assertTrue(sizes[HttpLogLevel.BODY.ordinal()] >= sizes[HttpLogLevel.HEADERS.ordinal()] + 2);
    assertTrue(log.stream().anyMatch(line -> line.contains("\"status_code\"")), "the answer body");
  }

  @Test
  void aFailingLogSinkDoesNotFailTheCall() {
    server.enqueue(Fixtures.json(operation.okAnswer("example.com")));
    BacklinksClient client = verboseClient().logger(line -> {
      throw new IllegalStateException("disk full");
    }, HttpLogLevel.BODY).build();

    assertTrue(operation.hasData(operation.call(client, "example.com"), "example.com"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http://api.dataforseo.com/", "http://10.0.0.1/", "http://192.168.1.5:8080/",
      "http://[2001:db8::1]/", "http://127.0.0.1.nip.io/", "http://localhost.example.com/",
      "http://128.0.0.1/"})
  void plainHttpIsRefusedUnlessItIsLoopback(String url) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BacklinksClient.builder().baseUrl(url));
    assertTrue(e.getMessage().contains("plain http:// is allowed to loopback only"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http://127.0.0.1:8080/", "http://127.1.2.3/", "http://localhost/",
      "http://LOCALHOST:9/x", "http://[::1]:4010/", "https://api.dataforseo.com/",
      "https://10.0.0.1/proxy"})
  void httpsAnywhereAndPlainHttpToLoopbackAreAllowed(String url) {
    BacklinksClient.builder().baseUrl(url);
  }

  @Test
  void aBaseUrlWithCredentialsIsRefusedWithoutEchoingThem() {
    IllegalArgumentException withUser = assertThrows(IllegalArgumentException.class,
        () -> BacklinksClient.builder().baseUrl("https://bob:" + PASSWORD + "@example.com/"));
    IllegalArgumentException unparsable = assertThrows(IllegalArgumentException.class,
        () -> BacklinksClient.builder().baseUrl("ftp://bob:" + PASSWORD + "@example.com/"));

    assertFalse(withUser.getMessage().contains(PASSWORD), withUser.getMessage());
    assertFalse(unparsable.getMessage().contains(PASSWORD), unparsable.getMessage());
  }
}
