package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The writer the commands print through keeps line breaks and escapes every other control. */
class PrintableWriterTest {
  @Test
  void lineBreaksStayAndEveryOtherControlIsEscaped() {
    StringWriter text = new StringWriter();
    PrintWriter out = PrintableWriter.around(new PrintWriter(text));

    out.print("a\u001b[2Jb\n\tc\u009b\u202e\r\nd\re");
    out.print("\r");
    out.print("\nf\r");
    out.print("g");
    out.flush();

    assertEquals("a\\u001b[2Jb\n\tc\\u009b\\u202e\r\nd\\u000de\r\nf\\u000dg", text.toString());
  }
}
