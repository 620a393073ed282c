/*
 * Generated from spec/backlinks-summary.yaml by openapi-generator through tools/openapi-templates.
 * Do not edit: change the spec or a template, then run tools/regenerate.
 */

package org.backlinks4j.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonClass;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.backlinks4j.internal.ModelJson;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one bulk_pages_summary task.
 *
 * <p>A mutable wire model, as the service sends and takes it; fields not marked
 * {@code @Nullable} are required by the spec. Moshi reads and writes it through
 * {@code BulkPagesSummaryTaskJsonAdapter}, generated beside it, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public class BulkPagesSummaryTask implements org.backlinks4j.internal.WireTask<BulkPagesSummaryResult> {
  private @Nullable String id;

  private @Nullable Integer statusCode;

  private @Nullable String statusMessage;

  private @Nullable String time;

  private @Nullable Double cost;

  private @Nullable Integer resultCount;

  private @Nullable List<String> path;

  private @Nullable BulkPagesSummaryTaskData data;

  private @Nullable List<BulkPagesSummaryResult> result;

  /** An empty model; set its fields with the chained setters. */
  public BulkPagesSummaryTask() {
  }

  /**
   * A shallow copy of {@code other}: the copy's fields are {@code other}'s, lists and maps shared.
   *
   * @param other the model to copy
   */
  public BulkPagesSummaryTask(BulkPagesSummaryTask other) {
    this.id = other.id;
    this.statusCode = other.statusCode;
    this.statusMessage = other.statusMessage;
    this.time = other.time;
    this.cost = other.cost;
    this.resultCount = other.resultCount;
    this.path = other.path;
    this.data = other.data;
    this.result = other.result;
  }

  /**
   * Sets {@code id} and returns this model.
   *
   * @param id the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryTask id(@Nullable String id) {
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
  public BulkPagesSummaryTask statusCode(@Nullable Integer statusCode) {
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
  public BulkPagesSummaryTask statusMessage(@Nullable String statusMessage) {
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
  public BulkPagesSummaryTask time(@Nullable String time) {
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
  public BulkPagesSummaryTask cost(@Nullable Double cost) {
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
  public BulkPagesSummaryTask resultCount(@Nullable Integer resultCount) {
    this.resultCount = resultCount;
    return this;
  }

  /**
   * How many entries &#x60;result&#x60; holds (one when the task worked).
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
  public BulkPagesSummaryTask path(@Nullable List<String> path) {
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
  public BulkPagesSummaryTask data(@Nullable BulkPagesSummaryTaskData data) {
    this.data = data;
    return this;
  }

  /**
   * The {@code data} field.
   *
   * @return {@code data}, or null when absent
   */
  public @Nullable BulkPagesSummaryTaskData getData() {
    return data;
  }

  /**
   * Sets {@code data}.
   *
   * @param data the new value, or null to leave it out
   */
  public void setData(@Nullable BulkPagesSummaryTaskData data) {
    this.data = data;
  }

  /**
   * Sets {@code result} and returns this model.
   *
   * @param result the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryTask result(@Nullable List<BulkPagesSummaryResult> result) {
    this.result = result;
    return this;
  }

  /**
   * One result holding the items, or null when the task failed.
   *
   * @return {@code result}, or null when absent
   */
  public @Nullable List<BulkPagesSummaryResult> getResult() {
    return result;
  }

  /**
   * Sets {@code result}.
   *
   * @param result the new value, or null to leave it out
   */
  public void setResult(@Nullable List<BulkPagesSummaryResult> result) {
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
    BulkPagesSummaryTask that = (BulkPagesSummaryTask) o;
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
    return "BulkPagesSummaryTask{"
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

/**
 * Reads and writes {@link BulkPagesSummaryTask} as the wire's JSON, found by Moshi through
 * {@code @JsonClass} (the name Moshi looks for is the model's plus {@code JsonAdapter}).
 *
 * <p>Generated rather than left to Moshi's reflective adapter: names are matched through
 * {@link JsonReader.Options} and fields set directly, which the benchmarks showed to be faster, and
 * no field needs keeping from R8 for reflection. Fields are written in the spec's order; an absent
 * (null) one is left out, an unknown name read is skipped. Strings, numbers and booleans, and maps of
 * them (a null inside such a map kept both ways), are read and written here and through
 * {@code ModelJson}; other fields (models, enums, lists, other maps) through Moshi's adapter for
 * their type; a schema marked {@code x-java-json-array} is a plain JSON array of values (a
 * {@code List<Object>}), written as it is.
 */
final class BulkPagesSummaryTaskJsonAdapter extends JsonAdapter<BulkPagesSummaryTask> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "id",
      "status_code",
      "status_message",
      "time",
      "cost",
      "result_count",
      "path",
      "data",
      "result");
  private final JsonAdapter<List<String>> pathAdapter;
  private final JsonAdapter<BulkPagesSummaryTaskData> dataAdapter;
  private final JsonAdapter<List<BulkPagesSummaryResult>> resultAdapter;

  BulkPagesSummaryTaskJsonAdapter(Moshi moshi) {
    this.pathAdapter = moshi.adapter(Types.newParameterizedType(List.class, String.class));
    this.dataAdapter = moshi.adapter(BulkPagesSummaryTaskData.class);
    this.resultAdapter = moshi.adapter(Types.newParameterizedType(List.class, BulkPagesSummaryResult.class));
  }

  @Override
  public BulkPagesSummaryTask fromJson(JsonReader reader) throws IOException {
    BulkPagesSummaryTask value = new BulkPagesSummaryTask();
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          value.setId(ModelJson.nextString(reader));
          break;
        case 2 - 1:
          value.setStatusCode(ModelJson.nextInt(reader));
          break;
        case 3 - 1:
          value.setStatusMessage(ModelJson.nextString(reader));
          break;
        case 4 - 1:
          value.setTime(ModelJson.nextString(reader));
          break;
        case 5 - 1:
          value.setCost(ModelJson.nextDouble(reader));
          break;
        case 6 - 1:
          value.setResultCount(ModelJson.nextInt(reader));
          break;
        case 7 - 1:
          value.setPath(pathAdapter.fromJson(reader));
          break;
        case 8 - 1:
          value.setData(dataAdapter.fromJson(reader));
          break;
        case 9 - 1:
          value.setResult(resultAdapter.fromJson(reader));
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable BulkPagesSummaryTask value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null BulkPagesSummaryTask (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("id");
    writer.value(value.getId());
    writer.name("status_code");
    writer.value(value.getStatusCode());
    writer.name("status_message");
    writer.value(value.getStatusMessage());
    writer.name("time");
    writer.value(value.getTime());
    writer.name("cost");
    writer.value(value.getCost());
    writer.name("result_count");
    writer.value(value.getResultCount());
    writer.name("path");
    pathAdapter.toJson(writer, value.getPath());
    writer.name("data");
    dataAdapter.toJson(writer, value.getData());
    writer.name("result");
    resultAdapter.toJson(writer, value.getResult());
    writer.endObject();
  }
}
