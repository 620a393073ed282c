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
 * <p>A mutable wire model, as the service sends and takes it; fields not marked
 * {@code @Nullable} are required by the spec. Moshi reads and writes it through
 * {@code BulkPagesSummaryTaskDataJsonAdapter}, generated beside it, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public class BulkPagesSummaryTaskData {
  private @Nullable String api;

  private @Nullable String function;

  private @Nullable List<String> targets;

  private @Nullable Boolean includeSubdomains;

  private @Nullable String rankScale;

  private @Nullable String tag;

  /** An empty model; set its fields with the chained setters. */
  public BulkPagesSummaryTaskData() {
  }

  /**
   * A shallow copy of {@code other}: the copy's fields are {@code other}'s, lists and maps shared.
   *
   * @param other the model to copy
   */
  public BulkPagesSummaryTaskData(BulkPagesSummaryTaskData other) {
    this.api = other.api;
    this.function = other.function;
    this.targets = other.targets;
    this.includeSubdomains = other.includeSubdomains;
    this.rankScale = other.rankScale;
    this.tag = other.tag;
  }

  /**
   * Sets {@code api} and returns this model.
   *
   * @param api the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryTaskData api(@Nullable String api) {
    this.api = api;
    return this;
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
   * Sets {@code api}.
   *
   * @param api the new value, or null to leave it out
   */
  public void setApi(@Nullable String api) {
    this.api = api;
  }

  /**
   * Sets {@code function} and returns this model.
   *
   * @param function the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryTaskData function(@Nullable String function) {
    this.function = function;
    return this;
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
   * Sets {@code function}.
   *
   * @param function the new value, or null to leave it out
   */
  public void setFunction(@Nullable String function) {
    this.function = function;
  }

  /**
   * Sets {@code targets} and returns this model.
   *
   * @param targets the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryTaskData targets(@Nullable List<String> targets) {
    this.targets = targets;
    return this;
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
   * Sets {@code targets}.
   *
   * @param targets the new value, or null to leave it out
   */
  public void setTargets(@Nullable List<String> targets) {
    this.targets = targets;
  }

  /**
   * Sets {@code include_subdomains} and returns this model.
   *
   * @param includeSubdomains the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryTaskData includeSubdomains(@Nullable Boolean includeSubdomains) {
    this.includeSubdomains = includeSubdomains;
    return this;
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
   * Sets {@code include_subdomains}.
   *
   * @param includeSubdomains the new value, or null to leave it out
   */
  public void setIncludeSubdomains(@Nullable Boolean includeSubdomains) {
    this.includeSubdomains = includeSubdomains;
  }

  /**
   * Sets {@code rank_scale} and returns this model.
   *
   * @param rankScale the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryTaskData rankScale(@Nullable String rankScale) {
    this.rankScale = rankScale;
    return this;
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
   * Sets {@code rank_scale}.
   *
   * @param rankScale the new value, or null to leave it out
   */
  public void setRankScale(@Nullable String rankScale) {
    this.rankScale = rankScale;
  }

  /**
   * Sets {@code tag} and returns this model.
   *
   * @param tag the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryTaskData tag(@Nullable String tag) {
    this.tag = tag;
    return this;
  }

  /**
   * The requested &#x60;tag&#x60;, when it was sent.
   *
   * @return {@code tag}, or null when absent
   */
  public @Nullable String getTag() {
    return tag;
  }

  /**
   * Sets {@code tag}.
   *
   * @param tag the new value, or null to leave it out
   */
  public void setTag(@Nullable String tag) {
    this.tag = tag;
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
 * {@link JsonReader.Options} and fields set directly, which the benchmarks showed to be faster, and
 * no field needs keeping from R8 for reflection. Fields are written in the spec's order; an absent
 * (null) one is left out, an unknown name read is skipped. Strings, numbers and booleans, and maps of
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
    BulkPagesSummaryTaskData value = new BulkPagesSummaryTaskData();
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          value.setApi(ModelJson.nextString(reader));
          break;
        case 2 - 1:
          value.setFunction(ModelJson.nextString(reader));
          break;
        case 3 - 1:
          value.setTargets(targetsAdapter.fromJson(reader));
          break;
        case 4 - 1:
          value.setIncludeSubdomains(ModelJson.nextBoolean(reader));
          break;
        case 5 - 1:
          value.setRankScale(ModelJson.nextString(reader));
          break;
        case 6 - 1:
          value.setTag(ModelJson.nextString(reader));
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
