package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * The call ended because its {@link BacklinksClient} was {@linkplain BacklinksClient#close()
 * closed} while the call waited for the quota, was in flight, or waited to be retried. Its
 * {@link #origin()} is {@link Origin#REQUEST} when nothing had been sent yet (nothing was charged),
 * else {@link Origin#NETWORK} (an attempt reached the network, and may have been charged). Never
 * retryable on the closed client.
 */
public class ClientClosedException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  ClientClosedException(Origin origin, String message, @Nullable Throwable cause) {
    super(origin, 0, message, 0, null, null, cause);
  }
}
