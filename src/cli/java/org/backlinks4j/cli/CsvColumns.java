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
 * The columns of bulk's CSV: one list, each column its name and how its value is read from a
 * record, so that a column is named and filled in the same place. Both endpoints write every
 * column; one an endpoint's answer lacks is left empty rather than moved.
 */
final class CsvColumns {
  /** A column: its name, and its value in a record (null: empty). */
  static final class Column {
    final String name;
    private final Function<BulkRecord, @Nullable Object> value;

    private Column(String name, Function<BulkRecord, @Nullable Object> value) {
      this.name = name;
      this.value = value;
    }

    /** The cell's text, before quoting: empty for no value, and always one line. */
    String of(BulkRecord record) {
      Object of = value.apply(record);
      // One row, one line: a line break inside a text would split the row for the resume scan.
      return of == null ? "" : of.toString().replace('\r', ' ').replace('\n', ' ');
    }
  }

  /** A column of the record's own. */
  private static Column record(String name, Function<BulkRecord, @Nullable Object> value) {
    return new Column(name, value);
  }

  /**
   * A metric of the result: read from summary's result, or bulk_pages_summary's item
   * ({@code fromItem} null: it has none); empty for a record without a result.
   */
  private static Column metric(String name, Function<SummaryResult, @Nullable Object> fromSummary,
      @Nullable Function<BulkPagesSummaryItem, @Nullable Object> fromItem) {
    return new Column(name, record -> record.result != null ? fromSummary.apply(record.result)
        : record.item == null || fromItem == null ? null : fromItem.apply(record.item));
  }

  /** Every column, in the order of the header. */
  static final List<Column> ALL = Collections.unmodifiableList(Arrays.asList(
      record("target", record -> record.target),
      record("status_code", record -> record.statusCode),
      record("status_message", record -> record.statusMessage),
      record("cost", record -> RecordFormat.cost(record.cost)),
      metric("rank", SummaryResult::getRank, BulkPagesSummaryItem::getRank),
      metric("backlinks", SummaryResult::getBacklinks, BulkPagesSummaryItem::getBacklinks),
      metric("backlinks_nofollow", SummaryResult::getBacklinksNofollow, null),
      metric("referring_domains", SummaryResult::getReferringDomains,
          BulkPagesSummaryItem::getReferringDomains),
      metric("referring_domains_nofollow", SummaryResult::getReferringDomainsNofollow,
          BulkPagesSummaryItem::getReferringDomainsNofollow),
      metric("referring_main_domains", SummaryResult::getReferringMainDomains,
          BulkPagesSummaryItem::getReferringMainDomains),
      metric("referring_main_domains_nofollow", SummaryResult::getReferringMainDomainsNofollow,
          BulkPagesSummaryItem::getReferringMainDomainsNofollow),
      metric("referring_pages", SummaryResult::getReferringPages,
          BulkPagesSummaryItem::getReferringPages),
      metric("referring_pages_nofollow", SummaryResult::getReferringPagesNofollow,
          BulkPagesSummaryItem::getReferringPagesNofollow),
      metric("referring_ips", SummaryResult::getReferringIps,
          BulkPagesSummaryItem::getReferringIps),
      metric("referring_subnets", SummaryResult::getReferringSubnets,
          BulkPagesSummaryItem::getReferringSubnets),
      metric("backlinks_spam_score", SummaryResult::getBacklinksSpamScore,
          BulkPagesSummaryItem::getBacklinksSpamScore),
      metric("broken_backlinks", SummaryResult::getBrokenBacklinks,
          BulkPagesSummaryItem::getBrokenBacklinks),
      metric("broken_pages", SummaryResult::getBrokenPages,
          BulkPagesSummaryItem::getBrokenPages),
      metric("crawled_pages", SummaryResult::getCrawledPages, null),
      metric("internal_links_count", SummaryResult::getInternalLinksCount, null),
      metric("external_links_count", SummaryResult::getExternalLinksCount, null),
      metric("first_seen", SummaryResult::getFirstSeen, BulkPagesSummaryItem::getFirstSeen),
      metric("lost_date", SummaryResult::getLostDate, BulkPagesSummaryItem::getLostDate),
      metric("target_spam_score",
          result -> result.getInfo() == null ? null : result.getInfo().getTargetSpamScore(),
          null)));

  /** Every column's name: the header. */
  static final List<String> NAMES;

  /** Where {@link RecordFormat#scan} finds a row's status code and cost. */
  static final int STATUS_CODE;
  static final int COST;

  static {
    List<String> names = new ArrayList<>();
    for (Column column : ALL) {
      names.add(column.name);
    }
    NAMES = Collections.unmodifiableList(names);
    STATUS_CODE = NAMES.indexOf("status_code");
    COST = NAMES.indexOf("cost");
  }

  private CsvColumns() {
  }

  /** The record's cells, one a column, before quoting. */
  static List<String> row(BulkRecord record) {
    List<String> row = new ArrayList<>(ALL.size());
    for (Column column : ALL) {
      row.add(column.of(record));
    }
    return row;
  }
}
