package org.backlinks4j;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.backlinks4j.model.SummaryEnvelope;
import org.backlinks4j.model.SummaryResult;
import org.backlinks4j.model.SummaryTask;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a successful summary call: the result when the service has data for the target,
 * and the call's cost, time and task id either way.
 *
 * <p>A target the service knows nothing about is a success without data: {@link #hasData()} is
 * false and {@link #result()} null.
 *
 * <p>The models it hands out ({@link #result()}, {@link #task()}, {@link #envelope()}) are the
 * generated answer models, read-only (getters only, unmodifiable lists and maps): every reader of
 * this summary reads what the service sent.
 */
public final class Summary {
  /** DataForSEO's status code of success, for the call and for its task. */
  public static final int STATUS_OK = 20000;

  private final SummaryEnvelope envelope;
  private final SummaryTask task;
  private final byte[] raw;

  Summary(SummaryEnvelope envelope, SummaryTask task, byte[] raw) {
    this.envelope = envelope;
    this.task = task;
    this.raw = raw;
  }

  /**
   * Whether the service had data for the target.
   *
   * @return true when {@link #result()} is not null
   */
  public boolean hasData() {
    return result() != null;
  }

  /**
   * The backlinks summary, or null when the service has no data for the target.
   *
   * @return the result, or null
   */
  public @Nullable SummaryResult result() {
    List<SummaryResult> results = task.getResult();
    return results == null || results.isEmpty() ? null : results.get(0);
  }

  /**
   * The summary, for callers that treat a target without data as an error.
   *
   * @return the result
   * @throws java.util.NoSuchElementException when the service has no data for the target
   */
  public SummaryResult requireResult() {
    SummaryResult result = result();
    if (result == null) {
      throw new java.util.NoSuchElementException("no backlink data for " + targetOrUnknown());
    }
    return result;
  }

  /**
   * The id DataForSEO gave the task (a UUID); quote it to their support.
   *
   * @return the task id, or null when the service sent none
   */
  public @Nullable String taskId() {
    return task.getId();
  }

  /**
   * What the call cost, in USD (0 when the service did not say).
   *
   * @return the cost
   */
  public double cost() {
    return ResponseReader.costOf(envelope, task);
  }

  /**
   * The service's own measure of the task's time, such as {@code 0.9619 sec.}.
   *
   * @return the time, or null when the service did not say
   */
  public @Nullable String time() {
    return task.getTime();
  }

  /**
   * The whole envelope as it came over the wire, for fields this type does not surface.
   *
   * @return the envelope
   */
  public SummaryEnvelope envelope() {
    return envelope;
  }

  /**
   * The answer exactly as the service sent it: the whole envelope's JSON text, with the service's
   * field order, numbers as written and fields the models do not know, for printing or storing
   * the service's own text. Decoded from the answer's bytes (UTF-8) on each call.
   *
   * @return the answer's JSON
   */
  public String rawJson() {
    return new String(raw, StandardCharsets.UTF_8);
  }

  /**
   * The task as it came over the wire.
   *
   * @return the task
   */
  public SummaryTask task() {
    return task;
  }

  private String targetOrUnknown() {
    return task.getData() != null && task.getData().getTarget() != null
        ? PrintableText.escape(Objects.requireNonNull(task.getData().getTarget()))
        : "the target";
  }

  /** Names the task id, the cost and whether there is data, for logs. */
  @Override
  public String toString() {
    return "Summary{taskId=" + taskId() + ", cost=" + cost() + ", hasData=" + hasData() + "}";
  }
}
