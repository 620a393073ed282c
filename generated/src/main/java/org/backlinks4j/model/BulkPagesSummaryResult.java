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
 * The result of a bulk_pages_summary task.
 *
 * <p>An answer model, as the service sends it: read-only, its lists and maps unmodifiable, so that
 * every part of a program that reads one answer reads the same values. Only
 * {@code BulkPagesSummaryResultJsonAdapter}, generated beside it, makes one, from JSON, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public final class BulkPagesSummaryResult {
  private final @Nullable Long totalCount;

  private final @Nullable Long itemsCount;

  private final @Nullable List<BulkPagesSummaryItem> items;

  /** The model of these values, for its JSON adapter: lists and maps are kept as unmodifiable views. */
  BulkPagesSummaryResult(
      @Nullable Long totalCount,
      @Nullable Long itemsCount,
      @Nullable List<BulkPagesSummaryItem> items) {
    this.totalCount = totalCount;
    this.itemsCount = itemsCount;
    this.items = ModelJson.readOnly(items);
  }

  /**
   * How many items the service found for the targets.
   *
   * @return {@code total_count}, or null when absent
   */
  public @Nullable Long getTotalCount() {
    return totalCount;
  }

  /**
   * How many items &#x60;items&#x60; holds.
   *
   * @return {@code items_count}, or null when absent
   */
  public @Nullable Long getItemsCount() {
    return itemsCount;
  }

  /**
   * One item for each target the service has data for, in no documented order.
   *
   * @return {@code items}, or null when absent
   */
  public @Nullable List<BulkPagesSummaryItem> getItems() {
    return items;
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
    BulkPagesSummaryResult that = (BulkPagesSummaryResult) o;
    return Objects.equals(totalCount, that.totalCount)
        && Objects.equals(itemsCount, that.itemsCount)
        && Objects.equals(items, that.items);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(totalCount, itemsCount, items);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "BulkPagesSummaryResult{"
        + "total_count=" + totalCount
        + ", items_count=" + itemsCount
        + ", items=" + items
        + "}";
  }
}

/**
 * Reads and writes {@link BulkPagesSummaryResult} as the wire's JSON, found by Moshi through
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
final class BulkPagesSummaryResultJsonAdapter extends JsonAdapter<BulkPagesSummaryResult> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "total_count",
      "items_count",
      "items");
  private final JsonAdapter<List<BulkPagesSummaryItem>> itemsAdapter;

  BulkPagesSummaryResultJsonAdapter(Moshi moshi) {
    this.itemsAdapter = moshi.adapter(Types.newParameterizedType(List.class, BulkPagesSummaryItem.class));
  }

  @Override
  public BulkPagesSummaryResult fromJson(JsonReader reader) throws IOException {
    @Nullable Long totalCount = null;
    @Nullable Long itemsCount = null;
    @Nullable List<BulkPagesSummaryItem> items = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          totalCount = ModelJson.nextLong(reader);
          break;
        case 2 - 1:
          itemsCount = ModelJson.nextLong(reader);
          break;
        case 3 - 1:
          items = itemsAdapter.fromJson(reader);
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return new BulkPagesSummaryResult(
        totalCount,
        itemsCount,
        items);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable BulkPagesSummaryResult value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null BulkPagesSummaryResult (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("total_count");
    writer.value(value.getTotalCount());
    writer.name("items_count");
    writer.value(value.getItemsCount());
    writer.name("items");
    itemsAdapter.toJson(writer, value.getItems());
    writer.endObject();
  }
}
