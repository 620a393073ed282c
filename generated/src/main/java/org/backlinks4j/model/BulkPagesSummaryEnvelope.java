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
 * What every bulk_pages_summary call answers with, whether it worked or not.
 *
 * <p>A mutable wire model, as the service sends and takes it; fields not marked
 * {@code @Nullable} are required by the spec. Moshi reads and writes it through
 * {@code BulkPagesSummaryEnvelopeJsonAdapter}, generated beside it, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public class BulkPagesSummaryEnvelope implements org.backlinks4j.internal.WireEnvelope<BulkPagesSummaryTask> {
  private @Nullable String version;

  private @Nullable Integer statusCode;

  private @Nullable String statusMessage;

  private @Nullable String time;

  private @Nullable Double cost;

  private @Nullable Integer tasksCount;

  private @Nullable Integer tasksError;

  private @Nullable List<BulkPagesSummaryTask> tasks;

  /** An empty model; set its fields with the chained setters. */
  public BulkPagesSummaryEnvelope() {
  }

  /**
   * A shallow copy of {@code other}: the copy's fields are {@code other}'s, lists and maps shared.
   *
   * @param other the model to copy
   */
  public BulkPagesSummaryEnvelope(BulkPagesSummaryEnvelope other) {
    this.version = other.version;
    this.statusCode = other.statusCode;
    this.statusMessage = other.statusMessage;
    this.time = other.time;
    this.cost = other.cost;
    this.tasksCount = other.tasksCount;
    this.tasksError = other.tasksError;
    this.tasks = other.tasks;
  }

  /**
   * Sets {@code version} and returns this model.
   *
   * @param version the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryEnvelope version(@Nullable String version) {
    this.version = version;
    return this;
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
   * Sets {@code version}.
   *
   * @param version the new value, or null to leave it out
   */
  public void setVersion(@Nullable String version) {
    this.version = version;
  }

  /**
   * Sets {@code status_code} and returns this model.
   *
   * @param statusCode the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryEnvelope statusCode(@Nullable Integer statusCode) {
    this.statusCode = statusCode;
    return this;
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
  public BulkPagesSummaryEnvelope statusMessage(@Nullable String statusMessage) {
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
  public BulkPagesSummaryEnvelope time(@Nullable String time) {
    this.time = time;
    return this;
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
  public BulkPagesSummaryEnvelope cost(@Nullable Double cost) {
    this.cost = cost;
    return this;
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
   * Sets {@code cost}.
   *
   * @param cost the new value, or null to leave it out
   */
  public void setCost(@Nullable Double cost) {
    this.cost = cost;
  }

  /**
   * Sets {@code tasks_count} and returns this model.
   *
   * @param tasksCount the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryEnvelope tasksCount(@Nullable Integer tasksCount) {
    this.tasksCount = tasksCount;
    return this;
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
   * Sets {@code tasks_count}.
   *
   * @param tasksCount the new value, or null to leave it out
   */
  public void setTasksCount(@Nullable Integer tasksCount) {
    this.tasksCount = tasksCount;
  }

  /**
   * Sets {@code tasks_error} and returns this model.
   *
   * @param tasksError the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryEnvelope tasksError(@Nullable Integer tasksError) {
    this.tasksError = tasksError;
    return this;
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
   * Sets {@code tasks_error}.
   *
   * @param tasksError the new value, or null to leave it out
   */
  public void setTasksError(@Nullable Integer tasksError) {
    this.tasksError = tasksError;
  }

  /**
   * Sets {@code tasks} and returns this model.
   *
   * @param tasks the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryEnvelope tasks(@Nullable List<BulkPagesSummaryTask> tasks) {
    this.tasks = tasks;
    return this;
  }

  /**
   * The tasks of the call, one for a live call; null when the call as a whole failed.
   *
   * @return {@code tasks}, or null when absent
   */
  public @Nullable List<BulkPagesSummaryTask> getTasks() {
    return tasks;
  }

  /**
   * Sets {@code tasks}.
   *
   * @param tasks the new value, or null to leave it out
   */
  public void setTasks(@Nullable List<BulkPagesSummaryTask> tasks) {
    this.tasks = tasks;
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
    BulkPagesSummaryEnvelope that = (BulkPagesSummaryEnvelope) o;
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
    return "BulkPagesSummaryEnvelope{"
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
 * Reads and writes {@link BulkPagesSummaryEnvelope} as the wire's JSON, found by Moshi through
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
final class BulkPagesSummaryEnvelopeJsonAdapter extends JsonAdapter<BulkPagesSummaryEnvelope> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "version",
      "status_code",
      "status_message",
      "time",
      "cost",
      "tasks_count",
      "tasks_error",
      "tasks");
  private final JsonAdapter<List<BulkPagesSummaryTask>> tasksAdapter;

  BulkPagesSummaryEnvelopeJsonAdapter(Moshi moshi) {
    this.tasksAdapter = moshi.adapter(Types.newParameterizedType(List.class, BulkPagesSummaryTask.class));
  }

  @Override
  public BulkPagesSummaryEnvelope fromJson(JsonReader reader) throws IOException {
    BulkPagesSummaryEnvelope value = new BulkPagesSummaryEnvelope();
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          value.setVersion(ModelJson.nextString(reader));
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
          value.setTasksCount(ModelJson.nextInt(reader));
          break;
        case 7 - 1:
          value.setTasksError(ModelJson.nextInt(reader));
          break;
        case 8 - 1:
          value.setTasks(tasksAdapter.fromJson(reader));
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
  public void toJson(JsonWriter writer, @Nullable BulkPagesSummaryEnvelope value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null BulkPagesSummaryEnvelope (Moshi wraps this adapter in nullSafe())");
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
