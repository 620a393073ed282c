package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The limiter against a fake clock: every guarantee of {@link Quota}'s javadoc, without sleeping. */
class QuotaTest {
  private static final long MS = 1_000_000L;

  private final FakeClock clock = new FakeClock();

  private Quota quota(int calls, long windowMs, long marginMs, int maxConcurrent) {
    return Quota.builder()
        .rate(calls, windowMs, TimeUnit.MILLISECONDS)
        .transitMargin(marginMs, TimeUnit.MILLISECONDS)
        .maxConcurrent(maxConcurrent)
        .clock(clock)
        .build();
  }

  @Test
  void aBurstOfTwiceTheLimitTakesTwoWindowsNotOne() {
    // A token bucket that starts full would let 200 through within one sliding window here.
    Quota quota = quota(100, 5000, 50, 1000);
    long start = clock.nanoTime();
    List<Long> granted = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      quota.acquire().thenAccept(permit -> {
        granted.add(clock.nanoTime() - start);
        permit.written();
        permit.release();
      });
    }
    assertEquals(100, granted.size());
    assertEquals(100, quota.waiting());

    clock.advance(5050 * MS - 1);
    assertEquals(100, granted.size(), "not one nanosecond before the window and margin have passed");
    clock.advance(1);
    assertEquals(200, granted.size());
    assertEquals(0L, granted.get(99));
    assertEquals(5050 * MS, granted.get(100));
    assertEquals(5050 * MS, granted.get(199));
  }

  @Test
  void noMoreThanMaxConcurrentInFlightAndTheNextStartsWhenOneEnds() {
    Quota quota = quota(1000, 1000, 0, 2);
    List<Quota.Permit> permits = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      quota.acquire().thenAccept(permits::add);
    }
    assertEquals(2, permits.size());
    assertEquals(2, quota.inFlight());
    assertEquals(3, quota.waiting());

    permits.get(0).release();
    permits.get(0).release(); // idempotent: one release frees one slot
    assertEquals(3, permits.size());
    assertEquals(2, quota.inFlight());
    assertEquals(2, quota.waiting());
  }

  @Test
  void callsStartInTheOrderTheyAsked() {
    Quota quota = quota(3, 1000, 0, 1);
    List<Integer> order = new ArrayList<>();
    List<Quota.Permit> permits = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      int n = i;
      quota.acquire().thenAccept(permit -> {
        order.add(n);
        permits.add(permit);
      });
    }
    while (order.size() < 10) {
      permits.get(permits.size() - 1).release();
      long next = clock.nextDue();
      if (next > 0) {
        clock.advance(next - clock.nanoTime());
      }
    }
    assertEquals(Arrays.asList(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), order);
  }

  @Test
  void aCancelledWaiterLeavesTheQueueAndTheNextOneMovesUp() {
    Quota quota = quota(1000, 1000, 0, 1);
    List<Quota.Permit> first = new ArrayList<>();
    quota.acquire().thenAccept(first::add);
    CompletableFuture<Quota.Permit> second = quota.acquire();
    CompletableFuture<Quota.Permit> third = quota.acquire();
    assertEquals(2, quota.waiting());

    second.cancel(false);
    assertEquals(1, quota.waiting());
    first.get(0).release();

    assertTrue(third.isDone() && !third.isCancelled());
    assertEquals(1, quota.inFlight());
    assertEquals(0, quota.waiting());
  }

  @Test
  void theArgumentsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> Quota.builder().rate(0, 1, TimeUnit.SECONDS));
    assertThrows(IllegalArgumentException.class, () -> Quota.builder().rate(1, 0, TimeUnit.SECONDS));
    assertThrows(IllegalArgumentException.class, () -> Quota.builder().maxConcurrent(0));
    assertThrows(IllegalArgumentException.class,
        () -> Quota.builder().transitMargin(-1, TimeUnit.SECONDS));
    Quota defaults = Quota.defaults();
    assertEquals(10_000, defaults.calls()); // DataForSEO's default since 2026-10-19
    assertTrue(defaults.followsAccount());
    assertFalse(Quota.builder().rate(2000, 1, TimeUnit.MINUTES).build().followsAccount());
    assertEquals(60, defaults.window(TimeUnit.SECONDS));
    assertEquals(30, defaults.maxConcurrent());
    assertEquals(100, defaults.transitMargin(TimeUnit.MILLISECONDS));
  }

  /**
   * Random bursts of callers holding their permits for random times, against every guarantee at
   * once: the window, the concurrency cap, FIFO order, and no start later than the bounds force.
   */
  @Test
  void aStartedCallHoldsItsPlaceInTheWindowUntilItsRequestIsWritten() {
    Quota quota = quota(2, 1000, 10, 10);
    List<Quota.Permit> permits = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      quota.acquire().thenAccept(permits::add);
    }
    assertEquals(2, permits.size());

    clock.advance(10_000 * MS); // connecting slowly: the service has seen neither call yet
    assertEquals(2, permits.size(), "an unwritten call may still arrive in any later window");
    long writtenAt = clock.nanoTime();
    permits.get(0).written();
    permits.get(1).written();
    clock.advance(1010 * MS - 1);
    assertEquals(2, permits.size());
    clock.advance(1);
    assertEquals(3, permits.size(), "a window and its margin after the write");
    assertEquals(writtenAt + 1010 * MS, clock.nanoTime());
  }

  @Test
  void aCallThatEndsWithoutWritingCountsAtItsEnd() {
    Quota quota = quota(1, 1000, 0, 10);
    List<Quota.Permit> permits = new ArrayList<>();
    quota.acquire().thenAccept(permits::add);
    quota.acquire().thenAccept(permits::add);
    clock.advance(500 * MS);
    permits.get(0).release(); // e.g. the connection was refused
    clock.advance(1000 * MS - 1);
    assertEquals(1, permits.size());
    clock.advance(1);
    assertEquals(2, permits.size());
  }

  @Test
  void randomLoadsKeepEveryGuaranteeAndNeverWaitIdly() {
    randomLoads(false);
  }

  @Test
  void randomLoadsWithSlowWritesKeepTheWindowByWriteMoments() {
    randomLoads(true);
  }

  private void randomLoads(boolean slowWrites) {
    for (int seed = 0; seed < 200; seed++) {
      Random random = new Random(seed);
      int calls = 1 + random.nextInt(8);
      long span = (100 + random.nextInt(900)) * MS; // window + margin
      long margin = random.nextInt(3) * 10 * MS;
      int maxConcurrent = 1 + random.nextInt(5);
      Quota quota = quota(calls, span / MS - margin / MS, margin / MS, maxConcurrent);
      int n = 20 + random.nextInt(60);
      long[] asked = new long[n];
      long[] granted = new long[n];
      long[] held = new long[n];
      long[] writtenAt = new long[n];
      Arrays.fill(granted, -1);
      List<Integer> order = new ArrayList<>();
      long at = clock.nanoTime();
      for (int i = 0; i < n; i++) {
        at += random.nextInt(4) == 0 ? random.nextInt(2000) * MS : 0; // bursts, then pauses
        int call = i;
        held[i] = random.nextInt(300) * MS;
        long writeDelay = slowWrites ? random.nextInt((int) (held[i] / MS) + 1) * MS : 0;
        clock.schedule(() -> {
          asked[call] = clock.nanoTime();
          quota.acquire().thenAccept(permit -> {
            granted[call] = clock.nanoTime();
            order.add(call);
            Runnable write = () -> {
              writtenAt[call] = clock.nanoTime();
              permit.written();
            };
            if (writeDelay == 0) {
              write.run();
            } else {
              clock.schedule(write, writeDelay);
            }
            clock.schedule(permit::release, held[call]);
          });
        }, at - clock.nanoTime());
      }
      for (long next = clock.nextDue(); next > 0; next = clock.nextDue()) {
        clock.advance(next - clock.nanoTime());
      }

      String where = "seed " + seed;
      assertEquals(n, order.size(), where);
      long[] moments = writtenAt.clone();
      Arrays.sort(moments);
      for (int i = calls; i < n; i++) {
        assertTrue(moments[i] - moments[i - calls] >= span,
            where + ": " + (calls + 1) + " writes within one window");
      }
      for (int i = 0; i < n; i++) {
        assertEquals(i, order.get(i), where + ": FIFO");
        assertTrue(granted[i] >= asked[i], where);
        assertTrue(inFlight(granted, held, granted[i]) <= maxConcurrent, where + ": concurrency");
        if (slowWrites) {
          continue; // when a call may start then depends on when others wrote: checked above
        }
        // Work-conserving: one nanosecond earlier, something really stood in the way.
        long before = granted[i] - 1;
        boolean forced = granted[i] == asked[i]
            || i > 0 && granted[i] == granted[i - 1]
            || i >= calls && granted[i - calls] + span > before
            || inFlight(granted, held, before) >= maxConcurrent;
        assertTrue(forced, where + ": call " + i + " waited with the quota free");
      }
      assertEquals(0, quota.inFlight(), where);
    }
  }

  /** Calls between their start and their release at time t (a release at t frees its slot at t). */
  private static int inFlight(long[] granted, long[] held, long t) {
    int count = 0;
    for (int i = 0; i < granted.length; i++) {
      if (granted[i] >= 0 && granted[i] <= t && t < granted[i] + held[i]) {
        count++;
      }
    }
    return count;
  }

  @Test
  void toStringSaysTheBounds() {
    assertFalse(quota(5, 1000, 0, 2).toString().isEmpty());
    assertEquals("Quota{10000 calls per 60000 ms (+100 ms margin), 30 in flight}",
        Quota.defaults().toString());
  }

  @Test
  void aClosedQuotaStartsNoCallAndEndsItsWaitersAndTimer() {
    Quota quota = quota(1, 1000, 0, 10);
    List<Quota.Permit> permits = new ArrayList<>();
    quota.acquire().thenAccept(permits::add);
    permits.get(0).written();
    CompletableFuture<Quota.Permit> waiting = quota.acquire(); // the window is full: a timer waits
    assertTrue(clock.nextDue() > 0, "a timer for the window");

    quota.close();
    quota.close(); // idempotent

    assertTrue(waiting.isCompletedExceptionally());
    QuotaUnavailableException e = assertThrows(QuotaUnavailableException.class,
        () -> join(waiting));
    assertEquals(BacklinksException.Origin.REQUEST, e.origin(), "nothing was sent");
    assertFalse(e.isRetryable());
    assertEquals(-1, clock.nextDue(), "no timer outlives the closed quota");
    assertEquals(0, quota.waiting());
    assertTrue(quota.acquire().isCompletedExceptionally(), "and none starts later");
    permits.get(0).release(); // a call in flight still ends normally
    assertEquals(0, quota.inFlight());
  }

  private static Quota.Permit join(CompletableFuture<Quota.Permit> future) {
    try {
      return future.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw (RuntimeException) e.getCause();
    }
  }
}
