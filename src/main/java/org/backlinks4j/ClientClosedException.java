package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * The call ended because its {@link BacklinksClient} was {@linkplain BacklinksClient#close()
 * closed} while the call waited for the quota, was in flight, or waited to be retried. Its
 * {@link #origin()} is {@link Origin#REQUEST} when nothing had been sent yet (nothing was charged),
 * else {@link Origin#NETWORK} (an attempt reached the network, and may have been charged): a
 * {@link NetworkException}, as every failure of that origin is. Never retryable on the closed
 * client.
 */
public class ClientClosedException extends NetworkException {
  private static final long serialVersionUID = 1L;

  private ClientClosedException(Origin origin, String message, @Nullable Throwable cause) {
    super(origin, message, cause);
  }

  /**
   * A call closed where it was.
   *
   * @param where where the call was, as in "the client was closed while the call {@code where}"
   * @param sent whether an attempt had been sent: the origin is then {@link Origin#NETWORK}
   * @param lastFailure the failure of the attempt before, for a call that waited to be retried
   */
  static ClientClosedException whileCall(String where, boolean sent,
      @Nullable BacklinksException lastFailure) {
    return new ClientClosedException(sent ? Origin.NETWORK : Origin.REQUEST,
        "the client was closed while the call " + where
            + (sent ? ": an attempt was sent, and may have been charged" : ": nothing was sent"),
        lastFailure);
  }
}
