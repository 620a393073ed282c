package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * No complete answer arrived: the connection failed, broke off, or timed out, or the attempt ran
 * past its deadline ({@link BacklinksClient.Builder#callTimeout}, named in the message). The
 * request may have reached the service (and been charged) or not. Retryable.
 *
 * <p>With {@link BacklinksException.Origin#REQUEST} it is the quota's store that could not be
 * reached (a shared quota in Redis that fails rather than fall back), or the quota was
 * {@linkplain Quota#close() closed}: nothing was sent. Not retried.
 */
public class NetworkException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  NetworkException(Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, @Nullable Long retryAfterMillis, @Nullable Throwable cause) {
    super(origin, statusCode, statusMessage, httpStatus, taskId, retryAfterMillis, cause);
  }
}
