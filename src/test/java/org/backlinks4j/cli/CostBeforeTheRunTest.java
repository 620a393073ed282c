package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The estimate, --dry-run and --max-cost with summary, the default endpoint, and the prices. */
class CostBeforeTheRunTest extends BulkFixture {
  @BeforeEach
  void setUp() throws IOException {
    Answers.serveBigResults(server);
    Files.write(input, List.of("a.example.com", "b.example.com", "c.example.com"),
        StandardCharsets.UTF_8);
  }

  private Cli.Result bulk(String... extra) {
    return run(args(output, extra));
  }

  @Test
  void everyRunSaysWhatItWillSendAndWhatThatCostsBeforeItSends() {
    Cli.Result result = bulk();
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.err().startsWith("bulk: to send 3 targets in 3 calls (summary), estimate "
        + "$0.06009 (DataForSEO's prices of 2024-04-25: $0.02 a call + $0.00003 a result row); "
        + "skipped 0 (a successful record), refused 0 (invalid, not sent)\n"), result.err());

    Cli.Result again = bulk();
    assertTrue(again.err().startsWith("bulk: to send 0 targets in 0 calls (summary), estimate "
        + "$0.00000"), again.err());
    assertTrue(again.err().contains("skipped 3 (a successful record)"), again.err());
  }

  @Test
  void theDryRunOfSummarySendsNothingAndNamesTheCheaperEndpoint() {
    Cli.Result result = bulk("--dry-run");
    assertEquals(0, result.exitCode(), result.err());
    assertEquals(0, server.requestCount());
    assertFalse(Files.exists(output));
    assertTrue(result.out().contains("send      3 targets in 3 calls of --endpoint summary"),
        result.out());
    assertTrue(result.out().contains("estimate  $0.06009 at most"), result.out());
    assertTrue(result.out().contains("or        --endpoint bulk-pages-summary: 1 call, $0.02009"),
        result.out());

    Cli.Result filtered = bulk("--dry-run", "--filter", "dofollow = true");
    assertFalse(filtered.out().contains("or "), "no bulk_pages_summary with a filter");
    assertEquals(0, server.requestCount());
  }

  @Test
  void maxCostBelowTheEstimateSendsNothing() {
    Cli.Result result = bulk("--max-cost", "0.06");
    assertEquals(2, result.exitCode(), result.err());
    assertEquals(0, server.requestCount());
    assertFalse(Files.exists(output));
    assertTrue(result.err().contains("backlinks: invalid input: the estimate $0.06009 is above "
        + "--max-cost $0.06000: nothing sent"), result.err());
    assertEquals(2, bulk("--max-cost", "-1").exitCode());
    assertEquals(2, bulk("--max-cost", "five").exitCode());
    assertEquals(0, bulk("--max-cost", "0.06009").exitCode());
  }

  @Test
  void aRunThatReachesMaxCostLetsItsCallsInFlightFinishAndARerunFinishes() throws IOException {
    // The service charges more than its published price: $0.03 a call, where $0.02003 was
    // estimated. Within $0.07, two calls fit; the third would pass it.
    server.everyTarget().envelopes(target -> Answers.envelope(target, Answers.result(target))
        .replace("\"cost\":0.02003", "\"cost\":0.03"));

    Cli.Result first = bulk("--max-cost", "0.07", "--max-concurrent", "1");

    assertEquals(1, first.exitCode(), first.err());
    assertEquals(2, server.requestCount(), "stopped before the call that would pass the cap");
    assertEquals(2, Files.readAllLines(output).size(), "the calls in flight have their records");
    assertTrue(first.err().contains("backlinks: stopped: --max-cost $0.07000 reached (the next "
        + "call would pass it); $0.06000 spent (the cost the service reported); the targets not "
        + "sent have no record: run the same command again to send them"), first.err());
    assertTrue(first.err().contains("2 of 3 targets have a successful record"), first.err());

    Cli.Result rerun = bulk("--max-cost", "0.07", "--max-concurrent", "1");
    assertEquals(0, rerun.exitCode(), rerun.err());
    assertEquals(3, server.requestCount());
    assertEquals(1, server.callsAbout("c.example.com"));
    assertEquals(3, Files.readAllLines(output).size());
  }

  @Test
  void summaryHonoursMaxCostToo() {
    Cli.Result refused = Cli.run(Answers.credentials(), "summary", "example.com", "--base-url",
        server.baseUrl(), "--max-cost", "0.02");
    assertEquals(2, refused.exitCode());
    assertEquals("backlinks: invalid input: a summary call costs $0.02003 (DataForSEO's prices of "
        + "2024-04-25: $0.02 a call + $0.00003 a result row), above --max-cost $0.02000: nothing "
        + "sent\n", refused.err());
    assertEquals(0, server.requestCount());
    Cli.Result sent = Cli.run(Answers.credentials(), "summary", "example.com", "--base-url",
        server.baseUrl(), "--max-cost", "1", "--json");
    assertEquals(0, sent.exitCode(), sent.err());
    assertEquals(1, server.requestCount());
  }

  @Test
  void aRunWhoseEstimatePassesTheBalanceSaysHowFarItGoesAndStartsOnlyWhenTold() {
    server.account().balance(0.05); // what user_data says, over the socket

    Cli.Result refused = bulk();
    assertEquals(2, refused.exitCode(), refused.err());
    assertTrue(refused.err().contains("backlinks: invalid input: the estimate $0.06009 is above the"
        + " account's balance $0.05000, which pays for about 2 of the 3 targets to send (83%): "
        + "nothing sent (top up, send fewer targets, or set --max-cost or --allow-over-balance)"),
        refused.err());
    assertEquals(0, server.requestCount(), "no paid call");
    assertEquals(1, server.account().userDataCalls(), "the one call that reads the balance");
    assertFalse(Files.exists(output), "nothing written");

    Cli.Result allowed = bulk("--allow-over-balance");
    assertEquals(0, allowed.exitCode(), allowed.err());
    assertTrue(allowed.err().contains("backlinks: the estimate $0.06009 is above the account's "
        + "balance $0.05000, which pays for about 2 of the 3 targets to send (83%); the run stops "
        + "when the money is gone"), allowed.err());
    assertEquals(3, server.requestCount());
    assertEquals(2, server.account().userDataCalls(), "its answer was the account's limit too");

    output = dir.resolve("capped.jsonl");
    server.account().balance(0.01);
    Cli.Result capped = bulk("--max-cost", "1");
    assertEquals(0, capped.exitCode(), "a cap says the user knows: " + capped.err());
    assertTrue(capped.err().contains("above the account's balance $0.01000"), capped.err());
    assertEquals(6, server.requestCount());
  }

  @Test
  void aSetRateStillHasTheBalanceReadAndHeldAgainstTheEstimate() {
    server.account().balance(0.05);

    Cli.Result refused = bulk("--rate", "100/1m");

    assertEquals(2, refused.exitCode(), refused.err());
    assertTrue(refused.err().contains("the estimate $0.06009 is above the account's balance "
        + "$0.05000"), refused.err());
    assertEquals(0, server.requestCount(), "no paid call");
    assertEquals(1, server.account().userDataCalls(), "asked for the balance, the rate being set");
    assertFalse(Files.exists(output), "nothing written");

    Cli.Result allowed = bulk("--rate", "100/1m", "--allow-over-balance");
    assertEquals(0, allowed.exitCode(), allowed.err());
    assertFalse(allowed.err().contains("balance"), "not read: " + allowed.err());
    assertEquals(1, server.account().userDataCalls(), "nothing asked: a set rate, and a balance "
        + "that holds nothing back");
    assertEquals(3, server.requestCount());
  }

  @Test
  void aBalanceThatCoversTheEstimateOrCannotBeReadHoldsNothingBack() {
    server.account().balance(0.06009);
    assertEquals(0, bulk().exitCode());
    assertEquals(3, server.requestCount());
    assertEquals(1, server.account().userDataCalls(), "one user_data call: balance and limit");

    output = dir.resolve("other.jsonl");
    server.account().balance(0).userDataStatus(50000);
    Cli.Result unknown = bulk();
    assertEquals(0, unknown.exitCode(), unknown.err());
    assertFalse(unknown.err().contains("balance"), unknown.err());
    assertEquals(6, server.requestCount());
  }

  @Test
  void pricesAreExactAndAmountsParseAsUsersWriteThem() {
    assertEquals(20_030_000L, Prices.summaryCall());
    assertEquals(50_000_000L, Prices.bulkPagesSummaryCall(1000));
    assertEquals(20_060_000L, Prices.bulkPagesSummaryCall(2), "the docs' example: 0.02006");
    assertEquals("$40.06000", Prices.format(2000 * Prices.summaryCall()), "the issue's 2,000 lines");
    assertEquals(5_000_000_000L, Prices.parseDollars("5"));
    assertEquals(500_000_000L, Prices.parseDollars(" $0.50 "));
    assertEquals(1L, Prices.parseDollars("0.000000001"));
    assertThrows(IllegalArgumentException.class, () -> Prices.parseDollars("-0.01"));
    assertThrows(IllegalArgumentException.class, () -> Prices.parseDollars("1e12"));
    assertThrows(IllegalArgumentException.class, () -> Prices.parseDollars("ten"));
  }

  @Test
  void theSpendingLimitCountsCallsInFlightAtTheirEstimate() {
    SpendingLimit limit = new SpendingLimit(100);
    assertTrue(limit.tryReserve(40));
    assertTrue(limit.tryReserve(60));
    assertFalse(limit.tryReserve(1), "the two in flight may cost the whole cap");
    limit.settle(40, 30); // cheaper than estimated
    assertTrue(limit.tryReserve(10));
    assertFalse(limit.tryReserve(1));
    assertTrue(SpendingLimit.NONE.tryReserve(Long.MAX_VALUE / 2));
  }

  @Test
  void callsInFlightFitTheHeap() {
    assertEquals(1, PagesSender.maxCallsInFlight(30, 64L << 20), "-Xmx64m");
    assertEquals(4, PagesSender.maxCallsInFlight(30, 128L << 20));
    assertEquals(1, PagesSender.maxCallsInFlight(30, 16L << 20));
    assertEquals(30, PagesSender.maxCallsInFlight(30, 640L << 20));
    assertEquals(2, PagesSender.maxCallsInFlight(2, 4L << 30), "never more than the quota's");
  }

  @Test
  void theTargetsARefusalNamesAreTheLongestItContains() {
    List<String> targets = List.of("a.com", "data.com", "b.com", "https://b.com/page");
    assertEquals(List.of("data.com"),
        PagesSender.named("Invalid Field: 'target' (data.com).", targets));
    assertEquals(List.of("https://b.com/page"),
        PagesSender.named("Invalid Field: 'target' (https://b.com/page).", targets));
    assertEquals(List.of(), PagesSender.named("Invalid Field: 'targets' (101 domains).", targets));
  }
}
