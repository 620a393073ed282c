package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A bulk output survives its own user: two runs on one file, damaged lines in a file to resume,
 * a disk that fills up. The calls are counted where they arrive, on the fake.
 */
class BulkOutputSafetyTest extends BulkFixture {
  private int bulk(StringWriter err, Path output, String... extra) {
    return Main.run(args(output, extra), new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true), Answers.credentials());
  }

  /** The targets of the file's lines, each line checked to be exactly one record. */
  private static List<String> recordTargets(Path file) throws IOException {
    List<String> targets = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      RecordFormat.Scanned record = RecordFormat.JSON.scan(line);
      assertNotNull(record, "not one complete record: " + line);
      targets.add(record.target);
    }
    return targets;
  }

  private static String success(String target) {
    return RecordFormat.JSON.line(BulkRecord.failure(target, 0, "x"))
        .replace("\"status_code\":0", "\"status_code\":20000");
  }

  @Test
  void twoRunsOnOneOutputOneSendsTheOtherExitsTwoHavingSentNothing() throws Exception {
    List<String> targets = targets(6);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger arrived = new AtomicInteger();
    server.onArrival(request -> {
      if (!String.valueOf(request.getPath()).endsWith("/appendix/user_data")) {
        arrived.incrementAndGet(); // the summary calls, not the user_data call before them
      }
    });
    server.everyTarget().holdUntil(release); // the first run keeps its calls in flight
    StringWriter firstErr = new StringWriter();
    CompletableFuture<Integer> first = CompletableFuture.supplyAsync(
        () -> bulk(firstErr, output, "--max-concurrent", "2"));
    while (arrived.get() < 2 && !first.isDone()) {
      Thread.sleep(5);
    }
    int sentByFirst = server.requestCount();

    StringWriter secondErr = new StringWriter();
    int second = bulk(secondErr, output, "--max-concurrent", "2");
    StringWriter tmpErr = new StringWriter();
    int onItsTemporaryFile = bulk(tmpErr, dir.resolve("out.jsonl.tmp"));

    assertEquals(Main.INVALID, second, secondErr.toString());
    assertTrue(secondErr.toString().startsWith("backlinks: --output " + output + " is being written"
        + " by another bulk run (pid " + ProcessHandle.current().pid() + ", started "),
        secondErr.toString());
    assertTrue(secondErr.toString().contains(": nothing was sent."), secondErr.toString());
    assertEquals(Main.INVALID, onItsTemporaryFile, tmpErr.toString());
    assertTrue(tmpErr.toString().contains("temporary file"), tmpErr.toString());
    assertEquals(sentByFirst, server.requestCount(), "the second and third runs sent nothing");
    release.countDown();
    assertEquals(Main.OK, (int) first.get(30, TimeUnit.SECONDS), firstErr.toString());
    assertEquals(targets, recordTargets(output), "whole and exact: each target once, in order");
    assertEquals(6, server.requestCount());
    assertFalse(Files.exists(OutputLock.lockFileOf(output)), "the lock file goes with its run");
  }

  @Test
  void aLockFileLeftBehindByAKilledRunBlocksNobody() throws IOException {
    List<String> targets = targets(3);
    // What kill -9 leaves: the file and its holder's line; the system let go of the lock itself.
    Files.write(OutputLock.lockFileOf(output), "pid 2147483647, started 2026-01-01T00:00:00Z\n"
        .getBytes(StandardCharsets.UTF_8));
    StringWriter err = new StringWriter();

    assertEquals(Main.OK, bulk(err, output), err.toString());

    assertEquals(targets, recordTargets(output));
    assertFalse(Files.exists(OutputLock.lockFileOf(output)), "the run that took it deletes it");
  }

  @Test
  void aFusedLineAndAForeignLineInTheMiddleAreSentAgainAndLeftOut() throws IOException {
    List<String> targets = targets(6);
    // A fused line (two writers), text of something else, a line torn mid-file, and a record
    // with something after its end: none of them is a record of any target.
    Files.write(output, Arrays.asList(
        success("site1.example.com"),
        success("site2.example.com") + success("site3.example.com"),
        "not a record, pasted here by someone",
        success("site4.example.com"),
        "{\"target\":\"site5.example.com\",\"status_co",
        success("site6.example.com") + " trailing"), StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();

    int code = bulk(err, output);

    assertEquals(Main.OK, code, err.toString());
    assertTrue(err.toString().contains("backlinks: " + output + ": 4 lines are no complete record"
        + " (lines 2, 3, 5, 6)"), err.toString());
    for (String target : Arrays.asList("site2", "site3", "site5", "site6")) {
      assertEquals(1, server.callsAbout(target + ".example.com"), target + " is sent again");
    }
    assertEquals(0, server.callsAbout("site1.example.com"));
    assertEquals(0, server.callsAbout("site4.example.com"));
    assertEquals(targets, recordTargets(output), "only valid records, in input order");
    assertTrue(err.toString().contains("6 of 6 targets have a successful record"), err.toString());
  }

  /** A disk with room for {@code bytes} of the output: a write past it fails halfway, as ENOSPC. */
  private static RecordLog.Appender diskOf(long bytes) {
    return (FileChannel channel, ByteBuffer data) -> {
      long room = bytes - channel.position();
      if (data.remaining() <= room) {
        return channel.write(data);
      }
      if (room > 0) {
        ByteBuffer part = data.duplicate();
        part.limit(part.position() + (int) room);
        channel.write(part);
      }
      throw new IOException("No space left on device");
    };
  }

  @Test
  void aFullDiskStopsSendingSaysWhatIsSafeAndARerunElsewhereSendsOnlyTheRest() throws Exception {
    List<String> targets = targets(60);
    server.everyTarget().delay(20, TimeUnit.MILLISECONDS);
    long room = 12_000; // a few records' worth
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new BulkCommand(Answers.credentials(), diskOf(room)));
    command.setOut(new PrintWriter(new StringWriter(), true));
    command.setErr(new PrintWriter(err, true));

    int code = command.execute("--input", input.toString(), "--output", output.toString(),
        "--base-url", server.baseUrl(), "--progress", "none", "--max-concurrent", "4");

    assertEquals(Main.FAILED, code, err.toString());
    String said = err.toString();
    assertFalse(said.contains("internal error"), said);
    assertTrue(said.contains("backlinks: cannot write " + output + ": No space left on device"),
        said);
    assertTrue(said.contains("backlinks: sending stopped at once: "), said);
    List<String> kept = recordTargets(output); // every line whole: the failed write was cut off
    assertTrue(Files.size(output) <= room);
    assertTrue(said.contains("backlinks: " + kept.size() + " records are safe in " + output + "; "
        + (60 - kept.size()) + " targets still need a successful record: run the same command"
        + " again"), said);
    int paid = server.requestCount();
    // Lost at most: the run's active calls (in flight, or answered and not written yet), which it
    // keeps at twice --max-concurrent.
    assertTrue(paid - kept.size() <= 8, paid + " calls paid for " + kept.size() + " records");
    assertTrue(paid < 60, "sending stopped: " + paid + " calls");

    Path elsewhere = Files.createDirectory(dir.resolve("bigger-disk")).resolve("out.jsonl");
    Files.copy(output, elsewhere);
    StringWriter again = new StringWriter();
    assertEquals(Main.OK, bulk(again, elsewhere), again.toString());
    assertEquals(targets, recordTargets(elsewhere));
    for (String target : kept) {
      assertEquals(1, server.callsAbout(target), target + " was kept: not asked for again");
    }
    assertEquals(60 - kept.size(), server.requestCount() - paid);
  }
}
