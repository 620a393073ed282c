package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.backlinks4j.BacklinksException.Origin;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every failure of origin {@link Origin#NETWORK} is a {@link NetworkException}, as the README and
 * {@link BacklinksException}'s javadoc say, so that a caller's {@code catch (NetworkException e)}
 * misses none: driven over real sockets through each way a call can end without a whole answer
 * (a refused connection, one closed before and cut off during the answer, a read timeout, the attempt's
 * deadline, an interrupted wait, a cancelled call, a closed client, an interceptor's bug). Each
 * test checks what the caller got, and after each, every failure the client's listener was told
 * of is checked too.
 */
class NetworkOriginTest {
  private static final SummaryRequest REQUEST = SummaryRequest.of("example.com");

  /** Every failure the listener hears of: attempts, retries and calls. */
  private final List<BacklinksException> told = new CopyOnWriteArrayList<>();
  private final CompletableFuture<BacklinksException> firstAttemptFailure = new CompletableFuture<>();

  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withClient(builder -> builder
      .rateLimit(Quota.DEFAULT_CALLS, 1, TimeUnit.MINUTES) // no user_data call first
      .maxRetries(0)
      .readTimeout(5, TimeUnit.SECONDS)
      .eventListener(new EventListener() {
        @Override
        public void attemptEnd(Call call, int attempt, int statusCode, int httpStatus,
            double cost, long durationNanos, BacklinksException failure) {
          if (failure != null) {
            told.add(failure);
            firstAttemptFailure.complete(failure);
          }
        }

        @Override
        public void retryScheduled(Call call, int attempt, BacklinksException failure,
            long delayNanos) {
          told.add(failure);
        }

        @Override
        public void callFailed(Call call, BacklinksException failure, long durationNanos) {
          told.add(failure);
        }
      }));

  @AfterEach
  void everyFailureToldOfOriginNetworkIsANetworkException() {
    for (BacklinksException e : told) {
      if (e.origin() == Origin.NETWORK) {
        assertInstanceOf(NetworkException.class, e, e.getMessage());
      }
    }
  }

  /** The caller's failure: of origin NETWORK, and a NetworkException. */
  private static NetworkException network(BacklinksException e) {
    assertEquals(Origin.NETWORK, e.origin(), e.getMessage());
    return assertInstanceOf(NetworkException.class, e, e.getMessage());
  }

  @Test
  void aRefusedConnection() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (BacklinksClient nowhere = fake.client().newBuilder()
        .baseUrl("http://127.0.0.1:" + port + "/").build()) {
      NetworkException e = network(assertThrows(BacklinksException.class,
          () -> nowhere.summary(REQUEST)));
      assertInstanceOf(IOException.class, e.getCause());
      assertTrue(e.isRetryable());
    }
  }

  @Test
  void aConnectionClosedBeforeTheAnswer() {
    fake.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    NetworkException e = network(assertThrows(BacklinksException.class,
        () -> fake.client().summary(REQUEST)));

    assertInstanceOf(IOException.class, e.getCause());
    assertTrue(e.isRetryable());
  }

  @Test
  void aReadTimeout() {
    fake.server().target("example.com").noAnswer();
    try (BacklinksClient impatient = fake.client().newBuilder()
        .readTimeout(300, TimeUnit.MILLISECONDS).build()) {
      NetworkException e = network(assertThrows(BacklinksException.class,
          () -> impatient.summary(REQUEST)));
      assertTrue(e.getMessage().startsWith("network timed out or interrupted: "
          + "SocketTimeoutException"), e.getMessage());
    }
  }

  @Test
  void aConnectionCutOffDuringTheAnswer() {
    fake.server().target("example.com").disconnectMidAnswer();

    NetworkException e = network(assertThrows(BacklinksException.class,
        () -> fake.client().summary(REQUEST)));

    assertInstanceOf(IOException.class, e.getCause());
    assertTrue(e.isRetryable());
  }

  @Test
  void theAttemptsDeadline() {
    fake.server().target("example.com").trickle(100, TimeUnit.MILLISECONDS);
    try (BacklinksClient hurried = fake.client().newBuilder()
        .callTimeout(500, TimeUnit.MILLISECONDS).build()) {
      NetworkException e = network(assertThrows(BacklinksException.class,
          () -> hurried.summary(REQUEST)));
      assertTrue(e.getMessage().contains("the attempt's deadline"), e.getMessage());
    }
  }

  @Test
  void aCallerInterruptedWhileItWaits() throws Exception {
    // One slot, taken by a call held in flight: the blocking call waits for the quota, so its
    // thread waits for the outcome, where an interrupt reaches it.
    CountDownLatch release = new CountDownLatch(1);
    fake.server().target("held.example.com").holdUntil(release);
    try (BacklinksClient client = fake.client().newBuilder().maxConcurrent(1).build()) {
      CompletableFuture<Summary> held = client.summaryAsync(SummaryRequest.of("held.example.com"));
      fake.takeRequest();
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      Thread caller = new Thread(() -> {
        try {
          client.summary(REQUEST);
        } catch (Throwable t) {
          thrown.set(t);
        }
      });
      caller.start();
      while (client.quota().waiting() == 0 && caller.isAlive()) {
        Thread.sleep(5); // until the call queues for the slot
      }
      caller.interrupt();
      caller.join();
      release.countDown();
      held.get(10, TimeUnit.SECONDS);

      NetworkException e = network(assertInstanceOf(BacklinksException.class, thrown.get()));
      assertEquals("interrupted while waiting for the answer", e.getMessage());
      assertInstanceOf(InterruptedException.class, e.getCause());
      assertFalse(e.isRetryable());
      assertEquals(1, fake.server().stats().calls(), "the interrupted call was never sent");
    }
  }

  @Test
  void aCancelledCallsAttempt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    fake.server().target("example.com").holdUntil(release);
    try {
      CompletableFuture<Summary> call = fake.client().summaryAsync(REQUEST);
      fake.takeRequest();

      call.cancel(true);

      assertThrows(CancellationException.class, call::join);
      // The attempt cut off in flight, as the listener hears of it.
      network(firstAttemptFailure.get(10, TimeUnit.SECONDS));
    } finally {
      release.countDown();
    }
  }

  @Test
  void aClientClosedWithTheCallInFlight() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    fake.server().target("example.com").holdUntil(release);
    try {
      BacklinksClient client = fake.client().newBuilder().build();
      CompletableFuture<Summary> call = client.summaryAsync(REQUEST);
      fake.takeRequest();

      client.close();

      ExecutionException e = assertThrows(ExecutionException.class,
          () -> call.get(10, TimeUnit.SECONDS));
      NetworkException closed = network(assertInstanceOf(BacklinksException.class, e.getCause()));
      assertSame(ClientClosedException.class, closed.getClass());
      assertTrue(closed.getMessage().contains("may have been charged"), closed.getMessage());
      assertFalse(closed.isRetryable());
    } finally {
      release.countDown();
    }
  }

  @Test
  void anInterceptorThatThrows() {
    OkHttpClient broken = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          throw new IllegalStateException("a bug in the caller's interceptor");
        })
        .build();
    try (BacklinksClient client = fake.client().newBuilder().okHttpClient(broken).build()) {
      NetworkException e = network(assertThrows(BacklinksException.class,
          () -> client.summary(REQUEST)));
      assertTrue(e.getMessage().startsWith("unexpected failure: java.lang.IllegalStateException"),
          e.getMessage());
      assertFalse(e.isRetryable());
    }
    assertEquals(0, fake.server().requestCount());
  }

  @Test
  void theListenerWasToldOfTheFailures() {
    fake.server().target("example.com").disconnectMidAnswer();
    assertThrows(BacklinksException.class, () -> fake.client().summary(REQUEST));
    assertFalse(told.isEmpty(), "the check after each test has failures to look at");
    assertNotNull(firstAttemptFailure.getNow(null));
  }
}
