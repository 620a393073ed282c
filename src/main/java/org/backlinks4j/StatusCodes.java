package org.backlinks4j;

import org.backlinks4j.BacklinksException.Origin;
import org.jspecify.annotations.Nullable;

/**
 * DataForSEO's status codes and HTTP statuses, mapped to the exception family that reports them and
 * to whether a retry can help: the one place that knows these rules.
 *
 * <p>A code this table does not name still lands in a family by its range (401xx authentication,
 * 402xx account, other 4xxxx invalid request, 5xxxx server), so a code the service adds later is
 * reported sensibly; it is not retryable until named here, as nothing that could be charged twice
 * may be retried on a guess.
 */
final class StatusCodes {
  /** The one success code of a live task. */
  static final int OK = 20000;

  private StatusCodes() {
  }

  /**
   * Whether a call that failed with {@code code} may succeed when sent again: the rate limits once
   * the window frees, and the service's transient failures (see the README's table).
   */
  static boolean isRetryable(int code) {
    switch (code) {
      case 40202: // rate limit per minute exceeded: retry after the window frees
      case 40209: // too many simultaneous requests: retry shortly
      case 50000: // internal error
      case 50001: // error checking the balance
      case 50301: // third party temporarily unavailable
      case 50303: // update in progress
      case 50304: // temporarily unavailable
      case 50401: // a live task ran over 120 s: worth one more try
        return true;
      default:
        return false;
    }
  }

  /** Whether an HTTP status without a DataForSEO code is worth a retry: 429 and any 5xx. */
  static boolean isRetryableHttp(int http) {
    return http == 429 || http >= 500 && http <= 599;
  }

  /** The exception for a DataForSEO status code other than {@link #OK}. */
  static BacklinksException forCode(Origin origin, int code, @Nullable String message, int http,
      @Nullable String taskId, @Nullable Long retryAfterMillis) {
    String text = message == null || message.trim().isEmpty() ? "(no message)" : message;
    boolean retryable = isRetryable(code);
    if (code == 40104 || code / 100 == 402 && code != 40202 && code != 40209) {
      return new AccountException(origin, code, text, http, taskId, false, retryAfterMillis, null);
    }
    if (code / 100 == 401) {
      return new AuthenticationException(origin, code, text, http, taskId, false, retryAfterMillis,
          null);
    }
    if (code == 40202 || code == 40209) {
      return new RateLimitException(origin, code, text, http, taskId, true, retryAfterMillis, null);
    }
    if (code >= 40000 && code <= 49999) {
      return new InvalidRequestException(origin, code, text, http, taskId, false, retryAfterMillis,
          null);
    }
    if (code >= 50000 && code <= 59999) {
      return new ServerException(origin, code, text, http, taskId, retryable, retryAfterMillis, null);
    }
    // 2xxxx other than 20000 (20100 "task created" belongs to the task-post endpoints, not to a
    // live call), 1xxxx, 3xxxx, negative, ...: not an outcome this endpoint documents.
    return new UnexpectedResponseException(origin, code,
        "status code outside the API's error ranges: " + text, http, taskId, false,
        retryAfterMillis, null);
  }

  /** The exception for an HTTP error status whose body carried no DataForSEO status code. */
  static BacklinksException forHttp(int http, String description, @Nullable Long retryAfterMillis) {
    boolean retryable = isRetryableHttp(http);
    String text = description; // the exception's message adds "(HTTP n)"
    if (http == 401 || http == 407) {
      return new AuthenticationException(Origin.HTTP, 0, text, http, null, false, retryAfterMillis,
          null);
    }
    if (http == 402) {
      return new AccountException(Origin.HTTP, 0, text, http, null, false, retryAfterMillis, null);
    }
    if (http == 429) {
      return new RateLimitException(Origin.HTTP, 0, text, http, null, true, retryAfterMillis, null);
    }
    if (http >= 400 && http <= 499) {
      return new InvalidRequestException(Origin.HTTP, 0, text, http, null, false, retryAfterMillis,
          null);
    }
    if (http >= 500 && http <= 599) {
      return new ServerException(Origin.HTTP, 0, text, http, null, retryable, retryAfterMillis,
          null);
    }
    // 1xx or 3xx (OkHttp follows redirects, so a 3xx here is a redirect it would not follow).
    return new UnexpectedResponseException(Origin.HTTP, 0, text, http, null, false,
        retryAfterMillis, null);
  }
}
