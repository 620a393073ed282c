package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * The request is wrong: one task only (40000), too many tasks (40006), not found or no data in the
 * sandbox (404xx), an invalid or unknown field (40501, 40506), empty or invalid POST data (40502,
 * 40503), any other 40xxx the other types do not claim, or an HTTP 4xx without a DataForSEO body.
 *
 * <p>Also thrown by {@link SummaryRequest.Builder#build()} when a request breaks one of the API's
 * rules, before anything is sent: then {@link #origin()} is {@link Origin#REQUEST}, the status
 * code 0 and the message names the field and the rule. One type for both, so that one catch clause
 * handles a wrong request whoever noticed it; a filter refused before sending is one too
 * ({@link org.backlinks4j.filter.InvalidFilterException}). Never retryable: the same request fails
 * again.
 */
public class InvalidRequestException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  /** The service's answer, made by {@link StatusCodes}' table from its code or HTTP status. */
  InvalidRequestException(Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, @Nullable Long retryAfterMillis) {
    super(origin, statusCode, statusMessage, httpStatus, taskId, retryAfterMillis, null);
  }

  /**
   * A request this library refused before sending ({@link Origin#REQUEST}, status code 0): its
   * {@code field} breaks {@code rule}.
   */
  static InvalidRequestException refused(String field, String rule) {
    return new InvalidRequestException(Origin.REQUEST, 0, field + ": " + rule, 0, null, null);
  }

  /**
   * A request this library refused before sending ({@link Origin#REQUEST}, status code 0), for its
   * own subtypes in other packages ({@link org.backlinks4j.filter.InvalidFilterException}).
   *
   * @param message the whole message, which may span lines
   * @param reason what is wrong, in one line: the {@link #statusMessage()}
   */
  protected InvalidRequestException(String message, String reason) {
    super(message, Origin.REQUEST, 0, reason, 0, null, null, null);
  }
}
