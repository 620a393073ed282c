package org.backlinks4j.filter;

import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Writes the text form that {@link TextParser} reads: the printer half of the round trip, and the way
 * every message shows a condition.
 */
final class TextForm {
  private TextForm() {
  }

  static String print(Filter filter) {
    StringBuilder out = new StringBuilder();
    append(filter, out);
    return out.toString();
  }

  private static void append(Filter filter, StringBuilder out) {
    if (filter instanceof Condition) {
      Condition condition = (Condition) filter;
      out.append(condition(condition.field(), condition.operator(), condition.value()));
      return;
    }
    Group group = (Group) filter;
    String join = " " + group.join().word() + " ";
    boolean first = true;
    for (Filter member : group.filters()) {
      if (!first) {
        out.append(join);
      }
      first = false;
      // 'and' binds tighter than 'or', so only an 'or' inside an 'and' needs parentheses.
      boolean parenthesise = member instanceof Group && group.join() == Group.Join.AND;
      if (parenthesise) {
        out.append('(');
      }
      append(member, out);
      if (parenthesise) {
        out.append(')');
      }
    }
  }

  /** {@code field operator value}; the value may be any object, for messages about invalid ones. */
  static String condition(FilterField field, Operator operator, @Nullable Object value) {
    return field + " " + operator.symbol() + " " + value(value);
  }

  static String value(@Nullable Object value) {
    if (value instanceof String) {
      return quote((String) value);
    }
    Collection<?> list = value instanceof Collection ? (Collection<?>) value
        : value instanceof Object[] ? Arrays.asList((Object[]) value) : null;
    if (list != null) {
      StringBuilder out = new StringBuilder("(");
      for (Object element : list) {
        if (out.length() > 1) {
          out.append(", ");
        }
        out.append(value(element));
      }
      return out.append(')').toString();
    }
    return String.valueOf(value);
  }

  /**
   * The string in single quotes, or in double quotes when it holds a single quote and no double one.
   * A backslash is written doubled only where the parser would otherwise read an escape: before a
   * quote, before another backslash, and at the end; so regular expressions print as they are typed.
   */
  static String quote(String text) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == quote) {
        out.append('\\').append(c);
      } else if (c == '\\') {
        char next = i + 1 < text.length() ? text.charAt(i + 1) : quote;
        out.append(next == '\'' || next == '"' || next == '\\' ? "\\\\" : "\\");
      } else {
        out.append(c);
      }
    }
    return out.append(quote).toString();
  }
}
