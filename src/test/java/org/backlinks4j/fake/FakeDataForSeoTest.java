package org.backlinks4j.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.RecordedRequest;
import okio.BufferedSource;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.Summary;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.contract.ContractValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The fake itself: its answers keep to the spec, its faults happen, its counts are right. */
class FakeDataForSeoTest {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withClient(b -> b.maxRetries(0));
  /** A plain client, to see faults as bytes rather than as the library's exceptions. */
  private final OkHttpClient raw = new OkHttpClient.Builder().followRedirects(false).build();

  @AfterEach
  void stopRaw() {
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
  }

  private Response post(String body) throws IOException {
    return raw.newCall(new Request.Builder()
        .url(fake.server().url(FakeDataForSeo.SUMMARY_PATH))
        .header("Authorization", "Basic bG9naW46cGFzc3dvcmQ=")
        .post(RequestBody.create(body, JSON))
        .build()).execute();
  }

  private static String task(String target) {
    return "[{\"target\":\"" + target + "\"}]";
  }

  @Test
  void answersEveryTargetWithTheDocumentedExampleAboutIt() throws Exception {
    Summary summary = fake.client().summary(SummaryRequest.of("example.org"));

    assertEquals("example.org", summary.requireResult().getTarget());
    assertEquals(371, summary.requireResult().getRank());
    RecordedRequest sent = fake.takeRequest();
    assertEquals(FakeDataForSeo.SUMMARY_PATH, sent.getPath());
    assertTrue(sent.getBody().readUtf8().contains("\"target\":\"example.org\""));
    assertEquals(1, fake.server().callsAbout("example.org"));
  }

  @Test
  void itsOwnAnswersKeepToTheSpec() throws Exception {
    fake.server().target("a.com").noData();
    fake.server().target("b.com").taskStatus(40501);
    fake.server().target("c.com").envelopeStatus(40100);
    for (String target : new String[] {"x.com", "a.com", "b.com", "c.com"}) {
      try (Response response = post(task(target))) {
        List<String> problems = ContractValidator.spec().checkResponse(response.code(),
            response.headers().toMultimap(), response.body().string());
        assertEquals(List.of(), problems, target);
      }
    }
  }

  @Test
  void codesAtTaskAndEnvelopeLevelReachTheClient() {
    fake.server().target("a.com").noData();
    fake.server().target("b.com").taskStatus(40501);
    fake.server().target("c.com").envelopeStatus(40100);

    assertFalse(fake.client().summary(SummaryRequest.of("a.com")).hasData());
    BacklinksException task = assertThrows(BacklinksException.class,
        () -> fake.client().summary(SummaryRequest.of("b.com")));
    assertEquals(40501, task.statusCode());
    BacklinksException envelope = assertThrows(BacklinksException.class,
        () -> fake.client().summary(SummaryRequest.of("c.com")));
    assertEquals(40100, envelope.statusCode());
    assertEquals(401, envelope.httpStatus());
  }

  @Test
  void failsTheFirstCallsThenAnswers() {
    fake.server().target("flaky.com").failFirst(1, 40202);

    BacklinksException first = assertThrows(BacklinksException.class,
        () -> fake.client().summary(SummaryRequest.of("flaky.com")));
    assertEquals(40202, first.statusCode());
    assertTrue(fake.client().summary(SummaryRequest.of("flaky.com")).hasData());
    assertEquals(2, fake.server().callsAbout("flaky.com"));
  }

  @Test
  void countsCallsBeyondTheWindowAsViolations() throws Exception {
    fake.server().quota(2, 1, TimeUnit.HOURS, 10);
    for (int i = 0; i < 3; i++) {
      try (Response response = post(task("t" + i + ".com"))) {
        assertEquals(i < 2, !response.body().string().contains("\"status_code\":40202"), "call " + i);
      }
    }

    FakeStats stats = fake.server().stats();
    assertEquals(3, stats.calls());
    assertEquals(2, stats.accepted());
    assertEquals(1, stats.rateViolations());
    assertEquals(0, stats.concurrencyViolations());
    assertEquals(Map.of("t0.com", 1L, "t1.com", 1L, "t2.com", 1L), stats.callsPerTarget());
  }

