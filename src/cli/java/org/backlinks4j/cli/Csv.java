package org.backlinks4j.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 quoting for bulk's CSV output, and reading back the leading fields of a row it wrote.
 * Hand-written because Commons CSV 1.14 brings Commons IO and Commons Codec (about 900 KB) for what
 * is a dozen lines here; bulk writes one row per line (no line breaks inside fields), which keeps
 * the reader this small.
 */
final class Csv {
  private Csv() {
  }

  /** A field as CSV: quoted when it holds a comma, a quote or a line break, quotes doubled. */
  static String field(String value) {
    boolean quote = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
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
   * The first {@code count} fields of a one-line row, or null when the row is cut short or
   * malformed (such as the partial last line of an interrupted run).
   */
  static @Nullable List<String> leading(String row, int count) {
    List<String> fields = new ArrayList<>(count);
    int i = 0;
    while (fields.size() < count) {
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
          field.append(row.charAt(i++));
        }
      }
      fields.add(field.toString());
      if (fields.size() < count) {
        if (i >= row.length() || row.charAt(i) != ',') {
          return null;
        }
        i++;
      }
    }
    return fields;
  }
}
