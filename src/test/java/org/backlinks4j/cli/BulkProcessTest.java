package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk as a process of its own, stopped from outside with SIGTERM (what {@code kill} and a service
 * manager send). Ctrl-C's SIGINT takes the same path, and {@code kill -9} must leave a lock that
 * blocks nobody: {@code tools/bulk-check signal} and {@code lock} show those, in CI.
 */
class BulkProcessTest {
  private static final int TARGETS = 400;

  @TempDir Path dir;
  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  private FakeDataForSeo server;
  private Path input;
  private Path output;
  private Path stderr;
  private Process process;

  @BeforeEach
  void setUp() throws IOException {
    server = fake.server();
    server.recordRequests(false);
    server.everyTarget().delay(40, TimeUnit.MILLISECONDS); // 4 in flight: about 4 s in all
    input = dir.resolve("targets.txt");
    output = dir.resolve("out.jsonl");
    stderr = dir.resolve("bulk.err");
    List<String> targets = new ArrayList<>();
    for (int i = 1; i <= TARGETS; i++) {
      targets.add("site" + i + ".example.com");
    }
    Files.write(input, targets, StandardCharsets.UTF_8);
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly().waitFor();
    }
  }

  /** Starts {@code java org.backlinks4j.cli.Main bulk ...} on this JVM's class path. */
  private Process start() throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.backlinks4j.cli.Main",
        "bulk", "--input", input.toString(), "--output", output.toString(),
        "--base-url", server.baseUrl(), "--progress", "none", "--max-concurrent", "4"));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(stderr.toFile());
    builder.environment().putAll(Answers.credentials());
    process = builder.start();
    return process;
  }

  /** Waits until the output holds {@code lines} lines (the run is under way), or fails. */
  private void awaitLines(int lines) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(output) || Files.readAllLines(output).size() < lines) {
      assertTrue(process.isAlive(), () -> "bulk ended early: " + read(stderr));
      assertTrue(System.nanoTime() < deadline, "no progress in 60 s");
      Thread.sleep(20);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** The targets of the output's records, each line checked to be exactly one record. */
  private Set<String> kept() throws IOException {
    Set<String> targets = new HashSet<>();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      RecordFormat.Scanned record = RecordFormat.JSON.scan(line);
      assertNotNull(record, "not one complete record: " + line);
      assertTrue(targets.add(record.target), "twice: " + record.target);
    }
    return targets;
  }

  /** Runs bulk again in this JVM; every target must end with exactly one call in all. */
  private void resumeAndCheck(Set<String> kept) {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"bulk", "--input", input.toString(), "--output",
        output.toString(), "--base-url", server.baseUrl(), "--progress", "none"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        Answers.credentials());
    assertEquals(Main.OK, code, err.toString());
    assertTrue(err.toString().contains(TARGETS + " of " + TARGETS + " targets have a successful"
        + " record"), err.toString());
    for (String target : kept) {
      assertEquals(1, server.callsAbout(target), target + " was kept: not asked for again");
    }
  }

  @Test
  void sigtermLeavesWholeRecordsAndAClosingLineAndTheSameCommandResumes() throws Exception {
    start();
    awaitLines(40);

    process.destroy(); // SIGTERM
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));

    assertEquals(143, process.exitValue(), read(stderr));
    Set<String> kept = kept();
    List<String> said = Files.readAllLines(stderr);
    String closing = said.get(said.size() - 1);
    assertTrue(closing.matches("bulk: stopped by a signal \\(Ctrl-C or kill\\) after \\d+s: "
        + kept.size() + " records are safe in " + java.util.regex.Pattern.quote(output.toString())
        + " \\(" + kept.size() + " written by this run, cost \\$[0-9.]+\\); the \\d+ calls in"
        + " flight were dropped\\. Run the same command again to resume: targets with a successful"
        + " record are not sent again\\."), closing);
    resumeAndCheck(kept); // the lock went with the process
    assertFalse(Files.exists(OutputLock.lockFileOf(output)), "the rerun deletes it when done");
  }
}
