package org.backlinks4j.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 quoting for bulk's CSV output, and reading back the fields of a row it wrote.
 * Hand-written because Commons CSV 1.14 brings Commons IO and Commons Codec (about 900 KB) for what
 * is a dozen lines here; bulk writes one row per line (no line breaks inside fields), which keeps
 * the reader this small.
 *
 * <p>A cell a spreadsheet would run as a formula is neutralized as OWASP's CSV injection guidance
 * says (https://owasp.org/www-community/attacks/CSV_Injection): one beginning with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading {@code '} and is quoted.
 * Targets come from input files of unknown origin and texts from sites nobody vets. A cell already
 * beginning with {@code '} gets one more, so that reading back removes exactly one and gives the
 * text as it was (resume matches targets by it). A plain number such as {@code -1} is not a formula
 * and stays as it is; Commons CSV would not neutralize either.
 */
final class Csv {
  private Csv() {
  }

  /**
   * A field as CSV: a formula neutralized (above); quoted when it holds a comma, a quote, a line
   * break, a tab or a semicolon (the separators spreadsheets of some locales split at), quotes
   * doubled.
   */
  static String field(String value) {
    boolean neutralize = startsFormula(value);
    boolean quote = neutralize;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\t' || c == ';';
    }
    String text = neutralize ? "'" + value : value;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** Whether a cell would start a formula (or starts with the quote that neutralizes one). */
  private static boolean startsFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    switch (value.charAt(0)) {
      case '=':
      case '+':
      case '@':
      case '\t':
      case '\r':
      case '\'':
        return true;
      case '-':
        return !isPlainNumber(value);
      default:
        return false;
    }
  }

  /** An optional minus, digits, and optionally a point and more digits. */
  private static boolean isPlainNumber(String value) {
    int i = value.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    int point = -1;
    for (; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '.' && point < 0 && digits > 0) {
        point = i;
      } else if (c >= '0' && c <= '9') {
        digits++;
      } else {
        return false;
      }
    }
    return digits > 0 && point != value.length() - 1;
  }

  /** A field's text as {@link #field} was given it: a neutralizing quote removed. */
  private static String unneutralized(String field) {
    return field.startsWith("'") ? field.substring(1) : field;
  }

  /** A row of fields, without the line break. */
  static String row(List<String> fields) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(field(fields.get(i)));
    }
    return s.toString();
  }

  /**
   * The first {@code count} fields of a one-line row as they were given to {@link #field}, or null
   * when the row has fewer or is malformed (such as the partial last line of an interrupted run).
   */
  static @Nullable List<String> leading(String row, int count) {
    List<String> fields = fields(row);
    return fields == null || fields.size() < count ? null : fields.subList(0, count);
  }

  /**
   * Every field of a one-line row as it was given to {@link #field}, or null when the row is
   * malformed: a quote left open, or text after a closing quote.
   */
  static @Nullable List<String> fields(String row) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    while (true) {
      StringBuilder field = new StringBuilder();
      if (i < row.length() && row.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= row.length()) {
            return null; // the closing quote is missing
          }
          char c = row.charAt(i++);
          if (c == '"') {
            if (i < row.length() && row.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
      } else {
        while (i < row.length() && row.charAt(i) != ',') {
          char c = row.charAt(i++);
          if (c == '"') {
            return null; // a quote inside an unquoted field: no row this class wrote
          }
          field.append(c);
        }
      }
      fields.add(unneutralized(field.toString()));
      if (i == row.length()) {
        return fields;
      }
      if (row.charAt(i) != ',') {
        return null;
      }
      i++;
    }
  }
}
