package org.backlinks4j;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The running total of what a client's calls cost, and the spending cap that refuses a call once
 * the total has reached it. Thread-safe.
 *
 * <p>Costs are summed as whole nano-dollars in an {@link AtomicLong}: exact and lock-free, where a
 * sum of doubles would drift (0.02003 has no exact binary form) and need a lock or a CAS loop on
 * bits. The cap is checked before a call is sent, so calls already in flight when the cap is
 * reached still complete and count: the total can pass the cap by at most the cost of the calls in
 * flight.
 */
final class CostMeter {
  private static final double NANOS_PER_DOLLAR = 1e9;

  private final AtomicLong spentNanos = new AtomicLong();
  private final double capDollars;
  private final long capNanos;

  /** A meter with a cap in USD; {@link Double#POSITIVE_INFINITY} for none. */
  CostMeter(double capDollars) {
    this.capDollars = capDollars;
    this.capNanos = toNanos(capDollars);
  }

  /** Whether the total has reached the cap, so that calls are refused. */
  boolean reached() {
    // Without a cap nothing is refused, not even after an absurd reported cost saturated the total.
    return !Double.isInfinite(capDollars) && spentNanos.get() >= capNanos;
  }

  /** Refuses the call about to be sent when the total has reached the cap. */
  void checkBeforeSending() {
    long spent = spentNanos.get();
    if (reached()) {
      throw AccountException.spendingCap(String.format(Locale.ROOT,
          "spending cap of $%.5f reached ($%.5f spent by this client): the call was not sent",
          capDollars, spent / NANOS_PER_DOLLAR));
    }
  }

  /** Adds what a call cost; ignores a cost that is not a positive finite number. */
  void add(double dollars) {
    if (dollars > 0 && !Double.isInfinite(dollars)) {
      long nanos = toNanos(dollars);
      spentNanos.accumulateAndGet(nanos, CostMeter::saturatedAdd);
    }
  }

  /** The total so far, in USD. */
  double total() {
    return spentNanos.get() / NANOS_PER_DOLLAR;
  }

  /** The cap in USD, or {@link Double#POSITIVE_INFINITY} when there is none. */
  double cap() {
    return capDollars;
  }

  private static long toNanos(double dollars) {
    return dollars >= Long.MAX_VALUE / NANOS_PER_DOLLAR ? Long.MAX_VALUE
        : Math.round(dollars * NANOS_PER_DOLLAR);
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum; // both are >= 0: a negative sum is an overflow
  }
}
