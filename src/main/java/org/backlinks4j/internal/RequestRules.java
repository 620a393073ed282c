package org.backlinks4j.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The words of the rules a spec states on a request's values, for the {@code brokenRule()} that
 * tools/openapi-templates generates in each request model ({@code x-request} in the spec): each
 * method gives the message of the rule {@code value} breaks, naming the field, or null when it
 * keeps it. The bounds are the spec's, through the model's generated constants; a bound the spec
 * leaves out comes as its type's extreme. An absent value (null) breaks none: whether a field may
 * be left out is the model's type, not a rule here.
 */
public final class RequestRules {
  private RequestRules() {
  }

  /**
   * minimum and maximum of an integer.
   *
   * @param field the field's wire name
   * @param value the value, or null
   * @param min the least allowed, or {@link Long#MIN_VALUE} for none
   * @param max the greatest allowed, or {@link Long#MAX_VALUE} for none
   * @return the broken rule, or null
   */
  public static @Nullable String range(String field, @Nullable Number value, long min, long max) {
    if (value == null || value.longValue() >= min && value.longValue() <= max) {
      return null;
    }
    return field + ": must be " + bounds(Long.toString(min), min != Long.MIN_VALUE,
        Long.toString(max), max != Long.MAX_VALUE) + ", was " + value;
  }

  /**
   * minimum and maximum of a number.
   *
   * @param field the field's wire name
   * @param value the value, or null
   * @param min the least allowed, or negative infinity for none
   * @param max the greatest allowed, or positive infinity for none
   * @return the broken rule, or null
   */
  public static @Nullable String range(String field, @Nullable Double value, double min, double max) {
    if (value == null || value >= min && value <= max) {
      return null;
    }
    return field + ": must be " + bounds(Double.toString(min), min != Double.NEGATIVE_INFINITY,
        Double.toString(max), max != Double.POSITIVE_INFINITY) + ", was " + value;
  }

  private static String bounds(String min, boolean hasMin, String max, boolean hasMax) {
    if (hasMin && hasMax) {
      return "between " + min + " and " + max;
    }
    return hasMin ? "at least " + min : "at most " + max;
  }

  /**
   * minLength and maxLength of a string, counted in code points as JSON Schema counts them.
   *
   * @param field the field's wire name
   * @param value the value, or null
   * @param min the fewest characters, 0 for no bound
   * @param max the most characters, {@link Integer#MAX_VALUE} for no bound
   * @return the broken rule, or null
   */
  public static @Nullable String length(String field, @Nullable String value, int min, int max) {
    if (value == null) {
      return null;
    }
    int length = value.codePointCount(0, value.length());
    if (length < min) {
      return field + ": must be at least " + count(min, "character") + ", was " + length;
    }
    if (length > max) {
      return field + ": must be at most " + count(max, "character") + ", was " + length;
    }
    return null;
  }

  /**
   * minItems and maxItems of an array.
   *
   * @param field the field's wire name
   * @param value the list, or null
   * @param min the fewest items, 0 for no bound
   * @param max the most items, {@link Integer#MAX_VALUE} for no bound
   * @return the broken rule, or null
   */
  public static @Nullable String items(String field, @Nullable List<?> value, int min, int max) {
    if (value == null) {
      return null;
    }
    if (value.size() < min) {
      return field + ": must hold at least " + count(min, "item") + ", was " + value.size();
    }
    if (value.size() > max) {
      return field + ": must hold at most " + count(max, "item") + ", was " + value.size();
    }
    return null;
  }

  /**
   * minLength and maxLength of each string of an array; the message names the item by its index.
   *
   * @param field the field's wire name
   * @param value the list, or null
   * @param min the fewest characters of an item, 0 for no bound
   * @param max the most characters of an item, {@link Integer#MAX_VALUE} for no bound
   * @return the first broken rule, or null
   */
  public static @Nullable String itemLengths(String field, @Nullable List<? extends @Nullable String> value,
      int min, int max) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.size(); i++) {
      String broken = length(field + "[" + i + "]", value.get(i), min, max);
      if (broken != null) {
        return broken;
      }
    }
    return null;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
