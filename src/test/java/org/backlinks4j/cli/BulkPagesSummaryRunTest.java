package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backlinks4j.fake.FakeDataForSeo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code bulk --endpoint bulk-pages-summary} against the fake, as a user runs it. */
class BulkPagesSummaryRunTest extends BulkFixture {
  private String out;
  private String err;

  @BeforeEach
  void setUp() {
    Answers.serveBigResults(server);
  }

  private int bulk(String... extra) {
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    List<String> args = new ArrayList<>(Arrays.asList("--endpoint", "bulk-pages-summary"));
    args.addAll(Arrays.asList(extra));
    int code = Main.run(args(output, args.toArray(new String[0])), new PrintWriter(outText, true),
        new PrintWriter(errText, true), Answers.credentials());
    out = outText.toString();
    err = errText.toString();
    return code;
  }

  /** Targets site1.example.com … siteN.example.com (one site), and others.example.org etc. */
  private List<String> input(int count, String... more) throws IOException {
    List<String> targets = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      targets.add("site" + i + ".example.com");
    }
    targets.addAll(Arrays.asList(more));
    Files.write(input, targets, StandardCharsets.UTF_8);
    return targets;
  }

  @Test
  void twentyFiveHundredTargetsGoInThreeCallsAndGetOneRecordEachInInputOrder() throws IOException {
    List<String> targets = input(2500);

    int code = bulk();

    assertEquals(0, code, err);
    List<List<String>> batches = server.batches();
    assertEquals(3, batches.size(), "the fewest calls of at most 1000 targets");
    Set<String> asked = new HashSet<>();
    batches.forEach(asked::addAll);
    assertEquals(new HashSet<>(targets), asked);
    assertEquals(3, server.stats().callsTo(FakeDataForSeo.BULK_PAGES_SUMMARY_PATH));
    assertEquals(0, server.stats().callsTo(FakeDataForSeo.SUMMARY_PATH));

    List<String> lines = outputLines();
    assertEquals(targets, targetsOf(lines), "one record a target, in input order");
    BigDecimal total = BigDecimal.ZERO;
    for (String line : lines) {
      Map<String, Object> record = parse(line);
      assertEquals(Arrays.asList("target", "status_code", "status_message", "cost", "endpoint",
          "result"), new ArrayList<>(record.keySet()));
      assertEquals(20000.0, record.get("status_code"));
      assertEquals("bulk-pages-summary", record.get("endpoint"));
      String target = (String) record.get("target");
      // The item exactly as the fake wrote it: its url, the number past 2^53 exact.
      assertTrue(line.contains(",\"result\":{\"type\":\"backlinks_bulk_pages_summary\",\"url\":\""
          + target + "\","), line);
      assertTrue(line.contains("\"backlinks\":" + Answers.BIG + ","), line);
      total = total.add(new BigDecimal(line.replaceAll(".*\"cost\":([0-9.]+),.*", "$1")));
    }
    // 0.02 + 1000 × 0.00003 twice, and 0.02 + 500 × 0.00003: each call's cost shared exactly.
    assertEquals(0, new BigDecimal("0.135").compareTo(total), total.toString());
    assertTrue(err.contains("bulk: to send 2500 targets in 3 calls (bulk-pages-summary), "
        + "estimate $0.13500"), err);
    assertTrue(err.contains("bulk: done 2500, failed 0, skipped 0, calls 3, cost $0.13500"), err);
    assertTrue(err.contains("2500 of 2500 targets have a successful record"), err);
  }

  @Test
  void aTargetTheServiceRefusesFailsAloneAndTheRestOfItsCallIsAskedAgainOnceWithoutIt()
      throws IOException {
    List<String> targets = input(1500);
    server.target("site700.example.com").refuse();

    int code = bulk();

    assertEquals(1, code, "the refused target has no successful record");
    List<List<String>> batches = server.batches();
    assertEquals(3, batches.size(), batches.stream().map(List::size).toList().toString());
    List<String> first = batches.stream().filter(b -> b.contains("site700.example.com")).toList()
        .get(0);
    List<String> again = new ArrayList<>(first);
    again.remove("site700.example.com");
    assertTrue(batches.contains(again), "the rest of the call, once, without the refused target");
    assertEquals(1, server.bulkCallsAbout("site700.example.com"));
    for (String target : first) {
      if (!target.equals("site700.example.com")) {
        assertEquals(2, server.bulkCallsAbout(target), target);
      }
    }
    List<String> lines = outputLines();
    assertEquals(targets, targetsOf(lines));
    for (String line : lines) {
      Map<String, Object> record = parse(line);
      if (record.get("target").equals("site700.example.com")) {
        assertEquals(40501.0, record.get("status_code"));
        assertEquals("Invalid Field: 'target' (site700.example.com).", record.get("status_message"));
        assertNull(record.get("result"));
        assertEquals(0.0, record.get("cost"));
      } else {
        assertEquals(20000.0, record.get("status_code"), line);
      }
    }
    assertTrue(err.contains("line 700: site700.example.com: status 40501"), err);
    assertTrue(err.contains("done 1499, failed 1, skipped 0, calls 3"), err);
  }

  @Test
  void aCallThatFailsTransientlyIsRetriedByTheLibraryAndCostsNoTargetItsRecord()
      throws IOException {
    input(10);
    server.target("site3.example.com").failFirst(1, 50000); // fails the whole call once

    assertEquals(0, bulk(), err);

    assertEquals(2, server.batches().size());
    assertEquals(server.batches().get(0), server.batches().get(1), "the same call again");
    assertEquals(10, outputLines().size());
  }

  @Test
  void aFailureOfTheWholeCallIsEveryTargetsAndARerunAsksOnlyForThem() throws IOException {
    input(1200);
    // Not implemented, for its whole call (a refusal of the account, such as 40204, stops the run).
    server.target("site1.example.com").failFirst(1, 50100);

    assertEquals(1, bulk());
    long failed = outputLines().stream().filter(l -> l.contains("\"status_code\":50100")).count();
    assertEquals(1000, failed, "the call of site1 and its 999 companions");
    assertEquals(2, server.batches().size());

    assertEquals(0, bulk(), err);
    assertEquals(3, server.batches().size(), "the failed call's targets, in one call");
    assertEquals(1000, server.batches().get(2).size());
    assertTrue(err.contains("done 1000, failed 0, skipped 200, calls 1"), err);
    assertEquals(1200, outputLines().size());
  }

  @Test
  void aResumedRunAsksOnlyForTargetsWithoutASuccessfulRecord() throws IOException {
    List<String> targets = input(5);
    // What kill -9 leaves: records in finishing order and a torn last line.
    String c = RecordFormat.JSON.line(BulkRecord.failure(targets.get(2), 0, "x"))
        .replace("\"status_code\":0", "\"status_code\":20000");
    String a = RecordFormat.JSON.line(BulkRecord.failure(targets.get(0), 0, "x"))
        .replace("\"status_code\":0", "\"status_code\":20000");
    Files.write(output, (c + "\n" + a + "\n{\"target\":\"" + targets.get(3) + "\",\"status_co")
        .getBytes(StandardCharsets.UTF_8));

    assertEquals(0, bulk(), err);

    assertEquals(List.of(List.of(targets.get(1), targets.get(3), targets.get(4))), server.batches());
    List<String> lines = outputLines();
    assertEquals(targets, targetsOf(lines));
    assertEquals(a, lines.get(0), "a finished record is kept as it was");
    assertTrue(err.contains("skipped 2"), err);
  }

  @Test
  void duplicatesAndOtherSpellingsAreAskedForOnceAndGetARecordEach() throws IOException {
    Files.write(input, List.of("a.example.com", "b.example.com", "a.example.com", "B.Example.com"),
        StandardCharsets.UTF_8);

    assertEquals(0, bulk(), err);

    assertEquals(List.of(List.of("a.example.com", "b.example.com")), server.batches());
    List<String> lines = outputLines();
    assertEquals(List.of("a.example.com", "b.example.com", "a.example.com", "B.Example.com"),
        targetsOf(lines));
    assertTrue(lines.get(3).contains("\"url\":\"b.example.com\""), lines.get(3));
  }

  @Test
  void targetsSummaryRefusesAreRefusedBeforeSendingAndTheRestGoesOut() throws IOException {
    Files.write(input, List.of("a.example.com", "www.example.com", "not a domain", "b.example.com"),
        StandardCharsets.UTF_8);

    assertEquals(1, bulk());

    assertEquals(List.of(List.of("a.example.com", "b.example.com")), server.batches());
    Map<String, Object> www = parse(outputLines().get(1));
    assertEquals(0.0, www.get("status_code"), "the library's code: the service never saw it");
    assertEquals("bulk-pages-summary", www.get("endpoint"));
    assertEquals("target: write a domain without 'www.' (example.com, not www.example.com; "
        + "include_subdomains covers www): 'www.example.com' (refused before sending)",
        www.get("status_message"));
    assertTrue(err.contains("refused 2 (invalid, not sent)"), err);
  }

  @Test
  void optionsTheEndpointDoesNotTakeAreRefusedWithExit2AndNothingSent() throws IOException {
    input(3);
    assertEquals(2, bulk("--filter", "dofollow = true", "--status-type", "all"));
    assertTrue(err.contains("backlinks: invalid input: --endpoint bulk-pages-summary takes no "
        + "--filter, --status-type: bulk_pages_summary has no filters"), err);
    for (String[] option : List.of(new String[] {"--filter-json", "[[\"dofollow\",\"=\",true]]"},
        new String[] {"--internal-list-limit", "5"},
        new String[] {"--include-indirect-links", "false"},
        new String[] {"--exclude-internal-backlinks", "false"})) {
      assertEquals(2, bulk(option), option[0]);
      assertTrue(err.contains("takes no " + option[0] + ":"), err);
      assertEquals(1, err.strip().lines().count(), err);
    }
    assertEquals(2, bulk("--endpoint", "pages"));
    assertTrue(err.contains("'pages' is not summary or bulk-pages-summary"), err);
    assertEquals(0, server.requestCount());
    assertFalse(Files.exists(output));
  }

  @Test
  void theOptionsItTakesGoIntoEveryCall() throws Exception {
    input(2);
    assertEquals(0, bulk("--include-subdomains", "false", "--rank-scale", "one_hundred",
        "--tag", "run 7"));
    String body = server.takeRequest().getBody().readUtf8();
    assertEquals("[{\"targets\":[\"site1.example.com\",\"site2.example.com\"],"
        + "\"include_subdomains\":false,\"rank_scale\":\"one_hundred\",\"tag\":\"run 7\"}]", body);
  }

  @Test
  void csvHasSummarysHeaderAndLeavesTheColumnsTheEndpointLacksEmpty() throws IOException {
    output = dir.resolve("pages.csv");
    input(2);
    assertEquals(0, bulk("--format", "csv"));
    List<String> pages = outputLines();

    output = dir.resolve("summary.csv");
    err = null;
    StringWriter errText = new StringWriter();
    assertEquals(0, Main.run(new String[] {"bulk", "--input", input.toString(), "--output",
        output.toString(), "--base-url", server.baseUrl(), "--progress", "none", "--format", "csv"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(errText, true),
        Answers.credentials()), errText.toString());
    List<String> summary = outputLines();

    assertEquals(summary.get(0), pages.get(0), "one header for both endpoints");
    List<String> names = Csv.leading(pages.get(0), CsvColumns.NAMES.size());
    List<String> pageRow = Csv.leading(pages.get(1), names.size());
    List<String> summaryRow = Csv.leading(summary.get(1), names.size());
    Set<String> lacking = Set.of("backlinks_nofollow", "crawled_pages", "internal_links_count",
        "external_links_count", "target_spam_score");
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (lacking.contains(name)) {
        assertEquals("", pageRow.get(i), name);
      } else if (!name.equals("cost")) {
        assertEquals(summaryRow.get(i), pageRow.get(i), name);
      }
    }
    assertEquals("371", pageRow.get(names.indexOf("rank")));
    assertEquals(Answers.BIG, pageRow.get(names.indexOf("backlinks")));
  }

  @Test
  void theDryRunPrintsThePlanAndSendsAndWritesNothing() throws IOException {
    List<String> targets = input(2500, "www.example.com");
    String done = RecordFormat.JSON.line(BulkRecord.failure(targets.get(0), 0, "x"))
        .replace("\"status_code\":0", "\"status_code\":20000");
    Files.write(output, (done + "\n{\"target\":\"torn").getBytes(StandardCharsets.UTF_8));
    byte[] before = Files.readAllBytes(output);

    assertEquals(0, bulk("--dry-run", "--max-cost", "0.10"), err);

    assertEquals(0, server.requestCount(), "nothing sent");
    assertEquals(Arrays.toString(before), Arrays.toString(Files.readAllBytes(output)),
        "nothing written, not even the torn line cut");
    assertEquals("", err);
    List<String> plan = out.strip().lines().map(String::strip).toList();
    assertEquals(List.of(
        "bulk --dry-run: the plan; nothing sent, nothing written",
        "input     2501 targets in " + input,
        "skip      1 with a successful record in " + output + " (resume)",
        "refuse    1 invalid: not sent, a failed record each",
        "send      2499 targets in 3 calls of --endpoint bulk-pages-summary (up to 1000 targets of "
            + "100 sites a call)",
        "estimate  $0.13497 at most, by DataForSEO's prices of 2024-04-25: $0.02 a call + $0.00003"
            + " a result row",
        "max-cost  $0.10000: the estimate is above it: the run would not start",
        "or        --endpoint summary: 2499 calls, $50.05497"), plan);
  }

  @Test
  void withoutCredentialsTheDemoAnswersBulkCallsWithTheDocumentedFigures() throws IOException {
    input(3);
    Cli.Result result = Cli.run(Map.of(), "bulk", "--input", input.toString(), "--output",
        output.toString(), "--progress", "none", "--endpoint", "bulk-pages-summary");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.err().contains("showing DEMO data"), result.err());
    assertTrue(result.err().contains("calls 1, cost $0.02009"), result.err());
    Map<String, Object> record = parse(outputLines().get(2));
    assertEquals("site3.example.com", record.get("target"));
    @SuppressWarnings("unchecked")
    Map<String, Object> item = (Map<String, Object>) record.get("result");
    assertEquals("site3.example.com", item.get("url"));
    assertEquals(371.0, item.get("rank"), "explodingtopics.com's rank, as summary's demo says");
    assertEquals(41245.0, item.get("backlinks"));
  }

  @Test
  void aRunWhoseEstimateIsAboveMaxCostDoesNotStart() throws IOException {
    input(2500);

    assertEquals(2, bulk("--max-cost", "0.13"));

    assertEquals(0, server.requestCount());
    assertFalse(Files.exists(output), "nothing written");
    assertTrue(err.contains("backlinks: invalid input: the estimate $0.13500 is above --max-cost "
        + "$0.13000: nothing sent"), err);
    assertEquals(0, bulk("--max-cost", "$0.135"), err);
    assertEquals(3, server.batches().size());
  }

  @Test
  void aRunThatReachesMaxCostStopsSendingWritesWhatItGotAndARerunFinishes() throws Exception {
    input(3000); // three calls of 1000, one at a time
    // The first call's answer costs more than the published prices say: $0.20 for no items.
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setHeader("Content-Type",
        "application/json").setBody("{\"version\":\"0.1.20240425\",\"status_code\":20000,"
        + "\"status_message\":\"Ok.\",\"time\":\"0.1 sec.\",\"cost\":0.2,\"tasks_count\":1,"
        + "\"tasks_error\":0,\"tasks\":[{\"id\":\"04251521-1535-0544-0000-ef1bc7a7a8a3\","
        + "\"status_code\":20000,\"status_message\":\"Ok.\",\"time\":\"0.1 sec.\",\"cost\":0.2,"
        + "\"result_count\":1,\"path\":[\"v3\",\"backlinks\",\"bulk_pages_summary\",\"live\"],"
        + "\"data\":{\"api\":\"backlinks\",\"function\":\"bulk_pages_summary\"},"
        + "\"result\":[{\"total_count\":0,\"items_count\":0,\"items\":[]}]}]}"));

    assertEquals(1, bulk("--max-cost", "0.15", "--max-concurrent", "1"));

    assertEquals(1, server.batches().size(), "no call after the cap was passed");
    assertEquals(1000, outputLines().size(), "the call in flight has its records");
    assertTrue(err.contains("backlinks: stopped: --max-cost $0.15000 reached (the next call would "
        + "pass it); $0.20000 spent (the cost the service reported); the targets not sent have no "
        + "record: run the same command again to send them"), err);
    assertTrue(err.contains("1000 of 3000 targets have a successful record"), err);

    assertEquals(0, bulk("--max-cost", "0.15", "--max-concurrent", "1"), err);
    assertEquals(3, server.batches().size());
    assertTrue(err.contains("bulk: to send 2000 targets in 2 calls"), err);
    assertEquals(3000, outputLines().size());
  }
}
