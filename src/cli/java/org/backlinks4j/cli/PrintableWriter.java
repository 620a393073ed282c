package org.backlinks4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.backlinks4j.PrintableText;

/**
 * What the commands print through, to stdout and stderr: every character a terminal would act on is
 * escaped ({@link PrintableText}) except the line breaks that end lines ({@code \n}, and
 * {@code \r\n} where that is the line separator). The service's answers and the input files carry
 * text from sites nobody vets; whatever a command prints (a report, a note about a target, an
 * error message, {@code --verbose}'s log) passes here, so none of it can move the cursor, clear the
 * screen, retitle the window or reorder what the reader sees.
 *
 * <p>A JSON document stays the same JSON value: its writer already escapes the C0 controls, and the
 * escape of the others is JSON's own. Picocli's help and usage, which hold no outside text and may
 * be coloured, are printed around it.
 */
final class PrintableWriter extends Writer {
  private final Writer out;
  /** A CR that ended the last write: a line separator if an LF follows, else a character to show. */
  private boolean pendingCr;

  private PrintableWriter(Writer out) {
    this.out = out;
  }

  /** A print writer (flushing at each line) that escapes what passes into {@code out}. */
  static PrintWriter around(PrintWriter out) {
    return new PrintWriter(new PrintableWriter(out), true);
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    int start = off;
    for (int i = off; i < off + len; i++) {
      if (chars[i] == '\n') {
        segment(new String(chars, start, i - start), true);
        out.write('\n');
        start = i + 1;
      }
    }
    segment(new String(chars, start, off + len - start), false);
  }

  /** Writes text without an LF; {@code lineEnds} when an LF follows it. */
  private void segment(String text, boolean lineEnds) throws IOException {
    if (pendingCr) {
      pendingCr = false;
      out.write(lineEnds && text.isEmpty() ? "\r" : "\\u000d");
    }
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
      out.write(PrintableText.escape(text));
      if (lineEnds) {
        out.write('\r');
      } else {
        pendingCr = true;
      }
    } else {
      out.write(PrintableText.escape(text));
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingCr) {
      pendingCr = false;
      out.write("\\u000d");
    }
    out.close();
  }
}
