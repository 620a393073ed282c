package org.backlinks4j.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.Quota;
import org.backlinks4j.QuotaUnavailableException;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeStats;
import org.backlinks4j.internal.SharedLimiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * The shared quota against a real redis-server started for these tests, and clients that call the
 * project's fake server with its strict quota: what the fake counts is what the account would see.
 * Each {@link RedisLimiter} stands for one process.
 */
class RedisQuotaTest {
  private static final String LOGIN = "someone@example.com";

  private TestRedis redis;
  private RedisClient inspect;
  private final List<RedisLimiter> limiters = new ArrayList<>();
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startRedis() throws Exception {
    redis = TestRedis.start();
    inspect = RedisClient.create(redis.uri());
  }

  @AfterEach
  void stopRedis() throws Exception {
    for (RedisLimiter limiter : limiters) {
      limiter.halt();
    }
    inspect.close();
    redis.close();
  }

  private RedisLimiter limiter(String login, int calls, long windowMillis, int maxConcurrent,
      long leaseMillis, boolean fallBack) {
    RedisLimiter limiter = new RedisLimiter(RedisClient.create(redis.uri()), true, redis.uri().toString(),
        login, calls, false, TimeUnit.MILLISECONDS.toNanos(windowMillis),
        TimeUnit.MILLISECONDS.toNanos(200), maxConcurrent,
        TimeUnit.MILLISECONDS.toNanos(leaseMillis), fallBack, warnings::add);
    limiters.add(limiter);
    return limiter;
  }

  private static Quota quota(RedisLimiter limiter) {
    return org.backlinks4j.internal.SharedQuotas.quota(limiter);
  }

