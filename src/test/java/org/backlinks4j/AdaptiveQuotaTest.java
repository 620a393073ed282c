package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A quota that meets refusals from the service lowers its own limits and restores them over
 * time ({@link AdaptiveLimit}), against a fake clock.
 */
class AdaptiveQuotaTest {
  private static final long MS = 1_000_000L;
  private static final long WINDOW = 1000 * MS; // the window plus its margin of 0

  private final FakeClock clock = new FakeClock();

  /** The service's refusal with {@code code}, as the call that the permit let through got it. */
  private static BacklinksException refusal(int code) {
    return StatusCodes.forCode(BacklinksException.Origin.ENVELOPE, code, "refused", 200, null, null);
  }

  private Quota quota(int calls, int maxConcurrent) {
    return Quota.builder()
        .rate(calls, 1000, TimeUnit.MILLISECONDS)
        .transitMargin(0, TimeUnit.MILLISECONDS)
        .maxConcurrent(maxConcurrent)
        .clock(clock)
        .build();
  }

  @Test
  void theCurveDropsToSeventyPercentClimbsBackInKWindowsAndRecoversFully() {
    AdaptiveLimit limit = new AdaptiveLimit(200, WINDOW);
    long t0 = 5_000 * MS;
    assertEquals(200, limit.limit(t0));
    assertEquals(-1, limit.nanosToNextRise(t0));
    assertFalse(limit.refused(t0 - 1, t0 - 2, 100), "a lone refusal does not cut");
    assertTrue(limit.refused(t0, t0 - 1, 100));
    assertEquals(70, limit.limit(t0), "0.7 of the load at the refusal");
    // K = cbrt(100 * 0.3 / (0.4 * 200)) = 0.7211 windows back to the load of 100.
    assertEquals(99, limit.limit(t0 + 720 * MS));
    assertEquals(100, limit.limit(t0 + 722 * MS));
    // K + cbrt((200 - 100) / (0.4 * 200)) = 1.798 windows to the configured limit.
    assertEquals(199, limit.limit(t0 + 1_797 * MS));
    assertEquals(200, limit.limit(t0 + 1_799 * MS), "the configured limit within 1.8 windows");
    assertEquals(-1, limit.nanosToNextRise(t0 + 1_799 * MS));
  }

  @Test
  void aLoneRefusalDoesNotCutTwoWithinAWindowDo() {
    AdaptiveLimit limit = new AdaptiveLimit(200, WINDOW);
    assertFalse(limit.refused(0, -1, 100));
    assertFalse(limit.refused(WINDOW + 1, WINDOW, 100), "more than a window later: lone again");
    assertEquals(200, limit.limit(WINDOW + 1));
    assertTrue(limit.refused(2 * WINDOW, 2 * WINDOW - 5, 100), "within a window of the last");
    assertEquals(70, limit.limit(2 * WINDOW));
  }

  @Test
  void theNextRiseIsWhenTheLimitGrowsByOne() {
    AdaptiveLimit limit = new AdaptiveLimit(200, WINDOW);
    limit.refused(-1, 0, 100);
    limit.refused(0, 1, 100);
    long rise = limit.nanosToNextRise(0);
    assertEquals(70, limit.limit(rise - 1));
    assertEquals(71, limit.limit(rise));
  }

  @Test
  void onlyACallGrantedAfterTheLastCutCutsAgain() {
    AdaptiveLimit limit = new AdaptiveLimit(200, WINDOW);
    assertFalse(limit.refused(9, 4, 100));
    assertTrue(limit.refused(10, 5, 100));
    assertFalse(limit.refused(20, 9, 70), "under way before the cut");
    assertEquals(70, limit.limit(20));
    assertTrue(limit.refused(30, 11, 70), "once lowered, one refusal of a later call cuts");
    assertEquals(49, limit.limit(30));
  }

  @Test
  void aRateRefusalHoldsTheNextCallsUntilTheLoweredLimitAllows() {
    Quota quota = quota(100, 1000);
    List<Quota.Permit> permits = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      quota.acquire().thenAccept(permit -> {
        permit.written();
        permits.add(permit);
      });
    }
    assertEquals(10, permits.size());
    // The service's window is full: someone else uses the account, and two calls meet it.
    permits.get(8).refused(refusal(40202));
    permits.get(9).refused(refusal(40202));
    for (int i = 0; i < 8; i++) {
      permits.get(i).release();
    }
    List<Long> later = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      quota.acquire().thenAccept(permit -> {
        permit.written();
        later.add(clock.nanoTime());
        permit.release();
      });
    }
    assertEquals(0, later.size(), "7 calls a window now, and this window holds 10");
    for (long next = clock.nextDue(); next > 0 && later.size() < 20; next = clock.nextDue()) {
      clock.advance(next - clock.nanoTime());
    }
    assertEquals(20, later.size());
    long t0 = 1_000_000_000L; // the fake clock's start, when the 10 were written and refused
    // The limit: 7 until it climbs back to the load of 10 after K = cbrt(0.3 * 10 / (0.4 * 100))
    // windows, then 10 + 40 (t - K)^3. The first later call waits for it to pass 10.
    double k = Math.cbrt(0.3 * 10 / 40);
    long firstAt = t0 + (long) Math.ceil((k + Math.cbrt(1.0 / 40)) * WINDOW);
    assertEquals(firstAt, later.get(0), 1 * MS, "not before the limit passed the 10 in the window");
    List<Long> moments = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      moments.add(t0);
    }
    moments.addAll(later);
    for (long at : later) {
      double t = (double) (at - t0) / WINDOW;
      double limit = t < k ? 7 : Math.min(100, 10 + 40 * Math.pow(t - k, 3));
      long inWindow = moments.stream().filter(m -> m <= at && at - m < WINDOW).count();
      assertTrue(inWindow <= limit + 1e-6, inWindow + " calls in the window at " + t + " windows, limit "
          + limit);
    }
  }

  @Test
  void aConcurrencyRefusalLowersTheSlotsAndTimeGivesThemBack() {
    Quota quota = quota(1000, 10);
    List<Quota.Permit> permits = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      quota.acquire().thenAccept(permits::add);
    }
    permits.get(8).refused(refusal(40209)); // a witness
    permits.get(9).refused(refusal(40209)); // confirmed: 0.7 of the 9 in flight then
    assertEquals(8, quota.inFlight());
    List<Quota.Permit> more = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      quota.acquire().thenAccept(more::add);
    }
    assertEquals(0, more.size(), "6 slots now, 8 taken");
    for (int i = 0; i < 3; i++) {
      permits.get(i).release();
    }
    assertEquals(1, more.size(), "5 in flight: one more fits under 6");
    clock.advance(10 * WINDOW);
    for (int i = 3; i < 8; i++) {
      permits.get(i).release();
    }
    assertEquals(10, more.size(), "back to 10 slots");
  }

  @Test
  void aQuotaThatIsNotAdaptiveIgnoresRefusals() {
    Quota quota = Quota.builder().rate(10, 1, TimeUnit.SECONDS).maxConcurrent(5).clock(clock)
        .adaptive(false).build();
    List<Quota.Permit> permits = new ArrayList<>();
    quota.acquire().thenAccept(permits::add);
    permits.get(0).refused(refusal(40209));
    for (int i = 0; i < 5; i++) {
      quota.acquire().thenAccept(permits::add);
    }
    assertEquals(5, quota.inFlight());
  }
}
