package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The quota on the client's real call path, over a socket. */
class ThrottlingTest {
  private final MockWebServer server = new MockWebServer();

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private BacklinksClient.Builder client() {
    return BacklinksClient.builder()
        .credentials("login@example.com", "s3cret-pass")
        .baseUrl(server.url("/").toString());
  }

  @Test
  void aCallCountsInTheWindowFromTheMomentItsRequestIsWrittenNotItsAnswer() throws Exception {
    FakeClock clock = new FakeClock();
    long[] writtenAt = new long[1];
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (server.getRequestCount() == 1) {
          // The service holds the first call for 10 s after it arrived.
          clock.advance(TimeUnit.SECONDS.toNanos(10));
        }
        return Fixtures.json(Fixtures.seedEnvelope());
      }
    });
    BacklinksClient client = client().clock(clock).rateLimit(1, 1, TimeUnit.SECONDS).build();
    writtenAt[0] = clock.nanoTime();

    client.summary(SummaryRequest.of("first.example"));
    // Written at t, answered at t + 10 s: the window (1 s + margin) counts from t, so the second
    // call may go at once. Had the client counted from the answer, it would wait until t + 11.1 s.
    client.summaryAsync(SummaryRequest.of("second.example")).get(10, TimeUnit.SECONDS);

    assertEquals(2, server.getRequestCount());
    assertEquals(writtenAt[0] + TimeUnit.SECONDS.toNanos(10), clock.nanoTime());
  }

  @Test
  void noMoreThanMaxConcurrentCallsReachTheServerAtOnce() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        Thread.sleep(30);
        inFlight.decrementAndGet(); // before the answer leaves, as the service's count would
        return Fixtures.json(Fixtures.seedEnvelope());
      }
    });
    BacklinksClient client = client().maxConcurrent(3).build();

    List<CompletableFuture<Summary>> calls = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      calls.add(client.summaryAsync(SummaryRequest.of("site" + i + ".example")));
    }
    for (CompletableFuture<Summary> call : calls) {
      assertFalse(call.get(10, TimeUnit.SECONDS).toString().isEmpty());
    }

    assertEquals(12, server.getRequestCount());
    assertEquals(3, most.get());
    assertEquals(0, client.quota().inFlight());
  }
}
