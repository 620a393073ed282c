package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * No complete answer arrived: the connection failed, broke off, or timed out, the attempt ran
 * past its deadline ({@link BacklinksClient.Builder#callTimeout}, named in the message), the
 * calling thread was interrupted while it waited, or something other than I/O (an interceptor of
 * the caller's own OkHttp client) ended the attempt. Every failure of origin
 * {@link BacklinksException.Origin#NETWORK} is one. The request may have reached the service (and
 * been charged) or not. Retryable when I/O failed, once per call when the deadline ended it.
 *
 * <p>{@link ClientClosedException} is one too: closing the client cuts its calls off. It alone
 * may have {@link BacklinksException.Origin#REQUEST}, when nothing of its call was sent.
 */
public class NetworkException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  NetworkException(Origin origin, String statusMessage, @Nullable Throwable cause) {
    super(origin, 0, statusMessage, 0, null, null, cause);
  }

  /**
   * A failure of origin {@link BacklinksException.Origin#NETWORK}: no complete answer, for the
   * reason {@code description} gives.
   *
   * @param description what failed, in one line
   * @param cause the underlying failure (an {@link java.io.IOException} when I/O failed), or null
   */
  static NetworkException of(String description, @Nullable Throwable cause) {
    return new NetworkException(Origin.NETWORK, description, cause);
  }
}
