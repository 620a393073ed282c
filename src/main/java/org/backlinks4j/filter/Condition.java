package org.backlinks4j.filter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.backlinks4j.filter.InvalidFilterException.Part;
import org.jspecify.annotations.Nullable;

/**
 * One condition, {@code field operator value}, checked when it is made: the operator fits the field's
 * type, the value fits the operator, an {@code in} list is not empty, a {@code like} pattern has a
 * {@code %}, a regular expression is short enough and compiles, a time is written the service's way.
 *
 * <p>Numbers are kept as {@link Long} when whole (and within 2^53, where a JSON reader's double is
 * exact) and as {@link Double} otherwise, so that {@code 50}, {@code 50L} and a JSON reader's
 * {@code 50.0} make equal conditions and all are sent as {@code 50}.
 */
public final class Condition extends Filter {
  private static final double EXACT_IN_DOUBLE = 9007199254740992.0; // 2^53

  private final FilterField field;
  private final Operator operator;
  private final Object value;

  private Condition(FilterField field, Operator operator, Object value) {
    this.field = field;
    this.operator = operator;
    this.value = value;
  }

  /** The checked condition, or an {@link InvalidFilterException} that names it. */
  static Condition of(FilterField field, Operator operator, @Nullable Object value) {
    Objects.requireNonNull(field, "field == null");
    Objects.requireNonNull(operator, "operator == null");
    FieldType type = field.type();
    if (!type.operators().contains(operator)) {
      String hint = "";
      if (type == FieldType.TIME && (operator == Operator.LTE || operator == Operator.GTE)
          && value instanceof String && ServiceTime.parse((String) value) != null) {
        boolean lte = operator == Operator.LTE;
        String shifted = ServiceTime.shift((String) value, lte ? 1 : -1);
        hint = " (the service documents only < and > for times; to the second, " + field + " "
            + (lte ? "<" : ">") + " " + TextForm.value(shifted) + " means the same)";
      }
      throw refuse(field, operator, value, operator.symbol() + " does not fit " + field.name() + ", "
          + type.description() + ": it takes " + type.operatorList() + hint, Part.OPERATOR);
    }
    return new Condition(field, operator, checkedValue(field, operator, value));
  }

  private static Object checkedValue(FilterField field, Operator operator, @Nullable Object value) {
    if (value == null) {
      throw refuse(field, operator, null, operator.symbol() + " needs a value", Part.VALUE);
    }
    Collection<?> list = value instanceof Collection ? (Collection<?>) value
        : value instanceof Object[] ? Arrays.asList((Object[]) value) : null;
    if (operator.takesList()) {
      if (list == null) {
        throw refuse(field, operator, value, operator.symbol() + " takes a list in parentheses, such as "
            + (field.type() == FieldType.NUM ? "(1, 2)" : "('a', 'b')") + ", not "
            + describe(value), Part.VALUE);
      }
      if (list.isEmpty()) {
        throw refuse(field, operator, value, "the list is empty: " + operator.symbol()
            + " needs at least one value", Part.VALUE);
      }
      List<Object> values = new ArrayList<>(list.size());
      for (Object element : list) {
        values.add(checkedScalar(field, operator, element, value));
      }
      return Collections.unmodifiableList(values);
    }
    if (list != null) {
      throw refuse(field, operator, value, operator.symbol() + " takes one value, not a list", Part.VALUE);
    }
    return checkedScalar(field, operator, value, value);
  }

