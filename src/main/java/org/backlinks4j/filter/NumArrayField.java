package org.backlinks4j.filter;

/** A field of type {@code array.num}: it has, or has not, a number. */
public final class NumArrayField extends FilterField {
  NumArrayField(String name) {
    super(name, FieldType.NUM_ARRAY);
  }

  /**
   * {@code field has value}.
   *
   * @param value the number the array holds
   * @return the condition
   */
  public Condition has(Number value) {
    return is(Operator.HAS, value);
  }

  /**
   * {@code field has_not value}.
   *
   * @param value the number the array lacks
   * @return the condition
   */
  public Condition hasNot(Number value) {
    return is(Operator.HAS_NOT, value);
  }
}
