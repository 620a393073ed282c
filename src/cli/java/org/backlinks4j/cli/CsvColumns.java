package org.backlinks4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.backlinks4j.model.BulkPagesSummaryItem;
import org.backlinks4j.model.SummaryResult;
import org.jspecify.annotations.Nullable;

/**
 * The columns of bulk's CSV and where each endpoint's answer has them: one table, so that both
 * endpoints write the same header and a column an endpoint lacks is left empty rather than moved.
 */
final class CsvColumns {
  /** A metric column: its name and how to read it from each endpoint's model (null: it has none). */
  static final class Metric {
    final String name;
    private final Function<SummaryResult, @Nullable Object> fromSummary;
    private final @Nullable Function<BulkPagesSummaryItem, @Nullable Object> fromItem;

    Metric(String name, Function<SummaryResult, @Nullable Object> fromSummary,
        @Nullable Function<BulkPagesSummaryItem, @Nullable Object> fromItem) {
      this.name = name;
      this.fromSummary = fromSummary;
      this.fromItem = fromItem;
    }

    /** The value in whichever of the two is given, or null. */
    @Nullable Object of(@Nullable SummaryResult result, @Nullable BulkPagesSummaryItem item) {
      if (result != null) {
        return fromSummary.apply(result);
      }
      return item == null || fromItem == null ? null : fromItem.apply(item);
    }
  }

  /** The metric columns, after target, status_code, status_message and cost. */
  static final List<Metric> METRICS = Collections.unmodifiableList(Arrays.asList(
      new Metric("rank", SummaryResult::getRank, BulkPagesSummaryItem::getRank),
      new Metric("backlinks", SummaryResult::getBacklinks, BulkPagesSummaryItem::getBacklinks),
      new Metric("backlinks_nofollow", SummaryResult::getBacklinksNofollow, null),
      new Metric("referring_domains", SummaryResult::getReferringDomains,
          BulkPagesSummaryItem::getReferringDomains),
      new Metric("referring_domains_nofollow", SummaryResult::getReferringDomainsNofollow,
          BulkPagesSummaryItem::getReferringDomainsNofollow),
      new Metric("referring_main_domains", SummaryResult::getReferringMainDomains,
          BulkPagesSummaryItem::getReferringMainDomains),
      new Metric("referring_main_domains_nofollow", SummaryResult::getReferringMainDomainsNofollow,
          BulkPagesSummaryItem::getReferringMainDomainsNofollow),
      new Metric("referring_pages", SummaryResult::getReferringPages,
          BulkPagesSummaryItem::getReferringPages),
      new Metric("referring_pages_nofollow", SummaryResult::getReferringPagesNofollow,
          BulkPagesSummaryItem::getReferringPagesNofollow),
      new Metric("referring_ips", SummaryResult::getReferringIps,
          BulkPagesSummaryItem::getReferringIps),
      new Metric("referring_subnets", SummaryResult::getReferringSubnets,
          BulkPagesSummaryItem::getReferringSubnets),
      new Metric("backlinks_spam_score", SummaryResult::getBacklinksSpamScore,
          BulkPagesSummaryItem::getBacklinksSpamScore),
      new Metric("broken_backlinks", SummaryResult::getBrokenBacklinks,
          BulkPagesSummaryItem::getBrokenBacklinks),
      new Metric("broken_pages", SummaryResult::getBrokenPages,
          BulkPagesSummaryItem::getBrokenPages),
      new Metric("crawled_pages", SummaryResult::getCrawledPages, null),
      new Metric("internal_links_count", SummaryResult::getInternalLinksCount, null),
      new Metric("external_links_count", SummaryResult::getExternalLinksCount, null),
      new Metric("first_seen", SummaryResult::getFirstSeen, BulkPagesSummaryItem::getFirstSeen),
      new Metric("lost_date", SummaryResult::getLostDate, BulkPagesSummaryItem::getLostDate),
      new Metric("target_spam_score",
          r -> r.getInfo() == null ? null : r.getInfo().getTargetSpamScore(), null)));

  /** Every column's name: the header. */
  static final List<String> NAMES;

  static {
    List<String> names = new ArrayList<>(Arrays.asList("target", "status_code", "status_message",
        "cost"));
    for (Metric metric : METRICS) {
      names.add(metric.name);
    }
    NAMES = Collections.unmodifiableList(names);
  }

  private CsvColumns() {
  }
}
