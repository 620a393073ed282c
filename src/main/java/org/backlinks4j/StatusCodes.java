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
      return new AccountException(advised(origin, code, text, http, taskId), origin, code, text,
          http, taskId, retryAfterMillis, null);
    }
    if (code / 100 == 401) {
      return new AuthenticationException(advised(origin, code, text, http, taskId), origin, code,
          text, http, taskId, retryAfterMillis, null);
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
      return new AuthenticationException(advised(Origin.HTTP, 0, text, http, null), Origin.HTTP, 0,
          text, http, null, retryAfterMillis, null);
    }
    if (http == 402) {
      return new AccountException(advised(Origin.HTTP, 0, text, http, null), Origin.HTTP, 0, text,
          http, null, retryAfterMillis, null);
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

  /** Where a person fixes what the account-wide refusals below are about. */
  static final String DASHBOARD = "https://app.dataforseo.com/api-dashboard";

  /** An account-wide refusal's message: the service's words, then what a person should do. */
  private static String advised(Origin origin, int code, String text, int http,
      @Nullable String taskId) {
    return BacklinksException.describe(origin, code, text, http, taskId) + ": "
        + advice(code, http, System.currentTimeMillis());
  }

  /**
   * What to do about a refusal that concerns the account rather than the call: 401xx and HTTP
   * 401/407 (credentials), 40104 (not verified), 402xx but the rate limits, HTTP 402.
   */
  static String advice(int code, int http, long nowMillis) {
    switch (code) {
      case 40104:
        return "the account is not verified yet: finish its verification at " + DASHBOARD;
      case 40200:
      case 40210:
        return "the balance cannot pay for the call: add funds at " + DASHBOARD;
      case 40201:
        return "the account is paused: resume it at " + DASHBOARD + " or ask DataForSEO's support";
      case 40203:
        return "the daily spending limit set in the dashboard is reached; it resets at 00:00 UTC ("
            + untilMidnightUtc(nowMillis) + "), or raise it at " + DASHBOARD;
      case 40204:
        return "the account has no Backlinks API subscription: subscribe at " + DASHBOARD;
      case 40207:
        return "this machine's IP address is not allowed for the account: add it at " + DASHBOARD;
      default:
        break;
    }
    if (code / 100 == 401 || code == 0 && http == 401) {
      return "check the API login and password (DATAFORSEO_LOGIN, DATAFORSEO_PASSWORD): the API "
          + "credentials shown at " + DASHBOARD + ", not the website's password";
    }
    if (code == 0 && http == 407) {
      return "a proxy between this machine and the service wants credentials of its own";
    }
    return "the account may not make this call: see " + DASHBOARD;
  }

  /** When the daily limits next reset (00:00 UTC), from {@code nowMillis}, in the millis since the epoch. */
  static long nextMidnightUtc(long nowMillis) {
    long day = 86_400_000L;
    return Math.floorDiv(nowMillis, day) * day + day;
  }

  private static String untilMidnightUtc(long nowMillis) {
    long minutes = (nextMidnightUtc(nowMillis) - nowMillis + 59_999) / 60_000;
    return "in " + (minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min");
  }
}
