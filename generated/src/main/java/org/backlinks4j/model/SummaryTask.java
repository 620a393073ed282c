/*
 * Generated from spec/backlinks-summary.yaml by openapi-generator through tools/openapi-templates.
 * Do not edit: change the spec or a template, then run tools/regenerate.
 */

package org.backlinks4j.model;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one task.
 *
 * <p>A mutable wire model, as the service sends and takes it; fields not marked
 * {@code @Nullable} are required by the spec.
 */
public class SummaryTask {
  @Json(name = "id")
  private @Nullable String id;

  @Json(name = "status_code")
  private @Nullable Integer statusCode;

  @Json(name = "status_message")
  private @Nullable String statusMessage;

  @Json(name = "time")
  private @Nullable String time;

  @Json(name = "cost")
  private @Nullable Double cost;

  @Json(name = "result_count")
  private @Nullable Integer resultCount;

  @Json(name = "path")
  private @Nullable List<String> path;

  @Json(name = "data")
  private @Nullable SummaryTaskData data;

  @Json(name = "result")
  private @Nullable List<SummaryResult> result;

  /** An empty model; set its fields with the chained setters. */
  public SummaryTask() {
  }

  /**
   * Sets {@code id} and returns this model.
   *
   * @param id the new value, or null to leave it out
   * @return this model
   */
  public SummaryTask id(@Nullable String id) {
    this.id = id;
    return this;
  }

  /**
   * The task&#39;s identifier (a UUID); quote it to DataForSEO support.
   *
   * @return {@code id}, or null when absent
   */
  public @Nullable String getId() {
    return id;
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value, or null to leave it out
   */
  public void setId(@Nullable String id) {
    this.id = id;
  }

  /**
   * Sets {@code status_code} and returns this model.
   *
   * @param statusCode the new value, or null to leave it out
   * @return this model
   */
  public SummaryTask statusCode(@Nullable Integer statusCode) {
    this.statusCode = statusCode;
    return this;
  }

  /**
   * Status of this task; 20000 is success.
   *
   * @return {@code status_code}, or null when absent
   */
  public @Nullable Integer getStatusCode() {
    return statusCode;
  }

  /**
   * Sets {@code status_code}.
   *
   * @param statusCode the new value, or null to leave it out
   */
  public void setStatusCode(@Nullable Integer statusCode) {
    this.statusCode = statusCode;
  }

  /**
   * Sets {@code status_message} and returns this model.
   *
   * @param statusMessage the new value, or null to leave it out
   * @return this model
   */
  public SummaryTask statusMessage(@Nullable String statusMessage) {
    this.statusMessage = statusMessage;
    return this;
  }

  /**
   * Words for &#x60;status_code&#x60;.
   *
   * @return {@code status_message}, or null when absent
   */
  public @Nullable String getStatusMessage() {
    return statusMessage;
  }

  /**
   * Sets {@code status_message}.
   *
   * @param statusMessage the new value, or null to leave it out
   */
  public void setStatusMessage(@Nullable String statusMessage) {
    this.statusMessage = statusMessage;
  }

  /**
   * Sets {@code time} and returns this model.
   *
   * @param time the new value, or null to leave it out
   * @return this model
   */
  public SummaryTask time(@Nullable String time) {
    this.time = time;
    return this;
  }

  /**
   * Time the task took, as text such as &#x60;0.9619 sec.&#x60;.
   *
   * @return {@code time}, or null when absent
   */
  public @Nullable String getTime() {
    return time;
  }

  /**
   * Sets {@code time}.
   *
   * @param time the new value, or null to leave it out
   */
  public void setTime(@Nullable String time) {
    this.time = time;
  }

  /**
   * Sets {@code cost} and returns this model.
   *
   * @param cost the new value, or null to leave it out
   * @return this model
   */
  public SummaryTask cost(@Nullable Double cost) {
    this.cost = cost;
    return this;
  }

  /**
   * What the task cost, in USD.
   *
   * @return {@code cost}, or null when absent
   */
  public @Nullable Double getCost() {
    return cost;
  }

  /**
   * Sets {@code cost}.
   *
   * @param cost the new value, or null to leave it out
   */
  public void setCost(@Nullable Double cost) {
    this.cost = cost;
  }

  /**
   * Sets {@code result_count} and returns this model.
   *
   * @param resultCount the new value, or null to leave it out
   * @return this model
   */
  public SummaryTask resultCount(@Nullable Integer resultCount) {
    this.resultCount = resultCount;
    return this;
  }

  /**
   * How many entries &#x60;result&#x60; holds; 0 when the service has no data for the target.
   *
   * @return {@code result_count}, or null when absent
   */
  public @Nullable Integer getResultCount() {
    return resultCount;
  }

  /**
   * Sets {@code result_count}.
   *
   * @param resultCount the new value, or null to leave it out
   */
  public void setResultCount(@Nullable Integer resultCount) {
    this.resultCount = resultCount;
  }

  /**
   * Sets {@code path} and returns this model.
   *
   * @param path the new value, or null to leave it out
   * @return this model
   */
  public SummaryTask path(@Nullable List<String> path) {
    this.path = path;
    return this;
  }

  /**
   * The endpoint&#39;s path, split at the slashes.
   *
   * @return {@code path}, or null when absent
   */
  public @Nullable List<String> getPath() {
    return path;
  }

  /**
   * Sets {@code path}.
   *
   * @param path the new value, or null to leave it out
   */
  public void setPath(@Nullable List<String> path) {
    this.path = path;
  }

  /**
   * Sets {@code data} and returns this model.
   *
   * @param data the new value, or null to leave it out
   * @return this model
   */
  public SummaryTask data(@Nullable SummaryTaskData data) {
    this.data = data;
    return this;
  }

  /**
   * The {@code data} field.
   *
   * @return {@code data}, or null when absent
   */
  public @Nullable SummaryTaskData getData() {
    return data;
  }

  /**
   * Sets {@code data}.
   *
   * @param data the new value, or null to leave it out
   */
  public void setData(@Nullable SummaryTaskData data) {
    this.data = data;
  }

  /**
   * Sets {@code result} and returns this model.
   *
   * @param result the new value, or null to leave it out
   * @return this model
   */
  public SummaryTask result(@Nullable List<SummaryResult> result) {
    this.result = result;
    return this;
  }

  /**
   * One summary, or null when the task failed or the service has no data for the target.
   *
   * @return {@code result}, or null when absent
   */
  public @Nullable List<SummaryResult> getResult() {
    return result;
  }

  /**
   * Sets {@code result}.
   *
   * @param result the new value, or null to leave it out
   */
  public void setResult(@Nullable List<SummaryResult> result) {
    this.result = result;
  }

  /** Equal when every field is. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SummaryTask that = (SummaryTask) o;
    return Objects.equals(id, that.id)
        && Objects.equals(statusCode, that.statusCode)
        && Objects.equals(statusMessage, that.statusMessage)
        && Objects.equals(time, that.time)
        && Objects.equals(cost, that.cost)
        && Objects.equals(resultCount, that.resultCount)
        && Objects.equals(path, that.path)
        && Objects.equals(data, that.data)
        && Objects.equals(result, that.result);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(id, statusCode, statusMessage, time, cost, resultCount, path, data, result);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "SummaryTask{"
        + "id=" + id
        + ", status_code=" + statusCode
        + ", status_message=" + statusMessage
        + ", time=" + time
        + ", cost=" + cost
        + ", result_count=" + resultCount
        + ", path=" + path
        + ", data=" + data
        + ", result=" + result
        + "}";
  }
}