  private static Object checkedScalar(FilterField field, Operator operator, @Nullable Object element,
      Object value) {
    FieldType type = field.type();
    switch (type) {
      case NUM:
      case NUM_ARRAY: {
        Object number = element instanceof Number ? number((Number) element) : null;
        if (number == null) {
          throw mismatch(field, operator, value, element, "a finite number");
        }
        return number;
      }
      case BOOL:
        if (!(element instanceof Boolean)) {
          throw mismatch(field, operator, value, element, "true or false");
        }
        return element;
      default:
        break;
    }
    if (!(element instanceof String)) {
      throw mismatch(field, operator, value, element, type == FieldType.TIME ? "a time in quotes" : "a string");
    }
    String text = (String) element;
    String problem = null;
    if (type == FieldType.TIME) {
      problem = ServiceTime.parse(text) == null ? "a time is written 'yyyy-MM-dd HH:mm:ss +00:00', such as "
          + "'2021-01-29 15:02:37 +00:00'" : null;
    } else if (operator == Operator.LIKE || operator == Operator.NOT_LIKE
        || operator == Operator.ILIKE || operator == Operator.NOT_ILIKE) {
      problem = text.indexOf('%') < 0 ? "the pattern has no % wildcard, so " + operator.symbol()
          + " would only match the whole text: use = for that, or add % (such as '%" + text + "%')" : null;
    } else if (operator == Operator.REGEX || operator == Operator.NOT_REGEX) {
      problem = Re2Check.problem(text);
    }
    if (problem != null) {
      throw refuse(field, operator, value, problem, Part.VALUE);
    }
    return text;
  }

  /** A whole number as a Long, a fraction (or a whole number past 2^53) as a Double; null if not finite. */
  private static @Nullable Object number(Number n) {
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return n.longValue();
    }
    if (n instanceof BigInteger && ((BigInteger) n).bitLength() < 64) {
      return n.longValue();
    }
    if (n instanceof BigDecimal) {
      BigDecimal decimal = ((BigDecimal) n).stripTrailingZeros();
      if (decimal.scale() <= 0 && decimal.toBigInteger().bitLength() < 64) {
        return decimal.longValue();
      }
    }
    // A float widened to double shows binary noise (0.1f is 0.10000000149...): take its decimal text.
    double d = n instanceof Float ? Double.parseDouble(n.toString()) : n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return null;
    }
    if (d == Math.rint(d) && Math.abs(d) <= EXACT_IN_DOUBLE) {
      return (long) d;
    }
    return d;
  }

  private static InvalidFilterException mismatch(FilterField field, Operator operator, Object value,
      @Nullable Object element, String expected) {
    return refuse(field, operator, value, field.name() + " is " + field.type().description() + ", so "
        + operator.symbol() + " takes " + expected + ", not " + describe(element), Part.VALUE);
  }

  private static InvalidFilterException refuse(FilterField field, Operator operator,
      @Nullable Object value, String problem, Part part) {
    return new InvalidFilterException("condition " + TextForm.condition(field, operator, value) + ": "
        + problem, part, null);
  }

  private static String describe(@Nullable Object value) {
    if (value instanceof String) {
      return "the string " + TextForm.value(value);
    }
    if (value instanceof Number) {
      return "the number " + TextForm.value(value);
    }
    if (value instanceof Boolean) {
      return "the boolean " + value;
    }
    if (value instanceof Collection || value instanceof Object[]) {
      return "a list";
    }
    return value == null ? "null" : "a " + value.getClass().getSimpleName();
  }

  /**
   * The field tested.
   *
   * @return the field
   */
  public FilterField field() {
    return field;
  }

  /**
   * The operator.
   *
   * @return the operator
   */
  public Operator operator() {
    return operator;
  }

  /**
   * The value: a {@link String}, {@link Long}, {@link Double} or {@link Boolean}, or for
   * {@code in}/{@code not_in} an unmodifiable non-empty list of strings or numbers.
   *
   * @return the value
   */
  public Object value() {
    return value;
  }

  @Override
  public int conditionCount() {
    return 1;
  }

  @Override
  void collect(List<Condition> out) {
    out.add(this);
  }

  @Override
  public List<Object> toJson() {
    return Collections.unmodifiableList(Arrays.<Object>asList(field.name(), operator.symbol(), value));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Condition)) {
      return false;
    }
    Condition that = (Condition) o;
    return field.equals(that.field) && operator == that.operator && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return (field.hashCode() * 31 + operator.hashCode()) * 31 + value.hashCode();
  }
}
