package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.RecordedRequest;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.model.BacklinksStatusType;
import org.backlinks4j.model.RankScale;
import org.backlinks4j.model.SummaryResult;
import org.backlinks4j.model.SummaryTargetInfo;
import org.backlinks4j.model.SummaryTaskData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BacklinksClientTest {
  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  private FakeDataForSeo server;
  private BacklinksClient client;

  @BeforeEach
  void start() {
    // Every request sent and every answer enqueued here is checked against the spec.
    server = fake.server().checkAnswers(true);
    client = fake.client();
  }

  @Test
  void aCallStartedFromADaemonThreadRunsOnDispatcherThreadsThatAreNotDaemons() throws Exception {
    java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Summary>> call =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread starter = new Thread(() -> call.set(client.summaryAsync(SummaryRequest.of("example.com"))));
    starter.setDaemon(true);
    starter.start();
    starter.join();
    call.get().get(10, java.util.concurrent.TimeUnit.SECONDS);

    String name = BacklinksClient.threadName(client.number());
    java.util.List<Thread> dispatchers = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(name)).collect(java.util.stream.Collectors.toList());
    assertTrue(!dispatchers.isEmpty(), "the call ran on the client's dispatcher");
    for (Thread thread : dispatchers) {
      assertTrue(!thread.isDaemon(), thread + " is a daemon: a program would not wait for its call");
    }
  }

  @Test
  void sendsOneTaskWithBasicAuthSnakeCaseNamesAndNoNulls() throws Exception {
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));

    client.summary(SummaryRequest.builder("explodingtopics.com")
        .internalListLimit(10)
        .includeSubdomains(true)
        .statusType(BacklinksStatusType.ALL)
        .rankScale(RankScale.ONE_HUNDRED)
        .rawFilters(Arrays.asList("dofollow", "=", true))
        .build());

    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/v3/backlinks/summary/live", request.getPath());
    String expectedAuth = "Basic " + Base64.getEncoder()
        .encodeToString("login@example.com:s3cret-pass".getBytes(StandardCharsets.UTF_8));
    assertEquals(expectedAuth, request.getHeader("Authorization"));
    assertTrue(request.getHeader("Content-Type").startsWith("application/json"),
        request.getHeader("Content-Type"));
    assertTrue(request.getHeader("User-Agent").matches("dataforseo-backlinks/\\S+ .*"),
        request.getHeader("User-Agent"));
    // Exactly the fields that were set, snake_case, in a one-element array; nothing else, no nulls.
    Object body = Wire.MOSHI.adapter(Object.class).fromJson(request.getBody().readUtf8());
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("target", "explodingtopics.com");
    expected.put("include_subdomains", true);
    expected.put("internal_list_limit", 10.0);
    expected.put("backlinks_status_type", "all");
    expected.put("backlinks_filters", Arrays.asList("dofollow", "=", true));
    expected.put("rank_scale", "one_hundred");
    assertEquals(List.of(expected), body);
  }

  @Test
  void aBareRequestSendsTheTargetOnly() throws Exception {
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));

    client.summary(SummaryRequest.of("example.com"));

    assertEquals("[{\"target\":\"example.com\"}]", server.takeRequest().getBody().readUtf8());
  }

  @Test
  void parsesEveryFieldOfTheDocumentedExample() {
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));

    Summary summary = client.summary(SummaryRequest.of("explodingtopics.com"));

    assertTrue(summary.hasData());
    assertEquals("09291809-1535-0265-0000-8d49256fe2ad", summary.taskId());
    assertEquals(0.02003, summary.cost());
    assertEquals("0.9619 sec.", summary.time());
    assertEquals("0.1.20230825", summary.envelope().getVersion());
    assertEquals(20000, summary.envelope().getStatusCode());
    assertEquals("Ok.", summary.envelope().getStatusMessage());
    assertEquals("1.0162 sec.", summary.envelope().getTime());
    assertEquals(1, summary.envelope().getTasksCount());
    assertEquals(0, summary.envelope().getTasksError());
    assertEquals(1, summary.task().getResultCount());
    assertEquals(List.of("v3", "backlinks", "summary", "live"), summary.task().getPath());
    SummaryTaskData data = summary.task().getData();
    assertNotNull(data);
    assertEquals("backlinks", data.getApi());
    assertEquals("summary", data.getFunction());
    assertEquals("explodingtopics.com", data.getTarget());
    assertEquals(10, data.getInternalListLimit());
    assertEquals(true, data.getIncludeSubdomains());
    assertEquals("all", data.getBacklinksStatusType());
    assertEquals(Arrays.asList("dofollow", "=", true), data.getBacklinksFilters());

    SummaryResult r = summary.requireResult();
    assertEquals("explodingtopics.com", r.getTarget());
    assertEquals("2020-01-18 11:50:58 +00:00", r.getFirstSeen());
    assertNull(r.getLostDate());
    assertEquals(371, r.getRank());
    assertEquals(41245L, r.getBacklinks());
    assertEquals(8L, r.getBacklinksSpamScore());
    assertEquals(2150, r.getCrawledPages());
    assertEquals(25507L, r.getInternalLinksCount());
    assertEquals(18419L, r.getExternalLinksCount());
    assertEquals(209L, r.getBrokenBacklinks());
    assertEquals(265, r.getBrokenPages());
    assertEquals(12372L, r.getReferringDomains());
    assertEquals(0L, r.getReferringDomainsNofollow());
    assertEquals(11438L, r.getReferringMainDomains());
    assertEquals(0L, r.getReferringMainDomainsNofollow());
    assertEquals(10401L, r.getReferringIps());
    assertEquals(6427L, r.getReferringSubnets());
    assertEquals(38786L, r.getReferringPages());
    assertEquals(0L, r.getReferringPagesNofollow());
    assertEquals(0L, r.getBacklinksNofollow());

    SummaryTargetInfo info = r.getInfo();
    assertNotNull(info);
    assertEquals("cloudflare", info.getServer());
    assertNull(info.getCms());
    assertEquals(List.of("unknown"), info.getPlatformType());
    assertEquals("172.67.129.80", info.getIpAddress());
    assertEquals("US", info.getCountry());
    assertEquals(false, info.getIsIp());
    assertEquals(0, info.getTargetSpamScore());

    assertEquals(map("com", 26012, "pics", 1964, "net", 1080, "org", 1031, "info", 670, "hu", 548,
        "co.uk", 527, "io", 481, "best", 416, "co", 299), r.getReferringLinksTld());
    assertEquals(map("anchor", 36666, "redirect", 1906, "image", 210, "canonical", 4),
        r.getReferringLinksTypes());
    assertEquals(map("noopener", 8960, "noreferrer", 3908, "external", 167, "sponsored", 34,
        "ugc", 20, "alternate", 2), r.getReferringLinksAttributes());
    assertEquals(map("unknown", 15196, "cms", 13222, "blogs", 12985, "organization", 9525,
        "message-boards", 2679, "news", 2295, "ecommerce", 36), r.getReferringLinksPlatformTypes());
    assertEquals(map("", 20318, "article", 12403, "section", 3907, "main", 1595, "details", 366,
        "figcaption", 116, "figure", 38, "header", 28, "aside", 5, "nav", 4),
        r.getReferringLinksSemanticLocations());
    assertEquals(map("", 27445, "US", 3867, "WW", 1439, "IN", 738, "GB", 602, "IO", 440, "CO", 275,
        "DE", 259, "IT", 196, "BR", 181), r.getReferringLinksCountries());
  }

  @Test
  void countsAboveTwoToThe31stArriveExactly() {
    String result = "[{\"target\":\"google.com\",\"backlinks\":9007199254740993,"
        + "\"referring_pages\":3000000000,\"internal_links_count\":9223372036854775807,"
        + "\"referring_links_tld\":{\"com\":4294967296}}]";
    server.enqueue(Fixtures.json(Fixtures.envelope(20000, "Ok.", result)));

    SummaryResult r = client.summary(SummaryRequest.of("google.com")).requireResult();

    assertEquals(9007199254740993L, r.getBacklinks()); // 2^53 + 1: no trip through a double
    assertEquals(3000000000L, r.getReferringPages());
    assertEquals(Long.MAX_VALUE, r.getInternalLinksCount());
    assertEquals(4294967296L, r.getReferringLinksTld().get("com"));
  }

  @Test
  void everyResultFieldMayBeNull() throws IOException {
    StringBuilder result = new StringBuilder("[{");
    String[] fields = {"target", "first_seen", "lost_date", "rank", "backlinks", "backlinks_spam_score",
        "crawled_pages", "info", "internal_links_count", "external_links_count", "broken_backlinks",
        "broken_pages", "referring_domains", "referring_domains_nofollow", "referring_main_domains",
        "referring_main_domains_nofollow", "referring_ips", "referring_subnets", "referring_pages",
        "referring_links_tld", "referring_links_types", "referring_links_attributes",
        "referring_links_platform_types", "referring_links_semantic_locations",
        "referring_links_countries", "referring_pages_nofollow", "backlinks_nofollow"};
    for (int i = 0; i < fields.length; i++) {
      result.append(i == 0 ? "" : ",").append('"').append(fields[i]).append("\":null");
    }
    result.append("}]");
    server.enqueue(Fixtures.json(Fixtures.envelope(20000, "Ok.", result.toString())));

    SummaryResult r = client.summary(SummaryRequest.of("example.com")).requireResult();

    // Every field null: equal to the model read from an empty object.
    assertEquals(Wire.MOSHI.adapter(SummaryResult.class).fromJson("{}"), r);
  }

  @Test
  void nullsInsideInfoAndTheEnvelopeAreTolerated() throws IOException {
    server.enqueue(Fixtures.json("{\"version\":null,\"status_code\":20000,\"status_message\":null,"
        + "\"time\":null,\"cost\":null,\"tasks_count\":null,\"tasks_error\":null,\"tasks\":[{"
        + "\"id\":null,\"status_code\":20000,\"status_message\":null,\"time\":null,\"cost\":null,"
        + "\"result_count\":null,\"path\":null,\"data\":null,\"result\":[{\"info\":{\"server\":null,"
        + "\"cms\":null,\"platform_type\":null,\"ip_address\":null,\"country\":null,\"is_ip\":null,"
        + "\"target_spam_score\":null}}]}]}"));

    Summary summary = client.summary(SummaryRequest.of("example.com"));

    assertEquals(Wire.MOSHI.adapter(SummaryTargetInfo.class).fromJson("{}"),
        summary.requireResult().getInfo());
    assertNull(summary.taskId());
    assertEquals(0.0, summary.cost());
  }

  @Test
  void fieldsTheSpecDoesNotKnowAreSkipped() {
    server.enqueue(Fixtures.json("{\"status_code\":20000,\"brand_new\":{\"a\":[1,2]},\"tasks\":[{"
        + "\"status_code\":20000,\"id\":\"t1\",\"novel\":true,\"result\":[{\"backlinks\":5,"
        + "\"future_metric\":1.5,\"info\":{\"server\":\"nginx\",\"new_flag\":\"x\"},"
        + "\"referring_links_tld\":{\"com\":3}}],\"data\":{\"api\":\"backlinks\",\"extra\":[]}}]}"));

    SummaryResult r = client.summary(SummaryRequest.of("example.com")).requireResult();

    assertEquals(5L, r.getBacklinks());
    assertEquals("nginx", r.getInfo().getServer());
    assertEquals(Map.of("com", 3L), r.getReferringLinksTld());
  }

  @Test
  void rawJsonIsTheAnswerByteForByteAsTheServiceSentIt() {
    // Spacing, field order, a number no Java type holds, text beyond ASCII and a body of several
    // of Okio's 8 KiB segments: the raw JSON keeps all of it.
    String body = "{ \"tasks\" : [ {\"status_code\":20000, \"id\":\"t1\",\n  \"result\":[{"
        + "\"backlinks\": 5, \"huge\": 123456789012345678901234567890.50,"
        + " \"title\": \"Stra\u00dfe \u2713 \ud83d\ude00\"}]}],"
        + "\"padding\":\"" + "x".repeat(20_000) + "\", \"status_code\" : 20000 }\n";
    server.enqueue(Fixtures.json(body));

    Summary summary = client.summary(SummaryRequest.of("example.com"));

    assertEquals(body, summary.rawJson());
    assertEquals(5L, summary.requireResult().getBacklinks());
  }

  @Test
  void aSuccessfulTaskWithoutDataIsAnEmptySummary() {
    server.enqueue(Fixtures.json(Fixtures.envelope(20000, "Ok.", "null")));

    Summary summary = client.summary(SummaryRequest.of("no-such-site.example"));

    assertFalse(summary.hasData());
    assertNull(summary.result());
    assertEquals("11111111-2222-3333-4444-555555555555", summary.taskId());
    assertEquals(0.02003, summary.cost());
    assertThrows(java.util.NoSuchElementException.class, summary::requireResult);
  }

  @Test
  void aTaskErrorCarriesItsCodeMessageAndTaskId() {
    server.enqueue(Fixtures.json(Fixtures.envelope(40501, "Invalid Field: 'rank_scale'.", "null")));

    BacklinksException e = assertThrows(BacklinksException.class,
        () -> client.summary(SummaryRequest.of("example.com")));

    assertEquals(40501, e.statusCode());
    assertEquals("Invalid Field: 'rank_scale'.", e.statusMessage());
    assertEquals("11111111-2222-3333-4444-555555555555", e.taskId());
    assertFalse(e.isRetryable());
  }

  @Test
  void theBaseUrlMayLackItsTrailingSlash() throws Exception {
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));
    BacklinksClient prefixed = client.newBuilder().baseUrl(server.url("/proxy").toString()).build();

    prefixed.summary(SummaryRequest.of("example.com"));

    assertEquals("/proxy/v3/backlinks/summary/live", server.takeRequest().getPath());
  }

  @Test
  void timeoutsFitLiveTasks() {
    assertEquals(130_000, client.http().readTimeoutMillis());
  }

  @Test
  void aCallerSuppliedOkHttpClientIsUsedAndKeepsItsInterceptors() throws Exception {
    okhttp3.OkHttpClient mine = new okhttp3.OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("X-Mine", "yes").build()))
        .build();
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));
    BacklinksClient custom = client.newBuilder().okHttpClient(mine).build();

    custom.summary(SummaryRequest.of("example.com"));

    RecordedRequest request = server.takeRequest();
    assertEquals("yes", request.getHeader("X-Mine"));
    assertNotNull(request.getHeader("Authorization"));
    assertTrue(custom.http().connectionPool() == mine.connectionPool());
  }

  @Test
  void aBlockingCallTheQuotaLetsThroughRunsOnTheCallersThreadAndAnAsyncOneDoesNot() throws Exception {
    java.util.List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    okhttp3.OkHttpClient mine = new okhttp3.OkHttpClient.Builder()
        .addInterceptor(chain -> {
          if (chain.request().url().encodedPath().endsWith("/summary/live")) {
            threads.add(Thread.currentThread()); // not the user_data call that comes first
          }
          return chain.proceed(chain.request());
        })
        .build();
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));
    BacklinksClient custom = client.newBuilder().okHttpClient(mine).build();

    custom.summary(SummaryRequest.of("example.com"));
    custom.summaryAsync(SummaryRequest.of("example.com")).get();

    assertEquals(2, threads.size());
    assertTrue(threads.get(0) == Thread.currentThread(), "sync ran on " + threads.get(0));
    assertFalse(threads.get(1) == Thread.currentThread(), "async ran on the caller's thread");
  }

  @Test
  void toStringsNeverShowThePassword() {
    assertFalse(client.toString().contains("s3cret-pass"), client.toString());
    assertFalse(Credentials.of("a", "s3cret-pass").toString().contains("s3cret-pass"));
  }

  private static Map<String, Long> map(Object... keysAndValues) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], ((Integer) keysAndValues[i + 1]).longValue());
    }
    return map;
  }
}
