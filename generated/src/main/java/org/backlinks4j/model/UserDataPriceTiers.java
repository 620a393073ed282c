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
 * The prices of one method, by the priority a task was set with (a live call has the normal one).
 *
 * <p>An answer model, as the service sends it: read-only, its lists and maps unmodifiable, so that
 * every part of a program that reads one answer reads the same values. Only
 * {@code UserDataPriceTiersJsonAdapter}, generated beside it, makes one, from JSON, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public final class UserDataPriceTiers {
  private final @Nullable List<UserDataPrice> priorityLow;

  private final @Nullable List<UserDataPrice> priorityNormal;

  private final @Nullable List<UserDataPrice> priorityHigh;

  /** The model of these values, for its JSON adapter: lists and maps are kept as unmodifiable views. */
  UserDataPriceTiers(
      @Nullable List<UserDataPrice> priorityLow,
      @Nullable List<UserDataPrice> priorityNormal,
      @Nullable List<UserDataPrice> priorityHigh) {
    this.priorityLow = ModelJson.readOnly(priorityLow);
    this.priorityNormal = ModelJson.readOnly(priorityNormal);
    this.priorityHigh = ModelJson.readOnly(priorityHigh);
  }

  /**
   * The parts of the price at low priority.
   *
   * @return {@code priority_low}, or null when absent
   */
  public @Nullable List<UserDataPrice> getPriorityLow() {
    return priorityLow;
  }

  /**
   * The parts of the price at normal priority, such as a price per call and one per result.
   *
   * @return {@code priority_normal}, or null when absent
   */
  public @Nullable List<UserDataPrice> getPriorityNormal() {
    return priorityNormal;
  }

  /**
   * The parts of the price at high priority.
   *
   * @return {@code priority_high}, or null when absent
   */
  public @Nullable List<UserDataPrice> getPriorityHigh() {
    return priorityHigh;
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
    UserDataPriceTiers that = (UserDataPriceTiers) o;
    return Objects.equals(priorityLow, that.priorityLow)
        && Objects.equals(priorityNormal, that.priorityNormal)
        && Objects.equals(priorityHigh, that.priorityHigh);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(priorityLow, priorityNormal, priorityHigh);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "UserDataPriceTiers{"
        + "priority_low=" + priorityLow
        + ", priority_normal=" + priorityNormal
        + ", priority_high=" + priorityHigh
        + "}";
  }
}

/**
 * Reads and writes {@link UserDataPriceTiers} as the wire's JSON, found by Moshi through
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
final class UserDataPriceTiersJsonAdapter extends JsonAdapter<UserDataPriceTiers> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "priority_low",
      "priority_normal",
      "priority_high");
  private final JsonAdapter<List<UserDataPrice>> priorityLowAdapter;
  private final JsonAdapter<List<UserDataPrice>> priorityNormalAdapter;
  private final JsonAdapter<List<UserDataPrice>> priorityHighAdapter;

  UserDataPriceTiersJsonAdapter(Moshi moshi) {
    this.priorityLowAdapter = moshi.adapter(Types.newParameterizedType(List.class, UserDataPrice.class));
    this.priorityNormalAdapter = moshi.adapter(Types.newParameterizedType(List.class, UserDataPrice.class));
    this.priorityHighAdapter = moshi.adapter(Types.newParameterizedType(List.class, UserDataPrice.class));
  }

  @Override
  public UserDataPriceTiers fromJson(JsonReader reader) throws IOException {
    @Nullable List<UserDataPrice> priorityLow = null;
    @Nullable List<UserDataPrice> priorityNormal = null;
    @Nullable List<UserDataPrice> priorityHigh = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          priorityLow = priorityLowAdapter.fromJson(reader);
          break;
        case 2 - 1:
          priorityNormal = priorityNormalAdapter.fromJson(reader);
          break;
        case 3 - 1:
          priorityHigh = priorityHighAdapter.fromJson(reader);
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return new UserDataPriceTiers(
        priorityLow,
        priorityNormal,
        priorityHigh);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable UserDataPriceTiers value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null UserDataPriceTiers (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("priority_low");
    priorityLowAdapter.toJson(writer, value.getPriorityLow());
    writer.name("priority_normal");
    priorityNormalAdapter.toJson(writer, value.getPriorityNormal());
    writer.name("priority_high");
    priorityHighAdapter.toJson(writer, value.getPriorityHigh());
    writer.endObject();
  }
}
