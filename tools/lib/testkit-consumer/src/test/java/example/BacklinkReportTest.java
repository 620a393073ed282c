package example;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.InvalidRequestException;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.backlinks4j.fake.FakeStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stranger's tests of its own code, on the test kit's fake: nothing paid, nothing hand-faked. */
class BacklinkReportTest {
  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withDefaultClient();

  @Test
  void aSummaryLine() {
    fake.server().target("example.com").result(
        "{\"target\":\"example.com\",\"rank\":512,\"backlinks\":1234,\"referring_domains\":56}");

    String line = new BacklinkReport(fake.client()).line("example.com");

    assertEquals("example.com: rank 512, 1234 backlinks from 56 domains", line);
    RecordedRequest sent = fake.takeRequest();
    assertEquals(FakeDataForSeo.SUMMARY_PATH, sent.getPath());
    assertTrue(sent.getBody().readUtf8().contains("\"target\":\"example.com\""));
  }

  @Test
  void aBulkPagesSummary() {
    fake.server().target("https://a.com/x").result("{\"rank\":10,\"backlinks\":7}");
    fake.server().target("https://b.com/").noData();

    Map<String, Integer> ranks = new BacklinkReport(fake.client())
        .pageRanks(List.of("https://a.com/x", "https://b.com/", "c.com"));

    // c.com has no rule: the documented example's rank.
    assertEquals(Map.of("https://a.com/x", 10, "c.com", 371), ranks);
    assertEquals(1, fake.server().stats().callsTo(FakeDataForSeo.BULK_PAGES_SUMMARY_PATH));
    assertEquals(List.of(List.of("https://a.com/x", "https://b.com/", "c.com")), fake.server().batches());
  }

  @Test
  void aRateLimitOnceIsHealedByTheClientsRetry() {
    fake.server().target("flaky.com").failFirst(1, 40202);

    // After a 40202 the client waits out its rate window before it retries: a test's client
    // gets a window of a second rather than the minute of the account's.
    String line;
    try (BacklinksClient client = fake.clientBuilder().rateLimit(2000, 1, SECONDS).build()) {
      line = new BacklinkReport(client).line("flaky.com");
    }

    assertTrue(line.startsWith("flaky.com: rank 371,"), line);
    assertEquals(2, fake.server().callsAbout("flaky.com"));
  }

  @Test
  void anInvalidTargetIsAnInvalidRequestException() {
    fake.server().target("bad.com").refuse();

    InvalidRequestException refused = assertThrows(InvalidRequestException.class,
        () -> new BacklinkReport(fake.client()).line("bad.com"));

    assertEquals(40501, refused.statusCode());
    assertEquals("Invalid Field: 'target' (bad.com).", refused.statusMessage());
    assertFalse(refused.isRetryable());
    assertEquals(1, fake.server().callsAbout("bad.com"));
  }

  @Test
  void fiftyConcurrentCallsKeepToTheServicesQuota() {
    // An account of 2000 calls a minute and 30 at once, enforced strictly; the client asks the
    // account's limit (user_data) before its first call and keeps to it.
    fake.server().quota(2000, 60, SECONDS, 30);
    fake.server().account().callsPerMinute(2000);
    fake.server().everyTarget().delay(100, MILLISECONDS); // so that the calls overlap
    List<String> sites = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      sites.add("site" + i + ".example.com");
    }

    Map<String, Long> backlinks = new BacklinkReport(fake.client()).backlinksOfAll(sites);

    assertEquals(50, backlinks.size());
    FakeStats stats = fake.server().stats();
    System.out.println("kit consumer, 50 concurrent calls: " + stats);
    assertEquals(50, stats.callsTo("/v3/backlinks/summary/live"));
    assertEquals(51, stats.calls(), "and the one user_data call");
    assertEquals(2000, fake.client().quota().calls());
    assertEquals(0, stats.violations());
    assertTrue(stats.peakInFlight() <= 30, stats.toString());
  }
}
