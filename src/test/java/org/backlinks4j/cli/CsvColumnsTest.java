package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk's CSV, byte for byte, from both endpoints: the header, and a row of a result whose every
 * metric has a value of its own, so that a column filled from another field shows.
 */
class CsvColumnsTest {
  @TempDir Path dir;
  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();

  /** A summary result with a distinct value in every column CSV has. */
  private static String everyColumn(String target) {
    return "{\"target\":\"" + target + "\",\"first_seen\":\"2020-01-18 11:50:58 +00:00\","
        + "\"lost_date\":\"2024-05-01 10:00:00 +00:00\",\"rank\":1,\"backlinks\":2,"
        + "\"backlinks_nofollow\":3,\"referring_domains\":4,\"referring_domains_nofollow\":5,"
        + "\"referring_main_domains\":6,\"referring_main_domains_nofollow\":7,"
        + "\"referring_pages\":8,\"referring_pages_nofollow\":9,\"referring_ips\":10,"
        + "\"referring_subnets\":11,\"backlinks_spam_score\":12,\"broken_backlinks\":13,"
        + "\"broken_pages\":14,\"crawled_pages\":15,\"internal_links_count\":16,"
        + "\"external_links_count\":17,\"info\":{\"target_spam_score\":18}}";
  }

  private String csv(String endpoint) throws IOException {
    FakeDataForSeo server = fake.server();
    server.everyTarget().envelopes(target -> Answers.envelope(target, everyColumn(target)));
    Path input = dir.resolve("targets.txt");
    Files.write(input, List.of("site1.example.com"), StandardCharsets.UTF_8);
    Path output = dir.resolve(endpoint + ".csv");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"bulk", "--input", input.toString(), "--output",
        output.toString(), "--base-url", server.baseUrl(), "--progress", "none", "--format", "csv",
        "--endpoint", endpoint}, new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true), Answers.credentials());
    assertEquals(0, code, err.toString());
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  private static final String HEADER = "target,status_code,status_message,cost,rank,backlinks,"
      + "backlinks_nofollow,referring_domains,referring_domains_nofollow,referring_main_domains,"
      + "referring_main_domains_nofollow,referring_pages,referring_pages_nofollow,referring_ips,"
      + "referring_subnets,backlinks_spam_score,broken_backlinks,broken_pages,crawled_pages,"
      + "internal_links_count,external_links_count,first_seen,lost_date,target_spam_score\n";

  @Test
  void summaryFillsEveryColumn() throws IOException {
    assertEquals(HEADER + "site1.example.com,20000,Ok.,0.02003,1,2,3,4,5,6,7,8,9,10,11,12,13,14,"
        + "15,16,17,2020-01-18 11:50:58 +00:00,2024-05-01 10:00:00 +00:00,18\n", csv("summary"));
  }

  @Test
  void bulkPagesSummaryWritesTheSameHeaderAndLeavesTheColumnsItLacksEmpty() throws IOException {
    // No backlinks_nofollow, crawled_pages, internal_links_count, external_links_count or
    // target_spam_score; every other column as summary's.
    assertEquals(HEADER + "site1.example.com,20000,Ok.,0.02003,1,2,,4,5,6,7,8,9,10,11,12,13,14,"
        + ",,,2020-01-18 11:50:58 +00:00,2024-05-01 10:00:00 +00:00,\n",
        csv("bulk-pages-summary"));
  }

  @Test
  void theHeaderIsTheColumnsNamesInTheirOrder() {
    assertEquals(HEADER.strip(), RecordFormat.CSV.header());
    assertEquals(24, CsvColumns.NAMES.size());
  }
}
