package org.backlinks4j.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockResponse;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.Fixtures;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.backlinks4j.model.SummaryResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract layer catches what it is there to catch: broken requests and broken answers, both
 * when checked directly and when they pass through the fake server; and it lets through what the
 * spec allows, including answer fields the spec does not know.
 */
class ContractLayerTest {
  private static final ContractValidator SPEC = ContractValidator.spec();
  private static final String VALID_REQUEST =
      "[{\"target\":\"explodingtopics.com\",\"internal_list_limit\":10,\"backlinks_status_type\":\"all\","
          + "\"backlinks_filters\":[[\"dofollow\",\"=\",true],\"and\",[\"domain_from_rank\",\">=\",300]]}]";

  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  private FakeDataForSeo server;

  @BeforeEach
  void start() {
    // Every request, and every answer enqueued here, is checked against the spec.
    server = fake.server().checkAnswers(true);
  }

  @Test
  void aValidRequestPasses() {
    SPEC.assertValidRequestBody(VALID_REQUEST);
  }

  @Test
  void aRequestWithoutItsRequiredTargetIsCaught() {
    List<String> problems = SPEC.checkRequestBody(VALID_REQUEST.replace("\"target\":\"explodingtopics.com\",", ""));

    assertMentions(problems, "required", "target");
  }

  @Test
  void aRequestFieldOfTheWrongTypeIsCaught() {
    List<String> problems = SPEC.checkRequestBody(VALID_REQUEST.replace(":10,", ":\"10\","));

    assertMentions(problems, "internal_list_limit", "string");
  }

  @Test
  void requestValuesOutsideTheSpecsRangesAreCaught() {
    assertMentions(SPEC.checkRequestBody("[{\"target\":\"a.com\",\"internal_list_limit\":0}]"), "minimum");
    assertMentions(SPEC.checkRequestBody("[{\"target\":\"a.com\",\"internal_list_limit\":1001}]"), "maximum");
    assertMentions(SPEC.checkRequestBody("[{\"target\":\"a.com\",\"tag\":\"" + "x".repeat(256) + "\"}]"),
        "tag", "256");
    assertMentions(SPEC.checkRequestBody("[{\"target\":\"a.com\",\"rank_scale\":\"one_million\"}]"), "enum");
    assertMentions(SPEC.checkRequestBody("[{\"target\":\"\"}]"), "target");
  }

  @Test
  void aRequestFieldTheSpecDoesNotNameIsCaught() {
    // The service answers 40506 for unknown fields: a misspelt option must not leave the tests.
    assertMentions(SPEC.checkRequestBody("[{\"target\":\"a.com\",\"internal_list_limt\":5}]"),
        "internal_list_limt");
  }

  @Test
  void eachOperationChecksRequestsByItsOwnSchema() {
    String bulk = ContractValidator.BULK_PAGES_SUMMARY_PATH;
    assertEquals(List.of(), SPEC.checkRequestBody(bulk,
        "[{\"targets\":[\"a.com\",\"https://a.com/p\"],\"include_subdomains\":false,"
            + "\"rank_scale\":\"one_hundred\",\"tag\":\"t\"}]"));
    assertMentions(SPEC.checkRequestBody("[{\"targets\":[\"a.com\"]}]"), "targets");
    assertMentions(SPEC.checkRequestBody(bulk, "[{\"target\":\"a.com\"}]"), "target");
    assertMentions(SPEC.checkRequestBody(bulk,
        "[{\"targets\":[\"a.com\"],\"internal_list_limit\":10}]"), "internal_list_limit");
    assertMentions(SPEC.checkRequestBody(bulk, "[{\"targets\":[]}]"), "targets");
    assertMentions(SPEC.checkRequestBody(bulk,
        "[{\"targets\":[" + "\"a.com\",".repeat(1000) + "\"a.com\"]}]"), "targets", "1001");
    assertMentions(SPEC.checkRequestBody(bulk, "[{\"targets\":[\"\"]}]"), "targets");
    assertMentions(SPEC.checkRequestBody(bulk,
        "[{\"targets\":[\"a.com\"],\"tag\":\"" + "x".repeat(256) + "\"}]"), "tag");
    assertMentions(SPEC.checkRequestBody(bulk, "[{\"targets\":[\"a.com\"]},{\"targets\":[\"b.com\"]}]"),
        "2");
  }

  @Test
  void eachOperationChecksAnswersByItsOwnSchema() {
    // A field summary's result does not name (tolerated there) that bulk's result names as a list.
    String odd = replaced(Fixtures.seedEnvelope(), "\"backlinks\": 41245", "\"items\": 41245");

    assertEquals(List.of(), SPEC.checkEnvelope(odd));
    assertMentions(SPEC.checkEnvelope(ContractValidator.BULK_PAGES_SUMMARY_PATH, odd), "items");
  }

