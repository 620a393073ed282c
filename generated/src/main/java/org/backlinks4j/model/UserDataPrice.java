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
 * One part of a price.
 *
 * <p>An answer model, as the service sends it: read-only, its lists and maps unmodifiable, so that
 * every part of a program that reads one answer reads the same values. Only
 * {@code UserDataPriceJsonAdapter}, generated beside it, makes one, from JSON, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public final class UserDataPrice {
  private final @Nullable String costType;

  private final @Nullable Double cost;

  /** The model of these values, for its JSON adapter: lists and maps are kept as unmodifiable views. */
  UserDataPrice(
      @Nullable String costType,
      @Nullable Double cost) {
    this.costType = costType;
    this.cost = cost;
  }

  /**
   * What is charged for, &#x60;per_request&#x60; (each call) or &#x60;per_result&#x60; (each result or item returned).
   *
   * @return {@code cost_type}, or null when absent
   */
  public @Nullable String getCostType() {
    return costType;
  }

  /**
   * The charge, in USD.
   *
   * @return {@code cost}, or null when absent
   */
  public @Nullable Double getCost() {
    return cost;
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
    UserDataPrice that = (UserDataPrice) o;
    return Objects.equals(costType, that.costType)
        && Objects.equals(cost, that.cost);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(costType, cost);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "UserDataPrice{"
        + "cost_type=" + costType
        + ", cost=" + cost
        + "}";
  }
}

/**
 * Reads and writes {@link UserDataPrice} as the wire's JSON, found by Moshi through
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
final class UserDataPriceJsonAdapter extends JsonAdapter<UserDataPrice> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "cost_type",
      "cost");

  UserDataPriceJsonAdapter(Moshi moshi) {
  }

  @Override
  public UserDataPrice fromJson(JsonReader reader) throws IOException {
    @Nullable String costType = null;
    @Nullable Double cost = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          costType = ModelJson.nextString(reader);
          break;
        case 2 - 1:
          cost = ModelJson.nextDouble(reader);
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return new UserDataPrice(
        costType,
        cost);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable UserDataPrice value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null UserDataPrice (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("cost_type");
    writer.value(value.getCostType());
    writer.name("cost");
    writer.value(value.getCost());
    writer.endObject();
  }
}
