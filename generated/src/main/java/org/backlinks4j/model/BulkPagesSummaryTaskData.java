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
 * The task as the service understood it: the request&#39;s fields echoed back, plus &#x60;api&#x60; and &#x60;function&#x60;. Enumerated values are plain strings here so that a new value never breaks parsing. 
 *
 * <p>An answer model, as the service sends it: read-only, its lists and maps unmodifiable, so that
 * every part of a program that reads one answer reads the same values. Only
 * {@code BulkPagesSummaryTaskDataJsonAdapter}, generated beside it, makes one, from JSON, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public final class BulkPagesSummaryTaskData {
  private final @Nullable String api;

  private final @Nullable String function;

  private final @Nullable List<String> targets;

  private final @Nullable Boolean includeSubdomains;

  private final @Nullable String rankScale;

  private final @Nullable String tag;

  /** The model of these values, for its JSON adapter: lists and maps are kept as unmodifiable views. */
  BulkPagesSummaryTaskData(
      @Nullable String api,
      @Nullable String function,
      @Nullable List<String> targets,
      @Nullable Boolean includeSubdomains,
      @Nullable String rankScale,
      @Nullable String tag) {
    this.api = api;
    this.function = function;
    this.targets = ModelJson.readOnly(targets);
    this.includeSubdomains = includeSubdomains;
    this.rankScale = rankScale;
    this.tag = tag;
  }

  /**
   * The API the task ran in (&#x60;backlinks&#x60;).
   *
   * @return {@code api}, or null when absent
   */
  public @Nullable String getApi() {
    return api;
  }

  /**
   * The function of that API (&#x60;bulk_pages_summary&#x60;).
   *
   * @return {@code function}, or null when absent
   */
  public @Nullable String getFunction() {
    return function;
  }

  /**
   * The requested &#x60;targets&#x60;.
   *
   * @return {@code targets}, or null when absent
   */
  public @Nullable List<String> getTargets() {
    return targets;
  }

  /**
   * The requested &#x60;include_subdomains&#x60;, when it was sent.
   *
   * @return {@code include_subdomains}, or null when absent
   */
  public @Nullable Boolean getIncludeSubdomains() {
    return includeSubdomains;
  }

  /**
   * The requested &#x60;rank_scale&#x60;, when it was sent.
   *
   * @return {@code rank_scale}, or null when absent
   */
  public @Nullable String getRankScale() {
    return rankScale;
  }

  /**
   * The requested &#x60;tag&#x60;, when it was sent.
   *
   * @return {@code tag}, or null when absent
   */
  public @Nullable String getTag() {
    return tag;
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
    BulkPagesSummaryTaskData that = (BulkPagesSummaryTaskData) o;
    return Objects.equals(api, that.api)
        && Objects.equals(function, that.function)
        && Objects.equals(targets, that.targets)
        && Objects.equals(includeSubdomains, that.includeSubdomains)
        && Objects.equals(rankScale, that.rankScale)
        && Objects.equals(tag, that.tag);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(api, function, targets, includeSubdomains, rankScale, tag);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "BulkPagesSummaryTaskData{"
        + "api=" + api
        + ", function=" + function
        + ", targets=" + targets
        + ", include_subdomains=" + includeSubdomains
        + ", rank_scale=" + rankScale
        + ", tag=" + tag
        + "}";
  }
}

/**
 * Reads and writes {@link BulkPagesSummaryTaskData} as the wire's JSON, found by Moshi through
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
final class BulkPagesSummaryTaskDataJsonAdapter extends JsonAdapter<BulkPagesSummaryTaskData> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "api",
      "function",
      "targets",
      "include_subdomains",
      "rank_scale",
      "tag");
  private final JsonAdapter<List<String>> targetsAdapter;

  BulkPagesSummaryTaskDataJsonAdapter(Moshi moshi) {
    this.targetsAdapter = moshi.adapter(Types.newParameterizedType(List.class, String.class));
  }

  @Override
  public BulkPagesSummaryTaskData fromJson(JsonReader reader) throws IOException {
    @Nullable String api = null;
    @Nullable String function = null;
    @Nullable List<String> targets = null;
    @Nullable Boolean includeSubdomains = null;
    @Nullable String rankScale = null;
    @Nullable String tag = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          api = ModelJson.nextString(reader);
          break;
        case 2 - 1:
          function = ModelJson.nextString(reader);
          break;
        case 3 - 1:
          targets = targetsAdapter.fromJson(reader);
          break;
        case 4 - 1:
          includeSubdomains = ModelJson.nextBoolean(reader);
          break;
        case 5 - 1:
          rankScale = ModelJson.nextString(reader);
          break;
        case 6 - 1:
          tag = ModelJson.nextString(reader);
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return new BulkPagesSummaryTaskData(
        api,
        function,
        targets,
        includeSubdomains,
        rankScale,
        tag);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable BulkPagesSummaryTaskData value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null BulkPagesSummaryTaskData (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("api");
    writer.value(value.getApi());
    writer.name("function");
    writer.value(value.getFunction());
    writer.name("targets");
    targetsAdapter.toJson(writer, value.getTargets());
    writer.name("include_subdomains");
    writer.value(value.getIncludeSubdomains());
    writer.name("rank_scale");
    writer.value(value.getRankScale());
    writer.name("tag");
    writer.value(value.getTag());
    writer.endObject();
  }
}
