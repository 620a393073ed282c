package org.backlinks4j.filter;

import org.jspecify.annotations.Nullable;

/** The service's filter operators, each with the word or symbol it is sent as. */
public enum Operator {
  /** {@code =}: equal. */
  EQ("="),
  /** {@code <>}: not equal. */
  NE("<>"),
  /** {@code <}: less than, or before for a time. */
  LT("<"),
  /** {@code <=}: at most. */
  LTE("<="),
  /** {@code >}: greater than, or after for a time. */
  GT(">"),
  /** {@code >=}: at least. */
  GTE(">="),
  /** {@code in}: one of a non-empty list. */
  IN("in"),
  /** {@code not_in}: none of a non-empty list. */
  NOT_IN("not_in"),
  /** {@code like}: matches a pattern with {@code %} wildcards, case-sensitively. */
  LIKE("like"),
  /** {@code not_like}: does not match a {@code %} pattern. */
  NOT_LIKE("not_like"),
  /** {@code ilike}: matches a {@code %} pattern, ignoring case. */
  ILIKE("ilike"),
  /** {@code not_ilike}: does not match a {@code %} pattern, ignoring case. */
  NOT_ILIKE("not_ilike"),
  /** {@code regex}: matches an RE2 regular expression. */
  REGEX("regex"),
  /** {@code not_regex}: does not match an RE2 regular expression. */
  NOT_REGEX("not_regex"),
  /** {@code match}: full-text match. */
  MATCH("match"),
  /** {@code not_match}: no full-text match. */
  NOT_MATCH("not_match"),
  /** {@code has}: an array field holds the value. */
  HAS("has"),
  /** {@code has_not}: an array field does not hold the value. */
  HAS_NOT("has_not");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The word or symbol the service knows this operator by, as sent on the wire and written in the
   * text form.
   *
   * @return the symbol, such as {@code >=} or {@code not_like}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether the value is a list ({@code in}, {@code not_in}).
   *
   * @return true for {@code in} and {@code not_in}
   */
  public boolean takesList() {
    return this == IN || this == NOT_IN;
  }

  /**
   * The operator the service knows by {@code symbol}, exactly as it spells it.
   *
   * @param symbol a symbol such as {@code <>} or {@code has_not}
   * @return the operator, or null if the service has none by that symbol
   */
  public static @Nullable Operator fromSymbol(String symbol) {
    for (Operator operator : values()) {
      if (operator.symbol.equals(symbol)) {
        return operator;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return symbol;
  }
}
