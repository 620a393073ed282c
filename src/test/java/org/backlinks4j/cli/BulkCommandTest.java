package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BulkCommandTest extends BulkFixture {
  private StringWriter err;

  @BeforeEach
  void setUp() {
    Answers.serveBigResults(server);
  }

  private int bulk(String... extra) {
    err = new StringWriter();
    return Main.run(args(output, extra), new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true), Answers.credentials());
  }

  private void input(String... lines) throws IOException {
    Files.write(input, Arrays.asList(lines), StandardCharsets.UTF_8);
  }

  /** The targets of the calls, in the order they reached the server. */
  private List<String> arrivals() {
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    Pattern target = Pattern.compile("\"target\":\"([^\"]*)\"");
    server.onArrival(request -> {
      Matcher m = target.matcher(request.getBody().clone().readUtf8());
      order.add(m.find() ? m.group(1) : "?");
    });
    return order;
  }

  @Test
  void everyTargetGetsOneRecordInInputOrderThoughCallsFinishOutOfOrder() throws IOException {
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      targets.add("site" + i + ".example.com");
    }
    input(targets.toArray(new String[0]));
    server.everyTarget().delayUpTo(40, TimeUnit.MILLISECONDS);

    int code = bulk("--max-concurrent", "8");

    assertEquals(0, code, err.toString());
    List<String> lines = outputLines();
    assertEquals(targets, targetsOf(lines));
    for (String line : lines) {
      Map<String, Object> record = parse(line);
      assertEquals(Arrays.asList("target", "status_code", "status_message", "cost", "endpoint",
          "result"), new ArrayList<>(record.keySet()));
      assertEquals("summary", record.get("endpoint"));
      assertEquals(20000.0, record.get("status_code"));
      assertEquals("Ok.", record.get("status_message"));
      assertEquals(0.02003, record.get("cost"));
      // The result exactly as the service wrote it: order, exact numbers, unknown fields.
      String target = (String) record.get("target");
      assertTrue(line.endsWith(",\"result\":" + Answers.result(target) + "}"), line);
    }
    assertEquals(60, server.requestCount());
    assertTrue(err.toString().contains("bulk: done 60, failed 0, skipped 0, calls 60, cost $1.20180"),
        err.toString());
    assertTrue(err.toString().contains("60 of 60 targets have a successful record"), err.toString());
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // fails a client that waits for the slow target
  void aSlowTargetHoldsOnlyItsOwnSlotWhileEveryOtherTargetGoesOut() throws IOException {
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      targets.add("site" + i + ".example.com");
    }
    input(targets.toArray(new String[0]));
    // The first target is answered only once every target has been asked for: sending must not
    // wait for its record, however far the others get ahead of it.
    CountDownLatch allAsked = new CountDownLatch(1);
    AtomicInteger asked = new AtomicInteger();
    server.onArrival(request -> {
      if (asked.incrementAndGet() == targets.size()) {
        allAsked.countDown();
      }
    });
    server.target("site0.example.com").holdUntil(allAsked);

    int code = bulk("--max-concurrent", "2");

    assertEquals(0, code, err.toString());
    assertEquals(targets, targetsOf(outputLines()), "records in input order all the same");
    assertEquals(40, server.requestCount());
    assertTrue(err.toString().contains("records put in input order"), err.toString());
  }

  @Test
  void aTargetWaitingToBeRetriedHoldsNoSlot() throws IOException {
    List<String> targets = new ArrayList<>(List.of("a.example.com"));
    for (int i = 0; i < 10; i++) {
      targets.add("b" + i + ".example.com");
    }
    input(targets.toArray(new String[0]));
    server.target("a.example.com").failFirst(1, 50000); // retried after a backoff of about 0.5 s
    List<String> order = arrivals();

    int code = bulk("--max-concurrent", "1");

    assertEquals(0, code, err.toString());
    assertEquals(2, server.callsAbout("a.example.com"));
    // With one slot, a call that held it through its backoff would keep b0 out until a's retry.
    assertTrue(order.indexOf("b0.example.com") < order.lastIndexOf("a.example.com"),
        order.toString());
    assertEquals(targets, targetsOf(outputLines()));
    assertEquals(20000.0, parse(outputLines().get(0)).get("status_code"));
  }

  @Test
  void aKilledRunsRecordsInFinishingOrderAreKeptAndPutInInputOrder() throws IOException {
    input("a.example.com", "b.example.com", "c.example.com", "d.example.com");
    // What kill -9 leaves: records in the order their calls ended, and a torn last line.
    String c = RecordFormat.JSON.line(BulkRecord.failure("c.example.com", 0, "x"))
        .replace("\"status_code\":0", "\"status_code\":20000");
    String a = RecordFormat.JSON.line(BulkRecord.failure("a.example.com", 0, "x"))
        .replace("\"status_code\":0", "\"status_code\":20000");
    Files.write(output, (c + "\n" + a + "\n{\"target\":\"d.example.com\",\"status_co")
        .getBytes(StandardCharsets.UTF_8));

    assertEquals(0, bulk(), err.toString());

    assertEquals(2, server.requestCount(), "only the targets without a record are sent");
    assertEquals(1, server.callsAbout("b.example.com"));
    assertEquals(1, server.callsAbout("d.example.com"));
    List<String> lines = outputLines();
    assertEquals(Arrays.asList("a.example.com", "b.example.com", "c.example.com", "d.example.com"),
        targetsOf(lines));
    assertEquals(a, lines.get(0), "a finished record is kept as it was");
    assertEquals(c, lines.get(2));
    assertTrue(err.toString().contains("done 2, failed 0, skipped 2"), err.toString());
  }

  @Test
  void blankLinesAndCommentsAreSkippedAndTargetsTrimmed() throws IOException {
    input("# my sites", "", "  a.example.com  ", "   ", "#b.example.com", "c.example.com", "");

    assertEquals(0, bulk());

    assertEquals(Arrays.asList("a.example.com", "c.example.com"), targetsOf(outputLines()));
    assertEquals(2, server.requestCount());
    assertEquals(0, server.callsAbout("b.example.com"));
  }

  @Test
  void aTargetWithoutDataIsASuccessWithANullResult() throws IOException {
    input("nodata.example.com");
    server.target("nodata.example.com").noData();

    assertEquals(0, bulk());

    Map<String, Object> record = parse(outputLines().get(0));
    assertEquals(20000.0, record.get("status_code"));
    assertTrue(record.containsKey("result"));
    assertEquals(null, record.get("result"));
  }

  @Test
  void anInvalidTargetGetsARecordWithTheReasonAndItsLineOnStderrAndIsNotSent() throws IOException {
    input("a.example.com", "# comment", "not a domain", "ftp://files.example.com/x", "www.example.com",
        "b.example.com");

    int code = bulk();

    assertEquals(1, code, "a target without a successful record remains");
    List<String> lines = outputLines();
    assertEquals(Arrays.asList("a.example.com", "not a domain", "ftp://files.example.com/x",
        "www.example.com", "b.example.com"), targetsOf(lines));
    Map<String, Object> invalid = parse(lines.get(1));
    // As the library reports it (InvalidRequestException, origin REQUEST): code 0, the field and
    // the rule; no service's code, as the service never saw it.
    assertEquals(0.0, invalid.get("status_code"));
    assertTrue(((String) invalid.get("status_message")).startsWith("target: "), lines.get(1));
    assertTrue(((String) invalid.get("status_message")).endsWith(" (refused before sending)"),
        lines.get(1));
    assertEquals(null, invalid.get("result"));
    assertEquals(0.0, invalid.get("cost"));
    assertTrue(err.toString().contains("line 3: not a domain: target: "), err.toString());
    assertTrue(err.toString().contains("line 4: ftp://files.example.com/x: target: "),
        err.toString());
    assertTrue(err.toString().contains("line 5: www.example.com: target: write a domain without "
        + "'www.' (example.com, not www.example.com; include_subdomains covers www): "
        + "'www.example.com' (refused before sending)"), err.toString());
    assertEquals(2, server.requestCount());
    assertTrue(err.toString().contains("done 2, failed 3, skipped 0"), err.toString());

    // A rerun checks the refused targets again (free: nothing is sent) and keeps one record each.
    assertEquals(1, bulk());
    assertEquals(2, server.requestCount(), "nothing more sent");
    assertEquals(lines, outputLines());
    assertTrue(err.toString().contains("done 0, failed 3, skipped 2"), err.toString());
  }

  @Test
  void aRerunSkipsFinishedTargetsRetriesFailedOnesAndKeepsOneRecordEachInOrder()
      throws IOException {
    input("a.example.com", "b.example.com", "c.example.com", "d.example.com");
    // A failure of the target's own (a refusal of the account would stop the run instead).
    server.target("b.example.com").failFirst(1, 50100);

    assertEquals(1, bulk(), err.toString());
    List<String> first = outputLines();
    assertEquals(50100.0, parse(first.get(1)).get("status_code"));
    assertTrue(err.toString().contains("line 2: b.example.com: status 50100: Error 50100."),
        err.toString());
    assertEquals(4, server.requestCount());

    assertEquals(0, bulk(), err.toString());
    assertEquals(5, server.requestCount(), "only the failed target is sent again");
    assertEquals(2, server.callsAbout("b.example.com"));
    List<String> second = outputLines();
    assertEquals(Arrays.asList("a.example.com", "b.example.com", "c.example.com", "d.example.com"),
        targetsOf(second));
    for (String line : second) {
      assertEquals(20000.0, parse(line).get("status_code"), line);
    }
    assertEquals(first.get(0), second.get(0), "a finished record is kept as it was");
    assertTrue(err.toString().contains("done 1, failed 0, skipped 3"), err.toString());

    assertEquals(0, bulk(), "a rerun after a complete run succeeds again");
    assertEquals(5, server.requestCount());
    assertEquals(second, outputLines());
    assertTrue(err.toString().contains("done 0, failed 0, skipped 4"), err.toString());
  }

  @Test
  void aPartialLastLineLeftByAKilledRunIsCutAndItsTargetRunsAgain() throws IOException {
    input("a.example.com", "b.example.com", "c.example.com");
    String a = RecordFormat.JSON.line(BulkRecord.failure("a.example.com", 0, "x"))
        .replace("\"status_code\":0", "\"status_code\":20000");
    Files.write(output, (a + "\n{\"target\":\"b.example.com\",\"status_co")
        .getBytes(StandardCharsets.UTF_8));

    assertEquals(0, bulk(), err.toString());

    assertTrue(err.toString().contains("cut a partial last line"), err.toString());
    List<String> lines = outputLines();
    assertEquals(Arrays.asList("a.example.com", "b.example.com", "c.example.com"),
        targetsOf(lines));
    assertEquals(a, lines.get(0));
    assertEquals(0, server.callsAbout("a.example.com"));
    assertEquals(1, server.callsAbout("b.example.com"));
    assertEquals(1, server.callsAbout("c.example.com"));
  }

  @Test
  void targetsMissingFromAnOlderOutputAreAddedInInputOrder() throws IOException {
    // The output of a run over a shorter or reordered input: records get rewritten into this
    // input's order, finished ones are not sent again.
    input("c.example.com", "a.example.com");
    assertEquals(0, bulk());
    input("a.example.com", "b.example.com", "c.example.com");

    assertEquals(0, bulk(), err.toString());

    assertEquals(Arrays.asList("a.example.com", "b.example.com", "c.example.com"),
        targetsOf(outputLines()));
    assertEquals(3, server.requestCount());
  }

  @Test
  void csvHasAHeaderAndOneQuotedRowPerTargetAndResumesToo() throws IOException {
    output = dir.resolve("out.csv");
    input("a.example.com", "x,\"y\" z.example.com", "b.example.com");
    server.target("b.example.com").failFirst(1, 50100);

    assertEquals(1, bulk("--format", "csv"));
    List<String> lines = outputLines();
    assertEquals(4, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("target,status_code,status_message,cost,rank,backlinks,"),
        lines.get(0));
    assertTrue(lines.get(1).startsWith("a.example.com,20000,Ok.,0.02003,371," + Answers.BIG + ",13103,12372,"),
        lines.get(1));
    assertTrue(lines.get(2).startsWith("\"x,\"\"y\"\" z.example.com\",0,\"target: "),
        lines.get(2));
    assertTrue(lines.get(3).startsWith("b.example.com,50100,Error 50100.,0,,"),
        lines.get(3));
    assertEquals(24, Csv.leading(lines.get(1), 24).size());

    assertEquals(1, bulk("--format", "csv"), "the invalid target still has no success");
    List<String> again = outputLines();
    assertEquals(4, again.size(), again.toString());
    assertEquals(lines.get(0), again.get(0));
    assertEquals(lines.get(1), again.get(1));
    assertTrue(again.get(3).startsWith("b.example.com,20000,"), again.get(3));
    assertEquals(1, server.callsAbout("a.example.com"));
    assertEquals(2, server.callsAbout("b.example.com"));
  }

  @Test
  void invalidInvocationsExitWith2AndSendNothing() throws IOException {
    Path missing = dir.resolve("missing.txt");
    err = new StringWriter();
    assertEquals(2, Main.run(new String[] {"bulk", "--input", missing.toString(), "--output",
        output.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err, true), Map.of()));
    assertTrue(err.toString().contains("no such readable file"), err.toString());

    input("a.example.com");
    assertEquals(2, bulk("--status-type", "sometimes"));
    assertEquals(2, bulk("--format", "xml"));
    err = new StringWriter();
    assertEquals(2, Main.run(new String[] {"bulk", "--input", input.toString(), "--output",
        output.toString(), "--base-url", "not a url"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err, true), Answers.credentials()));
    assertTrue(err.toString().contains("--base-url is not an http(s) URL"), err.toString());
    assertEquals(2, bulk("--max-concurrent", "0"));
    assertTrue(Files.notExists(output), "nothing written");
    output = dir.resolve("no-such-dir/out.jsonl");
    assertEquals(2, bulk());
    output = dir.resolve("out.jsonl");
    assertEquals(0, bulk());
    assertEquals(2, bulk("--format", "csv"), "a JSON output is not resumed as CSV");
    assertTrue(err.toString().contains("holds JSON records"), err.toString());
    err = new StringWriter();
    assertEquals(2, Main.run(new String[] {"bulk", "--input", input.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err, true), Map.of()));
    assertTrue(err.toString().contains("--output"), err.toString());
    Map<String, String> noCredentials = new HashMap<>();
    err = new StringWriter();
    assertEquals(2, Main.run(new String[] {"bulk", "--input", input.toString(), "--output",
        dir.resolve("other.jsonl").toString(), "--base-url", server.baseUrl()},
        new PrintWriter(new StringWriter()), new PrintWriter(err, true), noCredentials));
    assertTrue(err.toString().contains("DATAFORSEO_LOGIN"), err.toString());
    assertEquals(1, server.requestCount());
  }

  @Test
  void anInputThatIsNotUtf8IsInvalidInputNamingItsLine() throws IOException {
    Files.write(input, new byte[] {'a', '.', 'c', 'o', 'm', '\n', '#', '\n', 'b', (byte) 0xff, '\n'});

    assertEquals(2, bulk(), err.toString());
    assertTrue(err.toString().contains("backlinks: invalid input: --input " + input
        + ": line 3 is not UTF-8 text (save the file as UTF-8)"), err.toString());
    assertFalse(err.toString().contains("internal error"), err.toString());
    assertEquals(0, server.requestCount(), "nothing sent");
    assertTrue(Files.notExists(output), "nothing written");

    assertEquals(2, bulk("--dry-run"), err.toString());
    assertTrue(err.toString().contains(": line 3 is not UTF-8 text"), err.toString());
  }

  @Test
  void plainProgressLinesAndAClosingLineWhenStderrIsNoTerminal() throws IOException {
    StringWriter lines = new StringWriter();
    Progress progress = Progress.lines(new PrintWriter(lines, true), 10, 0);
    progress.update(5, 1, 6, 8, 2);
    assertTrue(lines.toString().matches("bulk: 5/10 \\(50%\\), [0-9.]+/s, ETA \\S+, 6 calls, 8 in flight, "
        + "2 waiting to retry, 1 failed\\s*"),
        lines.toString());
  }
}
