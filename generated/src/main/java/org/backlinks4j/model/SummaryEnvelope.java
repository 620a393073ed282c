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
 * What every call answers with, whether it worked or not.
 *
 * <p>An answer model, as the service sends it: read-only, its lists and maps unmodifiable, so that
 * every part of a program that reads one answer reads the same values. Only
 * {@code SummaryEnvelopeJsonAdapter}, generated beside it, makes one, from JSON, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public final class SummaryEnvelope implements org.backlinks4j.internal.WireEnvelope<SummaryTask> {
  private final @Nullable String version;

  private final @Nullable Integer statusCode;

  private final @Nullable String statusMessage;

  private final @Nullable String time;

  private final @Nullable Double cost;

  private final @Nullable Integer tasksCount;

  private final @Nullable Integer tasksError;

  private final @Nullable List<SummaryTask> tasks;

  /** The model of these values, for its JSON adapter: lists and maps are kept as unmodifiable views. */
  SummaryEnvelope(
      @Nullable String version,
      @Nullable Integer statusCode,
      @Nullable String statusMessage,
      @Nullable String time,
      @Nullable Double cost,
      @Nullable Integer tasksCount,
      @Nullable Integer tasksError,
      @Nullable List<SummaryTask> tasks) {
    this.version = version;
    this.statusCode = statusCode;
    this.statusMessage = statusMessage;
    this.time = time;
    this.cost = cost;
    this.tasksCount = tasksCount;
    this.tasksError = tasksError;
    this.tasks = ModelJson.readOnly(tasks);
  }

  /**
   * Version of the API that answered.
   *
   * @return {@code version}, or null when absent
   */
  public @Nullable String getVersion() {
    return version;
  }

  /**
   * Status of the call as a whole; 20000 is success, anything else an error.
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
   * Time the call took, as text such as &#x60;1.0162 sec.&#x60;.
   *
   * @return {@code time}, or null when absent
   */
  public @Nullable String getTime() {
    return time;
  }

  /**
   * What the call cost, in USD.
   *
   * @return {@code cost}, or null when absent
   */
  public @Nullable Double getCost() {
    return cost;
  }

  /**
   * How many tasks the envelope holds.
   *
   * @return {@code tasks_count}, or null when absent
   */
  public @Nullable Integer getTasksCount() {
    return tasksCount;
  }

  /**
   * How many of those tasks failed.
   *
   * @return {@code tasks_error}, or null when absent
   */
  public @Nullable Integer getTasksError() {
    return tasksError;
  }

  /**
   * The tasks of the call, one for a live call; null when the call as a whole failed.
   *
   * @return {@code tasks}, or null when absent
   */
  public @Nullable List<SummaryTask> getTasks() {
    return tasks;
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
    SummaryEnvelope that = (SummaryEnvelope) o;
    return Objects.equals(version, that.version)
        && Objects.equals(statusCode, that.statusCode)
        && Objects.equals(statusMessage, that.statusMessage)
        && Objects.equals(time, that.time)
        && Objects.equals(cost, that.cost)
        && Objects.equals(tasksCount, that.tasksCount)
        && Objects.equals(tasksError, that.tasksError)
        && Objects.equals(tasks, that.tasks);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(version, statusCode, statusMessage, time, cost, tasksCount, tasksError, tasks);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "SummaryEnvelope{"
        + "version=" + version
        + ", status_code=" + statusCode
        + ", status_message=" + statusMessage
        + ", time=" + time
        + ", cost=" + cost
        + ", tasks_count=" + tasksCount
        + ", tasks_error=" + tasksError
        + ", tasks=" + tasks
        + "}";
  }
}

/**
 * Reads and writes {@link SummaryEnvelope} as the wire's JSON, found by Moshi through
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
final class SummaryEnvelopeJsonAdapter extends JsonAdapter<SummaryEnvelope> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "version",
      "status_code",
      "status_message",
      "time",
      "cost",
      "tasks_count",
      "tasks_error",
      "tasks");
  private final JsonAdapter<List<SummaryTask>> tasksAdapter;

  SummaryEnvelopeJsonAdapter(Moshi moshi) {
    this.tasksAdapter = moshi.adapter(Types.newParameterizedType(List.class, SummaryTask.class));
  }

  @Override
  public SummaryEnvelope fromJson(JsonReader reader) throws IOException {
    @Nullable String version = null;
    @Nullable Integer statusCode = null;
    @Nullable String statusMessage = null;
    @Nullable String time = null;
    @Nullable Double cost = null;
    @Nullable Integer tasksCount = null;
    @Nullable Integer tasksError = null;
    @Nullable List<SummaryTask> tasks = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          version = ModelJson.nextString(reader);
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
          tasksCount = ModelJson.nextInt(reader);
          break;
        case 7 - 1:
          tasksError = ModelJson.nextInt(reader);
          break;
        case 8 - 1:
          tasks = tasksAdapter.fromJson(reader);
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return new SummaryEnvelope(
        version,
        statusCode,
        statusMessage,
        time,
        cost,
        tasksCount,
        tasksError,
        tasks);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable SummaryEnvelope value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null SummaryEnvelope (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("version");
    writer.value(value.getVersion());
    writer.name("status_code");
    writer.value(value.getStatusCode());
    writer.name("status_message");
    writer.value(value.getStatusMessage());
    writer.name("time");
    writer.value(value.getTime());
    writer.name("cost");
    writer.value(value.getCost());
    writer.name("tasks_count");
    writer.value(value.getTasksCount());
    writer.name("tasks_error");
    writer.value(value.getTasksError());
    writer.name("tasks");
    tasksAdapter.toJson(writer, value.getTasks());
    writer.endObject();
  }
}