  @Test
  void countsCallsOverTheConcurrencyCapAsViolationsAndThePeakInFlight() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    fake.server().quota(100, 1, TimeUnit.HOURS, 2);
    fake.server().target("held.com").holdUntil(release);
    CompletableFuture<Summary> a = fake.client().summaryAsync(SummaryRequest.of("held.com"));
    CompletableFuture<Summary> b = fake.client().summaryAsync(SummaryRequest.of("held.com"));
    // Both held calls in flight: the cap is full (the user_data call before them was accepted too).
    while (fake.server().stats().accepted() - fake.server().account().userDataCalls() < 2) {
      Thread.sleep(5);
    }

    BacklinksException over = assertThrows(BacklinksException.class,
        () -> fake.client().summary(SummaryRequest.of("free.com")));
    release.countDown();
    a.join();
    b.join();

    assertEquals(40209, over.statusCode());
    FakeStats stats = fake.server().stats();
    assertEquals(1, stats.concurrencyViolations());
    assertEquals(1, stats.violations());
    assertEquals(2, stats.peakInFlight());
    assertEquals(2, stats.maxCallsPerTarget());
  }

  @Test
  void recordsRequestsThatBreakTheSpec() throws Exception {
    try (Response response = post("[{\"target\":\"a.com\",\"no_such_field\":1}]")) {
      assertEquals(200, response.code());
    }

    List<String> problems = fake.server().takeContractViolations();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("no_such_field"), problems.get(0));
    assertEquals(1, fake.server().stats().contractViolations());
  }

  @Test
  void disconnectsMidAnswer() throws Exception {
    fake.server().target("cut.com").disconnectMidAnswer();

    try (Response response = post(task("cut.com"))) {
      assertEquals(200, response.code());
      assertThrows(IOException.class, () -> response.body().string());
    }
  }

  @Test
  void sendsAProxyPageAndAnUnreadableBody() throws Exception {
    fake.server().target("proxy.com").htmlPage(502);
    fake.server().target("garbled.com").unreadableBody();

    try (Response response = post(task("proxy.com"))) {
      assertEquals(502, response.code());
      assertTrue(response.body().string().startsWith("<html>"));
    }
    try (Response response = post(task("garbled.com"))) {
      assertEquals(200, response.code());
      String body = response.body().string();
      assertThrows(IOException.class, () -> com.squareup.moshi.JsonReader
          .of(new okio.Buffer().writeUtf8(body)).readJsonValue());
    }
  }

  @Test
  void staysSilent() throws Exception {
    fake.server().target("mute.com").noAnswer();
    OkHttpClient impatient = raw.newBuilder().readTimeout(100, TimeUnit.MILLISECONDS).build();

    assertThrows(java.net.SocketTimeoutException.class, () -> impatient.newCall(new Request.Builder()
        .url(fake.server().url(FakeDataForSeo.SUMMARY_PATH))
        .header("Authorization", "Basic bG9naW46cGFzc3dvcmQ=")
        .post(RequestBody.create(task("mute.com"), JSON))
        .build()).execute());
    assertEquals(1, fake.server().callsAbout("mute.com"));
  }

  @Test
  void redirects() throws Exception {
    fake.server().target("moved.com").redirect(302, "http://elsewhere.invalid/v3/backlinks/summary/live");

    try (Response response = post(task("moved.com"))) {
      assertEquals(302, response.code());
      assertEquals("http://elsewhere.invalid/v3/backlinks/summary/live", response.header("Location"));
    }
  }

  @Test
  void tricklesTheBodyAfterTheHeaders() throws Exception {
    fake.server().target("slow.com").trickle(1, TimeUnit.MILLISECONDS);

    try (Response response = post(task("slow.com"))) {
      assertEquals(200, response.code());
      long length = response.body().contentLength();
      BufferedSource body = response.body().source();
      body.require(16); // bytes keep coming, one at a time
      assertEquals("{\n  \"version\": \"", body.readUtf8(16));
      assertTrue(length > 3000, "the whole example is announced: " + length);
    }
  }

  @Test
  void streamsAHugeValidAnswer() throws Exception {
    long size = 8L << 20;
    fake.server().target("big.com").huge(size);

    try (Response response = post(task("big.com"))) {
      assertEquals(size, response.body().contentLength());
      BufferedSource body = response.body().source();
      assertEquals("{\"padding\":\"xxxx", body.readUtf8(16));
      body.skip(size - 16 - 200);
      String tail = body.readUtf8();
      assertTrue(tail.endsWith("\"result\":null}]}"), tail);
      assertEquals(200, tail.length());
    }
  }

  @Test
  void streamsAHugeChunkedAnswerWithoutALength() throws Exception {
    long size = 8L << 20;
    fake.server().target("big.com").hugeChunked(size);

    try (Response response = post(task("big.com"))) {
      assertEquals(-1, response.body().contentLength());
      assertEquals("chunked", response.header("Transfer-Encoding"));
      BufferedSource body = response.body().source();
      assertEquals("{\"padding\":\"xxxx", body.readUtf8(16));
      body.skip(size - 16 - 200);
      String tail = body.readUtf8();
      assertTrue(tail.endsWith("\"result\":null}]}"), tail);
      assertEquals(200, tail.length());
    }
  }

  @Test
  void servesEnqueuedAnswersFirstAndChecksThemWhenAsked() throws Exception {
    fake.server().checkAnswers(true);
    fake.server().enqueue(TargetRule.json(200, "{\"status_code\":\"not a number\"}"));
    fake.server().enqueueOffContract(TargetRule.json(200, "{\"status_code\":\"not a number\"}"));

    post(task("a.com")).close();
    post(task("a.com")).close();
    try (Response third = post(task("a.com"))) {
      assertTrue(third.body().string().contains("\"rank\": 371"));
    }

    List<String> problems = fake.server().takeContractViolations();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("answer to "), problems.get(0));
  }

  @Test
  void answersItsStatsAsJsonAndLogsEachCallWithoutCredentials() throws Exception {
    StringWriter log = new StringWriter();
    fake.server().logRequestsTo(log);
    post(task("a.com")).close();
    Response stats = raw.newCall(new Request.Builder().url(fake.server().url("/fake/stats")).build())
        .execute();

    String json = stats.body().string();
    assertTrue(json.startsWith("{\"calls\":1,\"accepted\":1,\"violations\":0,"), json);
    assertTrue(json.endsWith("\"calls_per_target\":{\"a.com\":1}}"), json);
    String line = log.toString();
    assertTrue(line.contains("\"target\":\"a.com\""), line);
    assertTrue(line.contains("\"authorization\":\"Basic\""), line);
    assertFalse(line.contains("bG9naW46cGFzc3dvcmQ="), line);
  }

  @Test
  void theMainRefusesAnUnknownOptionOrFaultByName() throws Exception {
    IllegalArgumentException option = assertThrows(IllegalArgumentException.class,
        () -> FakeServerMain.configure(fake.server(), new String[] {"--lag", "3"}));
    assertEquals("unknown option --lag (see --help)", option.getMessage());
    IllegalArgumentException fault = assertThrows(IllegalArgumentException.class,
        () -> FakeServerMain.configure(fake.server(), new String[] {"--fault", "a.com=melt"}));
    assertTrue(fault.getMessage().startsWith("unknown fault melt"), fault.getMessage());

    FakeServerMain.configure(fake.server(), new String[] {
        "--quota", "5/1000/2", "--latency", "0", "--fail-first", "a.com=1:40209", "--no-data", "b.com"});
    try (Response first = post(task("a.com"))) {
      assertTrue(first.body().string().contains("\"status_code\":40209"));
    }
    assertNull(fake.client().summary(SummaryRequest.of("b.com")).result());
  }

  @Test
  void answersWithTheResultItIsGivenInAnEnvelopeThatKeepsToTheSpec() throws Exception {
    fake.server().target("a.com").result(
        "{\"target\": \"a.com\", \"rank\": 500, \"backlinks\": 3000000000}");

    Summary summary = fake.client().summary(SummaryRequest.of("a.com"));
    assertEquals(500, summary.requireResult().getRank());
    assertEquals(3_000_000_000L, summary.requireResult().getBacklinks());
    try (Response response = post(task("a.com"))) {
      assertEquals(List.of(), ContractValidator.spec().checkResponse(response.code(),
          response.headers().toMultimap(), response.body().string()));
    }
    IllegalArgumentException notAnObject = assertThrows(IllegalArgumentException.class,
        () -> fake.server().target("b.com").result("[1]"));
    assertTrue(notAnObject.getMessage().startsWith("not one JSON object"), notAnObject.getMessage());
  }

  @Test
  void aRequestThatBreaksTheSpecFailsNamingTheRuleAndWhereTheSpecWritesIt() throws Exception {
    post("[{\"target\":\"a.com\",\"internal_list_limit\":5000}]").close();
    String listed;
    try (Response violations = raw.newCall(new Request.Builder()
        .url(fake.server().url("/fake/contract-violations")).build()).execute()) {
      listed = violations.body().string();
    }

    AssertionError failure = assertThrows(AssertionError.class, fake.server()::assertContractKept);
    String message = failure.getMessage();
    assertTrue(message.contains("request POST /v3/backlinks/summary/live: "
        + "validation.request.body.schema.maximum: "), message);
    assertTrue(message.contains("(at /0/internal_list_limit; spec "
        + "#/components/schemas/SummaryTaskRequest/properties/internal_list_limit)"), message);
    assertTrue(listed.startsWith("[\"request POST /v3/backlinks/summary/live: "
        + "validation.request.body.schema.maximum: "), listed);
  }

  @Test
  void aClientFromTheFakesBuilderCallsItWithItsCredentials() throws Exception {
    try (FakeDataForSeo own = FakeDataForSeo.start();
        BacklinksClient client = own.clientBuilder().maxRetries(0).build()) {
      assertEquals("a.com", client.summary(SummaryRequest.of("a.com")).requireResult().getTarget());
      assertEquals(okhttp3.Credentials.basic(FakeDataForSeo.LOGIN, FakeDataForSeo.PASSWORD),
          own.takeRequest().getHeader("Authorization"));
      own.assertContractKept();
    }
  }

  @Test
  void theMainTakesItsOptionsFromAConfigFileToo(@TempDir Path dir) throws Exception {
    Path result = dir.resolve("result.json");
    Files.writeString(result, "{\"target\":\"r.com\",\"rank\":42}");
    Path config = dir.resolve("fake.conf");
    Files.writeString(config, String.join("\n",
        "# the fake's rules for this suite",
        "--no-data b.com",
        "",
        "--result   r.com=" + result,
        "--fail-first a.com=1:40209"));

    String[] args = FakeServerMain.withConfigFiles(new String[] {"--port", "0", "--config", config.toString()});
    assertEquals(List.of("--port", "0", "--no-data", "b.com", "--result", "r.com=" + result,
        "--fail-first", "a.com=1:40209"), List.of(args));
    FakeServerMain.configure(fake.server(), args);
    assertNull(fake.client().summary(SummaryRequest.of("b.com")).result());
    assertEquals(42, fake.client().summary(SummaryRequest.of("r.com")).requireResult().getRank());
    try (Response first = post(task("a.com"))) {
      assertTrue(first.body().string().contains("\"status_code\":40209"));
    }
  }
}
