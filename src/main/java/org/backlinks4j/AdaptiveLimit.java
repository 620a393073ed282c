package org.backlinks4j;

/**
 * A limit that a refusal lowers and time restores, for a {@link Quota} that shares its account
 * with clients it cannot see: when the service answers 40202 (or 40209) to a call the quota let
 * through, someone else is using part of the account's calls (or slots), and every call beyond
 * what is left would meet the same refusal.
 *
 * <p>The rule is TCP CUBIC's, which the AWS SDKs' adaptive retry mode also uses, with time in
 * units of the quota's window: on a refusal, the limit drops to {@value #BETA} of the load at that
 * moment (this quota's calls in the window, or in flight), and that load is remembered as
 * {@code max}. After {@code t} windows the limit is {@code max + C (t - K)^3}, where
 * {@code C = } {@value #SCALE} {@code × the configured limit} and {@code K} is the time it takes
 * to climb back to {@code max}: slowly near it, then faster and faster above it, until it reaches
 * the configured limit (within about 1.8 windows of any cut) or the next refusal. Only a call
 * granted after the last cut can cut again: the refusals of calls already under way then tell
 * nothing new.
 *
 * <p>At the configured limit, one refusal alone does not cut: it takes a second one within a
 * window. A lone refusal among calls that go through is timing, not a neighbour: a call that
 * crossed the window's edge in transit (the margin makes that rare, not impossible), or a burst
 * that has already passed. The refused call is retried either way, and a cut on a lone refusal
 * would cost the run up to 30 % of its rate for two windows. Someone who really shares the account
 * fills its window, and then every call at that moment meets the refusal, so the second one comes
 * within milliseconds. Once the limit is lowered, every refusal of a later call cuts again.
 *
 * <p>Written here rather than taken from a library: the AWS SDK's limiter is a token bucket tied
 * to its own retry machinery, and the library may depend on nothing but Retrofit, Moshi and
 * OkHttp. Not thread-safe: the quota calls it under its lock.
 */
final class AdaptiveLimit {
  /** What a refusal keeps of the load: CUBIC's and AWS's multiplicative decrease. */
  static final double BETA = 0.7;
  /**
   * CUBIC's C, per window, as a share of the configured limit: fast enough that a limit cut while
   * a neighbour was busy is whole again within two windows of the neighbour leaving (0.1 took
   * 3.5, and two processes sharing an account ran 1.22 to 1.40 × the ideal time instead of 1.22).
   */
  static final double SCALE = 0.4;
  private static final long NEVER = Long.MIN_VALUE;

  private final int ceiling;
  private final long periodNanos;
  private final double c;
  private double max;
  private double k;
  private long cutAt = NEVER;
  private long loneRefusalAt = NEVER;

  AdaptiveLimit(int ceiling, long periodNanos) {
    this.ceiling = ceiling;
    this.periodNanos = periodNanos;
    this.c = SCALE * ceiling;
  }

  /** The limit at {@code now}: the configured one unless a refusal lowered it lately. */
  int limit(long now) {
    if (cutAt == NEVER) {
      return ceiling;
    }
    double t = (double) (now - cutAt) / periodNanos - k;
    double limit = max + c * t * t * t;
    if (limit >= ceiling) {
      cutAt = NEVER; // fully recovered
      return ceiling;
    }
    return Math.max(1, (int) (limit + 1e-9)); // 0.7 of 10 is 7, not 6.9999999
  }

  /**
   * How long after {@code now} the limit next rises by one, or -1 when it is not lowered.
   */
  long nanosToNextRise(long now) {
    int limit = limit(now);
    if (cutAt == NEVER) {
      return -1;
    }
    double target = limit + 1 - max - 1e-9; // max + c (t - k)^3 = limit + 1
    double t = k + Math.cbrt(target / c);
    long at = cutAt + (long) Math.ceil(t * periodNanos);
    return Math.max(1, at - now);
  }

  /**
   * A call granted at {@code grantedAt} was refused at {@code now} while this quota had
   * {@code load} calls counted against the limit.
   *
   * @return whether the limit was cut
   */
  boolean refused(long now, long grantedAt, int load) {
    if (cutAt != NEVER && grantedAt - cutAt <= 0) {
      return false; // under way before the last cut
    }
    if (limit(now) == ceiling && (loneRefusalAt == NEVER || now - loneRefusalAt > periodNanos)) {
      loneRefusalAt = now; // a witness; a second within a window confirms it
      return false;
    }
    loneRefusalAt = NEVER;
    max = Math.max(1, Math.min(limit(now), load));
    k = Math.cbrt(max * (1 - BETA) / c);
    cutAt = now;
    return true;
  }
}
