package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummaryCommandTest {
  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  private FakeDataForSeo server;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void setUp() {
    server = Answers.serveBigResults(fake.server());
  }


  private int run(Map<String, String> env, String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 80, 120})
  void theReportFitsTheTerminalWidth(int columns) {
    Map<String, String> env = new HashMap<>();
    env.put("COLUMNS", String.valueOf(columns));

    assertEquals(0, run(env, "summary", "explodingtopics.com", "--demo"), err.toString());

    String report = out.toString();
    for (String line : report.split("\n")) {
      assertTrue(line.length() <= columns, columns + " columns: " + line.length() + ": " + line);
    }
    assertTrue(report.matches("(?s).*Backlinks\\s+41,245.*"), report);
    assertTrue(report.matches("(?s).*\\n  com\\s+26,012\\s+63\\.1%\\s+#+\\n.*"), report);
    assertTrue(report.contains("Countries (share of backlinks)"), report);
    assertTrue(report.contains("Server"), report);
    assertTrue(report.contains("cloudflare"), report);
  }

  @Test
  void theReportShowsCountsPastTwoToThe53WithSeparators() {
    assertEquals(0, run(withServer(), "summary", "big.example.com"), err.toString());

    assertTrue(out.toString().contains("9,007,199,254,740,993"), out.toString());
    assertTrue(out.toString().contains("nofollow 13,103"), out.toString());
  }

  @Test
  void jsonIsTheResultAsTheServiceWroteItFieldOrderNumbersAndUnknownFields() {
    assertEquals(0, run(withServer(), "summary", "big.example.com", "--json"), err.toString());

    String json = out.toString();
    assertTrue(json.contains("\"backlinks\": " + Answers.BIG + ","), json);
    assertTrue(json.contains("\"a_field_from_the_future\": {"), json);
    assertTrue(json.contains("1.50"), json);
    assertTrue(json.contains("2e3"), json);
    assertTrue(json.indexOf("\"target\"") < json.indexOf("\"first_seen\"")
        && json.indexOf("\"first_seen\"") < json.indexOf("\"lost_date\"")
        && json.indexOf("\"rank\"") < json.indexOf("\"backlinks\""), json);
    assertTrue(json.contains("\"lost_date\": null"), json);
    assertEquals(Answers.result("big.example.com").replaceAll("\\s", ""), json.replaceAll("\\s", ""));
  }

  @Test
  void aTargetWithoutDataIsASuccessWithAnEmptyReportOrNull() {
    server.target("nodata.example.com").noData();

    assertEquals(0, run(withServer(), "summary", "nodata.example.com"), err.toString());
    assertTrue(out.toString().contains("no backlink data"), out.toString());

    out.getBuffer().setLength(0);
    assertEquals(0, run(withServer(), "summary", "nodata.example.com", "--json"));
    assertEquals("null", out.toString().trim());
  }

  @Test
  void aFailureIsOneLineOnStderrAndExitCode1() {
    server.target("denied.example.com").failFirst(1, 40204);

    assertEquals(1, run(withServer(), "summary", "denied.example.com"));

    assertEquals(1, err.toString().trim().split("\n").length, err.toString());
    assertTrue(err.toString().contains("40204"), err.toString());
  }

  @Test
  void everyCommandsHelpHasExamples() {
    for (String command : new String[] {"summary", "bulk"}) {
      out.getBuffer().setLength(0);
      assertEquals(0, run(Map.of(), command, "--help"));
      String help = out.toString();
      assertTrue(help.contains("Examples:"), help);
      assertTrue(help.contains("backlinks " + command + " "), help);
      for (String option : new String[] {"--include-subdomains", "--status-type", "--rank-scale",
          "--filter-json", "--base-url", "--sandbox", "--demo", "--max-concurrent", "--verbose"}) {
        assertTrue(help.contains(option), command + " lacks " + option);
      }
    }
    out.getBuffer().setLength(0);
    assertEquals(0, run(Map.of(), "--help"));
    assertTrue(out.toString().contains("Examples:"), out.toString());
    assertTrue(out.toString().contains("bulk"), out.toString());
  }

  private Map<String, String> withServer() {
    Map<String, String> env = new HashMap<>(Answers.credentials());
    env.put("DATAFORSEO_BASE_URL", server.baseUrl());
    return env;
  }
}
