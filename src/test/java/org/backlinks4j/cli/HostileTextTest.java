package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.Fixtures;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from sites nobody vets and from input files stays inert: an answer whose strings and map
 * keys carry ESC, BEL, C1 controls, CR LF, bidi overrides and formulas ({@link
 * Fixtures#hostileEnvelope()}), served by the project's fake, reaches no terminal as those bytes
 * (the report, stderr, {@code --verbose}, error messages: checked on the raw bytes written);
 * {@code --json} and JSON records carry every character exactly, escaped; and bulk's CSV starts no
 * cell with a formula, while a rerun still recognizes every target and sends nothing again.
 */
class HostileTextTest {
  private static final JsonAdapter<Object> VALUES =
      new Moshi.Builder().build().adapter(Object.class);
  /** The escapes of the fixture's hostile characters, as the CLI shows them. */
  private static final String SERVER_SHOWN = "nginx\\u001b[2J\\u001b]0;pwned\\u0007";
  private static final String CMS_SHOWN = "\\u202ephp.elif\\u202c wordpress\\u009b31m";

  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void theReportPrintsNoControlByteAndKeepsItsColumns() {
    fake.server().target("example.com").fixture(Fixtures.hostileEnvelope());

    assertEquals(0, run("summary", "example.com"), text(err));

    assertInert(out.toByteArray());
    String report = text(out);
    assertTrue(report.matches("(?s).*\n  Server +\\Q" + SERVER_SHOWN + "\\E\n.*"), report);
    assertTrue(report.matches("(?s).*\n  CMS +\\Q" + CMS_SHOWN + "\\E\n.*"), report);
    assertTrue(report.contains("\\u2066US\\u2069\\u200f"), report);
    assertTrue(report.contains("+cmd|calc, blogs\\u0085"), report);
    assertTrue(report.contains("Cost $0.02003, 0.2571 sec.\\u009b2J"), report);
    // The breakdowns measure the escaped labels: every count of a section ends in one column.
    List<String> tld = section(report, "Top-level domains (share of backlinks)");
    assertEquals(5, tld.size(), tld.toString());
    assertTrue(tld.get(1).startsWith("  \\u001b[8mhidden "), tld.toString());
    assertTrue(tld.get(3).startsWith("  \\u202eten "), tld.toString());
    assertTrue(tld.get(2).startsWith("  =cmd|' /C calc'~ "), tld.toString()); // cut at 16
    assertTrue(tld.get(4).startsWith("  \\u007fdel\\u0000  "), tld.toString());
    assertOneCountColumn(tld);
    List<String> types = section(report, "Link types (share of backlinks)");
    assertTrue(types.get(0).startsWith("  anchor\\u000d\\u0~ "), types.toString());
    assertTrue(types.get(1).startsWith("  redirect  "), types.toString()); // its tab a space
    assertOneCountColumn(types);
    List<String> countries = section(report, "Countries (share of backlinks)");
    assertTrue(countries.get(0).startsWith("  US\\u0007 "), countries.toString());
    assertTrue(countries.get(2).startsWith("  \\u0090DE\\u009c "), countries.toString());
    assertOneCountColumn(countries);
    for (String line : report.split("\n")) {
      assertTrue(line.length() <= 100, line);
    }
  }

  @Test
  void jsonCarriesEveryCharacterExactlyAsAnEscape() throws IOException {
    fake.server().target("example.com").fixture(Fixtures.hostileEnvelope());

    assertEquals(0, run("summary", "example.com", "--json"), text(err));

    assertInert(out.toByteArray());
    String json = text(out);
    assertTrue(json.contains("\"server\": \"nginx\\u001b[2J\\u001b]0;pwned\\u0007\""), json);
    assertTrue(json.contains("\"cms\": \"\\u202ephp.elif\\u202c wordpress\\u009b31m\""), json);
    assertTrue(json.contains("\"lost_date\": \"=HYPERLINK(\\\"http://evil.example/x\\\",\\\"click\\\")\""),
        json);
    assertTrue(json.contains("\"anchor\\r\\nfake log line\": 36666"), json);
    assertEquals(Fixtures.resultOf(Fixtures.hostileEnvelope()), VALUES.fromJson(json)); // exact
  }

  @Test
  void verboseLogsNoControlByte() {
    fake.enqueue(Fixtures.json(Fixtures.hostileEnvelope())
        .addHeaderLenient("Server", "nginx\u001b[2J\u001b]0;pwned\u0007\u009b8m\u202e"));

    assertEquals(0, run("summary", "example.com", "--verbose"), text(err));

    assertInert(err.toByteArray());
    assertInert(out.toByteArray());
    String log = text(err);
    assertTrue(log.contains("http: Server: nginx\\u001b[2J\\u001b]0;pwned\\u0007\\u009b8m\\u202e\n"),
        log);
    // The body as sent: C0 in JSON's escapes, the raw C1 and bidi characters escaped by the log.
    assertTrue(log.contains("\"cms\": \"\\u202ephp.elif\\u202c wordpress\\u009b31m\""), log);
  }

  @Test
  void errorMessagesQuotingTheServiceOrTheTargetPrintNoControlByte() {
    String message = "Invalid Field: \u001b]0;pwned\u0007 \u009b2J\u202eevil\r\nfake: line";
    fake.server().target("example.com").fixture(Fixtures.hostileEnvelope()
        .replace("\"status_code\": 20000,\n      \"status_message\": \"Ok.\"",
            "\"status_code\": 40501,\n      \"status_message\": \""
                + message.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007")
                    .replace("\r", "\\r").replace("\n", "\\n") + "\""));

    assertEquals(1, run("summary", "example.com"));
    assertInert(err.toByteArray());
    assertTrue(text(err).contains(
        "40501 in task 11281817-1535-0265-0000-5e1f0c9d7a21: Invalid Field: \\u001b]0;pwned\\u0007 "
            + "\\u009b2J\\u202eevil fake: line\n"), text(err));

    // The library's own message is inert too; its statusMessage() is the service's text, exact.
    BacklinksException thrown = assertThrows(BacklinksException.class,
        () -> fake.client().summary(SummaryRequest.of("example.com")));
    assertInert(thrown.getMessage().getBytes(StandardCharsets.UTF_8));
    assertEquals(message, thrown.statusMessage());

    err.reset();
    assertEquals(2, run("summary", "exa\u001b[2Jmple\u202e.com"));
    assertInert(err.toByteArray());
    assertTrue(text(err).contains("'exa\\u001b[2Jmple\\u202e.com'"), text(err));
    err.reset();
    assertEquals(2, run("summary", "example.com", "--status-type", "\u001b]0;pwned\u0007"));
    assertInert(err.toByteArray());
    assertTrue(text(err).contains("\\u001b]0;pwned\\u0007"), text(err));
  }

  @Test
  void bulkCsvStartsNoCellWithAFormulaAndARerunSendsNothingAgain() throws IOException {
    String hostile = Fixtures.hostileEnvelope();
    fake.server().target("example.com").fixture(hostile);
    // Another answer, whose texts start with a tab and a carriage return.
    fake.server().target("example.org").fixture(hostile.replace("example.com", "example.org")
        .replace("\"@SUM(1+1)*cmd|' /C calc'!A0\"", "\"\\t=1+2\"")
        .replace("\"=HYPERLINK(\\\"http://evil.example/x\\\",\\\"click\\\")\"", "\"\\r@SUM(1)\""));
    List<String> targets = List.of(
        "example.com",
        "=HYPERLINK(\"http://evil.example/x\",\"click\")",
        "@SUM(1+1)",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "'=already quoted",
        "exa\u001b[2Jmple.com",
        "\u202emoc.elpmaxe",
        "a;=1+1",
        "example.org");
    Path input = dir.resolve("targets.txt");
    Path output = dir.resolve("out.csv");
    Files.write(input, targets, StandardCharsets.UTF_8);
    String[] bulk = {"bulk", "--input", input.toString(), "--output", output.toString(),
        "--format", "csv", "--progress", "none"};

    assertEquals(1, run(bulk), text(err)); // the refused targets have no success

    assertInert(err.toByteArray());
    assertTrue(text(err).contains("line 7: exa\\u001b[2Jmple.com: target: "), text(err));
    assertTrue(text(err).contains("line 8: \\u202emoc.elpmaxe: target: "), text(err));
    List<String> rows = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertEquals(targets.size() + 1, rows.size(), rows.toString());
    List<String> written = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      List<String> cells = cells(row);
      assertEquals(24, cells.size(), row);
      for (String cell : cells) {
        assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
            "a cell a spreadsheet would run: " + cell + " in " + row);
      }
      written.add(cells.get(0));
    }
    assertEquals("'=HYPERLINK(\"http://evil.example/x\",\"click\")", written.get(1));
    assertTrue(rows.get(2).startsWith("\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")\","),
        rows.get(2)); // prefixed, then quoted as OWASP says
    assertEquals("''=already quoted", written.get(5));
    assertEquals("a;=1+1", written.get(8));
    assertTrue(rows.get(1).contains(",\"'@SUM(1+1)*cmd|' /C calc'!A0\","), rows.get(1));
    assertTrue(rows.get(10).contains(",\"'\t=1+2\", @SUM(1),"), rows.get(10));
    int sent = fake.server().requestCount();
    assertEquals(2, sent, "only the two valid targets were sent");
    byte[] before = Files.readAllBytes(output);

    err.reset();
    assertEquals(1, run(bulk), text(err));

    assertEquals(sent, fake.server().requestCount(), "the rerun sent nothing again");
    assertInert(err.toByteArray());
    assertTrue(text(err).contains("bulk: done 0, failed 8, skipped 2"), text(err));
    assertTrue(text(err).contains("2 of 10 targets have a successful record"), text(err));
    // Every refused target was matched to its old record, read back exactly: the file was put in
    // order again with nothing lost and nothing marked as missing.
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(output));
  }

  @Test
  void jsonRecordsCarryEveryCharacterExactlyAsAnEscape() throws IOException {
    fake.server().target("example.com").fixture(Fixtures.hostileEnvelope());
    Path input = dir.resolve("targets.txt");
    Path output = dir.resolve("out.jsonl");
    Files.write(input, List.of("example.com", "exa\u009bmple.com"), StandardCharsets.UTF_8);

    assertEquals(1, run("bulk", "--input", input.toString(), "--output", output.toString(),
        "--progress", "none"), text(err));

    byte[] records = Files.readAllBytes(output);
    assertInert(records);
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertEquals(Fixtures.resultOf(Fixtures.hostileEnvelope()),
        ((Map<?, ?>) VALUES.fromJson(lines.get(0))).get("result"));
    assertEquals("exa\u009bmple.com", ((Map<?, ?>) VALUES.fromJson(lines.get(1))).get("target"));
    assertTrue(lines.get(1).startsWith("{\"target\":\"exa\\u009bmple.com\","), lines.get(1));
  }

  /**
   * Fails on any byte sequence a terminal would act on: any C0 control but tab and LF, DEL, and
   * (decoded as UTF-8) the C1 controls, the line separators and the bidi controls.
   */
  private static void assertInert(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      assertFalse(b < 0x20 && b != '\t' && b != '\n' || b == 0x7f,
          "byte 0x" + Integer.toHexString(b) + " at " + i + " in: "
              + new String(bytes, StandardCharsets.UTF_8));
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    text.codePoints().forEach(c -> assertFalse(c >= 0x80 && c <= 0x9f || c == 0x061c
        || c == 0x200e || c == 0x200f || c >= 0x2028 && c <= 0x202e || c >= 0x2066 && c <= 0x2069
        || c == 0xfffd, "U+" + Integer.toHexString(c) + " in: " + text));
  }

  /** The lines of a report's section, after its title up to the blank line. */
  private static List<String> section(String report, String title) {
    List<String> lines = List.of(report.split("\n"));
    int start = lines.indexOf(title) + 1;
    assertTrue(start > 0, report);
    int end = start;
    while (end < lines.size() && !lines.get(end).isEmpty()) {
      end++;
    }
    return lines.subList(start, end);
  }

  /** Every count of a breakdown section ends in the same column. */
  private static void assertOneCountColumn(List<String> section) {
    int column = -1;
    for (String line : section) {
      java.util.regex.Matcher count = java.util.regex.Pattern.compile(" ([0-9,]+) +[0-9.]+%")
          .matcher(line);
      assertTrue(count.find(), line);
      if (column < 0) {
        column = count.end(1);
      }
      assertEquals(column, count.end(1), "misaligned: " + section);
    }
  }

  /** The cells of an RFC 4180 row (no line breaks inside), unquoted. */
  private static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }


  private int run(String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("DATAFORSEO_LOGIN", FakeServerExtension.LOGIN);
    env.put("DATAFORSEO_PASSWORD", FakeServerExtension.PASSWORD);
    env.put("DATAFORSEO_BASE_URL", fake.baseUrl());
    env.put("COLUMNS", "100");
    return Main.run(args, writer(out), writer(err), env);
  }

  /** A writer to raw bytes, as the launcher's stdout and stderr are. */
  private static PrintWriter writer(ByteArrayOutputStream bytes) {
    return new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
