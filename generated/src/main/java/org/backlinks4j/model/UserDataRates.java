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
 * The account&#39;s rate limits (its usage statistics are in the raw JSON).
 *
 * <p>An answer model, as the service sends it: read-only, its lists and maps unmodifiable, so that
 * every part of a program that reads one answer reads the same values. Only
 * {@code UserDataRatesJsonAdapter}, generated beside it, makes one, from JSON, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public final class UserDataRates {
  private final @Nullable UserDataLimits limits;

  /** The model of these values, for its JSON adapter: lists and maps are kept as unmodifiable views. */
  UserDataRates(
      @Nullable UserDataLimits limits) {
    this.limits = limits;
  }

  /**
   * The {@code limits} field.
   *
   * @return {@code limits}, or null when absent
   */
  public @Nullable UserDataLimits getLimits() {
    return limits;
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
    UserDataRates that = (UserDataRates) o;
    return Objects.equals(limits, that.limits);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(limits);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "UserDataRates{"
        + "limits=" + limits
        + "}";
  }
}

/**
 * Reads and writes {@link UserDataRates} as the wire's JSON, found by Moshi through
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
final class UserDataRatesJsonAdapter extends JsonAdapter<UserDataRates> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "limits");
  private final JsonAdapter<UserDataLimits> limitsAdapter;

  UserDataRatesJsonAdapter(Moshi moshi) {
    this.limitsAdapter = moshi.adapter(UserDataLimits.class);
  }

  @Override
  public UserDataRates fromJson(JsonReader reader) throws IOException {
    @Nullable UserDataLimits limits = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          limits = limitsAdapter.fromJson(reader);
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return new UserDataRates(
        limits);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable UserDataRates value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null UserDataRates (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("limits");
    limitsAdapter.toJson(writer, value.getLimits());
    writer.endObject();
  }
}
