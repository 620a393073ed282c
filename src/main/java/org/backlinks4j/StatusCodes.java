package org.backlinks4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backlinks4j.BacklinksException.Origin;
import org.backlinks4j.RetryPolicy.Kind;
import org.jspecify.annotations.Nullable;

/**
 * What each of DataForSEO's status codes and each HTTP status means to the client, in one table
 * that every other place asks: the exception family that reports it, whether and how a retry may
 * help ({@link RetryPolicy} times the retries), whether the failed call may have been charged,
 * what a refusal tells the {@link Quota} (40202: the account's window is full, 40209: its slots
 * are taken), and whether it is about the whole account ({@link AccountGate} then holds the
 * client's paid calls back).
 *
 * <p>A code the table does not name still lands by its range (401xx authentication, 402xx account,
 * other 4xxxx invalid request, 5xxxx server, anything else unexpected), never retried, so that a
 * code the service adds later is reported sensibly and never charged twice on a guess.
 *
 * <p>A failure no code of the service decided is charged by its origin: never for
 * {@link Origin#REQUEST} (nothing was sent), possibly for {@link Origin#NETWORK} (the request may
 * have gone out and its answer been lost). Whatever the table says, an answer's {@code cost} is
 * what the service charged, and the client counts it.
 */
final class StatusCodes {
  private StatusCodes() {
  }

  /** The exception type that reports a code or an HTTP status. */
  enum Family {
    AUTHENTICATION,
    ACCOUNT,
    RATE_LIMIT,
    INVALID_REQUEST,
    SERVER,
    UNEXPECTED
  }

  /** What a refusal tells the quota that let the call through. */
  enum QuotaSignal {
    NONE,
    /** The account's window is full (40202): someone else uses part of its calls. */
    WINDOW_FULL,
    /** The account's slots are taken (40209): someone else has calls in flight. */
    SLOTS_TAKEN
  }

  /** Whether the service may have charged a call that failed so. */
  enum Charge {
    /** Refused before the task ran: a bad request, the credentials, the account, a rate limit. */
    NO,
    /** The service failed, most likely before the task ran; the answer's {@code cost} says. */
    UNLIKELY,
    /** The task ran (or the request may have reached it) and its answer is lost or failed. */
    POSSIBLY
  }

  /** Whether a refusal is about the call or about the whole account, and for how long. */
  enum Scope {
    CALL,
    /** Every call would meet it: the client holds paid calls back, and checks again a minute on. */
    ACCOUNT,
    /** The daily spending limit (40203): held back until the service resets it at 00:00 UTC. */
    ACCOUNT_UNTIL_MIDNIGHT_UTC
  }

  /** One row of the table. */
  static final class Meaning {
    final Family family;
    final Kind retry;
    final Charge charge;
    final QuotaSignal quota;
    final Scope scope;
    /** The service's meaning, as its documentation words it; empty for a range's fallback. */
    final String description;

    Meaning(Family family, Kind retry, Charge charge, QuotaSignal quota, Scope scope,
        String description) {
      this.family = family;
      this.retry = retry;
      this.charge = charge;
      this.quota = quota;
      this.scope = scope;
      this.description = description;
    }

    @Override
    public String toString() {
      return family + ", retry " + retry + ", charged " + charge + ", quota " + quota + ", " + scope
          + (description.isEmpty() ? "" : ": " + description);
    }
  }

  private static final Map<Integer, Meaning> CODES = codes();

