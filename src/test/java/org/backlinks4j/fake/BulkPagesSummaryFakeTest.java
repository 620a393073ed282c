package org.backlinks4j.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.BulkPagesSummary;
import org.backlinks4j.BulkPagesSummaryRequest;
import org.backlinks4j.Fixtures;
import org.backlinks4j.contract.ContractValidator;
import org.backlinks4j.internal.Wire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fake's bulk_pages_summary, over real HTTP with a plain OkHttp client: the service's rules
 * for a batch, its items and price, the faults of its targets, and the quota it shares with
 * summary; and the client reading what it sends. Every answer the fake sends here to the plain
 * client is checked against the spec.
 */
class BulkPagesSummaryFakeTest {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  private final OkHttpClient raw = new OkHttpClient.Builder().followRedirects(false).build();

  @AfterEach
  void stopRaw() {
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
  }

  /** What came back: the HTTP status, the body, and the body read as plain JSON values. */
  record Answer(int http, String body, Map<?, ?> envelope) {
    Map<?, ?> task() {
      return (Map<?, ?>) ((List<?>) envelope.get("tasks")).get(0);
    }

    int taskCode() {
      return ((Number) task().get("status_code")).intValue();
    }

    String taskMessage() {
      return (String) task().get("status_message");
    }

    Map<?, ?> result() {
      return (Map<?, ?>) ((List<?>) task().get("result")).get(0);
    }

    List<?> items() {
      return (List<?>) result().get("items");
    }

    List<String> urls() {
      List<String> urls = new ArrayList<>();
      for (Object item : items()) {
        urls.add((String) ((Map<?, ?>) item).get("url"));
      }
      return urls;
    }

    Map<?, ?> itemAbout(String url) {
      for (Object item : items()) {
        if (url.equals(((Map<?, ?>) item).get("url"))) {
          return (Map<?, ?>) item;
        }
      }
      throw new AssertionError("no item about " + url + " in " + urls());
    }

