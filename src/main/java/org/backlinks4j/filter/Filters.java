package org.backlinks4j.filter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Fields by name and the joining of filters. The catalogue's fields are also constants of
 * {@link BacklinksField}; the methods here reach any field, including ones the service adds later:
 *
 * <pre>{@code
 * Filter filter = Filters.and(
 *     Filters.bool("dofollow").isTrue(),
 *     Filters.num("domain_from_rank").gte(300),
 *     Filters.num("a_field_added_next_year").lt(10));
 * }</pre>
 *
 * A name the catalogue knows must be asked for with its own type ({@code Filters.str("dofollow")} is
 * refused: dofollow is a boolean field).
 */
public final class Filters {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private Filters() {
  }

  /**
   * The {@code num} field named {@code name}.
   *
   * @param name the field's name
   * @return the field
   * @throws InvalidFilterException if the catalogue knows the name with another type, or the name is
   *     not letters, digits and underscores (dotted for nested fields)
   */
  public static NumField num(String name) {
    return (NumField) field(name, FieldType.NUM);
  }

  /**
   * The {@code str} field named {@code name}.
   *
   * @param name the field's name
   * @return the field
   * @throws InvalidFilterException if the catalogue knows the name with another type, or it is not a name
   */
  public static StrField str(String name) {
    return (StrField) field(name, FieldType.STR);
  }

  /**
   * The {@code bool} field named {@code name}.
   *
   * @param name the field's name
   * @return the field
   * @throws InvalidFilterException if the catalogue knows the name with another type, or it is not a name
   */
  public static BoolField bool(String name) {
    return (BoolField) field(name, FieldType.BOOL);
  }

  /**
   * The {@code time} field named {@code name}.
   *
   * @param name the field's name
   * @return the field
   * @throws InvalidFilterException if the catalogue knows the name with another type, or it is not a name
   */
  public static TimeField time(String name) {
    return (TimeField) field(name, FieldType.TIME);
  }

  /**
   * The {@code array.str} field named {@code name}.
   *
   * @param name the field's name
   * @return the field
   * @throws InvalidFilterException if the catalogue knows the name with another type, or it is not a name
   */
  public static StrArrayField strArray(String name) {
    return (StrArrayField) field(name, FieldType.STR_ARRAY);
  }

  /**
   * The {@code array.num} field named {@code name}.
   *
   * @param name the field's name
   * @return the field
   * @throws InvalidFilterException if the catalogue knows the name with another type, or it is not a name
   */
  public static NumArrayField numArray(String name) {
    return (NumArrayField) field(name, FieldType.NUM_ARRAY);
  }

  /**
   * The field named {@code name} of type {@code type}: the catalogue's, if it knows the name, else a new
   * one. Its subclass fits the type ({@link NumField} for {@link FieldType#NUM}, ...); {@link
   * FilterField#is(Operator, Object)} makes conditions on it without a cast.
   *
   * @param name the field's name
   * @param type its filter type
   * @return the field
   * @throws InvalidFilterException if the catalogue knows the name with another type, or it is not a name
   */
  public static FilterField field(String name, FieldType type) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    FilterField known = BacklinksField.named(name);
    if (known != null) {
      if (known.type() != type) {
        throw new InvalidFilterException(name + " is " + known.type().description() + " ("
            + known.type().token() + "), not " + type.token(), InvalidFilterException.Part.FIELD, null);
      }
      return known;
    }
    if (!NAME.matcher(name).matches()) {
      throw new InvalidFilterException("'" + name + "' is not a field name: letters, digits and _, "
          + "with dots between the parts of a nested field", InvalidFilterException.Part.FIELD, null);
    }
    switch (type) {
      case NUM:
        return new NumField(name);
      case STR:
        return new StrField(name);
      case BOOL:
        return new BoolField(name);
      case TIME:
        return new TimeField(name);
      case STR_ARRAY:
        return new StrArrayField(name);
      default:
        return new NumArrayField(name);
    }
  }

  /**
   * All of the filters hold: {@code first and more...}.
   *
   * @param first a filter
   * @param more more filters
   * @return {@code first} alone, or the group
   * @throws InvalidFilterException if the result would hold more than {@value Filter#MAX_CONDITIONS}
   *     conditions
   */
  public static Filter and(Filter first, Filter... more) {
    return Group.of(Group.Join.AND, list(first, more));
  }

  /**
   * All of the filters hold.
   *
   * @param filters the filters, at least one
   * @return the one filter, or the group
   * @throws InvalidFilterException if the result would hold more than {@value Filter#MAX_CONDITIONS}
   *     conditions
   */
  public static Filter and(Collection<? extends Filter> filters) {
    return Group.of(Group.Join.AND, new ArrayList<Filter>(filters));
  }

  /**
   * At least one of the filters holds: {@code first or more...}.
   *
   * @param first a filter
   * @param more more filters
   * @return {@code first} alone, or the group
   * @throws InvalidFilterException if the result would hold more than {@value Filter#MAX_CONDITIONS}
   *     conditions
   */
  public static Filter or(Filter first, Filter... more) {
    return Group.of(Group.Join.OR, list(first, more));
  }

  /**
   * At least one of the filters holds.
   *
   * @param filters the filters, at least one
   * @return the one filter, or the group
   * @throws InvalidFilterException if the result would hold more than {@value Filter#MAX_CONDITIONS}
   *     conditions
   */
  public static Filter or(Collection<? extends Filter> filters) {
    return Group.of(Group.Join.OR, new ArrayList<Filter>(filters));
  }

  static <T> List<T> list(T first, T[] more) {
    List<T> all = new ArrayList<>(1 + more.length);
    all.add(first);
    Collections.addAll(all, more);
    return all;
  }
}
