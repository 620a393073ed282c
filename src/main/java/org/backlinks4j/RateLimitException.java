package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * Too many calls: more than the account's calls a minute (40202) or at once (40209), or an
 * HTTP 429 from something in between. Retryable once the window frees; {@link #retryAfterMillis()}
 * says how long to wait when the server said so.
 */
public class RateLimitException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  /** The service's answer, made by {@link StatusCodes}' table from its code or HTTP status. */
  RateLimitException(Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, @Nullable Long retryAfterMillis) {
    super(origin, statusCode, statusMessage, httpStatus, taskId, retryAfterMillis, null);
  }
}