  @Test
  void moreThanOneTaskOrNoneIsCaught() {
    assertMentions(SPEC.checkRequestBody("[{\"target\":\"a.com\"},{\"target\":\"b.com\"}]"), "2");
    assertMentions(SPEC.checkRequestBody("[]"), "0");
    assertMentions(SPEC.checkRequestBody("{\"target\":\"a.com\"}"), "array");
  }

  @Test
  void malformedFiltersAreCaught() {
    assertMentions(SPEC.checkRequestBody("[{\"target\":\"a.com\",\"backlinks_filters\":[\"dofollow\",\"=\"]}]"),
        "backlinks_filters");
    // (A group with a bad join whose conditions hold only strings and numbers reads as one condition
    // with list values: OpenAPI 3.0 cannot tell them apart, the filter DSL does.)
    assertMentions(SPEC.checkRequestBody(
        "[{\"target\":\"a.com\",\"backlinks_filters\":[[\"a\",\"=\",true],\"xor\",[\"b\",\"=\",false]]}]"),
        "backlinks_filters");
    assertMentions(SPEC.checkRequestBody(
        "[{\"target\":\"a.com\",\"backlinks_filters\":[\"domain_from_country\",\"in\",[]]}]"),
        "backlinks_filters");
  }

  @Test
  void filtersOfEveryShapeTheApiTakesPass() {
    for (String filter : List.of(
        "[\"dofollow\",\"=\",true]",
        "[\"backlink_spam_score\",\"<\",50]",
        "[\"anchor\",\"like\",\"%seo%\"]",
        "[\"domain_from_country\",\"in\",[\"US\",\"GB\"]]",
        "[\"domain_from_rank\",\"not_in\",[1,2,3]]",
        "[\"attributes\",\"has\",\"ugc\"]",
        // Two conditions whose values are all strings and numbers: a group that, read element by
        // element, also looks like one condition with list values. The spec must take it once.
        "[[\"domain_from_rank\",\">=\",300],\"and\",[\"anchor\",\"like\",\"%seo%\"]]",
        "[[\"dofollow\",\"=\",true],\"and\",[[\"backlink_spam_score\",\"<\",50],\"or\","
            + "[\"domain_from_rank\",\">=\",300]]]")) {
      SPEC.assertValidRequestBody("[{\"target\":\"a.com\",\"backlinks_filters\":" + filter + "}]");
    }
  }

  @Test
  void theDemoFixtureIsAValidAnswer() {
    SPEC.assertValidEnvelope(Fixtures.seedEnvelope());
  }

  @Test
  void aFixtureWithACountAsTextIsCaught() {
    // Moshi would read "41245" into a Long without a word: only the contract notices.
    String broken = replaced(Fixtures.seedEnvelope(), "\"backlinks\": 41245", "\"backlinks\": \"41245\"");

    assertMentions(SPEC.checkEnvelope(broken), "/tasks/0/result/0/backlinks", "string");
  }

  @Test
  void anAnswerWithNullBreakdownsAndNullCountsInsideThemPasses() {
    String answer = Fixtures.nullCountsEnvelope();
    assertTrue(answer.contains("\"referring_links_attributes\": null"), answer);
    assertTrue(answer.replaceAll("\\s+", "").contains("{\"com\":26012,\"\":null,\"net\":null}"), answer);

    SPEC.assertValidEnvelope(answer);
  }

  @Test
  void aCountSentAsTextIsStillCaughtWhereNullIsAllowed() {
    String answer = Fixtures.nullCountsEnvelope();
    assertMentions(SPEC.checkEnvelope(replaced(answer, "\"com\": 26012", "\"com\": \"26012\"")),
        "referring_links_tld", "string");
    assertMentions(SPEC.checkEnvelope(replaced(answer, "\"redirect\": 1906", "\"redirect\": \"1906\"")),
        "referring_links_types", "string");
  }

  @Test
  void theFakePassesAnAnswerWithNullCountsThroughTheClient() {
    server.enqueue(Fixtures.json(Fixtures.nullCountsEnvelope()));
    BacklinksClient client = BacklinksClient.builder().credentials("login", "password")
        .baseUrl(server.baseUrl()).build();

    SummaryResult result = client.summary(SummaryRequest.of("example.com")).requireResult();

    assertTrue(result.getReferringLinksTld().containsKey(""));
    assertEquals(List.of(), server.takeContractViolations());
  }

