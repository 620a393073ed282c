package org.backlinks4j.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.BulkPagesSummary;
import org.backlinks4j.BulkPagesSummaryRequest;
import org.backlinks4j.Summary;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.cli.Cli;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.model.BacklinksStatusType;
import org.backlinks4j.model.RankScale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The second contract layer: the library and the CLI against Prism, a mock server that an
 * independent tool builds from the spec. Prism checks each request against the spec (HTTP 422 with
 * the errors when it breaks it) and answers with the spec's example, which the client must parse.
 * Requests the spec forbids must be refused by the client before they leave the machine.
 *
 * <p>bulk_pages_summary is checked with raw requests ({@link #bulkVariants()}, {@link
 * #forbiddenBulk()}): Prism and the in-JVM layer must agree on what its spec allows, and Prism's
 * answer, the spec's example, must keep to it.
 *
 * <p>Runs only when {@value #URL_PROPERTY} names Prism's base URL: {@code tools/contract-test}
 * starts Prism, runs this class and prints the summary it writes to {@value #DEFAULT_SUMMARY}.
 * To add a request variant, add a line to {@link #libraryVariants()}, {@link #cliVariants()},
 * {@link #forbidden()}, {@link #bulkVariants()} or {@link #forbiddenBulk()}.
 */
@EnabledIfSystemProperty(named = PrismContractTest.URL_PROPERTY, matches = ".+",
    disabledReason = "needs Prism: tools/contract-test starts it and sets -Dcontract.prism.url")
class PrismContractTest {
  static final String URL_PROPERTY = "contract.prism.url";
  static final String DEFAULT_SUMMARY = "target/contract-test/summary.txt";
  private static final String EXAMPLE_TASK_ID = "09291809-1535-0265-0000-8d49256fe2ad";
  private static final String BULK_EXAMPLE_TASK_ID = "04251521-1535-0544-0000-ef1bc7a7a8a3";
  private static final Map<String, String> CREDENTIALS =
      Map.of("DATAFORSEO_LOGIN", "contract@example.com", "DATAFORSEO_PASSWORD", "contract-pass");
  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final String PRISM = System.getProperty(URL_PROPERTY, "");

  @RegisterExtension static final RunSummary SUMMARY = new RunSummary();

  // Whether this build's client checks requests at all; computed on first use (see forbidden()).
  private static Boolean clientValidates;

  @AfterAll
  static void closeHttp() {
    HTTP.dispatcher().executorService().shutdown();
    HTTP.connectionPool().evictAll();
  }

  /** A request the library sends, named for the summary. */
  record Variant(String name, Supplier<SummaryRequest> request) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** CLI options (after {@code summary TARGET --base-url URL --json}), named for the summary. */
  record CliVariant(String name, String target, List<String> options) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A request the spec forbids: as a raw task for Prism, as a library request where the typed API
   * can express it at all (else null), and as CLI options.
   */
  record Forbidden(String name, String target, String rawTask, Supplier<SummaryRequest> request,
      List<String> cliOptions) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Variant> libraryVariants() {
    List<Object> dofollow = Arrays.asList("dofollow", "=", true);
    List<Object> spam = Arrays.asList("backlink_spam_score", "<", 50);
    List<Object> rank = Arrays.asList("domain_from_rank", ">=", 300);
    List<Object> anchor = Arrays.asList("anchor", "like", "%seo%");
    List<Object> eight = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      if (i > 0) {
        // One join at a level: the filter DSL refuses "and" and "or" mixed in one list.
        eight.add("and");
      }
      eight.add(Arrays.asList("domain_from_rank", ">", i * 10));
    }
    return Stream.of(
        v("bare domain", () -> SummaryRequest.of("explodingtopics.com")),
        v("subdomain", () -> SummaryRequest.of("blog.example.com")),
        v("page, https URL with path and query", () -> SummaryRequest.of("https://example.com/a/page?x=1")),
        v("page, http URL", () -> SummaryRequest.of("http://example.org/")),
        v("every optional field", () -> SummaryRequest.builder("explodingtopics.com")
            .includeSubdomains(false).includeIndirectLinks(false).excludeInternalBacklinks(false)
            .internalListLimit(100).statusType(BacklinksStatusType.ALL).rankScale(RankScale.ONE_HUNDRED)
            .tag("contract-test").rawFilters(Arrays.asList(dofollow, "and", spam)).build()),
        v("include_subdomains true", () -> b().includeSubdomains(true).build()),
        v("include_subdomains false", () -> b().includeSubdomains(false).build()),
        v("include_indirect_links true", () -> b().includeIndirectLinks(true).build()),
        v("include_indirect_links false", () -> b().includeIndirectLinks(false).build()),
        v("exclude_internal_backlinks true", () -> b().excludeInternalBacklinks(true).build()),
        v("exclude_internal_backlinks false", () -> b().excludeInternalBacklinks(false).build()),
        v("internal_list_limit 1 (lowest)", () -> b().internalListLimit(1).build()),
        v("internal_list_limit 1000 (highest)", () -> b().internalListLimit(1000).build()),
        v("backlinks_status_type all", () -> b().statusType(BacklinksStatusType.ALL).build()),
        v("backlinks_status_type live", () -> b().statusType(BacklinksStatusType.LIVE).build()),
        v("backlinks_status_type lost", () -> b().statusType(BacklinksStatusType.LOST).build()),
        v("rank_scale one_hundred", () -> b().rankScale(RankScale.ONE_HUNDRED).build()),
        v("rank_scale one_thousand", () -> b().rankScale(RankScale.ONE_THOUSAND).build()),
        v("tag of 255 characters (longest)", () -> b().tag("t".repeat(255)).build()),
        v("tag with non-ASCII text", () -> b().tag("Größe 漢字 ✓").build()),
        v("filter: boolean condition", () -> b().rawFilters(dofollow).build()),
        v("filter: number condition", () -> b().rawFilters(spam).build()),
        v("filter: like condition", () -> b().rawFilters(anchor).build()),
        v("filter: in with a list", () -> b()
            .rawFilters(Arrays.asList("domain_from_country", "in", Arrays.asList("US", "GB"))).build()),
        v("filter: has on an array field", () -> b().rawFilters(Arrays.asList("attributes", "has", "ugc")).build()),
        v("filter: two conditions of strings and numbers", () -> b()
            .rawFilters(Arrays.asList(rank, "and", anchor)).build()),
        v("filter: nested group", () -> b()
            .rawFilters(Arrays.asList(dofollow, "and", Arrays.asList(spam, "or", rank))).build()),
        v("filter: 8 conditions (the most allowed)", () -> b().rawFilters(eight).build()));
  }

  static Stream<CliVariant> cliVariants() {
    return Stream.of(
        cli("bare domain", "explodingtopics.com"),
        cli("page URL", "https://example.com/a/page"),
        cli("every option", "explodingtopics.com", "--include-subdomains", "false",
            "--include-indirect-links", "false", "--exclude-internal-backlinks", "false",
            "--internal-list-limit", "1000", "--status-type", "lost", "--rank-scale", "one_hundred",
            "--tag", "cli contract", "--filter-json",
            "[[\"dofollow\",\"=\",true],\"and\",[[\"backlink_spam_score\",\"<\",50],\"or\",[\"domain_from_rank\",\">=\",300]]]"),
        cli("--status-type all", "example.com", "--status-type", "all"),
        cli("--status-type live", "example.com", "--status-type", "live"),
        cli("--rank-scale one_thousand", "example.com", "--rank-scale", "one_thousand"),
        cli("--internal-list-limit 1", "example.com", "--internal-list-limit", "1"),
        cli("--filter-json with an in list", "example.com", "--filter-json",
            "[\"domain_from_country\",\"in\",[\"US\",\"GB\"]]"));
  }

  static Stream<Forbidden> forbidden() {
    return Stream.of(
        new Forbidden("internal_list_limit 0", "a.com", "{\"target\":\"a.com\",\"internal_list_limit\":0}",
            () -> b().internalListLimit(0).build(), List.of("--internal-list-limit", "0")),
        new Forbidden("internal_list_limit 1001", "a.com", "{\"target\":\"a.com\",\"internal_list_limit\":1001}",
            () -> b().internalListLimit(1001).build(), List.of("--internal-list-limit", "1001")),
        new Forbidden("tag of 256 characters", "a.com",
            "{\"target\":\"a.com\",\"tag\":\"" + "t".repeat(256) + "\"}",
            () -> b().tag("t".repeat(256)).build(), List.of("--tag", "t".repeat(256))),
        new Forbidden("empty target", "", "{\"target\":\"\"}", () -> SummaryRequest.of(""), List.of()),
        new Forbidden("filter of two parts", "a.com",
            "{\"target\":\"a.com\",\"backlinks_filters\":[\"dofollow\",\"=\"]}",
            () -> b().rawFilters(Arrays.asList("dofollow", "=")).build(),
            List.of("--filter-json", "[\"dofollow\",\"=\"]")),
        // The typed API cannot express these; the CLI reads them from text.
        new Forbidden("unknown status type", "a.com", "{\"target\":\"a.com\",\"backlinks_status_type\":\"bogus\"}",
            null, List.of("--status-type", "bogus")),
        new Forbidden("unknown rank scale", "a.com", "{\"target\":\"a.com\",\"rank_scale\":\"one_million\"}",
            null, List.of("--rank-scale", "one_million")));
  }

  /** A raw bulk_pages_summary task (the object inside the array), named for the summary. */
  record BulkTask(String name, String rawTask) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<BulkTask> bulkVariants() {
    return Stream.of(
        new BulkTask("one domain", "{\"targets\":[\"forbes.com\"]}"),
        new BulkTask("a domain, a subdomain and page URLs",
            "{\"targets\":[\"forbes.com\",\"blog.example.com\",\"https://www.forbes.com/sites/\","
                + "\"http://example.org/a?b=1\"]}"),
        new BulkTask("every optional field", "{\"targets\":[\"forbes.com\"],\"include_subdomains\":false,"
            + "\"rank_scale\":\"one_hundred\",\"tag\":\"contract-test\"}"),
        new BulkTask("rank_scale one_thousand", "{\"targets\":[\"forbes.com\"],\"rank_scale\":\"one_thousand\"}"),
        new BulkTask("tag of 255 characters (longest)",
            "{\"targets\":[\"forbes.com\"],\"tag\":\"" + "t".repeat(255) + "\"}"),
        new BulkTask("1000 targets (the most allowed)", "{\"targets\":" + targets(1000) + "}"));
  }

  static Stream<BulkTask> forbiddenBulk() {
    return Stream.of(
        new BulkTask("no targets", "{\"include_subdomains\":true}"),
        new BulkTask("empty targets", "{\"targets\":[]}"),
        new BulkTask("1001 targets", "{\"targets\":" + targets(1001) + "}"),
        new BulkTask("an empty target", "{\"targets\":[\"forbes.com\",\"\"]}"),
        new BulkTask("targets as a string", "{\"targets\":\"forbes.com\"}"),
        // (A field the spec does not name beside the targets Prism lets through, as for summary:
        // the schemas do not close their objects. The in-JVM layer and the fake refuse it.)
        new BulkTask("summary's target instead", "{\"target\":\"forbes.com\"}"),
        new BulkTask("tag of 256 characters", "{\"targets\":[\"forbes.com\"],\"tag\":\"" + "t".repeat(256) + "\"}"),
        new BulkTask("unknown rank scale", "{\"targets\":[\"forbes.com\"],\"rank_scale\":\"one_million\"}"));
  }

  /** A JSON array of {@code n} page targets. */
  private static String targets(int n) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("\"https://d").append(i % 100).append(".com/p").append(i).append('"');
    }
    return json.append(']').toString();
  }

  static Stream<Forbidden> forbiddenInTheLibrary() {
    return forbidden().filter(f -> f.request() != null);
  }

  @ParameterizedTest(name = "library sends, Prism accepts: {0}")
  @MethodSource("libraryVariants")
  void prismAcceptsWhatTheLibrarySends(Variant variant) {
    Wiretap tap = new Wiretap();
    SummaryRequest request = variant.request().get();
    Summary summary;
    try {
      summary = client(tap).summary(request);
    } catch (BacklinksException e) {
      throw new AssertionError("Prism refused " + request.toJson() + ": HTTP " + tap.status + " " + tap.body, e);
    }

    assertEquals(1, tap.sent.get(), "requests sent");
    assertEquals(200, tap.status, tap.body);
    assertNull(tap.violations, "Prism's sl-violations header");
    // Prism answers with the spec's example; the client must read all of it.
    assertEquals(EXAMPLE_TASK_ID, summary.taskId());
    assertEquals(371, summary.requireResult().getRank());
    assertEquals(41245L, summary.requireResult().getBacklinks());
    // The in-JVM layer agrees with Prism.
    ContractValidator.spec().assertValidRequestBody("[" + request.toJson() + "]");
  }

  @ParameterizedTest(name = "CLI sends, Prism accepts: {0}")
  @MethodSource("cliVariants")
  void prismAcceptsWhatTheCliSends(CliVariant variant) throws IOException {
    Cli.Result result = Cli.run(CREDENTIALS, cliArgs(variant.target(), variant.options(), "--json"));

    assertEquals(0, result.exitCode(), result.err());
    Object json = Wire.MOSHI.adapter(Object.class).fromJson(result.out());
    assertTrue(json instanceof Map, result.out());
    assertEquals(41245.0, ((Map<?, ?>) json).get("backlinks"), result.out());
  }

  @ParameterizedTest(name = "spec forbids, Prism refuses (422): {0}")
  @MethodSource("forbidden")
  void prismRefusesWhatTheSpecForbids(Forbidden forbidden) throws IOException {
    Request request = new Request.Builder().url(PRISM + ContractValidator.SUMMARY_PATH)
        .header("Authorization", okhttp3.Credentials.basic("login", "password"))
        .post(RequestBody.create("[" + forbidden.rawTask() + "]", MediaType.get("application/json")))
        .build();
    try (Response response = HTTP.newCall(request).execute()) {
      assertEquals(422, response.code(), response.body().string());
    }
    // And the in-JVM layer refuses it too.
    assertTrue(!ContractValidator.spec().checkRequestBody("[" + forbidden.rawTask() + "]").isEmpty());
  }

  @ParameterizedTest(name = "bulk_pages_summary, Prism accepts: {0}")
  @MethodSource("bulkVariants")
  void prismAcceptsWhatTheBulkSpecAllows(BulkTask task) throws IOException {
    String body = "[" + task.rawTask() + "]";
    try (Response response = HTTP.newCall(bulkRequest(body)).execute()) {
      String answer = response.body().string();
      assertEquals(200, response.code(), answer);
      assertNull(response.header("sl-violations"), "Prism's sl-violations header");
      // Prism answers with the spec's example, which the in-JVM layer must take too.
      assertTrue(answer.contains(BULK_EXAMPLE_TASK_ID), answer);
      assertEquals(List.of(), ContractValidator.spec().checkResponse(
          ContractValidator.BULK_PAGES_SUMMARY_PATH, 200, response.headers().toMultimap(), answer));
    }
    ContractValidator.spec().assertValidRequestBody(ContractValidator.BULK_PAGES_SUMMARY_PATH, body);
  }

  /** Requests the library sends for bulk_pages_summary, named for the summary. */
  static Stream<Supplier<BulkPagesSummaryRequest>> libraryBulkVariants() {
    List<String> thousand = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      thousand.add("https://d" + (i % 100) + ".com/p" + i);
    }
    return Stream.of(
        () -> BulkPagesSummaryRequest.of("forbes.com"),
        () -> BulkPagesSummaryRequest.of("forbes.com", "https://www.forbes.com/sites/", "blog.example.com"),
        () -> BulkPagesSummaryRequest.builder(List.of("forbes.com")).includeSubdomains(false)
            .rankScale(RankScale.ONE_HUNDRED).tag("contract-test").build(),
        () -> BulkPagesSummaryRequest.of(thousand));
  }

  @ParameterizedTest(name = "bulk_pages_summary: library sends, Prism accepts: {index}")
  @MethodSource("libraryBulkVariants")
  void prismAcceptsWhatTheLibrarySendsForBulkPagesSummary(Supplier<BulkPagesSummaryRequest> variant) {
    Wiretap tap = new Wiretap();
    BulkPagesSummaryRequest request = variant.get();
    BulkPagesSummary answer;
    try {
      answer = client(tap).bulkPagesSummary(request);
    } catch (BacklinksException e) {
      throw new AssertionError("Prism refused " + request + ": HTTP " + tap.status + " " + tap.body, e);
    }

    assertEquals(1, tap.sent.get(), "requests sent");
    assertEquals(200, tap.status, tap.body);
    assertNull(tap.violations, "Prism's sl-violations header");
    // Prism answers with the spec's example: the client reads all of it.
    assertEquals(BULK_EXAMPLE_TASK_ID, answer.taskId());
    assertEquals(2, answer.items().size());
    ContractValidator.spec().assertValidRequestBody(ContractValidator.BULK_PAGES_SUMMARY_PATH,
        "[" + request.toJson() + "]");
  }

  @ParameterizedTest(name = "bulk_pages_summary, spec forbids, Prism refuses (422): {0}")
  @MethodSource("forbiddenBulk")
  void prismRefusesWhatTheBulkSpecForbids(BulkTask task) throws IOException {
    String body = "[" + task.rawTask() + "]";
    try (Response response = HTTP.newCall(bulkRequest(body)).execute()) {
      assertEquals(422, response.code(), response.body().string());
    }
    assertTrue(!ContractValidator.spec().checkRequestBody(ContractValidator.BULK_PAGES_SUMMARY_PATH, body)
        .isEmpty(), "the in-JVM layer takes it");
  }

  private static Request bulkRequest(String body) {
    return new Request.Builder().url(PRISM + ContractValidator.BULK_PAGES_SUMMARY_PATH)
        .header("Authorization", okhttp3.Credentials.basic("login", "password"))
        .post(RequestBody.create(body, MediaType.get("application/json")))
        .build();
  }

  @ParameterizedTest(name = "library refuses before sending: {0}")
  @MethodSource("forbiddenInTheLibrary")
  void theLibraryRefusesWhatTheSpecForbids(Forbidden forbidden) {
    Wiretap tap = new Wiretap();
    RuntimeException refusal = refusal(forbidden, tap);
    if (tap.sent.get() > 0) {
      assumeTheClientValidates("the library sent it (Prism answered HTTP " + tap.status + ")");
    }
    assertNotNull(refusal, "the library neither sent nor refused it");
    assertEquals(0, tap.sent.get(), "requests sent");
  }

  @ParameterizedTest(name = "CLI refuses before sending (exit 2): {0}")
  @MethodSource("forbidden")
  void theCliRefusesWhatTheSpecForbids(Forbidden forbidden) {
    Cli.Result result = Cli.run(CREDENTIALS, cliArgs(forbidden.target(), forbidden.cliOptions()));

    if (result.exitCode() != 2) {
      assumeTheClientValidates("the CLI exited " + result.exitCode() + ": " + result.err().trim());
    }
    assertEquals(2, result.exitCode(), result.err());
  }

  /**
   * Client-side validation is built on another branch (issue 3). Until it is merged, the library
   * refuses none of the forbidden requests and these checks are skipped with the reason; once it
   * refuses any of them, it must refuse all of them.
   */
  private static void assumeTheClientValidates(String what) {
    Assumptions.assumeTrue(clientValidates(), "client-side validation is missing on this build: " + what);
  }

  private static synchronized boolean clientValidates() {
    if (clientValidates == null) {
      clientValidates = forbiddenInTheLibrary().anyMatch(f -> {
        Wiretap tap = new Wiretap();
        return refusal(f, tap) != null && tap.sent.get() == 0;
      });
    }
    return clientValidates;
  }

  private static RuntimeException refusal(Forbidden forbidden, Wiretap tap) {
    try {
      client(tap).summary(forbidden.request().get());
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static String[] cliArgs(String target, List<String> options, String... more) {
    List<String> args = new ArrayList<>(List.of("summary", target, "--base-url", PRISM));
    args.addAll(options);
    args.addAll(Arrays.asList(more));
    return args.toArray(new String[0]);
  }

  private static BacklinksClient client(Wiretap tap) {
    return BacklinksClient.builder()
        .credentials(CREDENTIALS.get("DATAFORSEO_LOGIN"), CREDENTIALS.get("DATAFORSEO_PASSWORD"))
        .baseUrl(PRISM)
        .okHttpClient(HTTP.newBuilder().addNetworkInterceptor(tap).build())
        .build();
  }

  private static SummaryRequest.Builder b() {
    return SummaryRequest.builder("explodingtopics.com");
  }

  private static Variant v(String name, Supplier<SummaryRequest> request) {
    return new Variant(name, request);
  }

  private static CliVariant cli(String name, String target, String... options) {
    return new CliVariant(name, target, List.of(options));
  }

  /** Counts what reaches the network and keeps the last answer, for the failure messages. */
  static final class Wiretap implements Interceptor {
    final AtomicInteger sent = new AtomicInteger();
    volatile int status;
    volatile String body = "";
    volatile String violations;

    @Override
    public Response intercept(Chain chain) throws IOException {
      sent.incrementAndGet();
      Response response = chain.proceed(chain.request());
      status = response.code();
      body = response.peekBody(1 << 20).string();
      violations = response.header("sl-violations");
      return response;
    }
  }

  /** Writes one line per case (PASS, FAIL with the reason, SKIP with the reason) for the script. */
  static final class RunSummary implements TestWatcher, AfterAllCallback {
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void testSuccessful(ExtensionContext context) {
      passed.incrementAndGet();
      lines.add("  PASS  " + context.getDisplayName());
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      failed.incrementAndGet();
      lines.add("  FAIL  " + context.getDisplayName() + "\n          " + firstLines(cause));
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
      skipped.incrementAndGet();
      lines.add("  SKIP  " + context.getDisplayName() + "\n          " + firstLines(cause));
    }

    @Override
    public void afterAll(ExtensionContext context) {
      List<String> out = new ArrayList<>();
      out.add("Prism contract run against " + PRISM);
      out.addAll(lines);
      out.add("prism: " + passed + " passed, " + failed + " failed, " + skipped + " skipped");
      Path file = Paths.get(System.getProperty("contract.summary.file", DEFAULT_SUMMARY));
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, out, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String firstLines(Throwable cause) {
      String message = String.valueOf(cause.getMessage());
      String[] parts = message.split("\n");
      String first = parts.length > 3 ? String.join("\n", Arrays.copyOf(parts, 3)) + " ..." : message;
      return first.replace("\n", "\n          ");
    }
  }
}
