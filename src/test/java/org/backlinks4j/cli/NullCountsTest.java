package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backlinks4j.Fixtures;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.fake.FakeServerExtension;
import org.backlinks4j.model.SummaryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer as the live service sends it, with a whole breakdown null
 * ({@code "referring_links_attributes": null}) and null counts inside one
 * ({@code {"com": 26012, "": null, "net": null}}), served by the project's fake (on MockWebServer):
 * the library reads both shapes, the report shows an unknown count as unknown, and {@code --json}
 * and a bulk record keep the nulls exactly as sent.
 */
class NullCountsTest {
  private static final JsonAdapter<Object> VALUES =
      new Moshi.Builder().build().adapter(Object.class);

  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void theLibraryReadsANullBreakdownAndNullCountsInsideOne() {
    fake.enqueue(Fixtures.json(Fixtures.nullCountsEnvelope()));

    SummaryResult result = fake.client().summary(SummaryRequest.of("example.com")).requireResult();

    Map<String, Long> tld = new LinkedHashMap<>();
    tld.put("com", 26012L);
    tld.put("", null);
    tld.put("net", null);
    assertEquals(tld, result.getReferringLinksTld());
    assertNull(result.getReferringLinksAttributes());
    assertNull(result.getReferringLinksPlatformTypes());
    assertTrue(result.getReferringLinksCountries().containsKey(""));
    assertNull(result.getReferringLinksCountries().get(""));
    assertTrue(fake.takeRequest().getBody().readUtf8().contains("\"target\":\"example.com\""));
  }

  @Test
  void theReportShowsAnUnknownCountAsUnknownWithoutShareOrBar() {
    fake.enqueue(Fixtures.json(Fixtures.nullCountsEnvelope()));

    assertEquals(0, run("summary", "example.com"), err.toString());

    List<String> lines = List.of(out.toString().split("\n"));
    // Known counts keep their share and bar; the unknown ones come after them, "-" and nothing else.
    int tld = lines.indexOf("Top-level domains (share of backlinks)");
    assertTrue(tld >= 0, out.toString());
    assertTrue(lines.get(tld + 1).matches("  com\\s+26,012\\s+63\\.1%\\s+#+"), lines.get(tld + 1));
    assertTrue(lines.get(tld + 2).matches("  \\(none\\)\\s+-"), lines.get(tld + 2));
    assertTrue(lines.get(tld + 3).matches("  net\\s+-"), lines.get(tld + 3));
    assertEquals(lines.get(tld + 1).indexOf("26,012") + "26,012".length(),
        lines.get(tld + 3).indexOf('-') + 1, "the unknown count sits in the count column");
    int semantic = lines.indexOf("Semantic locations (share of backlinks)");
    assertTrue(lines.get(semantic + 1).matches("  \\(none\\)\\s+20,318\\s+49\\.3%\\s+#+"),
        lines.get(semantic + 1));
    assertTrue(lines.get(semantic + 2).matches("  article\\s+-"), lines.get(semantic + 2));
    int countries = lines.indexOf("Countries (share of backlinks)");
    assertTrue(lines.get(countries + 1).matches("  \\(none\\)\\s+-"), lines.get(countries + 1));
    // A null breakdown is not shown at all, and no unknown count became a 0.
    assertFalse(out.toString().contains("Link attributes"), out.toString());
    assertFalse(out.toString().contains("Platform types"), out.toString());
    assertFalse(out.toString().matches("(?s).*\\s0\\s+0\\.0%.*"), out.toString());
  }

  @Test
  void jsonKeepsTheNullsExactlyAsSent() throws IOException {
    fake.enqueue(Fixtures.json(Fixtures.nullCountsEnvelope()));

    assertEquals(0, run("summary", "example.com", "--json"), err.toString());

    String json = out.toString();
    assertTrue(json.contains("\"referring_links_attributes\": null,"), json);
    assertTrue(json.replaceAll("\\s+", "")
        .contains("\"referring_links_tld\":{\"com\":26012,\"\":null,\"net\":null}"), json);
    assertEquals(Fixtures.resultOf(Fixtures.nullCountsEnvelope()), VALUES.fromJson(json));
  }

  @Test
  void aBulkRecordKeepsTheNullsExactlyAsSent() throws IOException {
    fake.enqueue(Fixtures.json(Fixtures.nullCountsEnvelope()));
    Path input = dir.resolve("targets.txt");
    Path output = dir.resolve("out.jsonl");
    Files.write(input, List.of("example.com"), StandardCharsets.UTF_8);

    assertEquals(0, run("bulk", "--input", input.toString(), "--output", output.toString(),
        "--progress", "none"), err.toString());

    List<String> records = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertEquals(1, records.size(), records.toString());
    String record = records.get(0);
    assertTrue(record.contains("\"referring_links_tld\":{\"com\":26012,\"\":null,\"net\":null}"),
        record);
    assertTrue(record.contains("\"referring_links_attributes\":null,"), record);
    assertTrue(record.contains("\"referring_links_countries\":{\"\":null}"), record);
    assertEquals(Fixtures.resultOf(Fixtures.nullCountsEnvelope()),
        ((Map<?, ?>) VALUES.fromJson(record)).get("result"));
  }

  private int run(String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("DATAFORSEO_LOGIN", FakeServerExtension.LOGIN);
    env.put("DATAFORSEO_PASSWORD", FakeServerExtension.PASSWORD);
    env.put("DATAFORSEO_BASE_URL", fake.baseUrl());
    env.put("COLUMNS", "100");
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
  }
}
