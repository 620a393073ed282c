package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.backlinks4j.Fixtures;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CLI's side of failures: exit 1 and one line naming the status code and message when the
 * service or the network fails; exit 2 and the reason, with nothing sent, for invalid input; never
 * a stack trace, not even with --verbose, whose log keeps the credentials out.
 */
class ErrorLinesTest {
  private static final String PASSWORD = "cli-s3cret-pass";
  private static final String BASE64 = Base64.getEncoder()
      .encodeToString(("me@example.com:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  private FakeDataForSeo server;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() {
    server = fake.server();
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--base-url");
    all.add(server.baseUrl());
    all.add("--max-retries=0"); // each answer is one outcome here; RetriesTest covers retries
    return Main.run(all.toArray(new String[0]), new PrintWriter(out, true),
        new PrintWriter(err, true),
        Map.of("DATAFORSEO_LOGIN", "me@example.com", "DATAFORSEO_PASSWORD", PASSWORD));
  }

  private List<String> errorLines() {
    List<String> lines = new ArrayList<>();
    for (String line : err.toString().split("\n")) {
      // --verbose's log and its closing figures are not error lines.
      if (!line.startsWith("http: ") && !line.startsWith("calls: ") && !line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }

  private void assertNoStackTraceNorCredential() {
    String all = out + "\n" + err;
    assertFalse(all.contains("\tat "), all);
    assertFalse(all.contains("Caused by:"), all);
    assertFalse(all.contains("Exception in thread"), all);
    assertFalse(all.contains(PASSWORD), all);
    assertFalse(all.contains(BASE64), all);
  }

  @Test
  void http401WithDataForSeoJsonIsOneLineWithTheCodeAndMessage() {
    server.enqueue(new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
        .setBody("{\"status_code\":40100,\"status_message\":\"You are not authorized to access this "
            + "resource.\"}"));

    assertEquals(1, run("summary", "example.com"));

    assertEquals(List.of("backlinks: DataForSEO status 40100: You are not authorized to access this "
        + "resource. (HTTP 401)"), errorLines());
    assertNoStackTraceNorCredential();
  }

  @Test
  void aTaskErrorNamesItsCodeAndTask() {
    server.enqueue(Fixtures.json(Fixtures.envelope(40501, "Invalid Field: 'tag'.", "null")));

    assertEquals(1, run("summary", "example.com"));

    assertEquals(List.of("backlinks: DataForSEO status 40501 in task "
        + "11111111-2222-3333-4444-555555555555: Invalid Field: 'tag'."), errorLines());
  }

  @Test
  void aNetworkFailureIsOneLine() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    assertEquals(1, run("summary", "example.com", "--verbose"));

    assertEquals(1, errorLines().size(), err.toString());
    assertTrue(errorLines().get(0).startsWith("backlinks: network failed: IOException: unexpected end of stream"),
        err.toString());
    assertNoStackTraceNorCredential();
  }

  @Test
  void verboseLogsTheExchangeRedactedAndStillPrintsNoStackTrace() {
    server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
        .setBody("<html><title>502 Bad Gateway</title></html>"));

    assertEquals(1, run("summary", "example.com", "--verbose"));

    String log = err.toString();
    assertTrue(log.contains("http: --> POST " + server.url("/v3/backlinks/summary/live")), log);
    assertTrue(log.contains("http: Authorization: <redacted>"), log);
    assertTrue(log.contains("http: [{\"target\":\"example.com\"}]"), log);
    assertTrue(log.contains("http: <-- 502 Server Error"), log);
    assertEquals(List.of("backlinks: an HTML page, not JSON (text/html, 43 bytes) (HTTP 502)"),
        errorLines());
    assertNoStackTraceNorCredential();
  }

  @Test
  void verboseOnSuccessShowsTheReportAndARedactedLog() {
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));

    assertEquals(0, run("summary", "explodingtopics.com", "--verbose"));

    assertTrue(out.toString().contains("Backlinks summary of explodingtopics.com"), out.toString());
    assertTrue(err.toString().contains("http: Authorization: <redacted>"), err.toString());
    assertTrue(err.toString().contains("http: <-- 200 OK"), err.toString());
    assertNoStackTraceNorCredential();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "www.example.com          |                                   | target: write a domain without 'www.'",
      "' '                      |                                   | target: must not be blank",
      "example.com/page         |                                   | target: a domain has no scheme",
      "ftp://example.com        |                                   | target: a page must be an absolute http:// or https:// URL",
      "example.com              | --internal-list-limit=0           | internal_list_limit: must be between 1 and 1000, was 0",
      "example.com              | --internal-list-limit=1001        | internal_list_limit: must be between 1 and 1000, was 1001",
      "example.com              | --status-type=gone                | --status-type: expected one of all, live, lost, got 'gone'",
      "example.com              | --rank-scale=ten                  | --rank-scale: expected one of one_hundred, one_thousand, got 'ten'",
      "example.com              | --filter-json=[oops               | --filter-json: not JSON",
  })
  void invalidInputExitsTwoWithTheReasonAndSendsNothing(String target, String option,
      String reason) {
    int code = option == null ? run("summary", target) : run("summary", target, option);

    assertEquals(2, code, err.toString());
    assertEquals(1, errorLines().size(), err.toString());
    assertTrue(errorLines().get(0).startsWith("backlinks: invalid input: " + reason), err.toString());
    assertEquals(0, server.requestCount());
    assertNoStackTraceNorCredential();
  }

  @Test
  void aTagOver255CharactersExitsTwo() {
    assertEquals(2, run("summary", "example.com", "--tag", "t".repeat(256)));

    assertEquals(List.of("backlinks: invalid input: tag: must be at most 255 characters, was 256"),
        errorLines());
    assertEquals(0, server.requestCount());
  }

  @Test
  void aPlainHttpBaseUrlOffLoopbackExitsTwo() {
    int code = Main.run(new String[] {"summary", "example.com", "--base-url", "http://example.com/"},
        new PrintWriter(out, true), new PrintWriter(err, true),
        Map.of("DATAFORSEO_LOGIN", "me@example.com", "DATAFORSEO_PASSWORD", PASSWORD));

    assertEquals(2, code);
    assertTrue(err.toString().contains("plain http:// is allowed to loopback only"), err.toString());
  }
}
