package org.backlinks4j.cli;

import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The account's balance, held against a run's estimate before it sends: a run whose estimate
 * passes the balance says so and how far the balance goes, and starts only when {@code --max-cost}
 * or {@code --allow-over-balance} says the user knows (the service refuses the account once the
 * money is gone, and the run stops there).
 */
final class AccountBalance {
  /** Reads the balance, in USD: the hook a run calls before it sends. */
  interface Source {
    /** The balance, or empty when it cannot be read (the service does not say, the demo). */
    OptionalDouble read();
  }

  /** No balance is known. */
  static final Source UNKNOWN = OptionalDouble::empty;

  private AccountBalance() {
  }

  /**
   * Where the balance comes from for a run on {@code connection}. The library does not read the
   * account yet (appendix/user_data is on its way): until it does, no balance is known and no run
   * is held back.
   */
  static Source of(Connection connection) {
    return UNKNOWN;
  }

  /**
   * The line saying that {@code plan}'s estimate passes {@code balance} and how far the balance
   * goes, or null when the balance covers it (or is unknown).
   */
  static @Nullable String shortfall(RunPlan plan, OptionalDouble balance) {
    if (!balance.isPresent() || plan.estimateNanos <= Prices.nanos(balance.getAsDouble())) {
      return null;
    }
    long balanceNanos = Prices.nanos(balance.getAsDouble());
    // The cost grows with the targets (a call's $0.02 is shared by up to 1000 of them): so does
    // how many the balance pays for.
    long covered = (long) Math.floor((double) plan.toSend * balanceNanos / plan.estimateNanos);
    return String.format(Locale.ROOT, "the estimate %s is above the account's balance %s, which "
            + "pays for about %d of the %d targets to send (%.0f%%)",
        Prices.format(plan.estimateNanos), Prices.format(balanceNanos), covered, plan.toSend,
        100.0 * balanceNanos / plan.estimateNanos);
  }
}