  @Test
  void twoProcessesTogetherKeepTheAccountsWindowAndCap() throws Exception {
    try (FakeDataForSeo fake = FakeDataForSeo.start()) {
      // The fake's window is the quota's without its margin: the margin absorbs a loaded machine.
      fake.quota(10, 600, TimeUnit.MILLISECONDS, 3);
      fake.everyTarget().delay(40, TimeUnit.MILLISECONDS);
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int process = 0; process < 2; process++) {
        BacklinksClient client = BacklinksClient.builder()
            .credentials(LOGIN, "password")
            .baseUrl(fake.baseUrl())
            .quota(quota(limiter(LOGIN, 10, 600, 3, 5_000, false)))
            .maxRetries(0)
            .build();
        for (int i = 0; i < 15; i++) {
          calls.add(client.summaryAsync(SummaryRequest.of("example.com")));
        }
      }
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
      FakeStats stats = fake.stats();
      assertEquals(30, stats.accepted(), stats.toString());
      assertEquals(0, stats.violations(), stats.toString());
      assertTrue(stats.peakInFlight() <= 3, stats.toString());
    }
  }

  @Test
  void theKeysHoldAHashOfTheLoginNeverTheLogin() throws Exception {
    RedisLimiter limiter = limiter(LOGIN, 10, 60_000, 3, 5_000, false);
    SharedLimiter.Slot slot = limiter.acquire().get(10, TimeUnit.SECONDS);
    slot.written(System.nanoTime());
    Set<String> keys = inspect.keys("*");
    assertEquals(Set.copyOf(limiter.keys()), keys);
    for (String key : keys) {
      assertFalse(key.contains("someone"), key);
      assertTrue(key.contains(RedisLimiter.accountKey(LOGIN)), key);
    }
    assertFalse(RedisLimiter.accountKey(LOGIN).equals(RedisLimiter.accountKey("other")));
    slot.release();
  }

  @Test
  void otherAccountsDoNotShare() throws Exception {
    RedisLimiter mine = limiter(LOGIN, 1, 60_000, 1, 5_000, false);
    RedisLimiter theirs = limiter("someone-else", 1, 60_000, 1, 5_000, false);
    mine.acquire().get(10, TimeUnit.SECONDS);
    theirs.acquire().get(10, TimeUnit.SECONDS); // their own window and slot: granted at once
    CompletableFuture<SharedLimiter.Slot> second = mine.acquire();
    Thread.sleep(300);
    assertFalse(second.isDone(), "my one call a minute is taken");
    second.cancel(false);
  }

  @Test
  void aKilledProcessGivesItsSlotsBackWithinTheLease() throws Exception {
    RedisLimiter killed = limiter(LOGIN, 100, 60_000, 2, 500, false);
    killed.acquire().get(10, TimeUnit.SECONDS);
    killed.acquire().get(10, TimeUnit.SECONDS);
    killed.halt(); // as kill -9: no release, no renewal
    double expiry = 0;
    for (redis.clients.jedis.resps.Tuple lease : inspect.zrangeWithScores(killed.keys().get(1), 0, -1)) {
      expiry = Math.max(expiry, lease.getScore());
    }
    RedisLimiter next = limiter(LOGIN, 100, 60_000, 2, 500, false);
    next.acquire().get(10, TimeUnit.SECONDS);
    next.acquire().get(10, TimeUnit.SECONDS);
    List<?> time = (List<?>) inspect.eval("return redis.call('TIME')");
    long now = Long.parseLong(time.get(0).toString()) * 1_000_000
        + Long.parseLong(time.get(1).toString());
    assertTrue(now >= expiry, "the slots were the killed process's until its leases expired");
    assertEquals(2, inspect.zcard(next.keys().get(1)), "two leases alive: the new process's");
  }

  @Test
  void aLongCallKeepsItsSlotByRenewingItsLease() throws Exception {
    RedisLimiter first = limiter(LOGIN, 100, 60_000, 1, 1_000, false);
    RedisLimiter second = limiter(LOGIN, 100, 60_000, 1, 1_000, false);
    SharedLimiter.Slot slot = first.acquire().get(10, TimeUnit.SECONDS);
    slot.written(System.nanoTime());
    CompletableFuture<SharedLimiter.Slot> waiting = second.acquire();
    Thread.sleep(2_500); // two and a half leases: renewed every third of one
    assertFalse(waiting.isDone(), "the slot is still the long call's");
    assertTrue(warnings.isEmpty(), warnings.toString());
    slot.release();
    waiting.get(10, TimeUnit.SECONDS);
  }

  @Test
  void aCallThatIsInFlightCountsInTheWindowUntilItsMomentIsKnown() throws Exception {
    RedisLimiter limiter = limiter(LOGIN, 1, 100, 10, 5_000, false);
    SharedLimiter.Slot slot = limiter.acquire().get(10, TimeUnit.SECONDS);
    CompletableFuture<SharedLimiter.Slot> next = limiter.acquire();
    Thread.sleep(600); // the window and margin passed, but the call may not have been written yet
    assertFalse(next.isDone(), "an unwritten call may still arrive in any later window");
    slot.written(System.nanoTime());
    slot.release();
    next.get(10, TimeUnit.SECONDS); // a window and margin after the write
  }

  @Test
  void whenRedisGoesAwayCallsFailWithAOneLineErrorIfSoChosen() throws Exception {
    try (FakeDataForSeo fake = FakeDataForSeo.start()) {
      BacklinksClient client = BacklinksClient.builder()
          .credentials(LOGIN, "password")
          .baseUrl(fake.baseUrl())
          .quota(quota(limiter(LOGIN, 100, 1_000, 5, 5_000, false)))
          .build();
      client.summary(SummaryRequest.of("example.com"));
      redis.stop();
      QuotaUnavailableException e = assertThrows(QuotaUnavailableException.class,
          () -> client.summary(SummaryRequest.of("example.com")));
      assertEquals(org.backlinks4j.BacklinksException.Origin.REQUEST, e.origin());
      assertTrue(e.getMessage().contains("the shared quota at " + redis.uri()
          + " is unreachable"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
      assertFalse(e.isRetryable());
      assertEquals(1, fake.requestCount(), "nothing sent without the quota");
    }
  }

  @Test
  void whenRedisGoesAwayTheLocalQuotaTakesOverIfSoChosenAndSaysSo() throws Exception {
    try (FakeDataForSeo fake = FakeDataForSeo.start()) {
      BacklinksClient client = BacklinksClient.builder()
          .credentials(LOGIN, "password")
          .baseUrl(fake.baseUrl())
          .quota(quota(limiter(LOGIN, 100, 1_000, 5, 5_000, true)))
          .build();
      client.summary(SummaryRequest.of("example.com"));
      redis.stop();
      for (int i = 0; i < 3; i++) {
        client.summary(SummaryRequest.of("example.com"));
      }
      assertEquals(4, fake.requestCount());
      assertEquals(1, warnings.stream().filter(w -> w.contains("going on with this process's own"
          + " quota of 100 calls per 1000 ms and 5 in flight")).count(), warnings.toString());
    }
  }

  @Test
  void aCancelledWaiterLeavesTheQueue() throws Exception {
    RedisLimiter limiter = limiter(LOGIN, 100, 60_000, 1, 5_000, false);
    SharedLimiter.Slot held = limiter.acquire().get(10, TimeUnit.SECONDS);
    CompletableFuture<SharedLimiter.Slot> cancelled = limiter.acquire();
    CompletableFuture<SharedLimiter.Slot> next = limiter.acquire();
    assertEquals(2, limiter.waiting());
    cancelled.cancel(false);
    assertEquals(1, limiter.waiting());
    CountDownLatch granted = new CountDownLatch(1);
    next.thenRun(granted::countDown);
    held.release();
    assertTrue(granted.await(10, TimeUnit.SECONDS));
    assertEquals(1, limiter.inFlight());
  }

  @Test
  void theBuilderChecksItsArguments() {
    RedisQuota.Builder builder = RedisQuota.builder(redis.uri());
    assertThrows(IllegalStateException.class, builder::build, "no account");
    assertThrows(IllegalArgumentException.class, () -> builder.rate(0, 1, TimeUnit.SECONDS));
    assertThrows(IllegalArgumentException.class, () -> builder.maxConcurrent(0));
    assertThrows(IllegalArgumentException.class, () -> builder.lease(10, TimeUnit.MILLISECONDS));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> RedisQuota.builder(java.net.URI.create("http://:secret@host:1/")));
    assertFalse(bad.getMessage().contains("secret"), bad.getMessage());
    Quota quota = builder.account(LOGIN).rate(5, 2, TimeUnit.SECONDS).maxConcurrent(3).build();
    assertEquals(5, quota.calls());
    assertEquals(2, quota.window(TimeUnit.SECONDS));
    assertEquals(3, quota.maxConcurrent());
    quota.close();
  }

  /** This JVM's threads of shared quotas, as a thread dump names them. */
  private static Set<Thread> quotaThreads() {
    Set<Thread> threads = new java.util.HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("backlinks4j-redis-quota")) {
        threads.add(thread);
      }
    }
    return threads;
  }

  /** Connections to the test Redis other than the inspecting client's one. */
  private long otherConnections() {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("connected_clients:(\\d+)")
        .matcher(inspect.info("clients"));
    assertTrue(m.find(), "INFO clients names connected_clients");
    return Long.parseLong(m.group(1)) - 1;
  }

  @Test
  void closingAQuotaBuiltFromAUriEndsItsThreadAndClosesItsRedisClient() throws Exception {
    Set<Thread> before = quotaThreads();
    Quota quota = RedisQuota.builder(redis.uri()).account(LOGIN).build();
    Set<Thread> mine = quotaThreads();
    mine.removeAll(before);
    assertEquals(1, mine.size(), "the quota's one thread");
    try (FakeDataForSeo fake = FakeDataForSeo.start();
        BacklinksClient client = BacklinksClient.builder().credentials(LOGIN, "password")
            .baseUrl(fake.baseUrl()).quota(quota).build()) {
      client.summary(SummaryRequest.of("example.com"));
      assertTrue(otherConnections() >= 1, inspect.info("clients"));

      quota.close();

      Thread thread = mine.iterator().next();
      thread.join(5_000);
      assertFalse(thread.isAlive(), "the quota's thread ended");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (otherConnections() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10); // the server drops a closed connection when it reads the close
      }
      assertEquals(0, otherConnections(), inspect.info("clients"));
      assertEquals(0, inspect.zcard(RedisLimiterKeys.of(LOGIN).get(1)), "its slot given back");
      QuotaUnavailableException closed = assertThrows(QuotaUnavailableException.class,
          () -> client.summary(SummaryRequest.of("example.com")));
      assertEquals(org.backlinks4j.BacklinksException.Origin.REQUEST, closed.origin());
      assertTrue(closed.getMessage().contains("the quota is closed"), closed.getMessage());
      assertEquals(1, fake.requestCount(), "nothing sent once closed");
    }
  }

  @Test
  void closingAQuotaLeavesALentRedisClientOpen() throws Exception {
    try (RedisClient lent = RedisClient.create(redis.uri())) {
      Quota quota = RedisQuota.builder(lent).account(LOGIN).warnings(warnings::add)
          .whenUnavailable(RedisQuota.WhenUnavailable.LOCAL).build();
      CompletableFuture<?> waiting;
      try (FakeDataForSeo fake = FakeDataForSeo.start();
          BacklinksClient client = BacklinksClient.builder().credentials(LOGIN, "password")
              .baseUrl(fake.baseUrl()).quota(quota).build()) {
        client.summary(SummaryRequest.of("example.com"));
        quota.close();
        waiting = client.summaryAsync(SummaryRequest.of("example.com"));
        java.util.concurrent.ExecutionException e = assertThrows(
            java.util.concurrent.ExecutionException.class, () -> waiting.get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof QuotaUnavailableException, String.valueOf(e.getCause()));
        assertEquals(1, fake.requestCount(), "closed is no outage: no fallback to a local quota");
      }
      assertTrue(warnings.isEmpty(), warnings.toString());
      assertEquals("PONG", lent.ping(), "the caller's client stays open");
    }
  }

  @Test
  void aRedisQuotaWithoutARateTakesTheAccountsOwnLimitAndSharesIt() throws Exception {
    try (FakeDataForSeo fake = FakeDataForSeo.start()) {
      fake.account().callsPerMinute(2000);
      Quota shared = RedisQuota.builder(redis.uri()).account(LOGIN).build();
      assertTrue(shared.followsAccount());
      assertEquals(Quota.DEFAULT_CALLS, shared.calls());
      BacklinksClient client = BacklinksClient.builder()
          .credentials(LOGIN, "password")
          .baseUrl(fake.baseUrl())
          .quota(shared)
          .build();

      client.summary(SummaryRequest.of("example.com"));

      assertEquals(2000, shared.calls());
      assertEquals(1, fake.account().userDataCalls());
      assertEquals(1, fake.requestCount());
      client.close();
      Quota set = RedisQuota.builder(redis.uri()).account(LOGIN).rate(50, 1, TimeUnit.MINUTES).build();
      assertFalse(set.followsAccount(), "a set rate is the Redis quota's for good");
    }
  }
}
