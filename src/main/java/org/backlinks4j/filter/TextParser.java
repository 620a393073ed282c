package org.backlinks4j.filter;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text form of a filter, by recursive descent over this grammar:
 *
 * <pre>
 * filter    = and-group { "or" and-group }
 * and-group = primary { "and" primary }
 * primary   = "(" filter ")" | condition
 * condition = field [ ":" type ] operator value
 * value     = number | "true" | "false" | string | "(" [ value { "," value } ] ")"
 * </pre>
 *
 * Written by hand: the grammar is a dozen lines, a parser generator would be a build step and a
 * runtime dependency the library may not take (its closure is Retrofit, Moshi, OkHttp), and a hand
 * parser can say exactly which column is wrong and why. Keywords and operator words are
 * case-insensitive; field names are not.
 */
final class TextParser {
  /** Deeper parentheses than any real filter needs; the limit keeps hostile input off the stack's end. */
  private static final int MAX_DEPTH = 32;

  private final String text;
  private int pos;
  private int depth;
  /** Where each condition starts, to point at the first one too many. */
  private final Map<Condition, Integer> columns = new IdentityHashMap<>();

  private TextParser(String text) {
    this.text = text;
  }

  static Filter parse(String text) {
    return new TextParser(text).filter();
  }

  private Filter filter() {
    skipSpace();
    if (atEnd()) {
      throw error("the filter is empty: write a condition such as dofollow = true", pos);
    }
    Filter filter = orGroup(null);
    skipSpace();
    if (!atEnd()) {
      if (text.charAt(pos) == ')') {
        throw error("unbalanced parentheses: this ')' closes no '('", pos);
      }
      throw error("expected 'and', 'or' or the end of the filter, found " + found(), pos);
    }
    return filter;
  }

  private Filter orGroup(@Nullable String after) {
    return group(Group.Join.OR, after);
  }

  /** Members joined by {@code join}; the members of an or-group are and-groups, 'and' binding tighter. */
  private Filter group(Group.Join join, @Nullable String after) {
    List<Filter> members = new ArrayList<>();
    members.add(join == Group.Join.OR ? group(Group.Join.AND, after) : primary(after));
    while (keyword(join.word())) {
      members.add(join == Group.Join.OR ? group(Group.Join.AND, join.word()) : primary(join.word()));
    }
    return join(join, members);
  }

  private Filter join(Group.Join join, List<Filter> members) {
    try {
      return Group.of(join, members);
    } catch (InvalidFilterException e) {
      Condition culprit = e.culprit();
      Integer column = culprit == null ? null : columns.get(culprit);
      throw error(e.statusMessage(), column == null ? 0 : column);
    }
  }

  private Filter primary(@Nullable String after) {
    skipSpace();
    if (atEnd()) {
      throw error(after == null ? "expected a condition, found the end of the filter"
          : "expected a condition after '" + after + "', found the end of the filter", pos);
    }
    if (text.charAt(pos) == '(') {
      int open = pos++;
      if (++depth > MAX_DEPTH) {
        throw error("parentheses nest deeper than " + MAX_DEPTH + " levels", open);
      }
      Filter inner = orGroup("(");
      depth--;
      skipSpace();
      if (atEnd()) {
        throw error("unbalanced parentheses: this '(' is never closed", open);
      }
      if (text.charAt(pos) != ')') {
        throw error("expected 'and', 'or' or ')', found " + found(), pos);
      }
      pos++;
      return inner;
    }
    return condition(after);
  }

  private Condition condition(@Nullable String after) {
    int fieldColumn = pos;
    String name = word();
    if (name.isEmpty() || isKeyword(name)) {
      pos = fieldColumn;
      throw error("expected a condition" + (after == null ? "" : " after '" + after + "'") + ", found "
          + found(), fieldColumn);
    }
    FilterField field = field(name, fieldColumn);
    skipSpace();
    int operatorColumn = pos;
    Operator operator = operator(field);
    skipSpace();
    int valueColumn = pos;
    Object value = value(field, operator);
    try {
      Condition condition = field.is(operator, value);
      columns.put(condition, fieldColumn);
      return condition;
    } catch (InvalidFilterException e) {
      throw error(e.statusMessage(), e.part() == InvalidFilterException.Part.OPERATOR ? operatorColumn : valueColumn);
    }
  }

  private FilterField field(String name, int column) {
    if (pos < text.length() && text.charAt(pos) == ':') {
      pos++;
      int typeColumn = pos;
      String token = word();
      FieldType type = FieldType.fromToken(token.toLowerCase(Locale.ROOT));
      if (type == null) {
        throw error("unknown field type '" + token + "' after '" + name + ":': the types are "
            + typeNames(), typeColumn);
      }
      try {
        return Filters.field(name, type);
      } catch (InvalidFilterException e) {
        throw error(e.statusMessage(), column);
      }
    }
    FilterField field = BacklinksField.named(name);
    if (field == null) {
      String nearest = BacklinksField.nearest(name);
      throw error("unknown field '" + name + "'" + (nearest == null ? "" : ": did you mean '" + nearest + "'?")
          + " (a field the catalogue does not know yet takes its type after a colon, such as " + name
          + ":num; the types are " + typeNames() + ")", column);
    }
    return field;
  }

