package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * The service did not accept the credentials: code 40100 (and any other 401xx but 40104), or
 * HTTP 401 without a DataForSEO body. Check the API login and password (the dashboard's API
 * credentials, not the website's). Never retryable.
 */
public class AuthenticationException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  /** One whose message is given whole: the service's words and what a person should do. */
  AuthenticationException(String message, Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, @Nullable Long retryAfterMillis, @Nullable Throwable cause) {
    super(message, origin, statusCode, statusMessage, httpStatus, taskId, retryAfterMillis, cause);
  }

  /**
   * A paid call held back, unsent ({@link Origin#REQUEST}), because the service refused the
   * credentials with {@code refusal} lately ({@link AccountGate}): its code and message, and
   * {@code message} saying so.
   */
  static AuthenticationException heldBack(String message, BacklinksException refusal) {
    return new AuthenticationException(message, Origin.REQUEST, refusal.statusCode(),
        refusal.statusMessage(), 0, null, null, refusal);
  }
}
