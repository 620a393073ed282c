package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * No complete answer arrived: the connection failed, broke off, or timed out. The request may
 * have reached the service (and been charged) or not. Retryable.
 *
 * <p>With {@link BacklinksException.Origin#REQUEST} it is the quota's store that could not be
 * reached (a shared quota in Redis that fails rather than fall back): nothing was sent. Not
 * retried.
 */
public class NetworkException extends BacklinksException {
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
  public NetworkException(Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, boolean retryable, @Nullable Long retryAfterMillis,
      @Nullable Throwable cause) {
    super(origin, statusCode, statusMessage, httpStatus, taskId, retryable, retryAfterMillis, cause);
  }
}
