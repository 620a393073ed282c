package org.backlinks4j;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Settings of one call that override the client's: how many retries, and how long each attempt
 * may take. Immutable; each {@code withX} returns a changed copy.
 *
 * <pre>{@code
 * // A call that must not be paid for twice: no retries, at most 30 s.
 * client.summary(request, CallOptions.defaults().withMaxRetries(0).withTimeout(30, TimeUnit.SECONDS));
 * }</pre>
 */
public final class CallOptions {
  private static final CallOptions DEFAULTS = new CallOptions(null, null);

  private final @Nullable Integer maxRetries;
  private final @Nullable Long timeoutMillis;

  private CallOptions(@Nullable Integer maxRetries, @Nullable Long timeoutMillis) {
    this.maxRetries = maxRetries;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Options that change nothing: the client's settings apply.
   *
   * @return the options
   */
  public static CallOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with another number of retries for the call.
   *
   * @param maxRetries how many times the call may be retried, 0 for never
   * @return the changed options
   */
  public CallOptions withMaxRetries(int maxRetries) {
    return new CallOptions(RetryPolicy.checkMaxRetries(maxRetries), timeoutMillis);
  }

  /**
   * These options with a limit on each attempt of the call, from connecting to the last byte of
   * the answer (the client's {@code callTimeout}, per attempt; waits for the quota and between
   * retries are not counted).
   *
   * @param timeout the limit, 0 for none
   * @param unit its unit
   * @return the changed options
   */
  public CallOptions withTimeout(long timeout, TimeUnit unit) {
    Objects.requireNonNull(unit, "unit == null");
    if (timeout < 0) {
      throw new IllegalArgumentException("timeout < 0: " + timeout);
    }
    return new CallOptions(maxRetries, unit.toMillis(timeout));
  }

  /** The number of retries, or null to keep the client's. */
  @Nullable Integer maxRetries() {
    return maxRetries;
  }

  /** The per-attempt timeout in ms, or null to keep the client's. */
  @Nullable Long timeoutMillis() {
    return timeoutMillis;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CallOptions
        && Objects.equals(maxRetries, ((CallOptions) o).maxRetries)
        && Objects.equals(timeoutMillis, ((CallOptions) o).timeoutMillis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, timeoutMillis);
  }

  @Override
  public String toString() {
    return "CallOptions{maxRetries=" + maxRetries + ", timeoutMillis=" + timeoutMillis + "}";
  }
}
