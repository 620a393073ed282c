package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What {@link PrintableText} escapes, and what it leaves alone. */
class PrintableTextTest {
  @Test
  void everyControlATerminalActsOnIsEscaped() {
    assertEquals("\\u0000\\u0007\\u0008\\u000a\\u000d\\u001b\\u001f",
        PrintableText.escape("\u0000\u0007\u0008\n\r\u001b\u001f"));
    assertEquals("\\u007f\\u0080\\u0085\\u009b\\u009f", PrintableText.escape("\u007f\u0080\u0085\u009b\u009f"));
    assertEquals("\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a\\u202b\\u202c\\u202d\\u202e",
        PrintableText.escape("\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e"));
    assertEquals("\\u2066\\u2067\\u2068\\u2069", PrintableText.escape("\u2066\u2067\u2068\u2069"));
    assertEquals("nginx\\u001b[2J\\u001b]0;pwned\\u0007",
        PrintableText.escape("nginx\u001b[2J\u001b]0;pwned\u0007"));
  }

  @Test
  void textOfEveryScriptTabsAndBackslashesStayAsTheyAre() {
    String text = "a\tb \\u001b é 中文 עברית \uD83D\uDE00 \u00a0\u00ff\u200d\u2030\u206a ~";
    assertSame(text, PrintableText.escape(text));
  }

  @Test
  void escapingTwiceChangesNothing() {
    String once = PrintableText.escape("x\u001b\u009b\u202ey\r\n");
    assertEquals(once, PrintableText.escape(once));
  }
}
