package org.backlinks4j.internal;

import java.util.Objects;
import org.backlinks4j.Quota;
import org.jspecify.annotations.Nullable;

/**
 * Makes a {@link Quota} whose counts a {@link SharedLimiter} keeps, for {@code org.backlinks4j.redis}.
 * Not API.
 *
 * <p>{@code Quota}'s constructor is private to its package and the shared quotas live in another
 * (they compile against an optional Redis client that the core must never touch), so {@code Quota}
 * hands this class its factory when it is initialized, as OkHttp's {@code Internal} did: the
 * public API gains nothing that users should call.
 */
public final class SharedQuotas {
  /** A factory of shared quotas, given by {@code Quota} alone. */
  public interface Factory {
    /**
     * A quota whose counts {@code limiter} keeps.
     *
     * @param limiter the shared counts
     * @return the quota
     */
    Quota quota(SharedLimiter limiter);
  }

  private static volatile @Nullable Factory factory;

  private SharedQuotas() {
  }

  /**
   * Called once, by {@code Quota}'s static initializer.
   *
   * @param quotaFactory the factory
   */
  public static void install(Factory quotaFactory) {
    if (factory == null) {
      factory = Objects.requireNonNull(quotaFactory, "quotaFactory == null");
    }
  }

  /**
   * A quota whose counts {@code limiter} keeps.
   *
   * @param limiter the shared counts
   * @return the quota
   */
  public static Quota quota(SharedLimiter limiter) {
    Objects.requireNonNull(limiter, "limiter == null");
    Quota.builder(); // initializes Quota, which installs the factory
    return Objects.requireNonNull(factory, "Quota did not install its factory").quota(limiter);
  }
}
