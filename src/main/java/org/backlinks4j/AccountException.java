package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * The account may not make this call: not verified (40104), payment required (40200), paused
 * (40201), cost limit (40203), no Backlinks subscription (40204), IP not whitelisted (40207),
 * insufficient funds (40210), any other 402xx but the rate limits, or HTTP 402. Also the client's
 * own spending cap, which refuses a call before sending it ({@link Origin#REQUEST}). Never
 * retryable: a person has to act.
 */
public class AccountException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  /** One whose message is given whole: the service's words and what a person should do. */
  AccountException(String message, Origin origin, int statusCode, String statusMessage, int httpStatus,
      @Nullable String taskId, @Nullable Long retryAfterMillis, @Nullable Throwable cause) {
    super(message, origin, statusCode, statusMessage, httpStatus, taskId, retryAfterMillis, cause);
  }

  /** The client's spending cap refused the call before sending it ({@link Origin#REQUEST}). */
  static AccountException spendingCap(String description) {
    return new AccountException(describe(Origin.REQUEST, 0, description, 0, null), Origin.REQUEST,
        0, description, 0, null, null, null);
  }

  /**
   * A paid call held back, unsent ({@link Origin#REQUEST}), because the service refused the
   * account with {@code refusal} lately ({@link AccountGate}): its code and message, and
   * {@code message} saying so.
   */
  static AccountException heldBack(String message, BacklinksException refusal) {
    return new AccountException(message, Origin.REQUEST, refusal.statusCode(),
        refusal.statusMessage(), 0, null, null, refusal);
  }
}
