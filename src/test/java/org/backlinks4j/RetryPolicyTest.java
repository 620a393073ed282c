package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retry decisions, one failure kind at a time; time is a parameter, so nothing sleeps. */
class RetryPolicyTest {
  private static final long WINDOW = 60_050;
  private final RetryPolicy policy = RetryPolicy.defaults().withMaxRetries(5);

  private static BacklinksException code(int code) {
    return new BacklinksException(code, "m", 200, null, RetryPolicy.isRetryableCode(code), null);
  }

  private static BacklinksException http(int status) {
    return new BacklinksException(0, "HTTP " + status, status, null,
        StatusCodes.isRetryableHttp(status), null);
  }

  private static BacklinksException network(boolean retryable) {
    return new BacklinksException(0, "network failure", 0, null, retryable, null);
  }

  private long delay(RetryPolicy policy, double jitter, BacklinksException... failures) {
    return policy.delayMillis(Arrays.asList(failures), -1, WINDOW, jitter);
  }

  @Test
  void backoffStartsAtHalfASecondDoublesAndStopsAtEight() {
    List<BacklinksException> failures = new ArrayList<>();
    long[] expected = {500, 1000, 2000, 4000, 8000, 8000, 8000};
    RetryPolicy many = RetryPolicy.defaults().withMaxRetries(expected.length);
    for (long e : expected) {
      failures.add(code(50000));
      assertEquals(e, many.delayMillis(failures, -1, WINDOW, 0.0));
    }
  }

  @Test
  void jitterShortensTheWaitByAtMostAQuarter() {
    assertEquals(500, delay(policy, 0.0, code(50000)));
    assertEquals(375, delay(policy, 0.999999999, code(50000)));
    assertEquals(750, delay(policy, 1.0, code(50000), code(50000)));
  }

  @Test
  void theTableOfDataForSeoCodes() {
    for (int code : new int[] {40209, 50000, 50001, 50301, 50303, 50304, 50401}) {
      assertTrue(RetryPolicy.isRetryableCode(code), "" + code);
      assertEquals(500, delay(policy, 0, code(code)), "" + code);
    }
    for (int code : new int[] {40000, 40006, 40100, 40104, 40200, 40201, 40203, 40204, 40207,
        40210, 40400, 40404, 40501, 40502, 40503, 40506, 50100, 50402, 20000}) {
      assertFalse(RetryPolicy.isRetryableCode(code), "" + code);
      assertEquals(RetryPolicy.GIVE_UP, delay(policy, 0, code(code)), "" + code);
      assertFalse(policy.retries(code(code)));
    }
  }

  @Test
  void aFullRateWindowIsWaitedOutWhole() {
    assertTrue(RetryPolicy.isRetryableCode(40202));
    assertEquals(WINDOW, delay(policy, 0, code(40202)));
    // A window shorter than the backoff: the backoff wins.
    assertEquals(500, policy.delayMillis(Arrays.asList(code(40202)), -1, 100, 0));
  }

  @Test
  void aLiveTaskThatRanOverTimeIsRetriedOnceOnly() {
    assertEquals(500, delay(policy, 0, code(50401)));
    assertEquals(1000, delay(policy, 0, code(50000), code(50401)));
    assertEquals(RetryPolicy.GIVE_UP, delay(policy, 0, code(50401), code(50401)));
    assertEquals(RetryPolicy.GIVE_UP, delay(policy, 0, code(50401), code(50000), code(50401)));
  }

  @Test
  void answersWithoutAnEnvelopeAreRetriedOnServerErrorsAnd429Only() {
    for (int status : new int[] {500, 502, 503, 504, 429}) {
      assertEquals(500, delay(policy, 0, http(status)), "" + status);
    }
    for (int status : new int[] {200, 400, 401, 403, 404}) {
      assertEquals(RetryPolicy.GIVE_UP, delay(policy, 0, http(status)), "" + status);
    }
  }

  @Test
  void networkFailuresFollowTheExceptionsOwnVerdict() {
    assertEquals(500, delay(policy, 0, network(true)));
    assertEquals(RetryPolicy.GIVE_UP, delay(policy, 0, network(false)));
  }

  @Test
  void retriesStopAtTheLimit() {
    RetryPolicy two = RetryPolicy.defaults();
    assertEquals(2, two.maxRetries());
    assertEquals(500, delay(two, 0, code(50000)));
    assertEquals(1000, delay(two, 0, code(50000), code(50000)));
    assertEquals(RetryPolicy.GIVE_UP, delay(two, 0, code(50000), code(50000), code(50000)));
    RetryPolicy none = RetryPolicy.defaults().withMaxRetries(0);
    assertEquals(RetryPolicy.GIVE_UP, delay(none, 0, code(50000)));
    assertFalse(none.retries(code(50000)));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.defaults().withMaxRetries(-1));
  }

  @Test
  void retryAfterReplacesTheComputedWaitUnlessItIsTooLong() {
    List<BacklinksException> one = Arrays.asList(http(503));
    assertEquals(3000, policy.delayMillis(one, 3000, WINDOW, 0.5));
    assertEquals(0, policy.delayMillis(one, 0, WINDOW, 0.5));
    assertEquals(20_000, policy.delayMillis(Arrays.asList(code(40202)), 20_000, WINDOW, 0));
    assertEquals(RetryPolicy.GIVE_UP,
        policy.delayMillis(one, RetryPolicy.MAX_RETRY_AFTER_MILLIS + 1, WINDOW, 0));
    // Retry-After never makes a failure retryable that is not.
    assertEquals(RetryPolicy.GIVE_UP, policy.delayMillis(Arrays.asList(code(40501)), 10, WINDOW, 0));
  }
}
