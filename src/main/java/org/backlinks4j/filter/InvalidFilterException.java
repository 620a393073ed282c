package org.backlinks4j.filter;

import org.backlinks4j.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * A filter the service would refuse, refused before anything is sent: an
 * {@link InvalidRequestException} with {@link #origin()} {@link org.backlinks4j.BacklinksException.Origin#REQUEST}, so that one catch
 * clause handles a wrong request whatever part of it is wrong. {@link #statusMessage()} says what is
 * wrong in one sentence and names the condition; the message of a filter that came from the text
 * form adds the text and a caret under the column.
 */
public final class InvalidFilterException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  /** Which part of a condition a refusal is about, so that the parser can point at it. */
  enum Part {
    FIELD, OPERATOR, VALUE, COUNT
  }

  /** The 1-based column of the text form, or 0. */
  private final int column;
  private final transient @Nullable Part part;
  private final transient @Nullable Condition culprit;

  InvalidFilterException(String reason) {
    this(reason, null, null);
  }

  InvalidFilterException(String reason, @Nullable Part part, @Nullable Condition culprit) {
    super(reason, reason);
    this.column = 0;
    this.part = part;
    this.culprit = culprit;
  }

  /** A refusal of the text form at a column (1-based), shown under the text with a caret. */
  InvalidFilterException(String reason, String text, int column) {
    super(reason + " (column " + column + ")\n  " + echo(text) + "\n  " + caret(column), reason);
    this.column = column;
    this.part = null;
    this.culprit = null;
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