  @Test
  void fixturesOfTheWrongShapeAreCaught() {
    String seed = Fixtures.seedEnvelope();
    assertMentions(SPEC.checkEnvelope(replaced(seed, "\"tasks_count\": 1", "\"tasks_count\": [1]")),
        "tasks_count");
    assertMentions(SPEC.checkEnvelope(replaced(seed, "\"path\": [", "\"path\": {\"p\": [")
        .replace("\"live\"\n      ]", "\"live\"\n      ]}")), "path");
    assertMentions(SPEC.checkEnvelope(replaced(seed, "\"com\": 26012", "\"com\": \"many\"")),
        "referring_links_tld");
    assertMentions(SPEC.checkEnvelope(replaced(seed, "\"is_ip\": false", "\"is_ip\": \"no\"")), "is_ip");
    assertMentions(SPEC.checkEnvelope(replaced(seed, "\"rank\": 371", "\"rank\": 3.5")), "rank");
  }

  @Test
  void answerFieldsTheSpecDoesNotNameAreAllowed() {
    SPEC.assertValidEnvelope(replaced(Fixtures.seedEnvelope(), "\"rank\": 371",
        "\"rank\": 371, \"future_metric\": {\"a\": [1, 2]}"));
  }

  @Test
  void theFakeCatchesABrokenRequestOnTheWire() throws IOException {
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));

    postRaw("[{\"internal_list_limit\":\"ten\"}]", true);

    List<String> problems = server.takeContractViolations();
    assertMentions(problems, "target");
    assertMentions(problems, "internal_list_limit");
  }

  @Test
  void theFakeCatchesARequestWithoutCredentials() throws IOException {
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));

    postRaw("[{\"target\":\"a.com\"}]", false);

    assertMentions(server.takeContractViolations(), "security");
  }

  @Test
  void theFakeCatchesABrokenFixtureTheClientWouldSwallow() {
    server.enqueue(Fixtures.json(replaced(Fixtures.seedEnvelope(),
        "\"referring_domains\": 12372", "\"referring_domains\": \"12372\"")));
    BacklinksClient client = BacklinksClient.builder().credentials("login", "password")
        .baseUrl(server.baseUrl()).build();

    SummaryResult result = client.summary(SummaryRequest.of("explodingtopics.com")).requireResult();

    assertEquals(12372L, result.getReferringDomains()); // the client took it...
    assertMentions(server.takeContractViolations(), "referring_domains"); // ...the contract did not
  }

  @Test
  void anAnswerOutsideTheSpecOnPurposeIsServedUnchecked() throws IOException {
    server.enqueueOffContract(new MockResponse().setResponseCode(502)
        .setHeader("Content-Type", "text/html").setBody("<html>Bad gateway</html>"));

    assertEquals(502, postRaw("[{\"target\":\"a.com\"}]", true));
    assertEquals(List.of(), server.takeContractViolations());
  }

  @Test
  void anUndocumentedAnswerEnqueuedAsUsualIsCaught() {
    server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>Bad gateway</html>"));
    BacklinksClient client = BacklinksClient.builder().credentials("login", "password")
        .baseUrl(server.baseUrl()).maxRetries(0).build();

    assertThrows(RuntimeException.class, () -> client.summary(SummaryRequest.of("a.com")));

    assertMentions(server.takeContractViolations(), "502");
  }

  @Test
  void theFailureNamesEveryProblem() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> SPEC.assertValidRequestBody("[{\"internal_list_limit\":0}]"));

    assertTrue(error.getMessage().contains("target"), error.getMessage());
    assertTrue(error.getMessage().contains("internal_list_limit"), error.getMessage());
  }

  /** Posts a body with a plain OkHttp client, around the library and its checks; returns the status. */
  private int postRaw(String json, boolean withCredentials) throws IOException {
    okhttp3.Request.Builder request = new okhttp3.Request.Builder()
        .url(server.url(ContractValidator.SUMMARY_PATH))
        .post(RequestBody.create(json, MediaType.get("application/json")));
    if (withCredentials) {
      request.header("Authorization", "Basic bG9naW46cGFzc3dvcmQ=");
    }
    try (okhttp3.Response response = new OkHttpClient().newCall(request.build()).execute()) {
      return response.code();
    }
  }

  /** The text with {@code from} replaced, failing when it is not there (a fixture that changed). */
  private static String replaced(String text, String from, String to) {
    assertTrue(text.contains(from), "the fixture no longer contains " + from);
    return text.replace(from, to);
  }

  private static void assertMentions(List<String> problems, String... words) {
    assertTrue(!problems.isEmpty(), "no problem found");
    String all = String.join("\n", problems);
    for (String word : words) {
      assertTrue(all.contains(word), "expected '" + word + "' among the problems:\n" + all);
    }
  }
}
