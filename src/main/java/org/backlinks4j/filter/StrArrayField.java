package org.backlinks4j.filter;

/** A field of type {@code array.str}, such as {@code attributes}: it has, or has not, a string. */
public final class StrArrayField extends FilterField {
  StrArrayField(String name) {
    super(name, FieldType.STR_ARRAY);
  }

  /**
   * {@code field has value}.
   *
   * @param value the string the array holds
   * @return the condition
   */
  public Condition has(String value) {
    return is(Operator.HAS, value);
  }

  /**
   * {@code field has_not value}.
   *
   * @param value the string the array lacks
   * @return the condition
   */
  public Condition hasNot(String value) {
    return is(Operator.HAS_NOT, value);
  }
}
