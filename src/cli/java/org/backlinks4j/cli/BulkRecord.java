package org.backlinks4j.cli;

import org.backlinks4j.BacklinksException;
import org.backlinks4j.Summary;
import org.backlinks4j.model.SummaryResult;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one input line of a bulk run: what the output gets for it, in either format.
 */
final class BulkRecord {
  /** The service's code of success. */
  static final int OK = Summary.STATUS_OK;
  /**
   * The code of a request refused before sending (SummaryRequest.Builder.build()): the service's
   * own "Invalid Field", which it would have answered for the same request, so that readers of the
   * output need to know one set of codes.
   */
  static final int INVALID_FIELD = 40501;

  final String target;
  final int statusCode;
  final String statusMessage;
  final double cost;
  /** Compact JSON of the result object ("null" when the service has no data); null on failure. */
  final @Nullable String resultJson;
  /** The parsed result for CSV's columns; null on failure or without data. */
  final @Nullable SummaryResult result;

  private BulkRecord(String target, int statusCode, String statusMessage, double cost,
      @Nullable String resultJson, @Nullable SummaryResult result) {
    this.target = target;
    this.statusCode = statusCode;
    this.statusMessage = statusMessage;
    this.cost = cost;
    this.resultJson = resultJson;
    this.result = result;
  }

  static BulkRecord success(String target, Connection.Answer answer) {
    String message = answer.summary.task().getStatusMessage();
    return new BulkRecord(target, OK, message == null ? "Ok." : message, answer.summary.cost(),
        answer.resultJson(), answer.summary.result());
  }

  static BulkRecord failure(String target, BacklinksException e) {
    return new BulkRecord(target, e.statusCode(), e.statusMessage(), 0, null, null);
  }

  static BulkRecord failure(String target, int statusCode, String message) {
    return new BulkRecord(target, statusCode, message, 0, null, null);
  }

  /** A request the library refused before sending; {@code reason} names the field and the rule. */
  static BulkRecord invalid(String target, String reason) {
    return new BulkRecord(target, INVALID_FIELD,
        "Invalid Field: " + reason + " (refused before sending)", 0, null, null);
  }

  boolean succeeded() {
    return statusCode == OK;
  }
}
