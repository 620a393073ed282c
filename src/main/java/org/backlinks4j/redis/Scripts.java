package org.backlinks4j.redis;

/**
 * The Lua scripts that keep a shared quota on the Redis server, each one atomic and each one
 * round trip. They read the time with Redis's {@code TIME}, so every process counts by one clock.
 * Times are microseconds; a sorted set's scores (doubles) hold them exactly.
 *
 * <p>Two sorted sets per account: {@code window}, whose members are calls and whose scores are
 * their write moments (or, while a call's moment is not known here yet, its lease's expiry: an
 * upper bound of when it can have been written, so it counts in every window until then); and
 * {@code leases}, whose scores are the moments the calls' slots expire unless renewed. A call may
 * start when fewer than {@code calls} members of {@code window} are younger than the window plus
 * the margin, and fewer than {@code maxConcurrent} leases are alive: the same rule as the
 * in-process quota's, for all processes together.
 */
final class Scripts {
  private Scripts() {
  }

  /**
   * KEYS: window, leases. ARGV: calls, maxConcurrent, span (window + margin), lease, the number R
   * of calls to release, R pairs of id and ago (how long before this script was sent the call's
   * request was written, or -1 when it never was: it then counts at its end, now), then the ids of
   * the calls asking to start, in order. Returns {granted, wait}: the first {@code granted} of
   * those may start; when not all may, {@code wait} is how long until the window's oldest call
   * leaves, or -1 when every slot is taken (or every call of the window is in flight).
   */
  static final String SYNC = ""
      + "local t = redis.call('TIME')\n"
      + "local now = tonumber(t[1]) * 1000000 + tonumber(t[2])\n"
      + "local calls = tonumber(ARGV[1])\n"
      + "local slots = tonumber(ARGV[2])\n"
      + "local span = tonumber(ARGV[3])\n"
      + "local lease = tonumber(ARGV[4])\n"
      + "local i = 6\n"
      + "for r = 1, tonumber(ARGV[5]) do\n"
      + "  local id = ARGV[i]\n"
      + "  local ago = tonumber(ARGV[i + 1])\n"
      + "  i = i + 2\n"
      + "  redis.call('ZREM', KEYS[2], id)\n"
      + "  local moment = now\n"
      + "  if ago >= 0 then\n"
      + "    moment = now - ago\n"
      + "  end\n"
      + "  if moment > now - span then\n"
      + "    redis.call('ZADD', KEYS[1], moment, id)\n"
      + "  else\n"
      + "    redis.call('ZREM', KEYS[1], id)\n"
      + "  end\n"
      + "end\n"
      + "redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)\n"
      + "redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - span)\n"
      + "local free = slots - redis.call('ZCARD', KEYS[2])\n"
      + "local room = calls - redis.call('ZCARD', KEYS[1])\n"
      + "local granted = 0\n"
      + "while i <= #ARGV and granted < free and granted < room do\n"
      + "  redis.call('ZADD', KEYS[2], now + lease, ARGV[i])\n"
      + "  redis.call('ZADD', KEYS[1], now + lease, ARGV[i])\n"
      + "  granted = granted + 1\n"
      + "  i = i + 1\n"
      + "end\n"
      + "local ttl = math.ceil((span + lease) / 1000)\n"
      + "redis.call('PEXPIRE', KEYS[1], ttl)\n"
      + "redis.call('PEXPIRE', KEYS[2], ttl)\n"
      + "local wait = 0\n"
      + "if i <= #ARGV then\n"
      + "  wait = -1\n"
      + "  if granted >= room and granted < free then\n"
      + "    local oldest = tonumber(redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2])\n"
      + "    if oldest < now then\n"
      + "      wait = oldest + span - now\n"
      + "    end\n"
      + "  end\n"
      + "end\n"
      + "return {granted, wait}\n";

  /**
   * KEYS: window, leases. ARGV: span, lease, then pairs of id and ago (as for {@link #RELEASE})
   * for each call of this process in flight. Renews their leases and sets the moments of those
   * written. Returns how many leases had expired meanwhile (a process that stalled for longer
   * than a lease: their slots may have been given to others).
   */
  static final String RENEW = ""
      + "local t = redis.call('TIME')\n"
      + "local now = tonumber(t[1]) * 1000000 + tonumber(t[2])\n"
      + "local span = tonumber(ARGV[1])\n"
      + "local lease = tonumber(ARGV[2])\n"
      + "local lapsed = 0\n"
      + "for i = 3, #ARGV, 2 do\n"
      + "  local id = ARGV[i]\n"
      + "  local ago = tonumber(ARGV[i + 1])\n"
      + "  local held = redis.call('ZSCORE', KEYS[2], id)\n"
      + "  if (not held) or tonumber(held) <= now then\n"
      + "    lapsed = lapsed + 1\n"
      + "  end\n"
      + "  redis.call('ZADD', KEYS[2], now + lease, id)\n"
      + "  if ago >= 0 then\n"
      + "    if ago < span then\n"
      + "      redis.call('ZADD', KEYS[1], now - ago, id)\n"
      + "    else\n"
      + "      redis.call('ZREM', KEYS[1], id)\n"
      + "    end\n"
      + "  else\n"
      + "    redis.call('ZADD', KEYS[1], now + lease, id)\n"
      + "  end\n"
      + "end\n"
      + "local ttl = math.ceil((span + lease) / 1000)\n"
      + "redis.call('PEXPIRE', KEYS[1], ttl)\n"
      + "redis.call('PEXPIRE', KEYS[2], ttl)\n"
      + "return lapsed\n";
}
