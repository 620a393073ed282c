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

  UnexpectedResponseException(Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, @Nullable Long retryAfterMillis, @Nullable Throwable cause) {
    super(origin, statusCode, statusMessage, httpStatus, taskId, retryAfterMillis, cause);
  }
}