  private static Map<Integer, Meaning> codes() {
    Map<Integer, Meaning> t = new LinkedHashMap<>();
    invalid(t, 40000, "only one task at a time");
    invalid(t, 40006, "more than 100 tasks");
    t.put(40100, new Meaning(Family.AUTHENTICATION, Kind.NEVER, Charge.NO, QuotaSignal.NONE,
        Scope.ACCOUNT, "not authorized"));
    account(t, 40104, Scope.ACCOUNT, "account not verified");
    account(t, 40200, Scope.ACCOUNT, "payment required");
    account(t, 40201, Scope.ACCOUNT, "account paused");
    t.put(40202, new Meaning(Family.RATE_LIMIT, Kind.AFTER_WINDOW, Charge.NO,
        QuotaSignal.WINDOW_FULL, Scope.CALL,
        "rate limit per minute exceeded: retried once the window frees"));
    account(t, 40203, Scope.ACCOUNT_UNTIL_MIDNIGHT_UTC, "cost limit exceeded");
    account(t, 40204, Scope.ACCOUNT, "access denied (no Backlinks API subscription)");
    account(t, 40207, Scope.ACCOUNT, "IP address not whitelisted");
    t.put(40209, new Meaning(Family.RATE_LIMIT, Kind.BACKOFF, Charge.NO, QuotaSignal.SLOTS_TAKEN,
        Scope.CALL, "too many simultaneous requests"));
    account(t, 40210, Scope.ACCOUNT, "insufficient funds");
    for (int code = 40400; code <= 40408; code++) {
      invalid(t, code, code == 40404 ? "no data in the sandbox" : "not found or invalid path");
    }
    invalid(t, 40501, "invalid field");
    invalid(t, 40502, "POST data empty");
    invalid(t, 40503, "POST data invalid");
    invalid(t, 40506, "unknown fields");
    server(t, 50000, Kind.BACKOFF, Charge.UNLIKELY, "internal error");
    server(t, 50001, Kind.BACKOFF, Charge.UNLIKELY, "error checking the balance");
    server(t, 50100, Kind.NEVER, Charge.NO, "not implemented");
    server(t, 50301, Kind.BACKOFF, Charge.UNLIKELY, "third party temporarily unavailable");
    server(t, 50303, Kind.BACKOFF, Charge.UNLIKELY, "update in progress");
    server(t, 50304, Kind.BACKOFF, Charge.UNLIKELY, "temporarily unavailable");
    server(t, 50401, Kind.ONCE, Charge.POSSIBLY, "a live task ran over 120 s: worth one more try");
    server(t, 50402, Kind.NEVER, Charge.POSSIBLY, "the target page took too long");
    return Collections.unmodifiableMap(t);
  }

  private static void invalid(Map<Integer, Meaning> t, int code, String description) {
    t.put(code, new Meaning(Family.INVALID_REQUEST, Kind.NEVER, Charge.NO, QuotaSignal.NONE,
        Scope.CALL, description));
  }

  private static void account(Map<Integer, Meaning> t, int code, Scope scope, String description) {
    t.put(code, new Meaning(Family.ACCOUNT, Kind.NEVER, Charge.NO, QuotaSignal.NONE, scope,
        description));
  }

  private static void server(Map<Integer, Meaning> t, int code, Kind retry, Charge charge,
      String description) {
    t.put(code, new Meaning(Family.SERVER, retry, charge, QuotaSignal.NONE, Scope.CALL,
        description));
  }

  // The ranges' fallbacks, for codes the table does not name (never retried); the first three
  // also stand for the HTTP statuses of their families.
  private static final Meaning OTHER_AUTHENTICATION =
      new Meaning(Family.AUTHENTICATION, Kind.NEVER, Charge.NO, QuotaSignal.NONE, Scope.ACCOUNT,
          "");
  private static final Meaning OTHER_ACCOUNT =
      new Meaning(Family.ACCOUNT, Kind.NEVER, Charge.NO, QuotaSignal.NONE, Scope.ACCOUNT, "");
  private static final Meaning OTHER_INVALID =
      new Meaning(Family.INVALID_REQUEST, Kind.NEVER, Charge.NO, QuotaSignal.NONE, Scope.CALL, "");
  private static final Meaning OTHER_SERVER =
      new Meaning(Family.SERVER, Kind.NEVER, Charge.POSSIBLY, QuotaSignal.NONE, Scope.CALL, "");
  private static final Meaning OTHER =
      new Meaning(Family.UNEXPECTED, Kind.NEVER, Charge.POSSIBLY, QuotaSignal.NONE, Scope.CALL, "");

  /** The codes the table names, in order, with their meanings. */
  static Map<Integer, Meaning> named() {
    return CODES;
  }

  /** What DataForSEO's status {@code code} (other than {@link Summary#STATUS_OK}) means. */
  static Meaning ofCode(int code) {
    Meaning named = CODES.get(code);
    if (named != null) {
      return named;
    }
    if (code / 100 == 401) {
      return OTHER_AUTHENTICATION;
    }
    if (code / 100 == 402) {
      return OTHER_ACCOUNT;
    }
    if (code >= 40000 && code <= 49999) {
      return OTHER_INVALID;
    }
    if (code >= 50000 && code <= 59999) {
      return OTHER_SERVER;
    }
    // 2xxxx other than 20000 (20100 "task created" belongs to the task-post endpoints, not to a
    // live call), 1xxxx, 3xxxx, negative, ...: not an outcome these endpoints document.
    return OTHER;
  }

