package org.backlinks4j.filter;

import java.util.Collection;

/**
 * A field of type {@code str}: compare it with strings, {@code %} patterns, RE2 regular expressions
 * or full text.
 */
public final class StrField extends FilterField {
  StrField(String name) {
    super(name, FieldType.STR);
  }

  /**
   * {@code field = value}.
   *
   * @param value the string
   * @return the condition
   */
  public Condition eq(String value) {
    return is(Operator.EQ, value);
  }

  /**
   * {@code field <> value}.
   *
   * @param value the string
   * @return the condition
   */
  public Condition ne(String value) {
    return is(Operator.NE, value);
  }

  /**
   * {@code field in (values)}.
   *
   * @param values the strings, at least one
   * @return the condition
   */
  public Condition in(Collection<String> values) {
    return is(Operator.IN, values);
  }

  /**
   * {@code field in (first, more...)}.
   *
   * @param first a string
   * @param more more strings
   * @return the condition
   */
  public Condition in(String first, String... more) {
    return is(Operator.IN, Filters.list(first, more));
  }

  /**
   * {@code field not_in (values)}.
   *
   * @param values the strings, at least one
   * @return the condition
   */
  public Condition notIn(Collection<String> values) {
    return is(Operator.NOT_IN, values);
  }

  /**
   * {@code field not_in (first, more...)}.
   *
   * @param first a string
   * @param more more strings
   * @return the condition
   */
  public Condition notIn(String first, String... more) {
    return is(Operator.NOT_IN, Filters.list(first, more));
  }

  /**
   * {@code field like pattern}, case-sensitive; {@code %} matches any run of characters.
   *
   * @param pattern the pattern, with at least one {@code %}
   * @return the condition
   */
  public Condition like(String pattern) {
    return is(Operator.LIKE, pattern);
  }

  /**
   * {@code field not_like pattern}.
   *
   * @param pattern the pattern, with at least one {@code %}
   * @return the condition
   */
  public Condition notLike(String pattern) {
    return is(Operator.NOT_LIKE, pattern);
  }

  /**
   * {@code field ilike pattern}: like {@link #like}, ignoring case.
   *
   * @param pattern the pattern, with at least one {@code %}
   * @return the condition
   */
  public Condition ilike(String pattern) {
    return is(Operator.ILIKE, pattern);
  }

  /**
   * {@code field not_ilike pattern}.
   *
   * @param pattern the pattern, with at least one {@code %}
   * @return the condition
   */
  public Condition notIlike(String pattern) {
    return is(Operator.NOT_ILIKE, pattern);
  }

  /**
   * {@code field regex expression}: an RE2 regular expression of at most 1000 characters.
   *
   * @param expression the expression
   * @return the condition
   */
  public Condition regex(String expression) {
    return is(Operator.REGEX, expression);
  }

  /**
   * {@code field not_regex expression}.
   *
   * @param expression an RE2 regular expression of at most 1000 characters
   * @return the condition
   */
  public Condition notRegex(String expression) {
    return is(Operator.NOT_REGEX, expression);
  }

  /**
   * {@code field match text}: a full-text match.
   *
   * @param text the text
   * @return the condition
   */
  public Condition match(String text) {
    return is(Operator.MATCH, text);
  }

  /**
   * {@code field not_match text}.
   *
   * @param text the text
   * @return the condition
   */
  public Condition notMatch(String text) {
    return is(Operator.NOT_MATCH, text);
  }
}
