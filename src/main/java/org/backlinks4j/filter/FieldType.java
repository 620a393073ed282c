package org.backlinks4j.filter;

import static org.backlinks4j.filter.Operator.EQ;
import static org.backlinks4j.filter.Operator.GT;
import static org.backlinks4j.filter.Operator.GTE;
import static org.backlinks4j.filter.Operator.HAS;
import static org.backlinks4j.filter.Operator.HAS_NOT;
import static org.backlinks4j.filter.Operator.ILIKE;
import static org.backlinks4j.filter.Operator.IN;
import static org.backlinks4j.filter.Operator.LIKE;
import static org.backlinks4j.filter.Operator.LT;
import static org.backlinks4j.filter.Operator.LTE;
import static org.backlinks4j.filter.Operator.MATCH;
import static org.backlinks4j.filter.Operator.NE;
import static org.backlinks4j.filter.Operator.NOT_ILIKE;
import static org.backlinks4j.filter.Operator.NOT_IN;
import static org.backlinks4j.filter.Operator.NOT_LIKE;
import static org.backlinks4j.filter.Operator.NOT_MATCH;
import static org.backlinks4j.filter.Operator.NOT_REGEX;
import static org.backlinks4j.filter.Operator.REGEX;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The filter type of a backlink field, as the service's {@code available_filters} names it, and the
 * operators that fit it.
 */
public enum FieldType {
  /** {@code num}: numbers compare. */
  NUM("num", "a number field", EQ, NE, LT, LTE, GT, GTE, IN, NOT_IN),
  /** {@code str}: strings equal, match patterns, regular expressions or full text. */
  STR("str", "a string field",
      EQ, NE, IN, NOT_IN, LIKE, NOT_LIKE, ILIKE, NOT_ILIKE, REGEX, NOT_REGEX, MATCH, NOT_MATCH),
  /** {@code bool}: {@code =} or {@code <>} with true or false. */
  BOOL("bool", "a boolean field", EQ, NE),
  /**
   * {@code time}: {@code <} (before) and {@code >} (after) a date-time written
   * {@code "yyyy-MM-dd HH:mm:ss +00:00"}. The service's guide documents only these two; {@code <=} and
   * {@code >=} are refused rather than risked on a paid call (at the service's one-second resolution,
   * {@code >= t} is {@code > t} minus one second anyway).
   */
  TIME("time", "a time field", LT, GT),
  /** {@code array.str}: an array of strings holds ({@code has}) or lacks ({@code has_not}) a string. */
  STR_ARRAY("array.str", "an array-of-strings field", HAS, HAS_NOT),
  /** {@code array.num}: an array of numbers holds ({@code has}) or lacks ({@code has_not}) a number. */
  NUM_ARRAY("array.num", "an array-of-numbers field", HAS, HAS_NOT);

  private final String token;
  private final String description;
  private final Set<Operator> operators;

  FieldType(String token, String description, Operator... operators) {
    this.token = token;
    this.description = description;
    this.operators = Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(operators)));
  }

  /**
   * The name of the type as the service and the field catalogue write it.
   *
   * @return {@code num}, {@code str}, {@code bool}, {@code time}, {@code array.str} or {@code array.num}
   */
  public String token() {
    return token;
  }

  /**
   * The operators that fit this type.
   *
   * @return the operators, in declaration order
   */
  public Set<Operator> operators() {
    return operators;
  }

  /** "a number field" and the like, for messages. */
  String description() {
    return description;
  }

  /** The operators as the text form writes them, for messages: "= or <>", "<, >". */
  String operatorList() {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (Operator operator : operators) {
      if (i > 0) {
        out.append(i == operators.size() - 1 ? " or " : ", ");
      }
      out.append(operator.symbol());
      i++;
    }
    return out.toString();
  }

  /**
   * The type the service names {@code token}.
   *
   * @param token a name such as {@code num} or {@code array.str}
   * @return the type, or null if there is none by that name
   */
  public static @Nullable FieldType fromToken(String token) {
    for (FieldType type : values()) {
      if (type.token.equals(token)) {
        return type;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return token;
  }
}
