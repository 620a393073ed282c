package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.backlinks4j.internal.Wire;
import org.junit.jupiter.api.Test;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
  }

  @Test
  void withoutCredentialsTheSummaryComesFromTheDemoServerAndSaysSo() {
    int code = run(Map.of(), "summary", "explodingtopics.com");

    assertEquals(0, code, err.toString());
    assertTrue(err.toString().contains("DEMO data"), err.toString());
    String report = out.toString();
    assertTrue(report.contains("Backlinks summary of explodingtopics.com"), report);
    assertTrue(report.matches("(?s).*Rank\\s+371\\n.*"), report);
    assertTrue(report.matches("(?s).*Backlinks\\s+41,245 .*"), report);
    assertTrue(report.matches("(?s).*Referring domains\\s+12,372 .*"), report);
    assertTrue(report.matches("(?s).*com\\s+26,012\\s+63\\.1%.*"), report);
    assertTrue(report.contains("Countries"), report);
  }

  @Test
  void jsonPrintsTheResultWithTheApisFieldNames() throws Exception {
    int code = run(Map.of(), "summary", "explodingtopics.com", "--json");

    assertEquals(0, code, err.toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) Wire.MOSHI.adapter(Object.class).fromJson(out.toString());
    assertEquals(41245.0, json.get("backlinks"));
    assertEquals(12372.0, json.get("referring_domains"));
    assertTrue(out.toString().contains("\"backlinks\": 41245,"), out.toString());
    assertTrue(json.containsKey("lost_date"));
  }

  @Test
  void aMissingTargetIsInvalidInput() {
    assertEquals(2, run(Map.of(), "summary"));
    assertTrue(err.toString().contains("TARGET"), err.toString());
  }

  @Test
  void versionNamesTheArtifact() {
    assertEquals(0, run(Map.of(), "--version"));
    assertTrue(out.toString().startsWith("dataforseo-backlinks "), out.toString());
  }
}
