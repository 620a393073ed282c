package org.backlinks4j;

import java.util.List;

/**
 * Which failed calls the client tries again, how often, and after how long: the one place that
 * knows.
 *
 * <table>
 *   <caption>What is retried</caption>
 *   <tr><th>failure</th><th>retried</th><th>wait</th><th>may it have been charged?</th></tr>
 *   <tr><td>40202 rate limit per minute exceeded</td><td>yes</td>
 *       <td>a whole window (the rate limit's length), so that the calls the service counted have
 *       left it</td><td>no: refused before the task ran</td></tr>
 *   <tr><td>40209 too many simultaneous requests</td><td>yes</td><td>backoff</td>
 *       <td>no: refused before the task ran</td></tr>
 *   <tr><td>50000 internal error, 50001 error checking balance, 50301/50303/50304 unavailable
 *       </td><td>yes</td><td>backoff</td><td>unlikely; the answer's cost says</td></tr>
 *   <tr><td>50401 the live task ran over 120 s</td><td>once per call</td><td>backoff</td>
 *       <td>possibly: the task ran</td></tr>
 *   <tr><td>HTTP 5xx or 429 without a DataForSEO answer (a proxy's page)</td><td>yes</td>
 *       <td>backoff</td><td>possibly: the call may have reached the service</td></tr>
 *   <tr><td>network failure (connection refused or dropped, timeout; the exception's
 *       {@link BacklinksException#isRetryable()} says)</td><td>yes</td><td>backoff</td>
 *       <td>when the request was sent and the answer lost: possibly</td></tr>
 *   <tr><td>every other code (40000-40506 bad request, auth, payment, 50100, 50402) and answers
 *       that cannot be read</td><td>never</td><td></td><td></td></tr>
 * </table>
 *
 * <p><b>Cost.</b> A retry of a call whose answer was lost (dropped connection, timeout, a proxy's
 * 5xx) may pay for the same task twice, once for the lost answer and once for the retry; at the
 * default of {@value #DEFAULT_MAX_RETRIES} retries a call costs at most three times its price. Set
 * {@code maxRetries(0)} on the client or per call ({@link CallOptions#withMaxRetries(int)}) where
 * that matters more than the result.
 *
 * <p><b>Backoff.</b> 0.5 s before the first retry, doubling, at most 8 s, each shortened by a
 * random jitter of up to 25 % so that many clients do not retry in step. A {@code Retry-After}
 * header (seconds or an HTTP date) replaces the computed wait; one over 5 minutes ends the
 * retries. Every retry waits its turn in the {@link Quota} again, and carries the header
 * {@value #ATTEMPT_HEADER} with its number (1 for the first retry).
 */
public final class RetryPolicy {
  /** How many times a failed call is retried unless configured otherwise. */
  public static final int DEFAULT_MAX_RETRIES = 2;
  /** The header that tells the service a request is a retry, and which. */
  public static final String ATTEMPT_HEADER = "X-Retry-Attempt";

  static final long INITIAL_BACKOFF_MILLIS = 500;
  static final long MAX_BACKOFF_MILLIS = 8_000;
  static final long MAX_RETRY_AFTER_MILLIS = 5 * 60_000;
  /** What {@link #delayMillis} answers when the call should not be tried again. */
  static final long GIVE_UP = -1;

  private static final RetryPolicy DEFAULTS = new RetryPolicy(DEFAULT_MAX_RETRIES);

  private final int maxRetries;

  private RetryPolicy(int maxRetries) {
    this.maxRetries = maxRetries;
  }

  /**
   * The default policy: {@value #DEFAULT_MAX_RETRIES} retries.
   *
   * @return the policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * This policy with another number of retries.
   *
   * @param maxRetries how many times a call may be retried, 0 for never
   * @return the policy
   */
  public RetryPolicy withMaxRetries(int maxRetries) {
    return new RetryPolicy(checkMaxRetries(maxRetries));
  }

  static int checkMaxRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
    }
    return maxRetries;
  }

  /**
   * How many times a call may be retried.
   *
   * @return the number of retries
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Whether DataForSEO's status code names a failure that trying again can cure.
   *
   * @param statusCode a DataForSEO status code
   * @return true for 40202, 40209, 50000, 50001, 50301, 50303, 50304 and 50401
   */
  public static boolean isRetryableCode(int statusCode) {
    return StatusCodes.isRetryable(statusCode);
  }

  /**
   * Whether this policy retries a failure of this kind, however many attempts were made.
   *
   * @param failure the failure
   * @return true when it is retried
   */
  public boolean retries(BacklinksException failure) {
    return maxRetries > 0 && kindOf(failure) != Kind.NEVER;
  }

  /**
   * How long to wait before the next attempt, or {@link #GIVE_UP}.
   *
   * @param failures the call's failures so far, oldest first; the last is the one to answer
   * @param retryAfterMillis the wait the last answer's {@code Retry-After} asked for, or -1
   * @param windowMillis the length of the rate limit's window
   * @param jitter a random number in [0, 1)
   * @return the wait in milliseconds, or {@link #GIVE_UP}
   */
  long delayMillis(List<BacklinksException> failures, long retryAfterMillis, long windowMillis,
      double jitter) {
    int retriesSoFar = failures.size() - 1;
    BacklinksException last = failures.get(retriesSoFar);
    Kind kind = kindOf(last);
    if (retriesSoFar >= maxRetries || kind == Kind.NEVER) {
      return GIVE_UP;
    }
    if (kind == Kind.ONCE) {
      for (int i = 0; i < retriesSoFar; i++) {
        if (failures.get(i).statusCode() == last.statusCode()) {
          return GIVE_UP;
        }
      }
    }
    if (retryAfterMillis > MAX_RETRY_AFTER_MILLIS) {
      return GIVE_UP; // the service asks for a pause longer than a caller expects a call to hang
    }
    if (retryAfterMillis >= 0) {
      return retryAfterMillis;
    }
    long backoff = Math.min(MAX_BACKOFF_MILLIS, INITIAL_BACKOFF_MILLIS << Math.min(retriesSoFar, 20));
    backoff = (long) (backoff * (1 - 0.25 * jitter));
    return kind == Kind.AFTER_WINDOW ? Math.max(backoff, windowMillis) : backoff;
  }

  /** How a failure is retried. */
  private enum Kind {
    NEVER,
    BACKOFF,
    /** The service's window is full: wait until the calls it counted have left it. */
    AFTER_WINDOW,
    /** Retried once per call at most. */
    ONCE
  }

  private static Kind kindOf(BacklinksException failure) {
    if (!failure.isRetryable()) {
      return Kind.NEVER; // such as an answer refused as too large, whatever its HTTP status
    }
    if (failure.statusCode() != 0) {
      return kindOf(failure.statusCode());
    }
    int http = failure.httpStatus();
    if (http == 0) {
      // No answer at all: the network failed, and the exception knows whether it can pass.
      return failure.isRetryable() ? Kind.BACKOFF : Kind.NEVER;
    }
    // An answer without DataForSEO's envelope: a proxy's or a load balancer's error page.
    return StatusCodes.isRetryableHttp(http) ? Kind.BACKOFF : Kind.NEVER;
  }

  private static Kind kindOf(int statusCode) {
    // Which codes can pass on a retry is StatusCodes' to say; how long to wait is this policy's.
    if (!StatusCodes.isRetryable(statusCode)) {
      return Kind.NEVER;
    }
    switch (statusCode) {
      case 40202:
        return Kind.AFTER_WINDOW;
      case 50401:
        return Kind.ONCE;
      default:
        return Kind.BACKOFF;
    }
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + "}";
  }
}
