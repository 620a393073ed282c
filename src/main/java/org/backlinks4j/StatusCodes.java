package org.backlinks4j;

import org.backlinks4j.BacklinksException.Origin;
import org.jspecify.annotations.Nullable;

/**
 * DataForSEO's status codes and HTTP statuses, mapped to the exception family that reports them.
 * Whether a retry can help is {@link RetryPolicy}'s to decide (each exception asks it).
 *
 * <p>A code this table does not name still lands in a family by its range (401xx authentication,
 * 402xx account, other 4xxxx invalid request, 5xxxx server), so a code the service adds later is
 * reported sensibly.
 */
final class StatusCodes {
  private StatusCodes() {
  }

  /** The exception for a DataForSEO status code other than {@link Summary#STATUS_OK}. */
  static BacklinksException forCode(Origin origin, int code, @Nullable String message, int http,
      @Nullable String taskId, @Nullable Long retryAfterMillis) {
    String text = message == null || message.trim().isEmpty() ? "(no message)" : message;
    if (code == 40104 || code / 100 == 402 && code != 40202 && code != 40209) {
      return new AccountException(origin, code, text, http, taskId, retryAfterMillis, null);
    }
    if (code / 100 == 401) {
      return new AuthenticationException(origin, code, text, http, taskId, retryAfterMillis,
          null);
    }
    if (code == 40202 || code == 40209) {
      return new RateLimitException(origin, code, text, http, taskId, retryAfterMillis, null);
    }
    if (code >= 40000 && code <= 49999) {
      return new InvalidRequestException(origin, code, text, http, taskId, retryAfterMillis,
          null);
    }
    if (code >= 50000 && code <= 59999) {
      return new ServerException(origin, code, text, http, taskId, retryAfterMillis, null);
    }
    // 2xxxx other than 20000 (20100 "task created" belongs to the task-post endpoints, not to a
    // live call), 1xxxx, 3xxxx, negative, ...: not an outcome this endpoint documents.
    return new UnexpectedResponseException(origin, code,
        "status code outside the API's error ranges: " + text, http, taskId, retryAfterMillis, null);
  }

  /** The exception for an HTTP error status whose body carried no DataForSEO status code. */
  static BacklinksException forHttp(int http, String description, @Nullable Long retryAfterMillis) {
    String text = description; // the exception's message adds "(HTTP n)"
    if (http == 401 || http == 407) {
      return new AuthenticationException(Origin.HTTP, 0, text, http, null, retryAfterMillis,
          null);
    }
    if (http == 402) {
      return new AccountException(Origin.HTTP, 0, text, http, null, retryAfterMillis, null);
    }
    if (http == 429) {
      return new RateLimitException(Origin.HTTP, 0, text, http, null, retryAfterMillis, null);
    }
    if (http >= 400 && http <= 499) {
      return new InvalidRequestException(Origin.HTTP, 0, text, http, null, retryAfterMillis,
          null);
    }
    if (http >= 500 && http <= 599) {
      return new ServerException(Origin.HTTP, 0, text, http, null, retryAfterMillis,
          null);
    }
    // 1xx or 3xx (OkHttp follows redirects, so a 3xx here is a redirect it would not follow).
    return new UnexpectedResponseException(Origin.HTTP, 0, text, http, null, retryAfterMillis, null);
  }
}
