package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * The account may not make this call: not verified (40104), payment required (40200), paused
 * (40201), cost limit (40203), no Backlinks subscription (40204), IP not whitelisted (40207),
 * insufficient funds (40210), any other 402xx but the rate limits, or HTTP 402. Also the client's
 * own spending cap, which refuses a call before sending it ({@link Origin#REQUEST}). Never
 * retryable: a person has to act.
 */
public class AccountException extends BacklinksException {
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
  public AccountException(Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, boolean retryable, @Nullable Long retryAfterMillis,
      @Nullable Throwable cause) {
    super(origin, statusCode, statusMessage, httpStatus, taskId, retryable, retryAfterMillis, cause);
  }
}
