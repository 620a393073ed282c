package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * The {@link Quota} could not let the call start: the store of a quota shared between processes
 * (a Redis, {@code org.backlinks4j.redis.RedisQuota} set to fail rather than go on alone) could
 * not be reached, which the message says with the store's address, or the quota was
 * {@linkplain Quota#close() closed}. Its {@link #origin()} is always {@link Origin#REQUEST}:
 * nothing was sent and nothing was charged. Not retried: every call of the quota meets the same
 * condition, so a caller with many calls stops sending rather than fail each one.
 */
public class QuotaUnavailableException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  private QuotaUnavailableException(String statusMessage, @Nullable Throwable cause) {
    super(Origin.REQUEST, 0, statusMessage, 0, null, null, cause);
  }

  /** The shared quota's store failed with {@code cause}, whose message names the store. */
  static QuotaUnavailableException unreachable(Throwable cause) {
    return new QuotaUnavailableException(String.valueOf(cause.getMessage()), cause);
  }

  /** The quota was closed: it starts no more calls. */
  static QuotaUnavailableException closed() {
    return new QuotaUnavailableException("the quota is closed: it starts no more calls", null);
  }
}
