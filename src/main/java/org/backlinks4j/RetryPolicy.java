package org.backlinks4j;

import java.io.IOException;
import java.util.List;
import org.backlinks4j.BacklinksException.Origin;
import org.jspecify.annotations.Nullable;

/**
 * Whether a failed call may be tried again, and after how long: the one place that decides. Every
 * {@link BacklinksException} asks {@link #decide} when it is made and carries the answer
 * ({@link BacklinksException#isRetryable()}); {@link OperationCall} asks {@link #delayMillis} for
 * the wait. How each of the service's codes and HTTP statuses is retried is a column of
 * {@link StatusCodes}' table (a code it does not name is never retried, as nothing that could be
 * charged twice may be retried on a guess); what is decided here is the failures without a code:
 * the network's, and those found before sending or in reading. Users read the same rules in
 * {@link BacklinksException#isRetryable()}'s javadoc and in the README's "What is retried" table.
 */
final class RetryPolicy {
  /**
   * The header that tells the service a request is a retry, and which (1 for the first retry): the
   * generated interface sends it (tools/openapi-templates/libraries/retrofit2/api.mustache).
   */
  static final String ATTEMPT_HEADER = "X-Retry-Attempt";

  static final long INITIAL_BACKOFF_MILLIS = 500;
  static final long MAX_BACKOFF_MILLIS = 8_000;
  static final long MAX_RETRY_AFTER_MILLIS = 5 * 60_000;
  /** What {@link #delayMillis} answers when the call should not be tried again. */
  static final long GIVE_UP = -1;

  private RetryPolicy() {
  }

  /** How a failure is retried. */
  enum Kind {
    NEVER,
    /** After a backoff that doubles with each retry. */
    BACKOFF,
    /** The service's window is full: wait until the calls it counted have left it. */
    AFTER_WINDOW,
    /** Retried once per call at most, after a backoff. */
    ONCE
  }

  /**
   * How a failure is retried, from what is known of it when it is made.
   *
   * @param origin where the failure was found
   * @param statusCode DataForSEO's code, or 0
   * @param httpStatus the HTTP status, or 0
   * @param cause the underlying failure, or null
   */
  static Kind decide(Origin origin, int statusCode, int httpStatus, @Nullable Throwable cause) {
    StatusCodes.Meaning meaning = StatusCodes.of(origin, statusCode, httpStatus);
    if (meaning != null) {
      return meaning.retry; // the service's code, or an HTTP status without one: the table's
    }
    if (origin == Origin.NETWORK) {
      // No complete answer because of I/O (refused, dropped, timed out); an interrupted wait or a
      // bug in an interceptor is not a failure a retry cures. An attempt that ran out its whole
      // deadline (a path that trickles bytes, a service that never answers) says the path is
      // broken: one more try, as for a live task that ran over its time, not a third deadline's
      // wait.
      if (isDeadline(cause)) {
        return Kind.ONCE;
      }
      return cause instanceof IOException ? Kind.BACKOFF : Kind.NEVER;
    }
    // REQUEST: refused before sending, the same request is refused again; RESPONSE: an answer
    // that cannot be read is likely to come again.
    return Kind.NEVER;
  }

  /**
   * Whether the attempt's deadline ended it: OkHttp's call timeout reports that as a plain
   * {@link java.io.InterruptedIOException} "timeout", where a read or connect timeout is a
   * {@link java.net.SocketTimeoutException} and an interrupted thread says "interrupted".
   */
  static boolean isDeadline(@Nullable Throwable cause) {
    return cause != null && cause.getClass() == java.io.InterruptedIOException.class
        && "timeout".equals(cause.getMessage());
  }

  static int checkMaxRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
    }
    return maxRetries;
  }

  /**
   * How long to wait before the next attempt, or {@link #GIVE_UP}. Backoff: 0.5 s before the first
   * retry, doubling, at most 8 s, each shortened by a random jitter of up to 25 % so that many
   * clients do not retry in step. A {@code Retry-After} replaces the computed wait; one over 5
   * minutes ends the retries.
   *
   * @param maxRetries how many times the call may be retried
   * @param failures the call's failures so far, oldest first; the last is the one to answer
   * @param retryAfterMillis the wait the last answer's {@code Retry-After} asked for, or -1
   * @param windowMillis the length of the rate limit's window
   * @param jitter a random number in [0, 1)
   * @return the wait in milliseconds, or {@link #GIVE_UP}
   */
  static long delayMillis(int maxRetries, List<BacklinksException> failures, long retryAfterMillis,
      long windowMillis, double jitter) {
    int retriesSoFar = failures.size() - 1;
    BacklinksException last = failures.get(retriesSoFar);
    Kind kind = last.retryKind();
    if (retriesSoFar >= maxRetries || kind == Kind.NEVER) {
      return GIVE_UP;
    }
    if (kind == Kind.ONCE) {
      // Once per call for each code: a live task that ran over its time and a deadline (code 0)
      // may each be retried once.
      for (int i = 0; i < retriesSoFar; i++) {
        BacklinksException earlier = failures.get(i);
        if (earlier.retryKind() == Kind.ONCE && earlier.statusCode() == last.statusCode()) {
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
}
