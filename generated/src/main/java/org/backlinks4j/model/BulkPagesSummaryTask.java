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
 * <p>An answer model, as the service sends it: read-only, its lists and maps unmodifiable, so that
 * every part of a program that reads one answer reads the same values. Only
 * {@code BulkPagesSummaryTaskJsonAdapter}, generated beside it, makes one, from JSON, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public final class BulkPagesSummaryTask implements org.backlinks4j.internal.WireTask<BulkPagesSummaryResult> {
  private final @Nullable String id;

  private final @Nullable Integer statusCode;

  private final @Nullable String statusMessage;

  private final @Nullable String time;

  private final @Nullable Double cost;

  private final @Nullable Integer resultCount;

  private final @Nullable List<String> path;

  private final @Nullable BulkPagesSummaryTaskData data;

  private final @Nullable List<BulkPagesSummaryResult> result;

  /** The model of these values, for its JSON adapter: lists and maps are kept as unmodifiable views. */
  BulkPagesSummaryTask(
      @Nullable String id,
      @Nullable Integer statusCode,
      @Nullable String statusMessage,
      @Nullable String time,
      @Nullable Double cost,
      @Nullable Integer resultCount,
      @Nullable List<String> path,
      @Nullable BulkPagesSummaryTaskData data,
      @Nullable List<BulkPagesSummaryResult> result) {
    this.id = id;
    this.statusCode = statusCode;
    this.statusMessage = statusMessage;
    this.time = time;
    this.cost = cost;
    this.resultCount = resultCount;
    this.path = ModelJson.readOnly(path);
    this.data = data;
    this.result = ModelJson.readOnly(result);
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
   * Status of this task; 20000 is success.
   *
   * @return {@code status_code}, or null when absent
   */
  public @Nullable Integer getStatusCode() {
    return statusCode;
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
   * Time the task took, as text such as &#x60;0.9619 sec.&#x60;.
   *
   * @return {@code time}, or null when absent
   */
  public @Nullable String getTime() {
    return time;
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
   * How many entries &#x60;result&#x60; holds (one when the task worked).
   *
   * @return {@code result_count}, or null when absent
   */
  public @Nullable Integer getResultCount() {
    return resultCount;
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
   * The {@code data} field.
   *
   * @return {@code data}, or null when absent
   */
  public @Nullable BulkPagesSummaryTaskData getData() {
    return data;
  }

  /**
   * One result holding the items, or null when the task failed.
   *
   * @return {@code result}, or null when absent
   */
  public @Nullable List<BulkPagesSummaryResult> getResult() {
    return result;
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
 * {@link JsonReader.Options} and values read without reflection, which the benchmarks showed to be
 * faster, and no field needs keeping from R8. The values read go to the model's package-private
 * constructor: an answer model has no other way in. Fields are written in the spec's order; an
 * absent (null) one is left out, an unknown name read is skipped. Strings, numbers and booleans, and maps of
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
    @Nullable String id = null;
    @Nullable Integer statusCode = null;
    @Nullable String statusMessage = null;
    @Nullable String time = null;
    @Nullable Double cost = null;
    @Nullable Integer resultCount = null;
    @Nullable List<String> path = null;
    @Nullable BulkPagesSummaryTaskData data = null;
    @Nullable List<BulkPagesSummaryResult> result = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          id = ModelJson.nextString(reader);
          break;
        case 2 - 1:
          statusCode = ModelJson.nextInt(reader);
          break;
        case 3 - 1:
          statusMessage = ModelJson.nextString(reader);
          break;
        case 4 - 1:
          time = ModelJson.nextString(reader);
          break;
        case 5 - 1:
          cost = ModelJson.nextDouble(reader);
          break;
        case 6 - 1:
          resultCount = ModelJson.nextInt(reader);
          break;
        case 7 - 1:
          path = pathAdapter.fromJson(reader);
          break;
        case 8 - 1:
          data = dataAdapter.fromJson(reader);
          break;
        case 9 - 1:
          result = resultAdapter.fromJson(reader);
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return new BulkPagesSummaryTask(
        id,
        statusCode,
        statusMessage,
        time,
        cost,
        resultCount,
        path,
        data,
        result);
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