  private Operator operator(FilterField field) {
    if (atEnd()) {
      throw error("expected an operator after '" + field.name() + "', found the end of the filter", pos);
    }
    int start = pos;
    String symbol;
    char c = text.charAt(pos);
    if (c == '<' || c == '>' || c == '=' || c == '!') {
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '=' || (c == '<' && text.charAt(pos) == '>'))) {
        pos++;
      }
      symbol = text.substring(start, pos);
    } else {
      symbol = word().toLowerCase(Locale.ROOT);
    }
    if ("!=".equals(symbol) || "==".equals(symbol)) {
      throw error("the service has no operator " + symbol + ": write " + ("!=".equals(symbol) ? "<>" : "="),
          start);
    }
    Operator operator = Operator.fromSymbol(symbol);
    if (operator == null) {
      pos = start;
      throw error("expected an operator after '" + field.name() + "' (" + field.type().operatorList()
          + " fit " + field.type().description() + "), found " + found(), start);
    }
    return operator;
  }

  private Object value(FilterField field, Operator operator) {
    if (atEnd()) {
      throw error("expected a value after '" + operator.symbol() + "', found the end of the filter", pos);
    }
    if (text.charAt(pos) != '(') {
      return scalar(field, operator);
    }
    int open = pos++;
    List<Object> values = new ArrayList<>();
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == ')') {
      pos++;
      return values;
    }
    while (true) {
      skipSpace();
      values.add(scalar(field, operator));
      skipSpace();
      if (atEnd()) {
        throw error("unbalanced parentheses: the list opened here is never closed with ')'", open);
      }
      char c = text.charAt(pos++);
      if (c == ')') {
        return values;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or ')' in the list, found " + found(), pos);
      }
    }
  }

  private Object scalar(FilterField field, Operator operator) {
    if (atEnd()) {
      throw error("expected a value after '" + operator.symbol() + "', found the end of the filter", pos);
    }
    char c = text.charAt(pos);
    if (c == '\'' || c == '"') {
      return string();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    int start = pos;
    String word = word();
    if ("true".equalsIgnoreCase(word)) {
      return Boolean.TRUE;
    }
    if ("false".equalsIgnoreCase(word)) {
      return Boolean.FALSE;
    }
    pos = start;
    throw error("expected a value after '" + operator.symbol() + "' (a number, true, false, a string in quotes"
        + (operator.takesList() ? "" : ", or a list in parentheses") + "), found " + found()
        + (word.isEmpty() || isKeyword(word) ? ""
            : field.type() == FieldType.BOOL ? ": " + field.name() + " takes true or false"
            : ": put text in quotes, as in '" + word + "'"), start);
  }

  private String string() {
    int open = pos;
    char quote = text.charAt(pos++);
    StringBuilder out = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == quote) {
        return out.toString();
      }
      if (c == '\\' && pos < text.length()) {
        char next = text.charAt(pos);
        // Only \' \" \\ are escapes; any other backslash stands for itself, so regexes read naturally.
        if (next == '\'' || next == '"' || next == '\\') {
          out.append(next);
          pos++;
          continue;
        }
      }
      out.append(c);
    }
    throw error("this string is never closed: expected " + quote + " before the end of the filter", open);
  }

  private Object number() {
    int start = pos;
    if (text.charAt(pos) == '-') {
      pos++;
    }
    int digits = digits();
    boolean whole = true;
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      whole = false;
      digits = digits() == 0 ? 0 : digits;
    }
    if (digits > 0 && pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      pos++;
      whole = false;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      digits = digits() == 0 ? 0 : digits;
    }
    if (digits == 0 || (pos < text.length() && isWordChar(text.charAt(pos)))) {
      while (pos < text.length() && isWordChar(text.charAt(pos))) {
        pos++;
      }
      throw error("'" + text.substring(start, pos) + "' is not a number", start);
    }
    String literal = text.substring(start, pos);
    if (whole) {
      try {
        return Long.parseLong(literal);
      } catch (NumberFormatException e) {
        // Too long for a long: fall through to a double.
      }
    }
    return Double.parseDouble(literal);
  }

  private int digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    return pos - start;
  }

  /** Reads a name or keyword: letters, digits, '_' and '.'; empty if none starts here. */
  private String word() {
    int start = pos;
    if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
      while (pos < text.length() && isWordChar(text.charAt(pos))) {
        pos++;
      }
    }
    return text.substring(start, pos);
  }

  private boolean keyword(String keyword) {
    skipSpace();
    int start = pos;
    if (word().equalsIgnoreCase(keyword)) {
      return true;
    }
    pos = start;
    return false;
  }

  private static boolean isKeyword(String word) {
    return "and".equalsIgnoreCase(word) || "or".equalsIgnoreCase(word);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.';
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean atEnd() {
    skipSpace();
    return pos >= text.length();
  }

  /** What stands at the current position, for messages. */
  private String found() {
    skipSpace();
    if (pos >= text.length()) {
      return "the end of the filter";
    }
    int start = pos;
    String word = word();
    pos = start;
    if (!word.isEmpty()) {
      return "'" + word + "'";
    }
    return "'" + text.charAt(pos) + "'";
  }

  private static String typeNames() {
    StringBuilder out = new StringBuilder();
    for (FieldType type : FieldType.values()) {
      out.append(out.length() == 0 ? "" : ", ").append(type.token());
    }
    return out.toString();
  }

  private InvalidFilterException error(String reason, int index) {
    return new InvalidFilterException(reason, text, index + 1);
  }
}
