package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * The service failed: codes 500xx, or an HTTP 5xx (often an HTML page from a proxy). The transient
 * ones are retryable: {@link #isRetryable()} lists them.
 */
public class ServerException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  /** The service's answer, made by {@link StatusCodes}' table from its code or HTTP status. */
  ServerException(Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, @Nullable Long retryAfterMillis) {
    super(origin, statusCode, statusMessage, httpStatus, taskId, retryAfterMillis, null);
  }
}
