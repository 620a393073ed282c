package org.backlinks4j.redis;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.backlinks4j.Quota;
import org.backlinks4j.internal.SharedQuotas;
import org.jspecify.annotations.Nullable;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * A {@link Quota} that every process naming the same Redis and the same account shares: the
 * account's calls per window and calls in flight are counted once, for all of them together.
 *
 * <pre>{@code
 * try (Quota account = RedisQuota.builder(URI.create("redis://cache.internal:6379/0"))
 *         .account(credentials.login())        // keys hold a hash of it, never the login
 *         .whenUnavailable(RedisQuota.WhenUnavailable.FAIL)
 *         .build();
 *     BacklinksClient client = BacklinksClient.builder()
 *         .credentials(credentials).quota(account).build()) {
 *   ...                                        // closed in reverse: the client, then the quota
 * }
 * }</pre>
 *
 * <p>Guarantees, for all processes together, as {@link Quota} gives them within one:
 * <ul>
 *   <li><b>Window.</b> The write moments of any {@code calls + 1} calls span at least the window
 *       plus the transit margin. Moments are placed by the Redis server's clock ({@code TIME}),
 *       so the processes' own clocks need not agree; a call whose moment is not known yet counts
 *       in every window until it is.
 *   <li><b>Concurrency.</b> At most {@code maxConcurrent} calls hold a slot. A slot is a lease
 *       that expires unless its process renews it (every third of the lease, default
 *       {@value #DEFAULT_LEASE_SECONDS} s): a call that runs for 120 s keeps its slot, and a
 *       process killed with calls in flight gives them back within one lease.
 *   <li><b>Atomic.</b> Each decision is one Lua script on the server: a grant is one round trip,
 *       a release another.
 *   <li><b>Redis unavailable.</b> Calls fail at once with a
 *       {@link org.backlinks4j.QuotaUnavailableException} whose message names the store ({@link WhenUnavailable#FAIL}, the default), or the quota
 *       goes on in this process alone with the same limits, after one warning
 *       ({@link WhenUnavailable#LOCAL}). Nothing waits for a Redis that does not answer longer than
 *       the client's socket timeout.
 * </ul>
 * Within a process, calls start in the order they asked. Every process must configure the same
 * limits. Redis 5 or newer; a cluster works too (both keys of an account share one slot).
 */
public final class RedisQuota {
  /** How long a slot lives unless renewed, in seconds. */
  public static final long DEFAULT_LEASE_SECONDS = 10;
  /** Timeouts of a client built from a URI, in milliseconds: a dead Redis fails calls fast. */
  static final int CLIENT_TIMEOUT_MILLIS = 2_000;

  private RedisQuota() {
  }

  /** What calls do when Redis cannot be reached. */
  public enum WhenUnavailable {
    /** They fail with a {@link org.backlinks4j.QuotaUnavailableException} that names the store. */
    FAIL,
    /**
     * The quota goes on in this process alone, with the same limits, for the rest of its life;
     * a warning says so once. The account's other processes are then not counted.
     */
    LOCAL
  }

  /**
   * A builder for a quota kept in the Redis at {@code uri} ({@code redis://[:password@]HOST:PORT[/DB]}
   * or {@code rediss://} for TLS), through a pooled Jedis client with {@value #CLIENT_TIMEOUT_MILLIS}
   * ms timeouts that the quota makes and {@linkplain Quota#close() closes}.
   *
   * @param uri where Redis is
   * @return the builder
   */
  public static Builder builder(URI uri) {
    Objects.requireNonNull(uri, "uri == null");
    if (!JedisURIHelper.isValid(uri)
        || !(JedisURIHelper.isRedisScheme(uri) || JedisURIHelper.isRedisSSLScheme(uri))) {
      // Not echoed: the URI may carry Redis's password.
      throw new IllegalArgumentException("not a redis://HOST:PORT[/DB] URI (or rediss://)");
    }
    DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
        .connectionTimeoutMillis(CLIENT_TIMEOUT_MILLIS)
        .socketTimeoutMillis(CLIENT_TIMEOUT_MILLIS)
        .user(JedisURIHelper.getUser(uri))
        .password(JedisURIHelper.getPassword(uri))
        .ssl(JedisURIHelper.isRedisSSLScheme(uri));
    if (JedisURIHelper.hasDbIndex(uri)) {
      config.database(JedisURIHelper.getDBIndex(uri));
    }
    GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
    pool.setMaxTotal(4);
    pool.setMaxWait(Duration.ofMillis(CLIENT_TIMEOUT_MILLIS));
    DefaultJedisClientConfig clientConfig = config.build();
    String where = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort()
        + (uri.getPath() == null ? "" : uri.getPath()); // never the password
    // Made by build(), one per quota: each quota's close() closes its own client.
    return new Builder(() -> RedisClient.builder()
        .hostAndPort(JedisURIHelper.getHostAndPort(uri))
        .clientConfig(clientConfig)
        .poolConfig(pool)
        .build(), null, where);
  }

  /**
   * A builder for a quota kept in the Redis this client talks to. Give the client timeouts: a
   * call waits for Redis as long as the client does. The client stays the caller's: closing the
   * quota leaves it open.
   *
   * @param redis a Jedis client, such as a {@link RedisClient}
   * @return the builder
   */
  public static Builder builder(UnifiedJedis redis) {
    Objects.requireNonNull(redis, "redis == null");
    return new Builder(null, redis, "Redis");
  }

  /**
   * Configures a {@link RedisQuota}; starts from DataForSEO's limits: the account's own calls a
   * minute, which each process learns as a {@link Quota} does, and 30 at once.
   */
  public static final class Builder {
    /** Makes the quota's own client (builder(URI)), or null when the caller lent one. */
    private final @Nullable Supplier<UnifiedJedis> ownRedis;
    private final @Nullable UnifiedJedis lentRedis;
    private final String where;
    private @Nullable String account;
    private int calls = Quota.DEFAULT_CALLS;
    private boolean rateSet;
    private long windowNanos = TimeUnit.SECONDS.toNanos(Quota.DEFAULT_WINDOW_SECONDS);
    private long marginNanos = TimeUnit.MILLISECONDS.toNanos(Quota.DEFAULT_TRANSIT_MARGIN_MILLIS);
    private int maxConcurrent = Quota.DEFAULT_MAX_CONCURRENT;
    private long leaseNanos = TimeUnit.SECONDS.toNanos(DEFAULT_LEASE_SECONDS);
    private WhenUnavailable whenUnavailable = WhenUnavailable.FAIL;
    private Consumer<String> warnings = line -> System.err.println("backlinks4j: " + line);

    Builder(@Nullable Supplier<UnifiedJedis> ownRedis, @Nullable UnifiedJedis lentRedis,
        String where) {
      this.ownRedis = ownRedis;
      this.lentRedis = lentRedis;
      this.where = where;
    }

    /**
     * The account whose quota this is: its API login. The keys in Redis hold a hash of it.
     *
     * @param login the API login
     * @return this builder
     */
    public Builder account(String login) {
      this.account = Objects.requireNonNull(login, "login == null");
      return this;
    }

    /**
     * At most {@code calls} calls start in any window of the given length, for all processes,
     * whatever the account's own limit is.
     *
     * @param calls the number of calls, 1 or more
     * @param window the window's length, more than 0
     * @param unit its unit
     * @return this builder
     */
    public Builder rate(int calls, long window, TimeUnit unit) {
      Quota.builder().rate(calls, window, unit); // checks the arguments
      this.calls = calls;
      this.windowNanos = unit.toNanos(window);
      this.rateSet = true;
      return this;
    }

    /**
     * At most {@code maxConcurrent} calls in flight at once, for all processes.
     *
     * @param maxConcurrent the limit, 1 or more
     * @return this builder
     */
    public Builder maxConcurrent(int maxConcurrent) {
      Quota.builder().maxConcurrent(maxConcurrent); // checks the argument
      this.maxConcurrent = maxConcurrent;
      return this;
    }

    /**
     * How much longer than the window the write moments of a full window must span (default
     * {@value Quota#DEFAULT_TRANSIT_MARGIN_MILLIS} ms, as for {@link Quota}).
     *
     * @param margin the margin, 0 or more
     * @param unit its unit
     * @return this builder
     */
    public Builder transitMargin(long margin, TimeUnit unit) {
      Quota.builder().transitMargin(margin, unit); // checks the arguments
      this.marginNanos = unit.toNanos(margin);
      return this;
    }

    /**
     * How long a slot lives unless its process renews it (default
     * {@value RedisQuota#DEFAULT_LEASE_SECONDS} s): how soon a killed process's slots come back.
     *
     * @param lease the lease, at least 100 ms
     * @param unit its unit
     * @return this builder
     */
    public Builder lease(long lease, TimeUnit unit) {
      Objects.requireNonNull(unit, "unit == null");
      if (unit.toMillis(lease) < 100) {
        throw new IllegalArgumentException("lease < 100 ms: " + unit.toMillis(lease) + " ms");
      }
      this.leaseNanos = unit.toNanos(lease);
      return this;
    }

    /**
     * What calls do when Redis cannot be reached (default {@link WhenUnavailable#FAIL}).
     *
     * @param choice fail, or go on in this process alone
     * @return this builder
     */
    public Builder whenUnavailable(WhenUnavailable choice) {
      this.whenUnavailable = Objects.requireNonNull(choice, "choice == null");
      return this;
    }

    /**
     * Where warnings go (default standard error): falling back to the local quota, a slot not
     * given back, a lease that lapsed.
     *
     * @param sink one line per call
     * @return this builder
     */
    public Builder warnings(Consumer<String> sink) {
      this.warnings = Objects.requireNonNull(sink, "sink == null");
      return this;
    }

    /**
     * The quota. Nothing is sent to Redis until the first call. Close it when done
     * ({@link Quota#close()}): that ends its thread and, for a quota built from a URI, closes the
     * Redis client made for it (each {@code build()} makes one); a client given to
     * {@link RedisQuota#builder(UnifiedJedis)} stays open.
     *
     * @return the quota, to give to {@link org.backlinks4j.BacklinksClient.Builder#quota(Quota)}
     * @throws IllegalStateException when no account was given
     */
    public Quota build() {
      if (account == null) {
        throw new IllegalStateException("account(login) is required: the quota is the account's");
      }
      UnifiedJedis redis = ownRedis != null ? ownRedis.get() : Objects.requireNonNull(lentRedis);
      return SharedQuotas.quota(new RedisLimiter(redis, ownRedis != null, where, account, calls,
          !rateSet, windowNanos, marginNanos, maxConcurrent, leaseNanos,
          whenUnavailable == WhenUnavailable.LOCAL, warnings));
    }
  }
}
