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
 * The prices of one function, by method.
 *
 * <p>An answer model, as the service sends it: read-only, its lists and maps unmodifiable, so that
 * every part of a program that reads one answer reads the same values. Only
 * {@code UserDataFunctionPricesJsonAdapter}, generated beside it, makes one, from JSON, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public final class UserDataFunctionPrices {
  private final @Nullable UserDataPriceTiers live;

  /** The model of these values, for its JSON adapter: lists and maps are kept as unmodifiable views. */
  UserDataFunctionPrices(
      @Nullable UserDataPriceTiers live) {
    this.live = live;
  }

  /**
   * The {@code live} field.
   *
   * @return {@code live}, or null when absent
   */
  public @Nullable UserDataPriceTiers getLive() {
    return live;
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
    UserDataFunctionPrices that = (UserDataFunctionPrices) o;
    return Objects.equals(live, that.live);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(live);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "UserDataFunctionPrices{"
        + "live=" + live
        + "}";
  }
}

/**
 * Reads and writes {@link UserDataFunctionPrices} as the wire's JSON, found by Moshi through
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
final class UserDataFunctionPricesJsonAdapter extends JsonAdapter<UserDataFunctionPrices> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "live");
  private final JsonAdapter<UserDataPriceTiers> liveAdapter;

  UserDataFunctionPricesJsonAdapter(Moshi moshi) {
    this.liveAdapter = moshi.adapter(UserDataPriceTiers.class);
  }

  @Override
  public UserDataFunctionPrices fromJson(JsonReader reader) throws IOException {
    @Nullable UserDataPriceTiers live = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          live = liveAdapter.fromJson(reader);
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return new UserDataFunctionPrices(
        live);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable UserDataFunctionPrices value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null UserDataFunctionPrices (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("live");
    liveAdapter.toJson(writer, value.getLive());
    writer.endObject();
  }
}
