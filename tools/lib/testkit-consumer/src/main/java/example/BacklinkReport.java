package example;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.BulkPagesSummary;
import org.backlinks4j.BulkPagesSummaryRequest;
import org.backlinks4j.Summary;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.model.BulkPagesSummaryItem;
import org.backlinks4j.model.SummaryResult;

/**
 * A stranger's code built on the library, as tools/release-check builds it in a throwaway project:
 * the code its tests (src/test/java) check against the test kit's fake.
 */
public final class BacklinkReport {
  private final BacklinksClient client;

  public BacklinkReport(BacklinksClient client) {
    this.client = client;
  }

  /** One line about a site, from a summary call. */
  public String line(String site) {
    Summary summary = client.summary(SummaryRequest.of(site));
    SummaryResult result = summary.result();
    if (result == null) {
      return site + ": no data";
    }
    return site + ": rank " + result.getRank() + ", " + result.getBacklinks() + " backlinks from "
        + result.getReferringDomains() + " domains";
  }

  /** The rank of each page, from one bulk_pages_summary call; pages without data are left out. */
  public Map<String, Integer> pageRanks(List<String> pages) {
    BulkPagesSummary answer = client.bulkPagesSummary(BulkPagesSummaryRequest.of(pages));
    Map<String, Integer> ranks = new LinkedHashMap<>();
    for (String page : pages) {
      BulkPagesSummaryItem item = answer.itemFor(page);
      if (item != null && item.getRank() != null) {
        ranks.put(page, item.getRank());
      }
    }
    return ranks;
  }

  /** The backlinks of every site, all asked at once; the client keeps to the account's quota. */
  public Map<String, Long> backlinksOfAll(List<String> sites) {
    List<CompletableFuture<Summary>> calls = new ArrayList<>();
    for (String site : sites) {
      calls.add(client.summaryAsync(SummaryRequest.of(site)));
    }
    Map<String, Long> backlinks = new LinkedHashMap<>();
    for (int i = 0; i < sites.size(); i++) {
      backlinks.put(sites.get(i), calls.get(i).join().requireResult().getBacklinks());
    }
    return backlinks;
  }
}
