package org.backlinks4j.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * DataForSEO's published prices of the calls bulk and summary make, stated once: every estimate
 * the CLI prints comes from here. Amounts are whole nano-dollars (10⁻⁹ USD), so that sums of
 * thousands of calls stay exact, as the library's own cost meter keeps them.
 *
 * <p>The Backlinks API charges $0.02 a live call plus $0.00003 a result row: summary answers one
 * row ($0.02003 a target, what its answers report), bulk_pages_summary one item a target it has
 * data for ($0.02006 for the two targets of the docs' example). An estimate therefore assumes a
 * row for every target: what a run spends is at most the estimate while the prices hold. What a
 * run has spent is always the cost the service reported, never these figures.
 */
final class Prices {
  /** When the prices below were published (bulk_pages_summary's announcement and docs page). */
  static final String AS_OF = "2024-04-25";
  /** A live call of the Backlinks API: $0.02. */
  static final long CALL_NANOS = 20_000_000L;
  /** A result row (summary's result, an item of bulk_pages_summary): $0.00003. */
  static final long ROW_NANOS = 30_000L;

  private Prices() {
  }

  /** One summary call: $0.02003. */
  static long summaryCall() {
    return CALL_NANOS + ROW_NANOS;
  }

  /** One bulk_pages_summary call of {@code targets} targets, each with data: $0.02 + n × $0.00003. */
  static long bulkPagesSummaryCall(int targets) {
    return CALL_NANOS + targets * ROW_NANOS;
  }

  /** What the price list says, for the lines that give an estimate. */
  static String source() {
    return "DataForSEO's prices of " + AS_OF + ": $0.02 a call + $0.00003 a result row";
  }

  /** A reported cost as nano-dollars, rounded to the nearest; one that is not a positive number is 0. */
  static long nanos(double dollars) {
    if (Double.isNaN(dollars) || dollars <= 0) {
      return 0;
    }
    return dollars >= Long.MAX_VALUE / 1e9 ? Long.MAX_VALUE : Math.round(dollars * 1e9);
  }

  /** Nano-dollars as dollars. */
  static double dollars(long nanos) {
    return nanos / 1e9;
  }

  /** Nano-dollars as {@code $1.23456}: five decimals, the service's own precision. */
  static String format(long nanos) {
    return "$" + BigDecimal.valueOf(nanos, 9).setScale(5, RoundingMode.HALF_UP).toPlainString();
  }

  /** Dollars as {@code $1.23456}. */
  static String format(double dollars) {
    return String.format(Locale.ROOT, "$%.5f", dollars);
  }

  /**
   * Parses an amount of dollars as a user writes it: {@code 5}, {@code 0.50}, {@code $12.5}.
   *
   * @return the amount in nano-dollars
   * @throws IllegalArgumentException when it is no such amount, or is negative
   */
  static long parseDollars(String text) {
    String plain = text.trim();
    if (plain.startsWith("$")) {
      plain = plain.substring(1).trim();
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(plain);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not an amount of dollars such as 5 or 0.50");
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("'" + text + "': the amount must not be negative");
    }
    if (amount.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
      throw new IllegalArgumentException("'" + text + "': the amount must be at most $1,000,000,000");
    }
    return amount.movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
