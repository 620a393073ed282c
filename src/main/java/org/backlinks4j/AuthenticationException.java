package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * The service did not accept the credentials: code 40100 (and any other 401xx but 40104), or
 * HTTP 401 without a DataForSEO body. Check the API login and password (the dashboard's API
 * credentials, not the website's). Never retryable.
 */
public class AuthenticationException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  AuthenticationException(Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, @Nullable Long retryAfterMillis, @Nullable Throwable cause) {
    super(origin, statusCode, statusMessage, httpStatus, taskId, retryAfterMillis, cause);
  }

  /** One whose message is given whole: the service's words and what a person should do. */
  AuthenticationException(String message, Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, @Nullable Long retryAfterMillis, @Nullable Throwable cause) {
    super(message, origin, statusCode, statusMessage, httpStatus, taskId, retryAfterMillis, cause);
  }
}
