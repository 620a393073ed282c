package org.backlinks4j.filter;

import org.jspecify.annotations.Nullable;

/**
 * A filter the service would refuse, refused before anything is sent. The message says what is wrong
 * and names the condition; a filter that came from the text form also points at the column.
 */
public final class InvalidFilterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Which part of a condition a refusal is about, so that the parser can point at it. */
  enum Part {
    FIELD, OPERATOR, VALUE, COUNT
  }

  /** What is wrong, without the column and caret lines. */
  private final String reason;
  /** The 1-based column of the text form, or 0. */
  private final int column;
  private final transient @Nullable Part part;
  private final transient @Nullable Condition culprit;

  InvalidFilterException(String reason) {
    this(reason, null, null);
  }

  InvalidFilterException(String reason, @Nullable Part part, @Nullable Condition culprit) {
    super(reason);
    this.reason = reason;
    this.column = 0;
    this.part = part;
    this.culprit = culprit;
  }

  /** A refusal of the text form at a column (1-based), shown under the text with a caret. */
  InvalidFilterException(String reason, String text, int column) {
    super(reason + " (column " + column + ")\n  " + echo(text) + "\n  " + caret(column));
    this.reason = reason;
    this.column = column;
    this.part = null;
    this.culprit = null;
  }

  /**
   * What is wrong, in one sentence, without the column and caret lines.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * The 1-based column of the text form the refusal points at.
   *
   * @return the column, or 0 when the filter did not come from text
   */
  public int column() {
    return column;
  }

  @Nullable Part part() {
    return part;
  }

  @Nullable Condition culprit() {
    return culprit;
  }

  /** The text on one line: tabs and line breaks become spaces so that the caret lines up. */
  private static String echo(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString();
  }

  private static String caret(int column) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < column; i++) {
      out.append(' ');
    }
    return out.append('^').toString();
  }
}
