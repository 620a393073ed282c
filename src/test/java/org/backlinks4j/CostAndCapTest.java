package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.backlinks4j.BacklinksException.Origin;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The running total of cost, and the spending cap that refuses calls before sending them. */
class CostAndCapTest {
  private static final double SEED_COST = 0.02003;
  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  private FakeDataForSeo server;
  private BacklinksClient.Builder builder;

  @BeforeEach
  void start() {
    server = fake.server();
    // each answer is one outcome here; RetriesTest covers what is retried
    builder = fake.clientBuilder().maxRetries(0);
  }

  @Test
  void eachSummaryExposesItsCostTimeAndTaskIdAndTheClientSumsThem() {
    BacklinksClient client = builder.build();
    for (int i = 0; i < 3; i++) {
      server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));
    }

    for (int i = 0; i < 3; i++) {
      Summary summary = client.summary(SummaryRequest.of("example.com"));
      assertEquals(SEED_COST, summary.cost());
      assertEquals("0.9619 sec.", summary.time());
      assertEquals("09291809-1535-0265-0000-8d49256fe2ad", summary.taskId());
    }

    assertEquals(0.06009, client.totalCost(), 0.0); // exact: summed in nano-dollars, not doubles
    assertEquals(Double.POSITIVE_INFINITY, client.spendingCap());
  }

  @Test
  void whatAFailedCallWasChargedCountsToo() {
    BacklinksClient client = builder.build();
    server.enqueue(Fixtures.json(Fixtures.envelope(40501, "Invalid Field.", "null")));
    server.enqueue(Fixtures.json("<html>proxy</html>"));

    assertThrows(InvalidRequestException.class, () -> client.summary(SummaryRequest.of("example.com")));
    assertThrows(UnexpectedResponseException.class,
        () -> client.summary(SummaryRequest.of("example.com")));

    assertEquals(SEED_COST, client.totalCost(), 0.0);
  }

  @Test
  void theTotalIsExactUnderConcurrentCalls() throws Exception {
    // The fake answers each call with the documented example, which costs SEED_COST.
    BacklinksClient client = builder.build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        calls.add(pool.submit(() -> client.summary(SummaryRequest.of("example.com"))));
      }
      for (Future<?> call : calls) {
        call.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(200, server.requestCount());
    assertEquals(200 * 20030L, Math.round(client.totalCost() * 1e6)); // 4.006 USD to the micro-dollar
    assertEquals(4.006, client.totalCost(), 1e-12);
  }

  @Test
  void theCapRefusesCallsBeforeSendingOnceReached() {
    BacklinksClient client = builder.spendingCap(0.05).build();
    for (int i = 0; i < 3; i++) {
      server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));
    }

    client.summary(SummaryRequest.of("example.com")); // 0.02003
    client.summary(SummaryRequest.of("example.com")); // 0.04006: under the cap, so the next goes
    client.summary(SummaryRequest.of("example.com")); // 0.06009: the cap is reached
    AccountException e = assertThrows(AccountException.class,
        () -> client.summary(SummaryRequest.of("example.com")));

    assertEquals(3, server.requestCount(), "the refused call was not sent");
    assertSame(Origin.REQUEST, e.origin());
    assertEquals(0, e.statusCode());
    assertEquals(false, e.isRetryable());
    assertEquals("spending cap of $0.05000 reached ($0.06009 spent by this client): the call was "
        + "not sent", e.getMessage());
    assertEquals(0.06009, client.totalCost(), 0.0);
    assertEquals(0.05, client.spendingCap());
  }

  @Test
  void anAbsurdReportedCostDoesNotLockAClientWithoutACap() throws Exception {
    BacklinksClient client = builder.build();
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope().replace("\"cost\": 0.02003", "\"cost\": 1e300")));
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));

    client.summary(SummaryRequest.of("example.com"));
    client.summary(SummaryRequest.of("example.com"));

    assertEquals(2, server.requestCount());
  }

  @Test
  void aCapOfZeroRefusesEveryCall() {
    BacklinksClient client = builder.spendingCap(0).build();

    assertThrows(AccountException.class, () -> client.summary(SummaryRequest.of("example.com")));

    assertEquals(0, server.requestCount());
  }

  @Test
  void aDerivedClientKeepsTheCapAndStartsItsOwnTotal() {
    BacklinksClient client = builder.spendingCap(1).build();
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));
    client.summary(SummaryRequest.of("example.com"));

    BacklinksClient derived = client.newBuilder().build();

    assertEquals(1.0, derived.spendingCap());
    assertEquals(0.0, derived.totalCost());
    assertEquals(SEED_COST, client.totalCost());
  }

  @Test
  void aNegativeOrNanCapIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> builder.spendingCap(-0.01));
    assertThrows(IllegalArgumentException.class, () -> builder.spendingCap(Double.NaN));
  }

  @Test
  void hostileCostsNeitherOverflowNorGoNegative() {
    CostMeter meter = new CostMeter(Double.POSITIVE_INFINITY);
    meter.add(-5);
    meter.add(Double.NaN);
    meter.add(Double.POSITIVE_INFINITY);
    assertEquals(0.0, meter.total());
    meter.add(1e300);
    meter.add(1e300);
    assertTrue(meter.total() > 9e9, String.valueOf(meter.total()));
  }
}
