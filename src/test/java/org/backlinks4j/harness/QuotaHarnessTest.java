package org.backlinks4j.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeStats;
import org.junit.jupiter.api.Test;

/**
 * The harness in small: its server catches a client that ignores the quota, and the library,
 * sync and async, gives it nothing to catch. Utilization is left to {@code tools/quota-harness}:
 * on a busy build machine it measures the machine.
 */
class QuotaHarnessTest {
  private static final QuotaHarness.Scenario TINY = new QuotaHarness.Scenario(10, 400, 3, 20, 25);

  @Test
  void theIdealTimeIsTheEarliestScheduleBothBoundsAllow() {
    // 100 per 5 s, 4 at once, 100 ms: windows start at 0, 5 and 10 s; the last 100 calls take
    // 25 rounds of 100 ms.
    assertEquals(TimeUnit.MILLISECONDS.toNanos(12_500),
        QuotaHarness.idealNanos(new QuotaHarness.Scenario(100, 5_000, 4, 100, 300)));
    // Concurrency-bound: 40 calls, 4 at once, 100 ms each, the window never fills.
    assertEquals(TimeUnit.MILLISECONDS.toNanos(1_000),
        QuotaHarness.idealNanos(new QuotaHarness.Scenario(100, 5_000, 4, 100, 40)));
    // Window-bound: 2000 per 6 s, 30 at once, 60 ms: 2000 calls start within 4 s, the 4501st
    // waits for the third window, and its 500 take 17 rounds of 60 ms.
    assertEquals(TimeUnit.MILLISECONDS.toNanos(12_000 + 17 * 60),
        QuotaHarness.idealNanos(new QuotaHarness.Scenario(2000, 6_000, 30, 60, 4_500)));
  }

  @Test
  void theServerCatchesAClientThatIgnoresTheQuota() throws Exception {
    try (FakeDataForSeo server = FakeDataForSeo.start()) {
      server.quota(10, 400, TimeUnit.MILLISECONDS, 3);
      server.everyTarget().delay(20, TimeUnit.MILLISECONDS);
      BacklinksClient greedy = BacklinksClient.builder()
          .credentials("harness", "harness")
          .baseUrl(server.baseUrl())
          .rateLimit(1000, 1, TimeUnit.MILLISECONDS)
          .maxConcurrent(25)
          .maxRetries(0)
          .build();
      int failed = 0;
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        calls.add(greedy.summaryAsync(SummaryRequest.of("example.com")));
      }
      for (CompletableFuture<?> call : calls) {
        try {
          call.join();
        } catch (CompletionException e) {
          assertTrue(e.getCause() instanceof BacklinksException);
          failed++;
        }
      }
      FakeStats stats = server.stats();
      assertTrue(stats.violations() > 0, "violations: " + stats);
      assertEquals(failed, stats.violations());
      assertEquals(25, stats.calls());
    }
  }

  @Test
  void theLibraryGivesItNothingToCatchSyncOrAsync() throws Exception {
    for (String mode : new String[] {"sync", "async"}) {
      // The server's clock shares this busy machine's CPUs: a thread starved for longer than the
      // default margin would show as a violation that the real service, on its own machines,
      // would never see. The default margin is measured by tools/quota-harness.
      QuotaHarness.Result result = QuotaHarness.run(TINY, mode, 200);
      assertEquals(0, result.violations(), mode + ": " + result.firstFailure());
      assertEquals(TINY.total(), result.ok(), mode + ": " + result.firstFailure());
      assertTrue(result.maxInFlight() <= TINY.maxConcurrent(), mode);
      assertTrue(result.actualNanos() >= TimeUnit.MILLISECONDS.toNanos(1200), mode
          + ": 25 calls at 10 per 400 ms (+200 ms) cannot finish before the third window opens");
    }
  }
}
