package org.backlinks4j.cli;

import org.backlinks4j.Summary;
import org.backlinks4j.model.BulkPagesSummaryItem;
import org.backlinks4j.model.SummaryResult;
import org.jspecify.annotations.Nullable;

/**
 * The successful answer about one target of a bulk run, whichever endpoint gave it: what its
 * record needs. A target of a bulk_pages_summary call shares the call's answer (and its cost)
 * with the call's other targets.
 */
final class TargetAnswer {
  final Endpoint endpoint;
  /** This target's part of what the service reported the call cost, in USD. */
  final double cost;
  final String statusMessage;
  /** The result as compact JSON exactly as the service wrote it; "null" when it has no data. */
  final String resultJson;
  /** summary's result, for CSV; null for the other endpoint or without data. */
  final @Nullable SummaryResult summaryResult;
  /** bulk_pages_summary's item, for CSV; null for the other endpoint or without data. */
  final @Nullable BulkPagesSummaryItem item;

  private TargetAnswer(Endpoint endpoint, double cost, @Nullable String statusMessage,
      String resultJson, @Nullable SummaryResult summaryResult, @Nullable BulkPagesSummaryItem item) {
    this.endpoint = endpoint;
    this.cost = cost;
    this.statusMessage = statusMessage == null ? "Ok." : statusMessage;
    this.resultJson = resultJson;
    this.summaryResult = summaryResult;
    this.item = item;
  }

  /** A summary call's answer. */
  static TargetAnswer ofSummary(Connection.Answer answer) {
    Summary summary = answer.summary;
    return new TargetAnswer(Endpoint.SUMMARY, summary.cost(), summary.task().getStatusMessage(),
        answer.resultJson(), summary.result(), null);
  }

  /**
   * One target's part of a bulk_pages_summary answer.
   *
   * @param cost the target's share of the call's cost
   * @param itemJson the item as the service wrote it, "null" when it has none for the target
   */
  static TargetAnswer ofItem(double cost, @Nullable String statusMessage, String itemJson,
      @Nullable BulkPagesSummaryItem item) {
    return new TargetAnswer(Endpoint.BULK_PAGES_SUMMARY, cost, statusMessage, itemJson, null, item);
  }
}
