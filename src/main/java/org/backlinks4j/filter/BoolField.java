package org.backlinks4j.filter;

/** A field of type {@code bool}: {@code =} or {@code <>} with true or false. */
public final class BoolField extends FilterField {
  BoolField(String name) {
    super(name, FieldType.BOOL);
  }

  /**
   * {@code field = true}.
   *
   * @return the condition
   */
  public Condition isTrue() {
    return eq(true);
  }

  /**
   * {@code field = false}.
   *
   * @return the condition
   */
  public Condition isFalse() {
    return eq(false);
  }

  /**
   * {@code field = value}.
   *
   * @param value the value
   * @return the condition
   */
  public Condition eq(boolean value) {
    return is(Operator.EQ, value);
  }

  /**
   * {@code field <> value}.
   *
   * @param value the value
   * @return the condition
   */
  public Condition ne(boolean value) {
    return is(Operator.NE, value);
  }
}
