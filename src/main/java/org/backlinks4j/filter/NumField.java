package org.backlinks4j.filter;

import java.util.Collection;

/** A field of type {@code num}: compare it with numbers. */
public final class NumField extends FilterField {
  NumField(String name) {
    super(name, FieldType.NUM);
  }

  /**
   * {@code field = value}.
   *
   * @param value the number
   * @return the condition
   */
  public Condition eq(Number value) {
    return is(Operator.EQ, value);
  }

  /**
   * {@code field <> value}.
   *
   * @param value the number
   * @return the condition
   */
  public Condition ne(Number value) {
    return is(Operator.NE, value);
  }

  /**
   * {@code field < value}.
   *
   * @param value the number
   * @return the condition
   */
  public Condition lt(Number value) {
    return is(Operator.LT, value);
  }

  /**
   * {@code field <= value}.
   *
   * @param value the number
   * @return the condition
   */
  public Condition lte(Number value) {
    return is(Operator.LTE, value);
  }

  /**
   * {@code field > value}.
   *
   * @param value the number
   * @return the condition
   */
  public Condition gt(Number value) {
    return is(Operator.GT, value);
  }

  /**
   * {@code field >= value}.
   *
   * @param value the number
   * @return the condition
   */
  public Condition gte(Number value) {
    return is(Operator.GTE, value);
  }

  /**
   * {@code field in (values)}.
   *
   * @param values the numbers, at least one
   * @return the condition
   */
  public Condition in(Collection<? extends Number> values) {
    return is(Operator.IN, values);
  }

  /**
   * {@code field in (first, more...)}.
   *
   * @param first a number
   * @param more more numbers
   * @return the condition
   */
  public Condition in(Number first, Number... more) {
    return is(Operator.IN, Filters.list(first, more));
  }

  /**
   * {@code field not_in (values)}.
   *
   * @param values the numbers, at least one
   * @return the condition
   */
  public Condition notIn(Collection<? extends Number> values) {
    return is(Operator.NOT_IN, values);
  }

  /**
   * {@code field not_in (first, more...)}.
   *
   * @param first a number
   * @param more more numbers
   * @return the condition
   */
  public Condition notIn(Number first, Number... more) {
    return is(Operator.NOT_IN, Filters.list(first, more));
  }
}