    /** The envelope's and the task's cost as written on the wire, not as a double reads them. */
    List<BigDecimal> costs() throws IOException {
      List<BigDecimal> costs = new ArrayList<>();
      try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body))) {
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (name.equals("cost")) {
            costs.add(new BigDecimal(reader.nextString()));
          } else if (name.equals("tasks")) {
            reader.beginArray();
            reader.beginObject();
            while (reader.hasNext()) {
              if (reader.nextName().equals("cost")) {
                costs.add(new BigDecimal(reader.nextString()));
              } else {
                reader.skipValue();
              }
            }
            reader.endObject();
            while (reader.hasNext()) {
              reader.skipValue();
            }
            reader.endArray();
          } else {
            reader.skipValue();
          }
        }
      }
      return costs;
    }
  }

  /** The spec's example answer of bulk_pages_summary. */
  private static JsonNode bulkExample() throws IOException {
    return new YAMLMapper().readTree(ContractValidator.specText())
        .at("/components/examples/BulkPagesSummaryForbes/value");
  }

  private Answer post(String path, String body) throws IOException {
    try (Response response = raw.newCall(new Request.Builder()
        .url(fake.server().url(path))
        .header("Authorization", "Basic bG9naW46cGFzc3dvcmQ=")
        .post(RequestBody.create(body, JSON))
        .build()).execute()) {
      String text = response.body().string();
      assertEquals(List.of(), ContractValidator.spec().checkResponse(path, response.code(),
          response.headers().toMultimap(), text), "the fake's answer breaks the spec: " + text);
      return new Answer(response.code(), text, (Map<?, ?>) Wire.MOSHI.adapter(Object.class).fromJson(text));
    }
  }

  private Answer bulk(List<String> targets) throws IOException {
    return post(FakeDataForSeo.BULK_PAGES_SUMMARY_PATH, task(targets, ""));
  }

  private Answer summary(String target) throws IOException {
    return post(FakeDataForSeo.SUMMARY_PATH, "[{\"target\":" + Envelopes.quote(target) + "}]");
  }

  private static String task(List<String> targets, String moreFields) {
    StringBuilder json = new StringBuilder("[{\"targets\":[");
    for (int i = 0; i < targets.size(); i++) {
      json.append(i == 0 ? "" : ",").append(Envelopes.quote(targets.get(i)));
    }
    return json.append(']').append(moreFields).append("}]").toString();
  }

  /** {@code n} targets of {@code domains} main domains: subdomains and pages of d0.com to d{n-1}.com. */
  private static List<String> targets(int n, int domains) {
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int d = i % domains;
      targets.add(i % 2 == 0 ? "s" + i + ".d" + d + ".com" : "https://d" + d + ".com/page/" + i);
    }
    return targets;
  }

  private static void assertCost(String expected, Answer answer) throws IOException {
    List<BigDecimal> costs = answer.costs();
    assertEquals(2, costs.size(), answer.body());
    for (BigDecimal cost : costs) {
      assertEquals(0, new BigDecimal(expected).compareTo(cost), "cost " + cost + ", not " + expected);
    }
  }

  private static void assertRefused(Answer answer, int code, String message) throws IOException {
    assertEquals(200, answer.http());
    assertEquals(1, ((Number) answer.envelope().get("tasks_error")).intValue());
    assertEquals(code, answer.taskCode(), answer.body());
    assertEquals(message, answer.taskMessage());
    assertNull(answer.task().get("result"));
    assertCost("0", answer);
  }

  @Test
  void answersAnItemPerTargetWithItsUrlAsSentInShuffledOrder() throws Exception {
    List<String> targets = targets(20, 20);

    Answer answer = bulk(targets);

    assertEquals(20000, answer.taskCode());
    assertEquals(new LinkedHashSet<>(targets), new LinkedHashSet<>(answer.urls()));
    assertNotEquals(targets, answer.urls(), "items in the order of the targets");
    assertEquals(20.0, answer.result().get("total_count"));
    assertEquals(20.0, answer.result().get("items_count"));
    Map<?, ?> page = answer.itemAbout("https://d1.com/page/1");
    assertEquals("backlinks_bulk_pages_summary", page.get("type"));
    assertEquals(371.0, page.get("rank")); // the documented example's numbers, for every target
    assertEquals(371.0, page.get("main_domain_rank"));
    assertEquals(41245.0, page.get("backlinks"));
    assertEquals(26012.0, ((Map<?, ?>) page.get("referring_links_tld")).get("com"));
    assertEquals(null, page.get("target")); // summary's own fields are not an item's
    assertEquals(null, page.get("info"));
    Map<?, ?> data = (Map<?, ?>) answer.task().get("data");
    assertEquals("bulk_pages_summary", data.get("function"));
    assertEquals(targets, data.get("targets"));
  }

  @Test
  void itsItemsCarryEveryFieldOfTheSpecsExampleItem() throws Exception {
    Map<?, ?> example = (Map<?, ?>) Wire.MOSHI.adapter(Object.class).fromJson(
        new ObjectMapper().writeValueAsString(bulkExample()));
    Map<?, ?> exampleItem = (Map<?, ?>) new Answer(200, "", example).items().get(0);

    Map<?, ?> item = (Map<?, ?>) bulk(List.of("a.com")).items().get(0);

    assertEquals(new TreeSet<>(exampleItem.keySet().stream().map(String::valueOf).toList()),
        new TreeSet<>(item.keySet().stream().map(String::valueOf).toList()));
  }

  @Test
  void echoesTheOptionalFieldsInTheTasksData() throws Exception {
    Answer answer = post(FakeDataForSeo.BULK_PAGES_SUMMARY_PATH, task(List.of("a.com"),
        ",\"include_subdomains\":false,\"rank_scale\":\"one_hundred\",\"tag\":\"t 1\""));

    Map<?, ?> data = (Map<?, ?>) answer.task().get("data");
    assertEquals(false, data.get("include_subdomains"));
    assertEquals("one_hundred", data.get("rank_scale"));
    assertEquals("t 1", data.get("tag"));
  }

  @Test
  void givesNoItemForATargetWithoutDataAndOneItemForATargetSentTwice() throws Exception {
    fake.server().target("empty.com").noData();

    Answer answer = bulk(List.of("a.com", "empty.com", "b.com", "a.com"));

    assertEquals(List.of("a.com", "b.com"), answer.urls().stream().sorted().toList());
    assertEquals(2.0, answer.result().get("total_count"));
    assertEquals(2.0, answer.result().get("items_count"));
    assertCost("0.02006", answer);
    assertEquals(1, fake.server().callsAbout("a.com"));
  }

  @Test
  void costsTwoCentsACallAndThreeThousandthsOfACentAnItemExactly() throws Exception {
    fake.server().everyTarget().noData();
    fake.server().target("one.com").example();
    fake.server().target("two.com").example();

    assertCost("0.02", bulk(List.of("none.com")));
    assertCost("0.02003", bulk(List.of("one.com", "none.com")));
    assertCost("0.02006", bulk(List.of("one.com", "two.com")));
    fake.server().everyTarget().example();
    Answer thousand = bulk(targets(1000, 100));
    assertEquals(1000, thousand.items().size());
    assertCost("0.05", thousand);
    // What a client reads: the doubles nearest the prices, not sums of rounded parts.
    assertEquals(0.05, ((Number) thousand.envelope().get("cost")).doubleValue());
  }

  @Test
  void refusesMoreThan1000TargetsAsAWhole() throws Exception {
    Answer answer = bulk(targets(1001, 100));

    assertRefused(answer, 40501, "Invalid Field: 'targets' (1001 targets; at most 1000).");
    List<String> problems = fake.server().takeContractViolations();
    assertTrue(String.join("\n", problems).contains("/0/targets"), problems.toString());
  }

  @Test
  void countsMainDomainsByThePublicSuffixListAndRefusesMoreThan100() throws Exception {
    List<String> targets = new ArrayList<>(targets(97, 97)); // d0.com to d96.com
    targets.add("blog.d0.com");             // d0.com again
    targets.add("http://www.d1.com/x");     // d1.com again
    targets.add("192.0.2.1");               // an IP counts as itself: 98
    targets.add("https://192.0.2.2/page");  // 99
    targets.add("a.example.co.uk");         // example.co.uk: 100
    targets.add("b.example.co.uk");         // the same
    Answer hundred = bulk(targets);
    assertEquals(20000, hundred.taskCode(), hundred.body());
    assertEquals(targets.size(), hundred.items().size());

    targets.add("other.co.uk");             // 101
    Answer over = bulk(targets);

    assertRefused(over, 40501, "Invalid Field: 'targets' (101 domains; at most 100).");
  }

  @Test
  void oneRefusedTargetFailsTheWholeTaskNamingIt() throws Exception {
    fake.server().target("refused.com").refuse();

    Answer answer = bulk(List.of("a.com", "refused.com", "b.com"));

    assertRefused(answer, 40501, "Invalid Field: 'target' (refused.com).");
    // Alone, in a summary call, the rule refuses it the same way.
    Answer alone = summary("refused.com");
    assertEquals(40501, alone.taskCode());
    assertEquals("Invalid Field: 'target' (refused.com).", alone.taskMessage());
  }

  @Test
  void aTargetThatNamesNoHostFailsTheWholeTaskNamingTheFirst() throws Exception {
    assertRefused(bulk(List.of("a.com", "not a host", "ftp://b.com/")), 40501,
        "Invalid Field: 'target' (not a host).");
    assertRefused(bulk(List.of("a.com", "ftp://b.com/")), 40501, "Invalid Field: 'target' (ftp://b.com/).");

    // The spec forbids an empty target, as for summary: refused, and a contract violation.
    assertRefused(bulk(List.of("a.com", "")), 40501, "Invalid Field: 'target' ().");
    assertTrue(String.join("\n", fake.server().takeContractViolations()).contains("/0/targets/1"));
  }

  @Test
  void aTaskStatusOrFailFirstOfOneTargetIsTheWholeTasks() throws Exception {
    fake.server().target("flaky.com").failFirst(1, 40501);
    fake.server().target("broken.com").taskStatus(50000);

    assertRefused(bulk(List.of("a.com", "flaky.com")), 40501, "Invalid Field: 'target' (flaky.com).");
    assertEquals(2, bulk(List.of("a.com", "flaky.com")).items().size()); // failed once, then answers
    assertRefused(bulk(List.of("broken.com", "a.com")), 50000, "Internal Error.");
  }

  @Test
  void refusesAnUnknownTaskFieldWith40506() throws Exception {
    Answer answer = post(FakeDataForSeo.BULK_PAGES_SUMMARY_PATH,
        "[{\"targets\":[\"a.com\"],\"internal_list_limit\":10}]");

    assertRefused(answer, 40506, "Unknown Fields in POST Data: internal_list_limit.");
    List<String> problems = fake.server().takeContractViolations();
    assertTrue(String.join("\n", problems).contains("internal_list_limit"), problems.toString());
  }

  @Test
  void refusesATaskWithoutTargets() throws Exception {
    assertRefused(post(FakeDataForSeo.BULK_PAGES_SUMMARY_PATH, "[{\"targets\":[]}]"), 40501,
        "Invalid Field: 'targets'.");
    assertTrue(String.join("\n", fake.server().takeContractViolations()).contains("/0/targets"));
    assertRefused(post(FakeDataForSeo.BULK_PAGES_SUMMARY_PATH, "[{\"targets\":\"a.com\"}]"), 40501,
        "Invalid Field: 'targets'.");
    assertTrue(String.join("\n", fake.server().takeContractViolations()).contains("/0/targets"));
    assertEquals(List.of(List.of(), List.of()), fake.server().batches());
  }

  @Test
  void aTargetsFixtureGivesItsItemAndItsEnvelopeStatusTheWholeCalls() throws Exception {
    fake.server().target("nulls.com").fixture(Fixtures.nullCountsEnvelope());
    fake.server().target("locked.com").envelopeStatus(40100);

    Answer answer = bulk(List.of("a.com", "nulls.com"));
    Map<?, ?> nulls = answer.itemAbout("nulls.com");
    assertNull(nulls.get("referring_links_attributes"));
    assertTrue(((Map<?, ?>) nulls.get("referring_links_tld")).containsKey(""));

    Answer locked = bulk(List.of("a.com", "locked.com"));
    assertEquals(401, locked.http());
    assertEquals(40100, ((Number) locked.envelope().get("status_code")).intValue());
    assertNull(locked.envelope().get("tasks"));
  }

  @Test
  void aFaultOfOneTargetIsTheWholeCalls() throws Exception {
    fake.server().target("proxy.com").htmlPage(502);
    fake.server().target("cut.com").disconnectMidAnswer();
    Request.Builder request = new Request.Builder()
        .url(fake.server().url(FakeDataForSeo.BULK_PAGES_SUMMARY_PATH))
        .header("Authorization", "Basic bG9naW46cGFzc3dvcmQ=");

    try (Response response = raw.newCall(request
        .post(RequestBody.create(task(List.of("a.com", "proxy.com", "cut.com"), ""), JSON)).build())
        .execute()) {
      assertEquals(502, response.code()); // a whole-call fault wins over a cut
      assertTrue(response.body().string().startsWith("<html>"));
    }
    try (Response response = raw.newCall(request
        .post(RequestBody.create(task(List.of("a.com", "cut.com"), ""), JSON)).build()).execute()) {
      assertEquals(200, response.code());
      assertThrows(IOException.class, () -> response.body().string());
    }
  }

  @Test
  void waitsForTheHoldOfAnyOfItsTargets() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    fake.server().target("held.com").holdUntil(release);
    CompletableFuture<Answer> held = CompletableFuture.supplyAsync(() -> {
      try {
        return bulk(List.of("a.com", "held.com"));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    while (fake.server().stats().accepted() < 1) {
      Thread.sleep(5); // the call arrived and is held
    }

    Answer other = bulk(List.of("a.com")); // a batch without it is not held
    assertEquals(1, other.items().size());
    assertEquals(false, held.isDone());
    release.countDown();
    assertEquals(2, held.get(30, TimeUnit.SECONDS).items().size());
  }

  @Test
  void recordsEachBatchAndCountsItsTargetsAndPaths() throws Exception {
    fake.server().target("refused.com").refuse();
    bulk(List.of("a.com", "b.com", "refused.com"));
    bulk(List.of("a.com", "b.com"));
    summary("a.com");

    assertEquals(List.of(List.of("a.com", "b.com", "refused.com"), List.of("a.com", "b.com")),
        fake.server().batches());
    assertEquals(2, fake.server().bulkCallsAbout("a.com"));
    assertEquals(1, fake.server().bulkCallsAbout("refused.com"));
    assertEquals(3, fake.server().callsAbout("a.com"));
    FakeStats stats = fake.server().stats();
    assertEquals(3, stats.calls());
    assertEquals(2, stats.callsTo(FakeDataForSeo.BULK_PAGES_SUMMARY_PATH));
    assertEquals(1, stats.callsTo(FakeDataForSeo.SUMMARY_PATH));
    assertEquals(Map.of("a.com", 2L, "b.com", 2L, "refused.com", 1L), stats.bulkCallsPerTarget());
    assertTrue(stats.toString().endsWith(" calls_per_path={" + FakeDataForSeo.BULK_PAGES_SUMMARY_PATH
        + "=2, " + FakeDataForSeo.SUMMARY_PATH + "=1}"), stats.toString());
  }

  @Test
  void bothOperationsKeptWithinOneQuotaCountNoViolation() throws Exception {
    fake.server().quota(4, 1, TimeUnit.HOURS, 1);

    for (int i = 0; i < 2; i++) {
      assertEquals(20000, summary("s" + i + ".com").taskCode());
      assertEquals(20000, bulk(List.of("b" + i + ".com", "c" + i + ".com")).taskCode());
    }

    FakeStats stats = fake.server().stats();
    assertEquals(4, stats.accepted());
    assertEquals(0, stats.violations());
  }

  @Test
  void bothOperationsFillOneWindow() throws Exception {
    fake.server().quota(3, 1, TimeUnit.HOURS, 10);
    summary("a.com");
    bulk(List.of("a.com", "b.com"));
    summary("b.com");

    Answer bulkOver = bulk(List.of("c.com"));
    Answer summaryOver = summary("c.com");

    assertRefused(bulkOver, 40202, "Rate limit per minute exceeded.");
    assertEquals(40202, summaryOver.taskCode());
    FakeStats stats = fake.server().stats();
    assertEquals(2, stats.rateViolations());
    assertEquals(3, stats.accepted());
    assertEquals(List.of(List.of("a.com", "b.com"), List.of("c.com")), fake.server().batches());
  }

  @Test
  void aCallOfEitherOperationInFlightFillsTheConcurrencyCapForTheOther() throws Exception {
    fake.server().quota(100, 1, TimeUnit.HOURS, 1);
    for (String heldPath : List.of(FakeDataForSeo.SUMMARY_PATH, FakeDataForSeo.BULK_PAGES_SUMMARY_PATH)) {
      CountDownLatch release = new CountDownLatch(1);
      fake.server().target("held.com").holdUntil(release);
      long acceptedBefore = fake.server().stats().accepted();
      boolean bulkHeld = heldPath.equals(FakeDataForSeo.BULK_PAGES_SUMMARY_PATH);
      CompletableFuture<Answer> held = CompletableFuture.supplyAsync(() -> {
        try {
          return bulkHeld ? bulk(List.of("held.com")) : summary("held.com");
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      while (fake.server().stats().accepted() == acceptedBefore) {
        Thread.sleep(5); // the held call is in flight: the cap of one is full
      }

      Answer over = bulkHeld ? summary("free.com") : bulk(List.of("free.com"));
      release.countDown();

      assertEquals(40209, over.taskCode(), heldPath + " held");
      assertEquals(20000, held.get(30, TimeUnit.SECONDS).taskCode());
    }
    FakeStats stats = fake.server().stats();
    assertEquals(2, stats.concurrencyViolations());
    assertEquals(1, stats.peakInFlight());
  }

  @Test
  void theMainRefusesATargetWithItsOwnFlagInABatchToo() throws Exception {
    FakeServerMain.configure(fake.server(), new String[] {"--refuse", "bad.com", "--no-data", "empty.com"});

    assertRefused(bulk(List.of("a.com", "bad.com")), 40501, "Invalid Field: 'target' (bad.com).");
    assertEquals(List.of("a.com"), bulk(List.of("a.com", "empty.com")).urls());
  }

  @Test
  void checksAnEnqueuedAnswerAgainstTheBulkOperation() throws Exception {
    fake.server().checkAnswers(true);
    String example = new ObjectMapper().writeValueAsString(bulkExample());
    fake.server().enqueue(Fixtures.json(example));
    fake.server().enqueue(Fixtures.json(example.replace("\"items_count\":2", "\"items_count\":\"2\"")));

    assertEquals(List.of("forbes.com", "https://www.forbes.com/sites/"), bulk(List.of("forbes.com")).urls());
    try (Response response = raw.newCall(new Request.Builder()
        .url(fake.server().url(FakeDataForSeo.BULK_PAGES_SUMMARY_PATH))
        .header("Authorization", "Basic bG9naW46cGFzc3dvcmQ=")
        .post(RequestBody.create(task(List.of("forbes.com"), ""), JSON)).build()).execute()) {
      assertEquals(200, response.code());
    }

    List<String> problems = fake.server().takeContractViolations();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("items_count"), problems.get(0));
  }

  @Test
  void theClientMatchesTheShuffledItemsByUrlAndReadsTheRefusal() {
    fake.server().target("empty.com").noData();
    fake.server().target("refused.com").refuse();
    List<String> targets = new ArrayList<>(targets(30, 10));
    targets.add("empty.com");

    BulkPagesSummary answer = fake.client().bulkPagesSummary(BulkPagesSummaryRequest.of(targets));

    assertEquals(30, answer.items().size());
    assertEquals(List.of(), answer.unmatchedItems());
    for (String target : targets(30, 10)) {
      assertEquals(371, answer.itemFor(target).getRank(), target);
    }
    assertEquals(false, answer.hasData("empty.com"));
    assertEquals(0.0209, answer.cost()); // 0.02 + 30 x 0.00003, as the service writes it
    BacklinksException refused = assertThrows(BacklinksException.class,
        () -> fake.client().bulkPagesSummary(BulkPagesSummaryRequest.of("a.com", "refused.com")));
    assertEquals(40501, refused.statusCode());
    assertEquals("Invalid Field: 'target' (refused.com).", refused.statusMessage());
  }

  @Test
  void logsABulkCallsTargets() throws Exception {
    StringWriter log = new StringWriter();
    fake.server().logRequestsTo(log);

    bulk(List.of("a.com", "b.com"));

    Map<?, ?> line = (Map<?, ?>) Wire.MOSHI.adapter(Object.class).fromJson(log.toString().trim());
    assertEquals(List.of("a.com", "b.com"), line.get("targets"));
    assertEquals(false, line.containsKey("target"));
    assertEquals(FakeDataForSeo.BULK_PAGES_SUMMARY_PATH, line.get("path"));
  }
}
