package org.backlinks4j.cli;

import org.backlinks4j.BacklinksException;
import org.backlinks4j.Summary;
import org.backlinks4j.model.BulkPagesSummaryItem;
import org.backlinks4j.model.SummaryResult;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one input line of a bulk run: what the output gets for it, in either format.
 */
final class BulkRecord {
  /** The service's code of success. */
  static final int OK = Summary.STATUS_OK;

  final String target;
  final int statusCode;
  final String statusMessage;
  final double cost;
  /** The endpoint that answered, or would have been asked; null when no endpoint was involved. */
  final @Nullable Endpoint endpoint;
  /** Compact JSON of the result object ("null" when the service has no data); null on failure. */
  final @Nullable String resultJson;
  /** summary's parsed result for CSV's columns; null on failure, without data, or for the other endpoint. */
  final @Nullable SummaryResult result;
  /** bulk_pages_summary's parsed item for CSV's columns; null on failure, without data, or for summary. */
  final @Nullable BulkPagesSummaryItem item;

  private BulkRecord(String target, int statusCode, String statusMessage, double cost,
      @Nullable Endpoint endpoint, @Nullable String resultJson, @Nullable SummaryResult result,
      @Nullable BulkPagesSummaryItem item) {
    this.target = target;
    this.statusCode = statusCode;
    this.statusMessage = statusMessage;
    this.cost = cost;
    this.endpoint = endpoint;
    this.resultJson = resultJson;
    this.result = result;
    this.item = item;
  }

  static BulkRecord success(String target, TargetAnswer answer) {
    return new BulkRecord(target, OK, answer.statusMessage, answer.cost, answer.endpoint,
        answer.resultJson, answer.summaryResult, answer.item);
  }

  static BulkRecord failure(String target, @Nullable Endpoint endpoint, BacklinksException e) {
    return new BulkRecord(target, e.statusCode(), e.statusMessage(), 0, endpoint, null, null, null);
  }

  static BulkRecord failure(String target, @Nullable Endpoint endpoint, int statusCode,
      String message) {
    return new BulkRecord(target, statusCode, message, 0, endpoint, null, null, null);
  }

  /** A failure that no endpoint gave (the record log's own note). */
  static BulkRecord failure(String target, int statusCode, String message) {
    return failure(target, null, statusCode, message);
  }

  /**
   * A request the library refused before sending, recorded as the library reports it (an
   * {@code InvalidRequestException} of origin {@code REQUEST}: status code 0, {@code reason}
   * naming the field and the rule), and said to be refused before sending: no service's code,
   * which would tell a reader the service had seen it. A rerun checks the target again (it costs
   * nothing, and the options may have changed).
   */
  static BulkRecord invalid(String target, @Nullable Endpoint endpoint, String reason) {
    return new BulkRecord(target, 0, reason + " (refused before sending)", 0, endpoint, null,
        null, null);
  }

  /** This record without its result: what is left once its line is made. */
  BulkRecord withoutResult() {
    return new BulkRecord(target, statusCode, statusMessage, cost, endpoint, null, null, null);
  }

  boolean succeeded() {
    return statusCode == OK;
  }
}
