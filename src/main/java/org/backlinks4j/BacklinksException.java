package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * A summary call that did not succeed: the request was refused before sending, the service answered
 * with an error status code, the network failed, or the answer could not be understood.
 *
 * <p>Carries DataForSEO's status code and message (0 and a description when the failure happened
 * before the service could answer), the HTTP status (0 when there was no HTTP answer), where the
 * failure was found ({@link #origin()}), the task id when the failure is a task's, and whether
 * trying again can help. Catch a subtype to handle one kind of failure:
 *
 * <ul>
 *   <li>{@link AuthenticationException}: wrong or missing credentials (40100, HTTP 401);
 *   <li>{@link AccountException}: the account cannot pay or may not call (40104, 402xx);
 *   <li>{@link RateLimitException}: too many calls a minute or at once (40202, 40209, HTTP 429);
 *   <li>{@link InvalidRequestException}: the request is wrong (400xx, 404xx, 405xx), found by the
 *       service or, before sending, by this library;
 *   <li>{@link ServerException}: the service failed (500xx, HTTP 5xx);
 *   <li>{@link NetworkException}: no complete answer arrived (I/O error, timeout, the attempt's
 *       deadline, an interrupted wait); every failure of origin {@link Origin#NETWORK} is one;
 *   <li>{@link UnexpectedResponseException}: an answer that is not the API's JSON (a redirect and
 *       an answer over the size cap included);
 *   <li>{@link ClientClosedException} (a {@link NetworkException}): the client was closed during
 *       the call;
 *   <li>{@link QuotaUnavailableException}: the quota could not let the call start (a shared
 *       quota's store is unreachable, or the quota was closed).
 * </ul>
 *
 * <p>Each origin has its types: {@link Origin#NETWORK} is always a {@link NetworkException},
 * {@link Origin#RESPONSE} an {@link UnexpectedResponseException}, {@link Origin#HTTP},
 * {@link Origin#ENVELOPE} and {@link Origin#TASK} the family of their status; {@link Origin#REQUEST}
 * (nothing sent) an {@link InvalidRequestException}, {@link AccountException},
 * {@link AuthenticationException}, {@link QuotaUnavailableException} or
 * {@link ClientClosedException}.
 *
 * <p>Messages never hold a credential.
 */
public class BacklinksException extends RuntimeException {
  private static final long serialVersionUID = 2L;

  /** Where a failure was found, which also tells whether the request reached the service. */
  public enum Origin {
    /** Refused by this library before sending: nothing reached the service and nothing was charged. */
    REQUEST,
    /** No complete HTTP answer: the request may or may not have reached the service. */
    NETWORK,
    /** The HTTP status of an answer that carried no DataForSEO status code. */
    HTTP,
    /** The answer's body is not the JSON the API describes. */
    RESPONSE,
    /** The status code of the envelope, which covers the whole call. */
    ENVELOPE,
    /** The status code of the task: the call went through, its one task failed. */
    TASK
  }

  // The fields are this exception's serialized form, which javadoc documents: hence the comments.
  /** Where the failure was found. */
  private final Origin origin;
  /** DataForSEO's status code, or 0. */
  private final int statusCode;
  /** DataForSEO's status message, or a description of the failure. */
  private final String statusMessage;
  /** The HTTP status, or 0. */
  private final int httpStatus;
  /** The failed task's id, or null. */
  private final @Nullable String taskId;
  /** Whether and how a retry may help, as the client's retry rules decided when this was made. */
  private final RetryPolicy.Kind retry;
  /** How long the server asked to wait before trying again, or null. */
  private final @Nullable Long retryAfterMillis;

  /**
   * An exception with all its parts; whether a retry can help is decided from them by the client's
   * retry rules, not told.
   *
   * @param origin where the failure was found
   * @param statusCode DataForSEO's status code, or 0 when there is none
   * @param statusMessage DataForSEO's status message, or a description of the failure
   * @param httpStatus the HTTP status, or 0 when there was no HTTP answer
   * @param taskId the task id when the failure is a task's, else null
   * @param retryAfterMillis how long the server asked callers to wait, or null when it did not say
   * @param cause the underlying failure, or null
   */
  BacklinksException(
      Origin origin,
      int statusCode,
      String statusMessage,
      int httpStatus,
      @Nullable String taskId,
      @Nullable Long retryAfterMillis,
      @Nullable Throwable cause) {
    this(describe(origin, statusCode, statusMessage, httpStatus, taskId), origin, statusCode,
        statusMessage, httpStatus, taskId, retryAfterMillis, cause);
  }

  /** An exception whose message is given whole (it may span lines, as a filter's caret does). */
  BacklinksException(
      String message,
      Origin origin,
      int statusCode,
      String statusMessage,
      int httpStatus,
      @Nullable String taskId,
      @Nullable Long retryAfterMillis,
      @Nullable Throwable cause) {
    super(message, cause);
    this.origin = origin;
    this.statusCode = statusCode;
    this.statusMessage = statusMessage;
    this.httpStatus = httpStatus;
    this.taskId = taskId;
    this.retry = RetryPolicy.decide(origin, statusCode, httpStatus, cause);
    this.retryAfterMillis = retryAfterMillis;
  }

  /**
   * One line, whatever the service put in its message or task id, with no character a terminal
   * would act on ({@link PrintableText}): callers print and log it as it is.
   */
  static String describe(Origin origin, int statusCode, String statusMessage,
      int httpStatus, @Nullable String taskId) {
    StringBuilder s = new StringBuilder();
    if (statusCode != 0) {
      s.append("DataForSEO status ").append(statusCode);
      if (origin == Origin.TASK) {
        s.append(" in task ").append(taskId == null ? "(no id)" : oneLine(taskId));
      }
      s.append(": ");
    }
    s.append(oneLine(statusMessage));
    if (httpStatus != 0 && httpStatus != 200) {
      s.append(" (HTTP ").append(httpStatus).append(')');
    }
    return s.toString();
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").trim();
    return PrintableText.escape(line.length() <= 500 ? line : line.substring(0, 500) + "...");
  }

  /**
   * Where the failure was found; {@link Origin#REQUEST} means nothing was sent.
   *
   * @return the origin
   */
  public Origin origin() {
    return origin;
  }

  /**
   * Whether the failure is the task's own (the call went through, its task failed); then
   * {@link #taskId()} names the task when the service sent its id.
   *
   * @return true for a task-level failure
   */
  public boolean isTaskError() {
    return origin == Origin.TASK;
  }

  /**
   * DataForSEO's status code, such as 40501; 0 when the failure happened before it could answer.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * DataForSEO's status message, or a description of a failure it did not report.
   *
   * @return the message
   */
  public String statusMessage() {
    return statusMessage;
  }

  /**
   * The HTTP status of the answer, or 0 when there was none.
   *
   * @return the HTTP status
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The id of the task that failed, or null when the failure is not a task's.
   *
   * @return the task id, or null
   */
  public @Nullable String taskId() {
    return taskId;
  }

  /**
   * Whether the same call may succeed if tried again later; the client's retries follow the same
   * rule. Retryable are: DataForSEO's 40202 (rate limit per minute, retried once the window frees),
   * 40209 (too many simultaneous requests), 50000 (internal error), 50001 (error checking the
   * balance), 50301, 50303, 50304 (temporarily unavailable), 50401 (a live task ran over 120 s,
   * retried once per call); an HTTP 429 or 5xx without a DataForSEO answer; a network failure (no
   * complete answer; one that ran out the attempt's deadline is retried once per call).
   * Nothing else is: any other code, including one this library does not know, an answer that
   * cannot be read, a request refused before sending.
   *
   * <p>This is the decision only; when and how often to retry is the caller's (or the client's:
   * {@link BacklinksClient.Builder#maxRetries(int)}).
   *
   * @return true when a retry can help
   */
  public boolean isRetryable() {
    return retry != RetryPolicy.Kind.NEVER;
  }

  /** How the client's retries treat this failure. */
  RetryPolicy.Kind retryKind() {
    return retry;
  }

  /**
   * How long the server asked callers to wait before trying again (its {@code Retry-After}
   * header), in milliseconds; null when it did not say.
   *
   * @return the wait in milliseconds, or null
   */
  public @Nullable Long retryAfterMillis() {
    return retryAfterMillis;
  }
}