  // HTTP statuses of answers without DataForSEO's envelope: the service's own 401 and 402, and
  // whatever a proxy or load balancer in between sends. 401, 402 and other 4xx mean what their
  // ranges' codes do; 429 and 5xx are retried, since no code of the service says otherwise.
  private static final Meaning HTTP_TOO_MANY =
      new Meaning(Family.RATE_LIMIT, Kind.BACKOFF, Charge.POSSIBLY, QuotaSignal.NONE, Scope.CALL,
          "");
  private static final Meaning HTTP_SERVER =
      new Meaning(Family.SERVER, Kind.BACKOFF, Charge.POSSIBLY, QuotaSignal.NONE, Scope.CALL, "");

  /**
   * What an HTTP status means when the answer carried no DataForSEO status code: 401 and 407
   * (credentials, the service's or a proxy's), 402, 429 and 5xx retried with backoff, other 4xx;
   * 1xx and 3xx are unexpected (OkHttp follows no redirect here).
   */
  static Meaning ofHttp(int http) {
    if (http == 401 || http == 407) {
      return OTHER_AUTHENTICATION;
    }
    if (http == 402) {
      return OTHER_ACCOUNT;
    }
    if (http == 429) {
      return HTTP_TOO_MANY;
    }
    if (http >= 400 && http <= 499) {
      return OTHER_INVALID;
    }
    if (http >= 500 && http <= 599) {
      return HTTP_SERVER;
    }
    return OTHER;
  }

  /**
   * What the failure's code means: its DataForSEO code for {@link Origin#ENVELOPE} and
   * {@link Origin#TASK}, its HTTP status for {@link Origin#HTTP}; null for the other origins,
   * which no code of the service decided.
   */
  static @Nullable Meaning of(Origin origin, int statusCode, int httpStatus) {
    switch (origin) {
      case ENVELOPE:
      case TASK:
        return ofCode(statusCode);
      case HTTP:
        return ofHttp(httpStatus);
      default:
        return null;
    }
  }

  /** What a failure tells the quota that let its call through. */
  static QuotaSignal quotaSignal(BacklinksException failure) {
    Meaning meaning = of(failure.origin(), failure.statusCode(), failure.httpStatus());
    return meaning == null ? QuotaSignal.NONE : meaning.quota;
  }

  /**
   * Whether the service may have charged the call that failed so: the table's row for a code or an
   * HTTP status; by origin for the rest (never for a request refused before sending, possibly for
   * a network failure or an answer that could not be read).
   */
  static Charge charge(BacklinksException failure) {
    Meaning meaning = of(failure.origin(), failure.statusCode(), failure.httpStatus());
    if (meaning != null) {
      return meaning.charge;
    }
    return failure.origin() == Origin.REQUEST ? Charge.NO : Charge.POSSIBLY;
  }

  /** Whether the failure is the service's refusal of the account rather than of the call. */
  static Scope scope(BacklinksException failure) {
    Meaning meaning = of(failure.origin(), failure.statusCode(), failure.httpStatus());
    return meaning == null ? Scope.CALL : meaning.scope;
  }

  /** The exception for a DataForSEO status code other than {@link Summary#STATUS_OK}. */
  static BacklinksException forCode(Origin origin, int code, @Nullable String message, int http,
      @Nullable String taskId, @Nullable Long retryAfterMillis) {
    String text = message == null || message.trim().isEmpty() ? "(no message)" : message;
    Family family = ofCode(code).family;
    return exception(family, origin, code,
        family == Family.UNEXPECTED ? "status code outside the API's error ranges: " + text : text,
        http, taskId, retryAfterMillis);
  }

  /** The exception for an HTTP error status whose body carried no DataForSEO status code. */
  static BacklinksException forHttp(int http, String description, @Nullable Long retryAfterMillis) {
    // The exception's message adds "(HTTP n)".
    return exception(ofHttp(http).family, Origin.HTTP, 0, description, http, null,
        retryAfterMillis);
  }

  /** The one place an answer's code becomes its family's exception. */
  private static BacklinksException exception(Family family, Origin origin, int code, String text,
      int http, @Nullable String taskId, @Nullable Long retryAfterMillis) {
    switch (family) {
      case AUTHENTICATION:
        return new AuthenticationException(advised(origin, code, text, http, taskId), origin, code,
            text, http, taskId, retryAfterMillis, null);
      case ACCOUNT:
        return new AccountException(advised(origin, code, text, http, taskId), origin, code, text,
            http, taskId, retryAfterMillis, null);
      case RATE_LIMIT:
        return new RateLimitException(origin, code, text, http, taskId, retryAfterMillis);
      case INVALID_REQUEST:
        return new InvalidRequestException(origin, code, text, http, taskId, retryAfterMillis);
      case SERVER:
        return new ServerException(origin, code, text, http, taskId, retryAfterMillis);
      default:
        return new UnexpectedResponseException(origin, code, text, http, taskId, retryAfterMillis);
    }
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
