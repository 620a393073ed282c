package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --verbose} ends with the calls' figures; bulk's closing line stays the last line. */
class VerboseFiguresTest {
  @TempDir Path dir;
  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();

  private List<String> errLines(String... args) {
    StringWriter err = new StringWriter();
    Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        Answers.credentials());
    List<String> lines = new ArrayList<>();
    for (String line : err.toString().split("\n")) {
      if (!line.startsWith("http: ") && !line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }

  @Test
  void bulkPrintsTheFiguresBeforeItsClosingLine() throws IOException {
    FakeDataForSeo server = Answers.serveBigResults(fake.server());
    server.target("flaky.com").failFirst(1, 50000);
    // A failure of the target's own: a refusal of the account would stop the run instead.
    server.target("broke.com").taskStatus(50100);
    Path input = dir.resolve("targets.txt");
    Files.write(input, Arrays.asList("a.com", "b.com", "c.com", "flaky.com", "broke.com"),
        StandardCharsets.UTF_8);

    List<String> lines = errLines("bulk", "--input", input.toString(), "--output",
        dir.resolve("out.jsonl").toString(), "--base-url", server.baseUrl(), "--progress", "none",
        "--verbose", "--rate", "2000/1m", "--allow-over-balance"); // nothing asked of the
    // account (a set rate, a balance that holds nothing back): the figures are the targets' calls

    assertEquals(6, server.requestCount());
    String figures = lines.get(lines.size() - 2);
    assertTrue(figures.matches("calls: 5 ended, 4 succeeded, 1 failed \\(50100 x1\\); 6 attempts, "
        + "1 a retry; 0 refused by the service; quota waits \\d+\\.\\d s in all, the longest "
        + "\\d+\\.\\d{3} s; cost \\$0\\.08012"), figures);
    assertTrue(lines.get(lines.size() - 1).startsWith("bulk: done 4, failed 1, skipped 0, calls 5, cost "
        + "$0.08012"), lines.toString());
  }

  @Test
  void summaryPrintsThemToo() {
    FakeDataForSeo server = Answers.serveBigResults(fake.server());
    server.target("window.com").failFirst(1, 40202);

    List<String> lines = errLines("summary", "window.com", "--base-url", server.baseUrl(),
        "--verbose", "--max-retries", "0", "--rate", "2000/1m");

    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("calls: 1 ended, 0 succeeded, 1 failed (40202 x1); 1 "
        + "attempts, 0 retries; 1 refused by the service (40202 x1); quota waits "), lines.get(0));
    assertTrue(lines.get(1).startsWith("backlinks: DataForSEO status 40202 in task "), lines.get(1));
  }

  @Test
  void withoutVerboseThereAreNoFigures() {
    FakeDataForSeo server = Answers.serveBigResults(fake.server());

    List<String> lines = errLines("summary", "a.com", "--base-url", server.baseUrl());

    assertEquals(List.of(), lines);
  }
}
