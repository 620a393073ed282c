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
import org.backlinks4j.internal.RequestRules;
import org.jspecify.annotations.Nullable;

/**
 * One task of a bulk_pages_summary call.
 *
 * <p>A request model, as the service takes it ({@code x-request} in the spec): mutable, for the
 * client's request builders to fill; fields not marked {@code @Nullable} are required by the spec,
 * and {@link #brokenRule()} checks the spec's other rules on them. Moshi reads and writes it
 * through {@code BulkPagesSummaryTaskRequestJsonAdapter}, generated beside it, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public class BulkPagesSummaryTaskRequest {
  /** The fewest items {@code targets} may hold. */
  public static final int TARGETS_MIN_ITEMS = 1;

  /** The most items {@code targets} may hold. */
  public static final int TARGETS_MAX_ITEMS = 1000;

  /** The fewest characters (code points) each item of {@code targets} may have. */
  public static final int TARGETS_ITEM_MIN_LENGTH = 1;

  /** The most characters (code points) {@code tag} may have. */
  public static final int TAG_MAX_LENGTH = 255;

  private List<String> targets;

  private @Nullable Boolean includeSubdomains;

  private @Nullable RankScale rankScale;

  private @Nullable String tag;

  /** An empty model; set its fields with the chained setters. */
  public BulkPagesSummaryTaskRequest() {
  }

  /**
   * A shallow copy of {@code other}: the copy's fields are {@code other}'s, lists and maps shared.
   *
   * @param other the model to copy
   */
  public BulkPagesSummaryTaskRequest(BulkPagesSummaryTaskRequest other) {
    this.targets = other.targets;
    this.includeSubdomains = other.includeSubdomains;
    this.rankScale = other.rankScale;
    this.tag = other.tag;
  }

  /** The model of these values, for its JSON adapter: lists and maps are kept as unmodifiable views. */
  BulkPagesSummaryTaskRequest(
      List<String> targets,
      @Nullable Boolean includeSubdomains,
      @Nullable RankScale rankScale,
      @Nullable String tag) {
    this.targets = ModelJson.readOnly(targets);
    this.includeSubdomains = includeSubdomains;
    this.rankScale = rankScale;
    this.tag = tag;
  }

  /**
   * Sets {@code targets} and returns this model.
   *
   * @param targets the new value
   * @return this model
   */
  public BulkPagesSummaryTaskRequest targets(List<String> targets) {
    this.targets = targets;
    return this;
  }

  /**
   * What to summarize, 1 to 1000 targets of at most 100 registrable domains: each a domain or subdomain written bare, without &#x60;https://&#x60; and without &#x60;www.&#x60;, or a page as an absolute &#x60;http://&#x60; or &#x60;https://&#x60; URL. 
   *
   * @return {@code targets}
   */
  public List<String> getTargets() {
    return targets;
  }

  /**
   * Sets {@code targets}.
   *
   * @param targets the new value
   */
  public void setTargets(List<String> targets) {
    this.targets = targets;
  }

  /**
   * Sets {@code include_subdomains} and returns this model.
   *
   * @param includeSubdomains the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryTaskRequest includeSubdomains(@Nullable Boolean includeSubdomains) {
    this.includeSubdomains = includeSubdomains;
    return this;
  }

  /**
   * Count backlinks to the targets&#39; subdomains too.
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
  public BulkPagesSummaryTaskRequest rankScale(@Nullable RankScale rankScale) {
    this.rankScale = rankScale;
    return this;
  }

  /**
   * The {@code rank_scale} field.
   *
   * @return {@code rank_scale}, or null when absent
   */
  public @Nullable RankScale getRankScale() {
    return rankScale;
  }

  /**
   * Sets {@code rank_scale}.
   *
   * @param rankScale the new value, or null to leave it out
   */
  public void setRankScale(@Nullable RankScale rankScale) {
    this.rankScale = rankScale;
  }

  /**
   * Sets {@code tag} and returns this model.
   *
   * @param tag the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryTaskRequest tag(@Nullable String tag) {
    this.tag = tag;
    return this;
  }

  /**
   * A label of the caller&#39;s choosing, echoed back in the task&#39;s &#x60;data&#x60;.
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

  /**
   * The first of the spec's rules on this model's values that one breaks, in the order of the
   * fields: minimum, maximum, minLength, maxLength (in code points), minItems and maxItems, as the
   * constants above state them. An enum needs no check: its field is typed. A field left out
   * breaks none; one the spec requires cannot be left out of a request the client builds.
   *
   * @return the field and the rule, such as {@code "tag: must be at most 255 characters, was 256"},
   *     or null when the values keep every rule
   */
  public @Nullable String brokenRule() {
    @Nullable String broken;
    broken = RequestRules.items("targets", targets,
        TARGETS_MIN_ITEMS, TARGETS_MAX_ITEMS);
    if (broken != null) {
      return broken;
    }
    broken = RequestRules.itemLengths("targets", targets,
        TARGETS_ITEM_MIN_LENGTH, Integer.MAX_VALUE);
    if (broken != null) {
      return broken;
    }
    broken = RequestRules.length("tag", tag,
        0, TAG_MAX_LENGTH);
    if (broken != null) {
      return broken;
    }
    return null;
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
    BulkPagesSummaryTaskRequest that = (BulkPagesSummaryTaskRequest) o;
    return Objects.equals(targets, that.targets)
        && Objects.equals(includeSubdomains, that.includeSubdomains)
        && Objects.equals(rankScale, that.rankScale)
        && Objects.equals(tag, that.tag);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(targets, includeSubdomains, rankScale, tag);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "BulkPagesSummaryTaskRequest{"
        + "targets=" + targets
        + ", include_subdomains=" + includeSubdomains
        + ", rank_scale=" + rankScale
        + ", tag=" + tag
        + "}";
  }
}

