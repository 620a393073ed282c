package org.backlinks4j.cli;

import org.backlinks4j.filter.Filter;
import org.backlinks4j.filter.InvalidFilterException;
import org.jspecify.annotations.Nullable;

/**
 * The filter options {@code --filter EXPR} (the text form) and {@code --filter-json JSON} (the raw
 * array), read into one checked {@link Filter}. Invalid input throws an IllegalArgumentException whose
 * message points at the problem; the commands turn it into exit code 2 before anything is sent.
 */
final class FilterOption {
  private FilterOption() {
  }

  /**
   * The filter the options give, or null when neither is set.
   *
   * @param text the value of {@code --filter}, or null
   * @param json the value of {@code --filter-json}, or null
   * @return the filter, or null
   * @throws IllegalArgumentException if both are set or the one set is not a valid filter
   */
  static @Nullable Filter parse(@Nullable String text, @Nullable String json) {
    if (text != null && json != null) {
      throw new IllegalArgumentException("give --filter or --filter-json, not both");
    }
    try {
      if (text != null) {
        return Filter.parse(text);
      }
      return json == null ? null : Filter.parseJson(json);
    } catch (InvalidFilterException e) {
      throw new IllegalArgumentException((text != null ? "--filter: " : "--filter-json: ") + e.getMessage(), e);
    }
  }
}
