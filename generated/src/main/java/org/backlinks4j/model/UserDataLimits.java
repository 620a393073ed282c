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
 * Limits per day and per minute: in calls under &#x60;rates&#x60;, in USD under &#x60;money&#x60; (the spending limits set in the dashboard; a call beyond the daily one is refused with 40203 until 00:00 UTC). 
 *
 * <p>An answer model, as the service sends it: read-only, its lists and maps unmodifiable, so that
 * every part of a program that reads one answer reads the same values. Only
 * {@code UserDataLimitsJsonAdapter}, generated beside it, makes one, from JSON, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public final class UserDataLimits {
  private final @Nullable UserDataAmounts day;

  private final @Nullable UserDataAmounts minute;

  /** The model of these values, for its JSON adapter: lists and maps are kept as unmodifiable views. */
  UserDataLimits(
      @Nullable UserDataAmounts day,
      @Nullable UserDataAmounts minute) {
    this.day = day;
    this.minute = minute;
  }

  /**
   * The {@code day} field.
   *
   * @return {@code day}, or null when absent
   */
  public @Nullable UserDataAmounts getDay() {
    return day;
  }

  /**
   * The {@code minute} field.
   *
   * @return {@code minute}, or null when absent
   */
  public @Nullable UserDataAmounts getMinute() {
    return minute;
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
    UserDataLimits that = (UserDataLimits) o;
    return Objects.equals(day, that.day)
        && Objects.equals(minute, that.minute);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(day, minute);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "UserDataLimits{"
        + "day=" + day
        + ", minute=" + minute
        + "}";
  }
}

/**
 * Reads and writes {@link UserDataLimits} as the wire's JSON, found by Moshi through
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
final class UserDataLimitsJsonAdapter extends JsonAdapter<UserDataLimits> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "day",
      "minute");
  private final JsonAdapter<UserDataAmounts> dayAdapter;
  private final JsonAdapter<UserDataAmounts> minuteAdapter;

  UserDataLimitsJsonAdapter(Moshi moshi) {
    this.dayAdapter = moshi.adapter(UserDataAmounts.class);
    this.minuteAdapter = moshi.adapter(UserDataAmounts.class);
  }

  @Override
  public UserDataLimits fromJson(JsonReader reader) throws IOException {
    @Nullable UserDataAmounts day = null;
    @Nullable UserDataAmounts minute = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          day = dayAdapter.fromJson(reader);
          break;
        case 2 - 1:
          minute = minuteAdapter.fromJson(reader);
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return new UserDataLimits(
        day,
        minute);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable UserDataLimits value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null UserDataLimits (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("day");
    dayAdapter.toJson(writer, value.getDay());
    writer.name("minute");
    minuteAdapter.toJson(writer, value.getMinute());
    writer.endObject();
  }
}