/**
 * Reads and writes {@link BulkPagesSummaryTaskRequest} as the wire's JSON, found by Moshi through
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
final class BulkPagesSummaryTaskRequestJsonAdapter extends JsonAdapter<BulkPagesSummaryTaskRequest> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "targets",
      "include_subdomains",
      "rank_scale",
      "tag");
  private final JsonAdapter<List<String>> targetsAdapter;
  private final JsonAdapter<RankScale> rankScaleAdapter;

  BulkPagesSummaryTaskRequestJsonAdapter(Moshi moshi) {
    this.targetsAdapter = moshi.adapter(Types.newParameterizedType(List.class, String.class));
    this.rankScaleAdapter = moshi.adapter(RankScale.class);
  }

  @Override
  public BulkPagesSummaryTaskRequest fromJson(JsonReader reader) throws IOException {
    @Nullable List<String> targets = null;
    @Nullable Boolean includeSubdomains = null;
    @Nullable RankScale rankScale = null;
    @Nullable String tag = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          targets = targetsAdapter.fromJson(reader);
          break;
        case 2 - 1:
          includeSubdomains = ModelJson.nextBoolean(reader);
          break;
        case 3 - 1:
          rankScale = rankScaleAdapter.fromJson(reader);
          break;
        case 4 - 1:
          tag = ModelJson.nextString(reader);
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return new BulkPagesSummaryTaskRequest(
        targets,
        includeSubdomains,
        rankScale,
        tag);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable BulkPagesSummaryTaskRequest value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null BulkPagesSummaryTaskRequest (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("targets");
    targetsAdapter.toJson(writer, value.getTargets());
    writer.name("include_subdomains");
    writer.value(value.getIncludeSubdomains());
    writer.name("rank_scale");
    rankScaleAdapter.toJson(writer, value.getRankScale());
    writer.name("tag");
    writer.value(value.getTag());
    writer.endObject();
  }
}
