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
 * One period&#39;s limit for all APIs together and for the Backlinks API (per function in the raw JSON); 0 where the account has no such limit. 
 *
 * <p>A mutable wire model, as the service sends and takes it; fields not marked
 * {@code @Nullable} are required by the spec. Moshi reads and writes it through
 * {@code UserDataAmountsJsonAdapter}, generated beside it, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public class UserDataAmounts {
  private @Nullable Double total;

  private @Nullable Double totalBacklinks;

  /** An empty model; set its fields with the chained setters. */
  public UserDataAmounts() {
  }

  /**
   * A shallow copy of {@code other}: the copy's fields are {@code other}'s, lists and maps shared.
   *
   * @param other the model to copy
   */
  public UserDataAmounts(UserDataAmounts other) {
    this.total = other.total;
    this.totalBacklinks = other.totalBacklinks;
  }

  /**
   * Sets {@code total} and returns this model.
   *
   * @param total the new value, or null to leave it out
   * @return this model
   */
  public UserDataAmounts total(@Nullable Double total) {
    this.total = total;
    return this;
  }

  /**
   * The limit for all the APIs together.
   *
   * @return {@code total}, or null when absent
   */
  public @Nullable Double getTotal() {
    return total;
  }

  /**
   * Sets {@code total}.
   *
   * @param total the new value, or null to leave it out
   */
  public void setTotal(@Nullable Double total) {
    this.total = total;
  }

  /**
   * Sets {@code total_backlinks} and returns this model.
   *
   * @param totalBacklinks the new value, or null to leave it out
   * @return this model
   */
  public UserDataAmounts totalBacklinks(@Nullable Double totalBacklinks) {
    this.totalBacklinks = totalBacklinks;
    return this;
  }

  /**
   * The limit for the Backlinks API.
   *
   * @return {@code total_backlinks}, or null when absent
   */
  public @Nullable Double getTotalBacklinks() {
    return totalBacklinks;
  }

  /**
   * Sets {@code total_backlinks}.
   *
   * @param totalBacklinks the new value, or null to leave it out
   */
  public void setTotalBacklinks(@Nullable Double totalBacklinks) {
    this.totalBacklinks = totalBacklinks;
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
    UserDataAmounts that = (UserDataAmounts) o;
    return Objects.equals(total, that.total)
        && Objects.equals(totalBacklinks, that.totalBacklinks);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(total, totalBacklinks);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "UserDataAmounts{"
        + "total=" + total
        + ", total_backlinks=" + totalBacklinks
        + "}";
  }
}

/**
 * Reads and writes {@link UserDataAmounts} as the wire's JSON, found by Moshi through
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
final class UserDataAmountsJsonAdapter extends JsonAdapter<UserDataAmounts> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "total",
      "total_backlinks");

  UserDataAmountsJsonAdapter(Moshi moshi) {
  }

  @Override
  public UserDataAmounts fromJson(JsonReader reader) throws IOException {
    UserDataAmounts value = new UserDataAmounts();
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          value.setTotal(ModelJson.nextDouble(reader));
          break;
        case 2 - 1:
          value.setTotalBacklinks(ModelJson.nextDouble(reader));
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
  public void toJson(JsonWriter writer, @Nullable UserDataAmounts value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null UserDataAmounts (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("total");
    writer.value(value.getTotal());
    writer.name("total_backlinks");
    writer.value(value.getTotalBacklinks());
    writer.endObject();
  }
}
