package org.backlinks4j.filter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.backlinks4j.internal.Wire;
import org.jspecify.annotations.Nullable;

/**
 * A valid {@code backlinks_filters} value: a {@link Condition}, or a {@link Group} of filters joined by
 * {@code and} or {@code or}. Immutable, and valid by construction: every way to make one (the typed
 * fields, {@link #parse(String)}, {@link #fromJson(List, FilterField...)}) checks it and throws
 * {@link InvalidFilterException} before anything could be sent.
 *
 * <pre>{@code
 * Filter filter = BacklinksField.DOFOLLOW.isTrue()
 *     .and(BacklinksField.BACKLINK_SPAM_SCORE.lt(50).or(BacklinksField.DOMAIN_FROM_RANK.gte(300)));
 * filter.toString();  // dofollow = true and (backlink_spam_score < 50 or domain_from_rank >= 300)
 * filter.toJson();    // [["dofollow","=",true],"and",[["backlink_spam_score","<",50],"or",[...]]]
 * }</pre>
 *
 * <p>Two filters are equal when they send the same JSON. A mix of {@code and} and {@code or} is always
 * sent nested, never as one flat list, because the service does not document how it reads the latter.
 */
public abstract class Filter {
  /**
   * The service takes at most this many conditions in one request. This is the one place the rule
   * lives: every filter is checked against it as it is built.
   */
  public static final int MAX_CONDITIONS = 8;

  Filter() {
  }

  /**
   * How many conditions this filter holds.
   *
   * @return 1 for a condition, the sum over the members for a group
   */
  public abstract int conditionCount();

  /**
   * The conditions of this filter, in reading order.
   *
   * @return the conditions
   */
  public final List<Condition> conditions() {
    List<Condition> out = new ArrayList<>();
    collect(out);
    return out;
  }

  abstract void collect(List<Condition> out);

  /**
   * {@code this and other}; when either side is an {@code or} group it stays a nested group.
   *
   * @param other the other filter
   * @return the combined filter
   * @throws InvalidFilterException if the result would hold more than {@value #MAX_CONDITIONS}
   *     conditions
   */
  public final Filter and(Filter other) {
    return Group.of(Group.Join.AND, Arrays.asList(this, Objects.requireNonNull(other, "other == null")));
  }

  /**
   * {@code this or other}; when either side is an {@code and} group it stays a nested group.
   *
   * @param other the other filter
   * @return the combined filter
   * @throws InvalidFilterException if the result would hold more than {@value #MAX_CONDITIONS}
   *     conditions
   */
  public final Filter or(Filter other) {
    return Group.of(Group.Join.OR, Arrays.asList(this, Objects.requireNonNull(other, "other == null")));
  }

  /**
   * The wire form, as {@code backlinks_filters} sends it: {@code [field, operator, value]} for a
   * condition, {@code [filter, "and", filter, ...]} for a group. Lists, strings, {@link Long} or
   * {@link Double} numbers and booleans, all unmodifiable.
   *
   * @return the JSON value
   */
  public abstract List<Object> toJson();

  /**
   * The text form, which {@link #parse(String)} reads back to an equal filter:
   * {@code dofollow = true and (backlink_spam_score < 50 or domain_from_rank >= 300)}.
   *
   * @return the text form
   */
  @Override
  public final String toString() {
    return TextForm.print(this);
  }

  /**
   * Reads the text form. A condition is {@code field operator value}; {@code and} binds tighter than
   * {@code or}; parentheses group. Values are numbers, {@code true}/{@code false}, strings in single
   * or double quotes (where {@code \'}, {@code \"} and {@code \\} are escapes and any other backslash
   * is itself), and parenthesised lists for {@code in}/{@code not_in}. A field the catalogue does not
   * know takes its type after a colon: {@code new_field:num > 5}.
   *
   * @param text the filter, such as {@code dofollow = true and domain_from_rank >= 300}
   * @return the filter
   * @throws InvalidFilterException with the column, if the text is not a valid filter
   */
  public static Filter parse(String text) {
    return TextParser.parse(Objects.requireNonNull(text, "text == null"));
  }

  /**
   * Reads the wire form (a JSON array as Java lists, strings, numbers and booleans, such as Moshi or
   * Jackson produce), with the same checks as every other filter. A group must not mix {@code and}
   * and {@code or} at one level.
   *
   * @param json the array
   * @param extraFields fields the catalogue does not know yet, with their types
   * @return the filter
   * @throws InvalidFilterException naming the position in the array, if it is not a valid filter
   */
  public static Filter fromJson(List<?> json, FilterField... extraFields) {
    return JsonForm.read(Objects.requireNonNull(json, "json == null"), extraFields);
  }

  /**
   * Reads the wire form from JSON text, such as {@code [["dofollow","=",true],"and",[...]]}.
   *
   * @param json the JSON text of the array
   * @param extraFields fields the catalogue does not know yet, with their types
   * @return the filter
   * @throws InvalidFilterException if the text is not JSON or not a valid filter
   */
  public static Filter parseJson(String json, FilterField... extraFields) {
    Object value;
    try {
      value = Wire.MOSHI.adapter(Object.class).fromJson(Objects.requireNonNull(json, "json == null"));
    } catch (IOException | RuntimeException e) {
      throw new InvalidFilterException("not JSON: " + e.getMessage());
    }
    if (!(value instanceof List)) {
      throw new InvalidFilterException("expected a JSON array such as [\"dofollow\", \"=\", true], found "
          + (value == null ? "null" : json.trim()));
    }
    return fromJson((List<?>) value, extraFields);
  }

  /** Refuses a filter of more than {@link #MAX_CONDITIONS} conditions, naming the first one too many. */
  static void checkConditionCount(Filter filter) {
    int count = filter.conditionCount();
    if (count > MAX_CONDITIONS) {
      Condition culprit = filter.conditions().get(MAX_CONDITIONS);
      throw new InvalidFilterException("too many conditions: the service takes at most " + MAX_CONDITIONS
          + " in one filter and this one has " + count + "; the first one too many is " + culprit,
          InvalidFilterException.Part.COUNT, culprit);
    }
  }

  @Override
  public abstract boolean equals(@Nullable Object o);

  @Override
  public abstract int hashCode();
}
