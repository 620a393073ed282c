package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * A summary call that did not succeed: the service answered with an error status code, the
 * network failed, or the answer could not be understood.
 *
 * <p>Carries DataForSEO's status code and message (0 and a description when the failure happened
 * before the service could answer), the HTTP status (0 when there was no HTTP answer), the task id
 * when the failure belongs to a task, and whether trying again can help.
 */
public class BacklinksException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  // The fields are this exception's serialized form, which javadoc documents: hence the comments.
  /** DataForSEO's status code, or 0. */
  private final int statusCode;
  /** DataForSEO's status message, or a description of the failure. */
  private final String statusMessage;
  /** The HTTP status, or 0. */
  private final int httpStatus;
  /** The failed task's id, or null. */
  private final @Nullable String taskId;
  /** Whether trying again can help. */
  private final boolean retryable;

  /**
   * An exception with all its parts.
   *
   * @param statusCode DataForSEO's status code, or 0 when there is none
   * @param statusMessage DataForSEO's status message, or a description of the failure
   * @param httpStatus the HTTP status, or 0 when there was no HTTP answer
   * @param taskId the task id when the failure is a task's, else null
   * @param retryable whether trying again can help
   * @param cause the underlying failure, or null
   */
  public BacklinksException(
      int statusCode,
      String statusMessage,
      int httpStatus,
      @Nullable String taskId,
      boolean retryable,
      @Nullable Throwable cause) {
    super(describe(statusCode, statusMessage, httpStatus, taskId), cause);
    this.statusCode = statusCode;
    this.statusMessage = statusMessage;
    this.httpStatus = httpStatus;
    this.taskId = taskId;
    this.retryable = retryable;
  }

  private static String describe(
      int statusCode, String statusMessage, int httpStatus, @Nullable String taskId) {
    StringBuilder s = new StringBuilder();
    if (statusCode != 0) {
      s.append("DataForSEO status ").append(statusCode).append(": ");
    }
    s.append(statusMessage);
    if (httpStatus != 0 && httpStatus != 200) {
      s.append(" (HTTP ").append(httpStatus).append(')');
    }
    if (taskId != null) {
      s.append(" [task ").append(taskId).append(']');
    }
    return s.toString();
  }

  /**
   * DataForSEO's status code, such as 40501; 0 when the failure happened before it could answer.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * DataForSEO's status message, or a description of a failure it did not report.
   *
   * @return the message
   */
  public String statusMessage() {
    return statusMessage;
  }

  /**
   * The HTTP status of the answer, or 0 when there was none.
   *
   * @return the HTTP status
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The id of the task that failed, or null when the failure is not a task's.
   *
   * @return the task id, or null
   */
  public @Nullable String taskId() {
    return taskId;
  }

  /**
   * Whether the same call may succeed if tried again later.
   *
   * @return true when a retry can help
   */
  public boolean isRetryable() {
    return retryable;
  }
}
