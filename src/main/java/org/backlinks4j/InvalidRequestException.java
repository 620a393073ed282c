package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * The request is wrong: one task only (40000), too many tasks (40006), not found or no data in the
 * sandbox (404xx), an invalid or unknown field (40501, 40506), empty or invalid POST data (40502,
 * 40503), any other 40xxx the other types do not claim, or an HTTP 4xx without a DataForSEO body.
 *
 * <p>Also thrown by {@link SummaryRequest.Builder#build()} when a request breaks one of the API's
 * rules, before anything is sent: then {@link #origin()} is {@link Origin#REQUEST}, the status
 * code 0 and the message names the field and the rule. One type for both, so that one catch clause
 * handles a wrong request whoever noticed it. Never retryable: the same request fails again.
 */
public class InvalidRequestException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with all its parts; see {@link BacklinksException}.
   *
   * @param origin where the failure was found
   * @param statusCode DataForSEO's status code, or 0 when there is none
   * @param statusMessage DataForSEO's status message, or a description of the failure
   * @param httpStatus the HTTP status, or 0 when there was no HTTP answer
   * @param taskId the task id when the failure is a task's, else null
   * @param retryable whether trying again can help
   * @param retryAfterMillis how long the server asked callers to wait, or null
   * @param cause the underlying failure, or null
   */
  public InvalidRequestException(Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, boolean retryable, @Nullable Long retryAfterMillis,
      @Nullable Throwable cause) {
    super(origin, statusCode, statusMessage, httpStatus, taskId, retryable, retryAfterMillis, cause);
  }
}
