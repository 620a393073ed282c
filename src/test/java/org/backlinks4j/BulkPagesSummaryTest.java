package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.backlinks4j.fake.FakeStats;
import org.backlinks4j.model.BulkPagesSummaryItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bulk_pages_summary end to end against the fake, on the wire: plans sent as valid requests, rules
 * refused before sending, shuffled items matched to their targets, no data, exact cost, and one
 * quota for both operations.
 */
class BulkPagesSummaryTest {
  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withClient(b -> b.maxRetries(0));

  private static List<String> targets(int count, int domains) {
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      targets.add("p" + i + ".site" + (i % domains) + ".com");
    }
    return targets;
  }

  @Test
  void aPlanOf2500TargetsGoesOutAsThreeValidRequestsAndAnswersEveryTarget() {
    List<String> targets = targets(2500, 250);
    fake.server().target("p7.site7.com").noData();

    BulkPagesSummaryPlan plan = BulkPagesSummaryPlan.of(targets);
    int answered = 0;
    BigDecimal cost = BigDecimal.ZERO;
    for (BulkPagesSummaryPlan.Batch batch : plan.batches()) {
      BulkPagesSummary answer = fake.client().bulkPagesSummary(batch.request());
      cost = cost.add(BigDecimal.valueOf(answer.cost()));
      for (int position : batch.positions()) {
        BulkPagesSummaryItem item = answer.itemFor(targets.get(position));
        if (position == 7) {
          assertNull(item, "no data");
        } else {
          assertNotNull(item, targets.get(position));
          assertEquals(targets.get(position), item.getUrl());
          answered++;
        }
      }
      assertTrue(answer.unmatchedItems().isEmpty());
    }

    assertEquals(3, plan.batches().size());
    assertEquals(3, fake.server().stats().callsTo(FakeDataForSeo.BULK_PAGES_SUMMARY_PATH));
    assertEquals(2499, answered);
    // $0.02 a call and $0.00003 an item: 3 calls, 2499 items.
    assertEquals(new BigDecimal("0.13497"), cost.stripTrailingZeros());
    assertEquals(0.13497, fake.client().totalCost(), 1e-12);
    // Every target went out exactly once, in the requests the fake checked against the spec.
    Set<String> sent = new HashSet<>();
    for (List<String> batch : fake.server().batches()) {
      assertTrue(batch.size() <= 1000);
      sent.addAll(batch);
    }
    assertEquals(new HashSet<>(targets), sent);
  }

  @Test
  void requestsBreakingTheCountOrDomainRuleAreRefusedBeforeSending() {
    InvalidRequestException count = assertThrows(InvalidRequestException.class,
        () -> fake.client().bulkPagesSummary(BulkPagesSummaryRequest.of(targets(1001, 1))));
    InvalidRequestException domains = assertThrows(InvalidRequestException.class,
        () -> fake.client().bulkPagesSummary(BulkPagesSummaryRequest.of(targets(101, 101))));

    assertEquals(BacklinksException.Origin.REQUEST, count.origin());
    assertTrue(count.getMessage().contains("was 1001"), count.getMessage());
    assertTrue(domains.getMessage().contains("belong to 101"), domains.getMessage());
    assertEquals(0, fake.server().requestCount(), "nothing was sent");
  }

  @Test
  void shuffledItemsAreMatchedByUrlAndATargetWithoutDataIsNoData() {
    List<String> targets = List.of("a.com", "b.com", "https://c.com/page", "d.com", "e.com");
    fake.server().target("d.com").noData();

    BulkPagesSummary answer = fake.client().bulkPagesSummary(BulkPagesSummaryRequest.of(targets));

    List<String> order = new ArrayList<>();
    for (BulkPagesSummaryItem item : answer.items()) {
      order.add(item.getUrl());
    }
    assertEquals(4, order.size());
    for (String target : targets) {
      BulkPagesSummaryItem item = answer.itemFor(target);
      if (target.equals("d.com")) {
        assertNull(item);
        assertTrue(!answer.hasData("d.com"));
      } else {
        assertEquals(target, item.getUrl());
      }
    }
    assertEquals(answer.itemFor("https://c.com/page"), answer.itemFor("https://C.com/page"),
        "any spelling of a target finds its item");
    assertThrows(IllegalArgumentException.class, () -> answer.itemFor("f.com"));
    assertEquals(0.02012, answer.cost(), 1e-12);
  }

  @Test
  void anItemForNoTargetOfTheRequestIsGivenToNone() {
    fake.enqueue(Fixtures.json(Fixtures.bulkPagesSummaryEnvelope("stranger.com")));

    BulkPagesSummary answer = fake.client().bulkPagesSummary(BulkPagesSummaryRequest.of("a.com"));

    assertNull(answer.itemFor("a.com"));
    assertEquals(1, answer.unmatchedItems().size());
    assertEquals("stranger.com", answer.unmatchedItems().get(0).getUrl());
  }

  @Test
  void aTargetTheServiceRefusesFailsTheWholeCallAsAnInvalidRequest() {
    fake.server().target("refused.com").refuse();

    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> fake.client().bulkPagesSummary(BulkPagesSummaryRequest.of("a.com", "refused.com")));

    assertEquals(40501, e.statusCode());
    assertEquals(BacklinksException.Origin.TASK, e.origin());
    assertTrue(e.statusMessage().contains("refused.com"), e.statusMessage());
  }

  @Test
  void bothOperationsInFlightAtOnceKeepToOneQuotaWithNoViolation() throws Exception {
    fake.server().quota(20, 1, TimeUnit.SECONDS, 3);
    fake.server().everyTarget().delay(30, TimeUnit.MILLISECONDS);
    BacklinksClient client = fake.clientBuilder().rateLimit(20, 1, TimeUnit.SECONDS)
        .maxConcurrent(3).maxRetries(0).build();

    List<CompletableFuture<?>> calls = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      calls.add(client.summaryAsync(SummaryRequest.of("s" + i + ".com")));
      calls.add(client.bulkPagesSummaryAsync(BulkPagesSummaryRequest.of("b" + i + ".com", "c" + i + ".com")));
    }
    for (CompletableFuture<?> call : calls) {
      call.get(30, TimeUnit.SECONDS);
    }
    client.close();

    FakeStats stats = fake.server().stats();
    assertEquals(30, stats.accepted());
    assertEquals(15, stats.callsTo(FakeDataForSeo.SUMMARY_PATH));
    assertEquals(15, stats.callsTo(FakeDataForSeo.BULK_PAGES_SUMMARY_PATH));
    assertEquals(0, stats.violations(), stats.toString());
    assertTrue(stats.peakInFlight() <= 3, stats.toString());
  }
}
