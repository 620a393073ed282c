package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backlinks4j.BacklinksException.Origin;
import org.junit.jupiter.api.Test;

/**
 * The retry decisions, one failure kind at a time, as the exceptions carry them; time is a
 * parameter, so nothing sleeps.
 */
class RetryPolicyTest {
  private static final long WINDOW = 60_050;
  private static final int POLICY = 5;

  private static BacklinksException code(int code) {
    return StatusCodes.forCode(Origin.ENVELOPE, code, "m", 200, null, null);
  }

  private static BacklinksException http(int status) {
    return StatusCodes.forHttp(status, "HTTP " + status, null);
  }

  private static BacklinksException network(Throwable cause) {
    return NetworkException.of("network failure", cause);
  }

  private long delay(int maxRetries, double jitter, BacklinksException... failures) {
    return RetryPolicy.delayMillis(maxRetries, Arrays.asList(failures), -1, WINDOW, jitter);
  }

  @Test
  void backoffStartsAtHalfASecondDoublesAndStopsAtEight() {
    List<BacklinksException> failures = new ArrayList<>();
    long[] expected = {500, 1000, 2000, 4000, 8000, 8000, 8000};
    for (long e : expected) {
      failures.add(code(50000));
      assertEquals(e, RetryPolicy.delayMillis(expected.length, failures, -1, WINDOW, 0.0));
    }
  }

  @Test
  void jitterShortensTheWaitByAtMostAQuarter() {
    assertEquals(500, delay(POLICY, 0.0, code(50000)));
    assertEquals(375, delay(POLICY, 0.999999999, code(50000)));
    assertEquals(750, delay(POLICY, 1.0, code(50000), code(50000)));
  }

  @Test
  void theTableOfDataForSeoCodes() {
    for (int code : new int[] {40209, 50000, 50001, 50301, 50303, 50304, 50401}) {
      assertTrue(code(code).isRetryable(), "" + code);
      assertEquals(500, delay(POLICY, 0, code(code)), "" + code);
    }
    for (int code : new int[] {40000, 40006, 40100, 40104, 40200, 40201, 40203, 40204, 40207,
        40210, 40400, 40404, 40501, 40502, 40503, 40506, 50100, 50402, 20000}) {
      assertFalse(code(code).isRetryable(), "" + code);
      assertEquals(RetryPolicy.GIVE_UP, delay(POLICY, 0, code(code)), "" + code);
    }
  }

  @Test
  void aFullRateWindowIsWaitedOutWhole() {
    assertTrue(code(40202).isRetryable());
    assertEquals(WINDOW, delay(POLICY, 0, code(40202)));
    // A window shorter than the backoff: the backoff wins.
    assertEquals(500, RetryPolicy.delayMillis(POLICY, Arrays.asList(code(40202)), -1, 100, 0));
  }

  @Test
  void aLiveTaskThatRanOverTimeIsRetriedOnceOnly() {
    assertEquals(500, delay(POLICY, 0, code(50401)));
    assertEquals(1000, delay(POLICY, 0, code(50000), code(50401)));
    assertEquals(RetryPolicy.GIVE_UP, delay(POLICY, 0, code(50401), code(50401)));
    assertEquals(RetryPolicy.GIVE_UP, delay(POLICY, 0, code(50401), code(50000), code(50401)));
  }

  @Test
  void anAttemptThatRanOutItsDeadlineIsRetriedOncePerCallOtherTimeoutsAsAnyLostAnswer() {
    BacklinksException deadline = network(new java.io.InterruptedIOException("timeout"));
    BacklinksException readTimeout = network(new java.net.SocketTimeoutException("timeout"));
    BacklinksException dropped = network(new IOException("connection reset"));
    assertTrue(deadline.isRetryable());
    assertEquals(500, delay(POLICY, 0, deadline));
    assertEquals(RetryPolicy.GIVE_UP, delay(POLICY, 0, deadline, deadline));
    assertEquals(1000, delay(POLICY, 0, dropped, deadline), "a lost answer before is no deadline");
    assertEquals(1000, delay(POLICY, 0, code(50401), deadline), "each kind once");
    assertEquals(RetryPolicy.GIVE_UP, delay(POLICY, 0, deadline, dropped, deadline));
    assertEquals(2000, delay(POLICY, 0, readTimeout, readTimeout, readTimeout));
    assertFalse(RetryPolicy.isDeadline(new java.io.InterruptedIOException("interrupted")));
  }

  @Test
  void answersWithoutAnEnvelopeAreRetriedOnServerErrorsAnd429Only() {
    for (int status : new int[] {500, 502, 503, 504, 429}) {
      assertEquals(500, delay(POLICY, 0, http(status)), "" + status);
    }
    for (int status : new int[] {200, 400, 401, 403, 404}) {
      assertEquals(RetryPolicy.GIVE_UP, delay(POLICY, 0, http(status)), "" + status);
    }
  }

  @Test
  void networkFailuresAreRetriedWhenIoFailedOnly() {
    assertTrue(network(new IOException("connection reset")).isRetryable());
    assertEquals(500, delay(POLICY, 0, network(new IOException("connection reset"))));
    // An interrupted wait or a bug in an interceptor: no retry cures it.
    assertFalse(network(new InterruptedException()).isRetryable());
    assertEquals(RetryPolicy.GIVE_UP, delay(POLICY, 0, network(new InterruptedException())));
    assertEquals(RetryPolicy.GIVE_UP, delay(POLICY, 0, network(new IllegalStateException("bug"))));
  }

  @Test
  void requestsRefusedBeforeSendingAndUnreadableAnswersAreNeverRetried() {
    BacklinksException refused = InvalidRequestException.refused("tag", "too long");
    BacklinksException unreadable = UnexpectedResponseException.unreadable("not JSON", 200, null,
        null);
    for (BacklinksException e : Arrays.asList(refused, unreadable)) {
      assertFalse(e.isRetryable(), e.getMessage());
      assertEquals(RetryPolicy.GIVE_UP, delay(POLICY, 0, e), e.getMessage());
    }
  }

  @Test
  void retriesStopAtTheLimit() {
    int two = BacklinksClient.DEFAULT_MAX_RETRIES;
    assertEquals(2, two);
    assertEquals(500, delay(two, 0, code(50000)));
    assertEquals(1000, delay(two, 0, code(50000), code(50000)));
    assertEquals(RetryPolicy.GIVE_UP, delay(two, 0, code(50000), code(50000), code(50000)));
    assertEquals(RetryPolicy.GIVE_UP, delay(0, 0, code(50000)));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.checkMaxRetries(-1));
  }

  @Test
  void retryAfterReplacesTheComputedWaitUnlessItIsTooLong() {
    List<BacklinksException> one = Arrays.asList(http(503));
    assertEquals(3000, RetryPolicy.delayMillis(POLICY, one, 3000, WINDOW, 0.5));
    assertEquals(0, RetryPolicy.delayMillis(POLICY, one, 0, WINDOW, 0.5));
    assertEquals(20_000, RetryPolicy.delayMillis(POLICY, Arrays.asList(code(40202)), 20_000, WINDOW, 0));
    assertEquals(RetryPolicy.GIVE_UP,
        RetryPolicy.delayMillis(POLICY, one, RetryPolicy.MAX_RETRY_AFTER_MILLIS + 1, WINDOW, 0));
    // Retry-After never makes a failure retryable that is not.
    assertEquals(RetryPolicy.GIVE_UP, RetryPolicy.delayMillis(POLICY, Arrays.asList(code(40501)), 10, WINDOW, 0));
  }
}
