package org.backlinks4j.cli;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.Quota;
import org.backlinks4j.redis.RedisQuota;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that shape how a command's calls go out: {@code --rate N/DURATION},
 * {@code --max-concurrent N}, {@code --max-retries N} and {@code --timeout DURATION}. Every command
 * that calls the API mixes it in ({@code @Mixin ThrottleOptions throttle;}) and hands its client
 * builder to {@link #applyTo}. Invalid values are rejected while parsing (exit code 2).
 *
 * <p>A DURATION is a whole number and a unit: {@code 500ms}, {@code 5s}, {@code 1m}, {@code 2h}.
 */
final class ThrottleOptions {
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");
  private static final Pattern RATE = Pattern.compile("(\\d+)/(\\d*)(ms|s|m|h)");

  @Option(names = "--rate", paramLabel = "N/DURATION", converter = RateConverter.class,
      description = "At most N calls start in any window of DURATION, such as 100/5s (default: "
          + "the account's own calls a minute, asked of DataForSEO's free user_data before the "
          + "first call; " + Quota.DEFAULT_CALLS + "/1m when it says none).")
  @Nullable Rate rate;

  @Option(names = "--max-concurrent", paramLabel = "N", converter = PositiveInt.class,
      description = "At most N calls in flight at once (default " + Quota.DEFAULT_MAX_CONCURRENT
          + ", DataForSEO's limit).")
  @Nullable Integer maxConcurrent;

  @Option(names = "--shared-quota", paramLabel = "redis://HOST:PORT[/DB]",
      description = "Share the quota with every process that names this Redis and the same login "
          + "(env DATAFORSEO_SHARED_QUOTA): --rate and --max-concurrent are then the account's "
          + "limits for all of them together.")
  @Nullable String sharedQuota;

  @Option(names = "--shared-quota-fallback", paramLabel = "fail|local",
      converter = FallbackConverter.class,
      description = "When the shared quota's Redis cannot be reached: fail the calls (default), or "
          + "go on with this process's own quota (a warning says so; other processes are then "
          + "not counted).")
  RedisFallback sharedQuotaFallback = RedisFallback.FAIL;

  @Option(names = "--max-retries", paramLabel = "N", converter = NonNegativeInt.class,
      description = "Retries of a call that failed transiently (default "
          + BacklinksClient.DEFAULT_MAX_RETRIES + "; 0 never pays twice for a lost answer).")
  @Nullable Integer maxRetries;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Deadline of each attempt of a call, from connecting to the answer's last "
          + "byte, e.g. 30s (default 150s).")
  @Nullable Long timeoutMillis;

  /**
   * Sets the options that were given on {@code builder}; those left out keep the library's
   * defaults.
   */
  void applyTo(BacklinksClient.Builder builder) {
    if (rate != null) {
      builder.rateLimit(rate.calls, rate.windowMillis, TimeUnit.MILLISECONDS);
    }
    if (maxConcurrent != null) {
      builder.maxConcurrent(maxConcurrent);
    }
    if (maxRetries != null) {
      builder.maxRetries(maxRetries);
    }
    if (timeoutMillis != null) {
      builder.callTimeout(timeoutMillis, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Parses a duration such as {@code 500ms}, {@code 5s}, {@code 1m} or {@code 2h}.
   *
   * @return the duration in milliseconds
   * @throws IllegalArgumentException when the text is not such a duration or is 0
   */
  static long parseDurationMillis(String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration such as 500ms, 5s, 1m or 2h");
    }
    return toMillis(text, m.group(1), m.group(2));
  }

  /**
   * Parses a rate such as {@code 100/5s} or {@code 2000/1m} ({@code 2000/m} means the same).
   *
   * @throws IllegalArgumentException when the text is not such a rate, or N or DURATION is 0
   */
  static Rate parseRate(String text) {
    Matcher m = RATE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a rate N/DURATION such as 100/5s");
    }
    int calls = parseCount(text, m.group(1), 1);
    String amount = m.group(2).isEmpty() ? "1" : m.group(2);
    return new Rate(calls, toMillis(text, amount, m.group(3)));
  }

  private static long toMillis(String text, String amount, String unit) {
    long n;
    try {
      n = Long.parseLong(amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "': " + amount + " is too large");
    }
    TimeUnit timeUnit = unit.equals("ms") ? TimeUnit.MILLISECONDS
        : unit.equals("s") ? TimeUnit.SECONDS
        : unit.equals("m") ? TimeUnit.MINUTES
        : TimeUnit.HOURS;
    if (n <= 0) {
      throw new IllegalArgumentException("'" + text + "': the duration must be more than 0");
    }
    if (n > timeUnit.convert(TimeUnit.DAYS.toMillis(365), TimeUnit.MILLISECONDS)) {
      throw new IllegalArgumentException("'" + text + "': the duration must be at most a year");
    }
    return timeUnit.toMillis(n);
  }

  private static int parseCount(String text, String digits, int min) {
    try {
      int n = Integer.parseInt(digits.trim());
      if (n < min) {
        throw new IllegalArgumentException("'" + text + "': must be at least " + min);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a whole number from " + min
          + " to " + Integer.MAX_VALUE);
    }
  }

  /**
   * The shared quota's Redis: {@code --shared-quota}, else {@code DATAFORSEO_SHARED_QUOTA}, checked;
   * null when neither is set.
   *
   * @throws IllegalArgumentException when it is not a redis:// or rediss:// URI with a host
   */
  java.net.@Nullable URI sharedQuota(java.util.Map<String, String> env) {
    String text = sharedQuota != null ? sharedQuota : env.get("DATAFORSEO_SHARED_QUOTA");
    if (text == null || text.trim().isEmpty()) {
      return null;
    }
    java.net.URI uri;
    try {
      uri = new java.net.URI(text.trim());
    } catch (java.net.URISyntaxException e) {
      uri = null;
    }
    String scheme = uri == null ? null : uri.getScheme();
    // Not echoed whole: the URI may carry Redis's password.
    if (uri == null || scheme == null || !(scheme.equals("redis") || scheme.equals("rediss"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "--shared-quota must be redis://HOST:PORT[/DB] (or rediss:// for TLS)");
    }
    String path = uri.getPath();
    if (path != null && !path.isEmpty() && !path.equals("/") && !path.substring(1).matches("\\d{1,5}")) {
      throw new IllegalArgumentException("--shared-quota: the database after the port must be a "
          + "number, as in redis://localhost:6379/0");
    }
    if (uri.getPort() == -1) {
      try {
        uri = new java.net.URI(scheme, uri.getUserInfo(), uri.getHost(), 6379, path, null, null);
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException("--shared-quota: " + e.getMessage(), e);
      }
    }
    return uri;
  }

  /**
   * The account's quota kept in the Redis at {@code redis}, with the limits these options give
   * (or DataForSEO's), for all the processes that share it.
   */
  Quota sharedQuota(java.net.URI redis, String login, java.io.PrintWriter err) {
    RedisQuota.Builder shared = RedisQuota.builder(redis)
        .account(login)
        .whenUnavailable(sharedQuotaFallback == RedisFallback.LOCAL
            ? RedisQuota.WhenUnavailable.LOCAL : RedisQuota.WhenUnavailable.FAIL)
        .warnings(line -> {
          err.println(ErrorLines.PREFIX + line);
          err.flush();
        });
    if (rate != null) {
      shared.rate(rate.calls, rate.windowMillis, TimeUnit.MILLISECONDS);
    }
    if (maxConcurrent != null) {
      shared.maxConcurrent(maxConcurrent);
    }
    return shared.build();
  }

  /** What calls do when the shared quota's Redis cannot be reached. */
  enum RedisFallback {
    FAIL,
    LOCAL
  }

  /** Picocli's hook for {@code --shared-quota-fallback}. */
  static final class FallbackConverter implements CommandLine.ITypeConverter<RedisFallback> {
    @Override
    public RedisFallback convert(String value) {
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "fail":
          return RedisFallback.FAIL;
        case "local":
          return RedisFallback.LOCAL;
        default:
          throw new CommandLine.TypeConversionException(
              "'" + value + "' is not fail or local");
      }
    }
  }

  /** N calls per window. */
  static final class Rate {
    final int calls;
    final long windowMillis;

    Rate(int calls, long windowMillis) {
      this.calls = calls;
      this.windowMillis = windowMillis;
    }

    @Override
    public String toString() {
      return calls + "/" + windowMillis + "ms";
    }
  }

  /** Picocli's hook for {@code --rate}. */
  static final class RateConverter implements CommandLine.ITypeConverter<Rate> {
    @Override
    public Rate convert(String value) {
      try {
        return parseRate(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Picocli's hook for durations. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return parseDurationMillis(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Picocli's hook for counts of 1 or more. */
  static final class PositiveInt implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        return parseCount(value, value, 1);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Picocli's hook for counts of 0 or more. */
  static final class NonNegativeInt implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        return parseCount(value, value, 0);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
