package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bulk's CSV cells: formulas neutralized as OWASP says, and every cell read back as it was given. */
class CsvTest {
  @Test
  void aCellASpreadsheetWouldRunGetsAQuoteAndIsQuoted() {
    assertEquals("\"'=1+2\"", Csv.field("=1+2"));
    assertEquals("\"'+cmd|' /C calc'!A0\"", Csv.field("+cmd|' /C calc'!A0"));
    assertEquals("\"'-2+3\"", Csv.field("-2+3"));
    assertEquals("\"'@SUM(1+1)\"", Csv.field("@SUM(1+1)"));
    assertEquals("\"'\t=1\"", Csv.field("\t=1"));
    assertEquals("\"'\r=1\"", Csv.field("\r=1"));
    // OWASP's own example: the quote prefixed, the cell quoted, its quotes doubled.
    assertEquals("\"'=1+2\"\";=1+2\"", Csv.field("=1+2\";=1+2"));
    assertEquals("\"''quoted\"", Csv.field("'quoted"));
    assertEquals("\"'-\"", Csv.field("-"));
  }

  @Test
  void numbersAndOrdinaryTextStayAsTheyAre() {
    assertEquals("-1", Csv.field("-1"));
    assertEquals("-0.02003", Csv.field("-0.02003"));
    assertEquals("0.02003", Csv.field("0.02003"));
    assertEquals("example.com", Csv.field("example.com"));
    assertEquals("a=1", Csv.field("a=1"));
    assertEquals("", Csv.field(""));
    assertEquals("\"a;=1\"", Csv.field("a;=1")); // a locale's separator inside: quoted
    assertEquals("\"a,b\"", Csv.field("a,b"));
  }

  @Test
  void everyCellReadsBackAsItWasGiven() {
    List<String> cells = List.of("=HYPERLINK(\"http://evil.example/x\",\"click\")", "'=x", "''",
        "'", "-1", "-1.", "+", "@", "\t=1", "a;b", "plain", "", "-", "x\u001b[2J");
    assertEquals(cells, Csv.leading(Csv.row(cells), cells.size()));
  }
}
