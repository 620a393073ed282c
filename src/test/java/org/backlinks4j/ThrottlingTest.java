package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.backlinks4j.fake.FakeStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The quota on the client's real call path, over a socket. */
class ThrottlingTest {
  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();

  private BacklinksClient.Builder client() {
    return fake.clientBuilder();
  }

  @Test
  void aCallCountsInTheWindowFromTheMomentItsRequestIsWrittenNotItsAnswer() throws Exception {
    FakeClock clock = new FakeClock();
    long[] writtenAt = new long[1];
    FakeDataForSeo server = fake.server();
    server.onArrival(request -> {
      if (server.requestCount() == 1) {
        // The service holds the first call for 10 s after it arrived.
        clock.advance(TimeUnit.SECONDS.toNanos(10));
      }
    });
    BacklinksClient client = client().clock(clock).rateLimit(1, 1, TimeUnit.SECONDS).build();
    writtenAt[0] = clock.nanoTime();

    client.summary(SummaryRequest.of("first.example"));
    // Written at t, answered at t + 10 s: the window (1 s + margin) counts from t, so the second
    // call may go at once. Had the client counted from the answer, it would wait until t + 11.1 s.
    client.summaryAsync(SummaryRequest.of("second.example")).get(10, TimeUnit.SECONDS);

    assertEquals(2, server.requestCount());
    assertEquals(writtenAt[0] + TimeUnit.SECONDS.toNanos(10), clock.nanoTime());
  }

  @Test
  void noMoreThanMaxConcurrentCallsReachTheServerAtOnce() throws Exception {
    // The fake counts a call in flight until its answer is about to leave, as the service would.
    fake.server().everyTarget().delay(30, TimeUnit.MILLISECONDS);
    BacklinksClient client = client().maxConcurrent(3).build();

    List<CompletableFuture<Summary>> calls = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      calls.add(client.summaryAsync(SummaryRequest.of("site" + i + ".example")));
    }
    for (CompletableFuture<Summary> call : calls) {
      assertFalse(call.get(10, TimeUnit.SECONDS).toString().isEmpty());
    }

    FakeStats stats = fake.server().stats();
    assertEquals(12 + 1, stats.calls(), "the calls and the user_data call before them");
    assertEquals(1, fake.server().account().userDataCalls());
    assertEquals(3, stats.peakInFlight());
    assertEquals(0, client.quota().inFlight());
  }
}
