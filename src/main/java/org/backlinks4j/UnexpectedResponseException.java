package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * An answer that is not the API's JSON: not JSON at all (an HTML page from a proxy), JSON of the
 * wrong shape, a truncated body, an envelope without a status code or without its task, a status
 * code outside the API's ranges, a redirect (never followed; the message names its
 * {@code Location}), or an answer over 2 MiB (refused while it is read). Not retryable: the same
 * answer is likely to come again.
 */
public class UnexpectedResponseException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  /**
   * The service's answer with a code outside the API's ranges, or an HTTP status that is no
   * error (1xx, 3xx), made by {@link StatusCodes}' table.
   */
  UnexpectedResponseException(Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, @Nullable Long retryAfterMillis) {
    super(origin, statusCode, statusMessage, httpStatus, taskId, retryAfterMillis, null);
  }

  private UnexpectedResponseException(Origin origin, String statusMessage, int httpStatus,
      @Nullable String taskId, @Nullable Throwable cause) {
    super(origin, 0, statusMessage, httpStatus, taskId, null, cause);
  }

  /**
   * An answer whose body is not what the API describes ({@link Origin#RESPONSE}).
   *
   * @param problem what is wrong with it, in one line
   * @param httpStatus the answer's HTTP status
   * @param taskId the task's id when the problem is in a task, else null
   * @param cause the reader's failure, or null
   */
  static UnexpectedResponseException unreadable(String problem, int httpStatus,
      @Nullable String taskId, @Nullable Throwable cause) {
    return new UnexpectedResponseException(Origin.RESPONSE, problem, httpStatus, taskId, cause);
  }

  /** A redirect, never followed ({@link Origin#HTTP}): {@code problem} says where it pointed. */
  static UnexpectedResponseException redirect(String problem, int httpStatus) {
    return new UnexpectedResponseException(Origin.HTTP, problem, httpStatus, null, null);
  }
}
