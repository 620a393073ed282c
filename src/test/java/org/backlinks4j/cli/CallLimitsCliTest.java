package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.backlinks4j.fake.FakeDataForSeo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against the fake's faults: a trickling answer ends at the attempt's deadline (in a bulk
 * run, that target alone fails), a redirect is one line naming where it pointed.
 */
class CallLimitsCliTest {
  @TempDir Path dir;
  private FakeDataForSeo fake;
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    fake = FakeDataForSeo.start();
  }

  @AfterEach
  void stop() throws IOException {
    fake.close();
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        Answers.credentials());
  }

  @Test
  void aBulkRunWithATricklingTargetCompletesAndThatTargetAloneFails() throws IOException {
    fake.target("slow.example.com").trickle(100, TimeUnit.MILLISECONDS);
    Path input = dir.resolve("in.txt");
    Path output = dir.resolve("out.jsonl");
    Files.write(input, Arrays.asList("a.example.com", "slow.example.com", "b.example.com",
        "c.example.com"), StandardCharsets.UTF_8);

    int code = run("bulk", "--input", input.toString(), "--output", output.toString(),
        "--base-url", fake.baseUrl(), "--progress", "none", "--timeout", "1s");

    assertEquals(Main.FAILED, code, err.toString());
    List<String> records = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertEquals(4, records.size());
    List<String> failed = records.stream().filter(r -> !r.contains("\"status_code\":20000"))
        .collect(Collectors.toList());
    assertEquals(1, failed.size(), records.toString());
    assertTrue(failed.get(0).startsWith("{\"target\":\"slow.example.com\",\"status_code\":0,"
        + "\"status_message\":\"network timed out: no whole answer within the attempt's deadline "
        + "of 1 s"), failed.get(0));
    assertEquals(2, fake.callsAbout("slow.example.com"), "a deadline is retried once per call");
  }

  @Test
  void aRedirectIsOneLineNamingItsLocation() {
    fake.target("example.com").redirect(307, "https://elsewhere.example/v3/backlinks/summary/live");

    int code = run("summary", "example.com", "--base-url", fake.baseUrl());

    assertEquals(Main.FAILED, code);
    assertEquals("backlinks: a redirect to https://elsewhere.example/v3/backlinks/summary/live, "
        + "not followed: the API never redirects (HTTP 307)" + System.lineSeparator(),
        err.toString());
    assertEquals(1, fake.requestCount());
  }
}
