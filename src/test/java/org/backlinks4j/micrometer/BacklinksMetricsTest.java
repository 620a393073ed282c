package org.backlinks4j.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.backlinks4j.AccountException;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.BulkPagesSummaryRequest;
import org.backlinks4j.RateLimitException;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link BacklinksMetrics} in a {@link SimpleMeterRegistry}, against the fake: every figure is
 * checked exactly against what went over the wire. No durations are asserted, only counts.
 */
class BacklinksMetricsTest {
  /** What the documented example answer costs. */
  private static final double EXAMPLE_COST = 0.02003;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withClient(builder -> builder
      .eventListener(BacklinksMetrics.of(registry)));

  @Test
  void countsCallsAttemptsWaitsAndCostExactly() throws InterruptedException {
    FakeDataForSeo server = fake.server();
    server.target("flaky.com").failFirst(1, 50000); // a task failing with 50000 once, then the example
    server.target("broke.com").envelopeStatus(40200); // HTTP 402, "Payment Required."
    BacklinksClient client = fake.client();

    for (String target : new String[] {"a.com", "b.com", "c.com", "flaky.com"}) {
      assertTrue(client.summary(SummaryRequest.of(target)).hasData(), target);
    }
    AccountException refused = assertThrows(AccountException.class,
        () -> client.summary(SummaryRequest.of("broke.com")));
    assertEquals(40200, refused.statusCode());

    // What went over the wire: six requests, flaky.com's twice, its second one marked a retry.
    assertEquals(6, server.requestCount());
    assertEquals(2, server.callsAbout("flaky.com"));
    List<String> retryHeaders = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      RecordedRequest request = server.takeRequest();
      retryHeaders.add(String.valueOf(request.getHeader("X-Retry-Attempt")));
    }
    assertEquals(5, Collections.frequency(retryHeaders, "null"));
    assertEquals(1, Collections.frequency(retryHeaders, "1"));

    assertEquals(4.0, calls("success", "20000"));
    assertEquals(1.0, calls("failure", "40200"));
    assertEquals(2, registry.find(BacklinksMetrics.CALLS).counters().size(), "no other codes");
    assertEquals(4, duration("success"));
    assertEquals(1, duration("failure"));
    assertEquals(5.0, attempts("false"));
    assertEquals(1.0, attempts("true"));
    assertTrue(registry.find(BacklinksMetrics.REFUSALS).counters().isEmpty(), "nothing refused");
    assertEquals(6, registry.get(BacklinksMetrics.QUOTA_WAIT).timer().count(), "one wait an attempt");
    // The four answers with data cost the example's price; the 50000 and the 402 cost nothing.
    // Exact to the nano-dollar, the unit the client's own total counts in.
    double cost = registry.get(BacklinksMetrics.COST).tag("operation", "summary").counter().count();
    assertEquals(4 * EXAMPLE_COST, cost, 1e-9);
    assertEquals(client.totalCost(), cost, 1e-9);
  }

  @Test
  void countsRefusalsByCode() {
    FakeDataForSeo server = fake.server();
    server.target("window.com").failFirst(1, 40202);
    server.target("busy.com").failFirst(1, 40209);
    BacklinksClient client = fake.client().newBuilder().maxRetries(0).build();
    try {
      for (String target : new String[] {"window.com", "busy.com"}) {
        assertThrows(RateLimitException.class, () -> client.summary(SummaryRequest.of(target)));
      }
      client.summary(SummaryRequest.of("window.com")); // its one failure is spent
    } finally {
      client.close();
    }

    assertEquals(1.0, registry.get(BacklinksMetrics.REFUSALS).tag("code", "40202").counter().count());
    assertEquals(1.0, registry.get(BacklinksMetrics.REFUSALS).tag("code", "40209").counter().count());
    assertEquals(1.0, calls("failure", "40202"));
    assertEquals(1.0, calls("failure", "40209"));
    assertEquals(1.0, calls("success", "20000"));
    assertEquals(3.0, attempts("false"));
    assertEquals(0.0, attempts("true"));
  }

  @Test
  void namesEachOperationByItsFunction() {
    // An account-level failure: the same envelope for every operation.
    fake.enqueue(new MockResponse().setResponseCode(402)
        .setHeader("Content-Type", "application/json")
        .setBody("{\"version\":\"0.1.20230825\",\"status_code\":40200,\"status_message\":"
            + "\"Payment Required.\",\"time\":\"0 sec.\",\"cost\":0,\"tasks_count\":0,"
            + "\"tasks_error\":0,\"tasks\":null}"));
    assertThrows(AccountException.class, () -> fake.client()
        .bulkPagesSummary(BulkPagesSummaryRequest.of("a.com", "https://b.com/page")));
    fake.client().summary(SummaryRequest.of("a.com"));

    assertEquals(1.0, registry.get(BacklinksMetrics.CALLS).tags("operation", "bulk_pages_summary",
        "outcome", "failure", "code", "40200").counter().count());
    assertEquals(1.0, registry.get(BacklinksMetrics.ATTEMPTS)
        .tags("operation", "bulk_pages_summary", "retry", "false").counter().count());
    assertEquals(1.0, calls("success", "20000"));
  }

  @Test
  void callsWithoutAnAnswerAreCodedNoneAndCancelledOnesCancelled() throws Exception {
    fake.server().target("gone.com").disconnectMidAnswer();
    fake.server().target("never.com").noAnswer();
    BacklinksClient client = fake.client().newBuilder().maxRetries(0).build();
    try {
      assertThrows(RuntimeException.class, () -> client.summary(SummaryRequest.of("gone.com")));
      java.util.concurrent.CompletableFuture<?> pending =
          client.summaryAsync(SummaryRequest.of("never.com"));
      fake.server().takeRequest(); // gone.com's
      fake.server().takeRequest(); // never.com's is in flight
      pending.cancel(true);
    } finally {
      client.close();
    }

    assertEquals(1.0, calls("failure", "none"));
    assertEquals(1.0, calls("failure", "cancelled"));
    assertEquals(2, duration("failure"));
  }

  @Test
  void addsTheGivenTagsToEveryMeter() {
    SimpleMeterRegistry own = new SimpleMeterRegistry();
    BacklinksClient client = fake.clientBuilder()
        .eventListener(BacklinksMetrics.of(own, Tags.of("account", "agency")))
        .build();
    try {
      client.summary(SummaryRequest.of("a.com"));
    } finally {
      client.close();
    }
    own.getMeters().forEach(meter -> assertEquals("agency", meter.getId().getTag("account"),
        meter.getId().toString()));
    assertEquals(1.0, own.get(BacklinksMetrics.CALLS).tag("account", "agency").counter().count());
    assertNull(registry.find(BacklinksMetrics.CALLS).counter(), "the other registry saw nothing");
    assertThrows(NullPointerException.class,
        () -> BacklinksMetrics.of(own, (Iterable<Tag>) null));
  }

  private double calls(String outcome, String code) {
    return registry.get(BacklinksMetrics.CALLS)
        .tags("operation", "summary", "outcome", outcome, "code", code).counter().count();
  }

  private long duration(String outcome) {
    return registry.get(BacklinksMetrics.CALL_DURATION)
        .tags("operation", "summary", "outcome", outcome).timer().count();
  }

  private double attempts(String retry) {
    return registry.get(BacklinksMetrics.ATTEMPTS)
        .tags("operation", "summary", "retry", retry).counter().count();
  }
}
