package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.backlinks4j.BacklinksException.Origin;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link BacklinksClient#close()} over a real socket: it ends every call of the client wherever it
 * is, leaves none of the client's threads behind, and leaves alone what the caller lent; for every
 * operation.
 */
@ParameterizedClass
@EnumSource(TestOperation.class)
class CloseTest {
  @Parameter
  TestOperation operation;

  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  private FakeDataForSeo server;

  @BeforeEach
  void start() {
    server = fake.server();
  }

  private BacklinksClient.Builder builder() {
    return fake.clientBuilder();
  }

  /** Waits for a condition the test cannot be told of; fails after a generous minute. */
  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("still waiting for: " + what);
      }
      Thread.sleep(10);
    }
  }

  private static ClientClosedException closedFailure(CompletableFuture<?> future) {
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> future.get(30, TimeUnit.SECONDS));
    return assertInstanceOf(ClientClosedException.class, e.getCause());
  }

  /** The names of the live threads, from a thread dump. */
  private static List<String> threadDump() {
    List<String> names = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive()) {
        names.add(thread.getName());
      }
    }
    return names;
  }

  @Test
  void closeEndsACallInFlightAndOneWaitingForTheQuotaAndLeavesNoThreadOfTheClient()
      throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    BacklinksClient client = builder().maxConcurrent(1).build();
    String threadName = BacklinksClient.threadName(client.number());

    CompletableFuture<?> inFlight = operation.callAsync(client, "one.example");
    assertNotNull(server.takeRequest(30, TimeUnit.SECONDS), "the first call reached the server");
    CompletableFuture<?> waiting = operation.callAsync(client, "two.example");
    assertEquals(1, client.quota().waiting());
    ExecutorService dispatcher = client.http().dispatcher().executorService();
    // The account's user_data call, which went first, may still be ending on its own thread: the
    // call waiting for the quota must hold none, so one thread is left, the one running the call.
    await("one thread, running the call", () ->
        ((ThreadPoolExecutor) dispatcher).getActiveCount() == 1);

    client.close();

    ClientClosedException flying = closedFailure(inFlight);
    assertEquals("the client was closed while the call was in flight: an attempt was sent, and "
        + "may have been charged", flying.getMessage());
    assertEquals(Origin.NETWORK, flying.origin());
    assertFalse(flying.isRetryable());
    ClientClosedException queued = closedFailure(waiting);
    assertEquals("the client was closed while the call waited for the quota: nothing was sent",
        queued.getMessage());
    assertEquals(Origin.REQUEST, queued.origin());
    assertEquals(0, client.quota().waiting());
    assertEquals(1, server.requestCount(), "the queued call was never sent");
    // The cancelled call gives its slot back when OkHttp reports its end, on its own thread.
    await("the slot of the call in flight back in the quota", () -> client.quota().inFlight() == 0);

    assertTrue(dispatcher.awaitTermination(30, TimeUnit.SECONDS), "the dispatcher's threads end");
    List<String> dump = threadDump();
    // OkHttp names a thread after the call it runs: "OkHttp http://127.0.0.1:PORT/...".
    String running = "OkHttp " + server.url("/");
    assertTrue(dump.stream().noneMatch(name -> name.equals(threadName) || name.startsWith(running)),
        "no thread of the client is left: " + dump);
    assertEquals(0, client.http().connectionPool().connectionCount());
  }

  @Test
  void closeEndsABlockingCallInFlight() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    BacklinksClient client = builder().build();
    CompletableFuture<BacklinksException> thrown = new CompletableFuture<>();
    Thread caller = new Thread(() -> {
      try {
        operation.call(client, "example.com");
        thrown.completeExceptionally(new AssertionError("the call succeeded"));
      } catch (BacklinksException e) {
        thrown.complete(e);
      }
    });
    caller.start();
    assertNotNull(server.takeRequest(30, TimeUnit.SECONDS));

    client.close();

    BacklinksException e = thrown.get(30, TimeUnit.SECONDS);
    assertInstanceOf(ClientClosedException.class, e);
    caller.join();
  }

  @Test
  void closeEndsACallWaitingToBeRetriedAndCancelsItsTimer() throws Exception {
    FakeClock clock = new FakeClock();
    server.enqueue(new MockResponse().setResponseCode(503).setBody("<html>busy</html>"));
    BacklinksClient client = builder().clock(clock).build();

    CompletableFuture<?> future = operation.callAsync(client, "example.com");
    await("the retry's timer", () -> clock.nextDue() >= 0);

    client.close();

    ClientClosedException e = closedFailure(future);
    assertEquals("the client was closed while the call waited to be retried: an attempt was sent, "
        + "and may have been charged", e.getMessage());
    assertEquals(Origin.NETWORK, e.origin());
    ServerException first = assertInstanceOf(ServerException.class, e.getCause());
    assertEquals(503, first.httpStatus());
    // The thread that scheduled the retry's timer cancels it itself when close() ran between the
    // timer's scheduling and its being stored: that can be a moment after the outcome.
    await("no timer of the client is left", () -> clock.nextDue() == -1);
    assertEquals(1, server.requestCount());
  }

  @Test
  void theQuotasTimerEndsWithItsLastWaiter() throws Exception {
    FakeClock clock = new FakeClock();
    server.enqueue(Fixtures.json(operation.okAnswer("example.com")));
    BacklinksClient client = builder().clock(clock)
        .rateLimit(1, 1, TimeUnit.MINUTES).build();
    operation.call(client, "one.example");

    CompletableFuture<?> waiting = operation.callAsync(client, "two.example");
    assertTrue(clock.nextDue() >= 0, "the quota waits for the window to free");

    client.close();

    closedFailure(waiting);
    assertEquals(-1, clock.nextDue(), "the quota's timer went with its last waiter");
  }

  @Test
  void aClosedClientRefusesCallsAtOnce() {
    BacklinksClient client = builder().build();
    client.close();

    IllegalStateException sync = assertThrows(IllegalStateException.class,
        () -> operation.call(client, "example.com"));
    assertThrows(IllegalStateException.class,
        () -> operation.callAsync(client, "example.com"));
    assertEquals("this BacklinksClient is closed", sync.getMessage());
    assertEquals(0, server.requestCount());
  }

  @Test
  void closeIsIdempotentAndThreadSafe() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    BacklinksClient client = builder().build();
    CompletableFuture<?> inFlight = operation.callAsync(client, "example.com");
    assertNotNull(server.takeRequest(30, TimeUnit.SECONDS));
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> closers = new ArrayList<>();
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread closer = new Thread(() -> {
        try {
          go.await();
          client.close();
        } catch (Throwable t) {
          failures.add(t);
        }
      });
      closer.start();
      closers.add(closer);
    }

    go.countDown();
    for (Thread closer : closers) {
      closer.join();
    }
    client.close();

    assertEquals(List.of(), failures);
    closedFailure(inFlight);
  }

  @Test
  void closeLeavesTheCallersOkHttpClientWorking() throws Exception {
    // OkHttp's default 10 s read timeout is shorter than the 30 s this test gives each answer on
    // a loaded machine; what it checks is that the lent client still works, not how fast.
    OkHttpClient lent = new OkHttpClient.Builder().readTimeout(30, TimeUnit.SECONDS).build();
    server.enqueue(Fixtures.json(operation.okAnswer("example.com")));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    BacklinksClient client = builder().okHttpClient(lent).build();
    operation.call(client, "example.com");
    CompletableFuture<?> inFlight = operation.callAsync(client, "example.com");
    server.takeRequest(30, TimeUnit.SECONDS);
    server.takeRequest(30, TimeUnit.SECONDS);

    client.close();

    closedFailure(inFlight);

    server.enqueue(new MockResponse().setBody("still here"));
    try (Response response = lent.newCall(new Request.Builder().url(server.url("/mine")).build())
        .execute()) {
      assertEquals("still here", response.body().string());
    }
    CompletableFuture<String> async = new CompletableFuture<>();
    server.enqueue(new MockResponse().setBody("async too"));
    lent.newCall(new Request.Builder().url(server.url("/mine")).build()).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        async.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call call, Response response) throws IOException {
        try (Response r = response) {
          async.complete(r.body().string());
        }
      }
    });
    assertEquals("async too", async.get(30, TimeUnit.SECONDS));
    assertFalse(lent.dispatcher().executorService().isShutdown());
    lent.dispatcher().executorService().shutdown();
    lendersOwnCallsAreNotDataForSeos();
  }

  @Test
  void closeCancelsOnlyItsOwnCallsOnADispatcherItShares() throws Exception {
    // Wide enough for the client's quota: the client uses this very dispatcher.
    Dispatcher shared = new Dispatcher();
    shared.setMaxRequests(64);
    shared.setMaxRequestsPerHost(64);
    OkHttpClient lent = new OkHttpClient.Builder().dispatcher(shared).build();
    BacklinksClient client = builder().okHttpClient(lent).build();
    assertSame(shared, client.http().dispatcher());
    // By target, not by queue: the two calls may reach the server in either order. The lender's
    // GET /mine names no target, so the every-target rule answers it.
    server.target("example.com").noAnswer();
    server.everyTarget().delay(300, TimeUnit.MILLISECONDS).fixture("the lender's answer");
    CompletableFuture<?> ours = operation.callAsync(client, "example.com");
    assertNotNull(server.takeRequest(30, TimeUnit.SECONDS));
    Call theirs = lent.newCall(new Request.Builder().url(server.url("/mine")).build());
    CompletableFuture<String> theirAnswer = new CompletableFuture<>();
    theirs.enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        theirAnswer.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call call, Response response) throws IOException {
        try (Response r = response) {
          theirAnswer.complete(r.body().string());
        }
      }
    });
    assertNotNull(server.takeRequest(30, TimeUnit.SECONDS), "the lender's call is in flight");

    client.close();

    closedFailure(ours);
    assertEquals("the lender's answer", theirAnswer.get(30, TimeUnit.SECONDS));
    assertFalse(theirs.isCanceled());
    assertFalse(shared.executorService().isShutdown());
    shared.executorService().shutdown();
    lendersOwnCallsAreNotDataForSeos();
  }

  /** The lender's GET /mine is no call to DataForSEO: the spec's problems with it are expected. */
  private void lendersOwnCallsAreNotDataForSeos() {
    for (String problem : server.takeContractViolations()) {
      assertTrue(problem.startsWith("request GET /mine: "), problem);
    }
  }

  @Test
  void closeLeavesASharedQuotaServingItsOtherClients() throws Exception {
    Quota account = Quota.builder().maxConcurrent(2).build();
    BacklinksClient closing = builder().quota(account).build();
    BacklinksClient other = builder().quota(account).build();
    BacklinksClient derived = other.newBuilder().build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CompletableFuture<?> closingsCall = operation.callAsync(closing, "a.example");
    assertNotNull(server.takeRequest(30, TimeUnit.SECONDS));

    closing.close();
    other.close(); // the parent of a derived client: the quota they share stays

    closedFailure(closingsCall);
    // The cancelled call gives its slot back when OkHttp reports its end, on its own thread.
    await("the closed client's slot back in the quota", () -> account.inFlight() == 0);
    server.enqueue(Fixtures.json(operation.okAnswer("example.com")));
    server.enqueue(Fixtures.json(operation.okAnswer("example.com")));
    operation.call(derived, "b.example");
    operation.callAsync(derived, "c.example").get(30, TimeUnit.SECONDS);
    derived.close();
  }
}
