package org.backlinks4j.filter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backlinks4j.internal.Wire;
import org.jspecify.annotations.Nullable;

/**
 * Reads the wire form of {@code backlinks_filters} back into a {@link Filter}, with the checks every
 * filter gets. Messages name the position in the array ({@code $[2][0]}) and the condition.
 */
final class JsonForm {
  private final Map<String, FilterField> extraFields = new HashMap<>();

  private JsonForm(FilterField[] extraFields) {
    for (FilterField field : extraFields) {
      this.extraFields.put(field.name(), field);
    }
  }

  static Filter read(List<?> json, FilterField[] extraFields) {
    return new JsonForm(extraFields).filter(json, "$");
  }

  private Filter filter(@Nullable Object node, String path) {
    if (!(node instanceof List) || ((List<?>) node).isEmpty()) {
      throw error(path, "expected a condition [field, operator, value] or a group [filter, \"and\", filter, ...], "
          + "found " + show(node));
    }
    List<?> list = (List<?>) node;
    return list.get(0) instanceof String ? condition(list, path) : group(list, path);
  }

  private Condition condition(List<?> list, String path) {
    if (list.size() != 3) {
      throw error(path, "a condition is [field, operator, value], three elements, not " + list.size()
          + ": " + show(list));
    }
    String name = (String) list.get(0);
    FilterField field = BacklinksField.named(name);
    if (field == null) {
      field = extraFields.get(name);
    }
    if (field == null) {
      String nearest = BacklinksField.nearest(name);
      throw error(path, "unknown field '" + name + "' in " + show(list)
          + (nearest == null ? "" : ": did you mean '" + nearest + "'?")
          + " (a field the catalogue does not know yet goes through the text form, as " + name
          + ":num > 5, or Filters.field in Java)");
    }
    Object symbol = list.get(1);
    Operator operator = symbol instanceof String ? Operator.fromSymbol((String) symbol) : null;
    if (operator == null) {
      throw error(path, "unknown operator " + show(symbol) + " in " + show(list) + ": "
          + field.name() + " is " + field.type().description() + " and takes " + field.type().operatorList());
    }
    try {
      return field.is(operator, list.get(2));
    } catch (InvalidFilterException e) {
      throw error(path, e.statusMessage());
    }
  }

  private Filter group(List<?> list, String path) {
    if (list.size() < 3 || list.size() % 2 == 0) {
      throw error(path, "a group is [filter, \"and\"|\"or\", filter, ...]: an odd number of elements, at least "
          + "three, not " + list.size() + ": " + show(list));
    }
    Group.Join join = null;
    List<Filter> members = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = path + "[" + i + "]";
      if (i % 2 == 0) {
        members.add(filter(list.get(i), at));
        continue;
      }
      Object word = list.get(i);
      Group.Join next = "and".equals(word) ? Group.Join.AND : "or".equals(word) ? Group.Join.OR : null;
      if (next == null) {
        throw error(at, "expected \"and\" or \"or\" between two filters, found " + show(word));
      }
      if (join != null && join != next) {
        throw error(path, "the group mixes \"and\" and \"or\" at one level, which the service reads in a way "
            + "it does not document: nest one of them, as in [[a, \"and\", b], \"or\", c]");
      }
      join = next;
    }
    try {
      return Group.of(join, members);
    } catch (InvalidFilterException e) {
      throw error(path, e.statusMessage());
    }
  }

  private static InvalidFilterException error(String path, String reason) {
    return new InvalidFilterException("at " + path + ": " + reason);
  }

  private static String show(@Nullable Object node) {
    return Wire.MOSHI.adapter(Object.class).toJson(node);
  }
}
