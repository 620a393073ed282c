package org.backlinks4j.cli;

import java.util.Locale;
import java.util.OptionalDouble;
import org.backlinks4j.Quota;
import org.jspecify.annotations.Nullable;

/**
 * The account's balance, held against a run's estimate before it sends: a run whose estimate
 * passes the balance says so and how far the balance goes, and starts only when {@code --max-cost}
 * or {@code --allow-over-balance} says the user knows (the service refuses the account once the
 * money is gone, and the run stops there). The balance is user_data's ({@link Connection#balance}):
 * the answer that also gives the account's limit, so the check costs no call of its own. With
 * {@code --rate} set no limit is asked, and the balance is asked all the same, since the money
 * does not depend on the pace: only {@code --allow-over-balance} too, which says the balance
 * holds nothing back, leaves the account unasked.
 */
final class AccountBalance {
  private AccountBalance() {
  }

  /**
   * Whether a run on {@code quota} reads the balance: always when the quota asks the account for
   * its limit anyway, else unless {@code --allow-over-balance} says the balance holds nothing back.
   */
  static boolean asked(Quota quota, boolean allowOverBalance) {
    return quota.followsAccount() || !allowOverBalance;
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

  /** Why a run whose estimate passes the balance does not start, and what would let it. */
  static String refusal(String shortfall) {
    return shortfall + ": nothing sent (top up, send fewer targets, or set --max-cost or "
        + "--allow-over-balance)";
  }

  /** The line of a run that starts all the same ({@code --max-cost}, {@code --allow-over-balance}). */
  static String warning(String shortfall) {
    return ErrorLines.PREFIX + shortfall + "; the run stops when the money is gone";
  }
}
