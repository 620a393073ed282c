package org.backlinks4j;

/**
 * Text from outside (an answer of the service, a caller's input) made safe to print to a terminal
 * or write to a log: every character a terminal or log viewer would act on rather than show is
 * replaced by its &#92;uXXXX escape, so it is seen and never executed.
 *
 * <pre>
 * System.out.println(PrintableText.escape(info.getServer()));
 * // prints nginx&#92;u001b]0;pwned&#92;u0007 where the raw text would retitle the window
 * </pre>
 *
 * <p>Escaped are the C0 controls except tab (ESC starts a terminal's control sequences, CR and LF
 * forge log lines), DEL, the C1 controls (U+0080 to U+009F; some terminals take U+009B as ESC
 * {@code [}), the Unicode line and paragraph separators (U+2028, U+2029), and the bidirectional
 * marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to
 * U+2069), which make a reader see text in another order than it is. Everything else is left as it
 * is, letters of every script included; a backslash is not escaped, so the form is for reading, not
 * for parsing back. An escape is six printable ASCII characters, so the escaped text's length is
 * the number of columns it takes (for text in a single-width script), and escaping escaped text
 * changes nothing.
 *
 * <p>This library's exception messages already follow this rule where they quote the service or a
 * target; the fields of {@link Summary}'s models are the service's data as sent, and a caller who
 * prints them passes them through here. Its JSON escape form also means that applied to a JSON
 * document without line breaks, the result is the same JSON value with those characters escaped.
 */
// Hand-written: the library takes no dependency beyond Retrofit, Moshi and OkHttp, and the escapers
// of Commons Text either escape every non-ASCII character (escapeJava) or have to be composed range
// by range; the CLI uses this class too, so that one rule covers both.
public final class PrintableText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private PrintableText() {
  }

  /**
   * The text with every character a terminal or log would act on replaced by its &#92;uXXXX escape
   * (lower-case hex digits); the same string when there is none.
   *
   * @param text the text
   * @return the text, safe to print
   */
  public static String escape(String text) {
    int i = 0;
    while (i < text.length() && !isEscaped(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder s = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isEscaped(c)) {
        s.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
            .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  /**
   * Whether {@link #escape} replaces this character. All of them are in the Basic Multilingual
   * Plane, so no surrogate (half of a character beyond it) is ever escaped or split.
   */
  private static boolean isEscaped(char c) {
    if (c < 0x20) {
      return c != '\t';
    }
    if (c < 0x7f) {
      return false;
    }
    return c <= 0x9f // DEL and C1
        || c == 0x061c // ARABIC LETTER MARK
        || c == 0x200e || c == 0x200f // LEFT-TO-RIGHT and RIGHT-TO-LEFT MARK
        || (c >= 0x2028 && c <= 0x202e) // separators; embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069); // isolates
  }
}
