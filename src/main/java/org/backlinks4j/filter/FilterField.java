package org.backlinks4j.filter;

import org.jspecify.annotations.Nullable;

/**
 * A backlink field a filter can test, with its filter type. The subclasses offer only the operators
 * that fit the type ({@link NumField#gte}, {@link BoolField#isTrue}, {@link StrArrayField#has}, ...);
 * {@link #is(Operator, Object)} takes any operator and checks it when called.
 *
 * <p>Known fields are the constants of {@link BacklinksField}; {@link Filters} makes fields the
 * catalogue does not know yet.
 */
public abstract class FilterField {
  private final String name;
  private final FieldType type;

  FilterField(String name, FieldType type) {
    this.name = name;
    this.type = type;
  }

  /**
   * The field's name as the service spells it, such as {@code domain_from_rank}.
   *
   * @return the name
   */
  public final String name() {
    return name;
  }

  /**
   * The field's filter type.
   *
   * @return the type
   */
  public final FieldType type() {
    return type;
  }

  /**
   * Whether {@link BacklinksField} knows this field; the text form writes the type of other fields
   * after their name ({@code new_field:num > 5}).
   *
   * @return true for a field of the catalogue
   */
  public final boolean isKnown() {
    return BacklinksField.named(name) != null;
  }

  /**
   * The condition {@code this operator value}, checked: the operator must fit the field's type and
   * the value the operator.
   *
   * @param operator the operator
   * @param value a number, string, boolean, or (for {@code in}/{@code not_in}) a non-empty collection
   * @return the condition
   * @throws InvalidFilterException if the operator or the value does not fit
   */
  public final Condition is(Operator operator, @Nullable Object value) {
    return Condition.of(this, operator, value);
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o instanceof FilterField && name.equals(((FilterField) o).name)
        && type == ((FilterField) o).type;
  }

  @Override
  public final int hashCode() {
    return name.hashCode() * 31 + type.hashCode();
  }

  /** The name, followed by {@code :type} for a field the catalogue does not know, as in the text form. */
  @Override
  public final String toString() {
    return isKnown() ? name : name + ":" + type.token();
  }
}
