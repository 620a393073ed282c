package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * The service did not accept the credentials: code 40100 (and any other 401xx but 40104), or
 * HTTP 401 without a DataForSEO body. Check the API login and password (the dashboard's API
 * credentials, not the website's). Never retryable.
 */
public class AuthenticationException extends BacklinksException {
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
  public AuthenticationException(Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, boolean retryable, @Nullable Long retryAfterMillis,
      @Nullable Throwable cause) {
    super(origin, statusCode, statusMessage, httpStatus, taskId, retryable, retryAfterMillis, cause);
  }
}
