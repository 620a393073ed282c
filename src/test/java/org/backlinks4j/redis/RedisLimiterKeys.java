package org.backlinks4j.redis;

import java.util.List;

/** The Redis keys of an account's shared quota, for tests outside this package. */
public final class RedisLimiterKeys {
  private RedisLimiterKeys() {
  }

  /**
   * The window's and the leases' keys of the account with this login.
   *
   * @param login the API login
   * @return the two keys
   */
  public static List<String> of(String login) {
    String prefix = "backlinks4j:quota:{" + RedisLimiter.accountKey(login) + "}:";
    return List.of(prefix + "window", prefix + "leases");
  }
}
