package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.backlinks4j.Fixtures;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code --filter} and {@code --filter-json} on a real socket: valid ones are sent, invalid ones exit 2 unsent. */
class FilterOptionTest {
  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  private FakeDataForSeo server;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() {
    server = fake.server();
  }

  private int summary(String... options) {
    String[] args = new String[options.length + 4];
    args[0] = "summary";
    args[1] = "explodingtopics.com";
    args[2] = "--base-url";
    args[3] = server.baseUrl();
    System.arraycopy(options, 0, args, 4, options.length);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
        Map.of("DATAFORSEO_LOGIN", "login@example.com", "DATAFORSEO_PASSWORD", "s3cret-pass"));
  }

  @Test
  void anInvalidFilterExitsTwoWithTheColumnAndNothingIsSent() {
    int code = summary("--filter", "dofollow = true and (backlink_spam_score < 50 or domain_from_rank >=)");

    assertEquals(2, code, err.toString());
    assertEquals(0, server.requestCount());
    assertEquals("backlinks: invalid input: --filter: expected a value after '>=' (a number, true, false, a string in "
        + "quotes, or a list in parentheses), found ')' (column 69)\n"
        + "  dofollow = true and (backlink_spam_score < 50 or domain_from_rank >=)\n"
        + "                                                                      ^\n", err.toString());
  }

  @Test
  void anInvalidFilterJsonExitsTwoAndNothingIsSent() {
    assertEquals(2, summary("--filter-json", "[\"dofollow\",\"=\",\"yes\"]"), err.toString());
    assertTrue(err.toString().contains("--filter-json: at $: condition dofollow = 'yes': dofollow is a boolean "
        + "field"), err.toString());
    assertEquals(0, server.requestCount());
  }

  @Test
  void bothOptionsAtOnceAreInvalid() {
    assertEquals(2, summary("--filter", "dofollow = true", "--filter-json", "[\"dofollow\",\"=\",true]"));
    assertTrue(err.toString().contains("give --filter or --filter-json, not both"), err.toString());
    assertEquals(0, server.requestCount());
  }

  @Test
  void aValidFilterIsSentNested() throws Exception {
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));

    int code = summary("--filter", "dofollow = true and (backlink_spam_score < 50 or domain_from_rank >= 300)");

    assertEquals(0, code, err.toString());
    assertTrue(server.takeRequest().getBody().readUtf8().contains("\"backlinks_filters\":[[\"dofollow\",\"=\",true],"
        + "\"and\",[[\"backlink_spam_score\",\"<\",50],\"or\",[\"domain_from_rank\",\">=\",300]]]"));
  }

  @Test
  void aValidFilterJsonIsSentAsTheSameFilter() throws Exception {
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));

    int code = summary("--filter-json", "[[\"attributes\",\"has\",\"ugc\"],\"or\",[\"domain_from_country\",\"in\","
        + "[\"US\",\"GB\"]]]");

    assertEquals(0, code, err.toString());
    assertTrue(server.takeRequest().getBody().readUtf8().contains("\"backlinks_filters\":[[\"attributes\",\"has\","
        + "\"ugc\"],\"or\",[\"domain_from_country\",\"in\",[\"US\",\"GB\"]]]"));
  }
}
