package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * The service failed: codes 500xx, or an HTTP 5xx (often an HTML page from a proxy). Retryable
 * for 50000 (internal error), 50001 (balance check), 50301, 50303, 50304 (temporarily unavailable),
 * 50401 (a live task ran over 120 s) and any HTTP 5xx without a DataForSEO code; not for 50100
 * (not implemented), 50402 (the target page is too slow) or an unknown 5xxxx code.
 */
public class ServerException extends BacklinksException {
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
  public ServerException(Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, boolean retryable, @Nullable Long retryAfterMillis,
      @Nullable Throwable cause) {
    super(origin, statusCode, statusMessage, httpStatus, taskId, retryable, retryAfterMillis, cause);
  }
}
