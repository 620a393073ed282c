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
 * One task of a summary call.
 *
 * <p>A request model, as the service takes it ({@code x-request} in the spec): mutable, for the
 * client's request builders to fill; fields not marked {@code @Nullable} are required by the spec,
 * and {@link #brokenRule()} checks the spec's other rules on them. Moshi reads and writes it
 * through {@code SummaryTaskRequestJsonAdapter}, generated beside it, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public class SummaryTaskRequest {
  /** The fewest characters (code points) {@code target} may have. */
  public static final int TARGET_MIN_LENGTH = 1;

  /** The least {@code internal_list_limit} the spec allows. */
  public static final int INTERNAL_LIST_LIMIT_MINIMUM = 1;

  /** The greatest {@code internal_list_limit} the spec allows. */
  public static final int INTERNAL_LIST_LIMIT_MAXIMUM = 1000;

  /** The most characters (code points) {@code tag} may have. */
  public static final int TAG_MAX_LENGTH = 255;

  private String target;

  private @Nullable Boolean includeSubdomains;

  private @Nullable Boolean includeIndirectLinks;

  private @Nullable Boolean excludeInternalBacklinks;

  private @Nullable Integer internalListLimit;

  private @Nullable BacklinksStatusType backlinksStatusType;

  private @Nullable List<Object> backlinksFilters;

  private @Nullable RankScale rankScale;

  private @Nullable String tag;

  /** An empty model; set its fields with the chained setters. */
  public SummaryTaskRequest() {
  }

  /**
   * A shallow copy of {@code other}: the copy's fields are {@code other}'s, lists and maps shared.
   *
   * @param other the model to copy
   */
  public SummaryTaskRequest(SummaryTaskRequest other) {
    this.target = other.target;
    this.includeSubdomains = other.includeSubdomains;
    this.includeIndirectLinks = other.includeIndirectLinks;
    this.excludeInternalBacklinks = other.excludeInternalBacklinks;
    this.internalListLimit = other.internalListLimit;
    this.backlinksStatusType = other.backlinksStatusType;
    this.backlinksFilters = other.backlinksFilters;
    this.rankScale = other.rankScale;
    this.tag = other.tag;
  }

  /** The model of these values, for its JSON adapter: lists and maps are kept as unmodifiable views. */
  SummaryTaskRequest(
      String target,
      @Nullable Boolean includeSubdomains,
      @Nullable Boolean includeIndirectLinks,
      @Nullable Boolean excludeInternalBacklinks,
      @Nullable Integer internalListLimit,
      @Nullable BacklinksStatusType backlinksStatusType,
      @Nullable List<Object> backlinksFilters,
      @Nullable RankScale rankScale,
      @Nullable String tag) {
    this.target = target;
    this.includeSubdomains = includeSubdomains;
    this.includeIndirectLinks = includeIndirectLinks;
    this.excludeInternalBacklinks = excludeInternalBacklinks;
    this.internalListLimit = internalListLimit;
    this.backlinksStatusType = backlinksStatusType;
    this.backlinksFilters = ModelJson.readOnlyJson(backlinksFilters);
    this.rankScale = rankScale;
    this.tag = tag;
  }

  /**
   * Sets {@code target} and returns this model.
   *
   * @param target the new value
   * @return this model
   */
  public SummaryTaskRequest target(String target) {
    this.target = target;
    return this;
  }

  /**
   * What to summarize. A domain or subdomain is written bare, without &#x60;https://&#x60; and without &#x60;www.&#x60; (&#x60;example.com&#x60;, &#x60;blog.example.com&#x60;); a single page is an absolute &#x60;http://&#x60; or &#x60;https://&#x60; URL. 
   *
   * @return {@code target}
   */
  public String getTarget() {
    return target;
  }

  /**
   * Sets {@code target}.
   *
   * @param target the new value
   */
  public void setTarget(String target) {
    this.target = target;
  }

  /**
   * Sets {@code include_subdomains} and returns this model.
   *
   * @param includeSubdomains the new value, or null to leave it out
   * @return this model
   */
  public SummaryTaskRequest includeSubdomains(@Nullable Boolean includeSubdomains) {
    this.includeSubdomains = includeSubdomains;
    return this;
  }

  /**
   * Count backlinks to the target&#39;s subdomains too.
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
   * Sets {@code include_indirect_links} and returns this model.
   *
   * @param includeIndirectLinks the new value, or null to leave it out
   * @return this model
   */
  public SummaryTaskRequest includeIndirectLinks(@Nullable Boolean includeIndirectLinks) {
    this.includeIndirectLinks = includeIndirectLinks;
    return this;
  }

  /**
   * Count indirect links too: links to a page that redirects to the target or names it as canonical. 
   *
   * @return {@code include_indirect_links}, or null when absent
   */
  public @Nullable Boolean getIncludeIndirectLinks() {
    return includeIndirectLinks;
  }

  /**
   * Sets {@code include_indirect_links}.
   *
   * @param includeIndirectLinks the new value, or null to leave it out
   */
  public void setIncludeIndirectLinks(@Nullable Boolean includeIndirectLinks) {
    this.includeIndirectLinks = includeIndirectLinks;
  }

  /**
   * Sets {@code exclude_internal_backlinks} and returns this model.
   *
   * @param excludeInternalBacklinks the new value, or null to leave it out
   * @return this model
   */
  public SummaryTaskRequest excludeInternalBacklinks(@Nullable Boolean excludeInternalBacklinks) {
    this.excludeInternalBacklinks = excludeInternalBacklinks;
    return this;
  }

  /**
   * Leave out links from the target&#39;s own subdomains.
   *
   * @return {@code exclude_internal_backlinks}, or null when absent
   */
  public @Nullable Boolean getExcludeInternalBacklinks() {
    return excludeInternalBacklinks;
  }

  /**
   * Sets {@code exclude_internal_backlinks}.
   *
   * @param excludeInternalBacklinks the new value, or null to leave it out
   */
  public void setExcludeInternalBacklinks(@Nullable Boolean excludeInternalBacklinks) {
    this.excludeInternalBacklinks = excludeInternalBacklinks;
  }

  /**
   * Sets {@code internal_list_limit} and returns this model.
   *
   * @param internalListLimit the new value, or null to leave it out
   * @return this model
   */
  public SummaryTaskRequest internalListLimit(@Nullable Integer internalListLimit) {
    this.internalListLimit = internalListLimit;
    return this;
  }

  /**
   * How many entries each of the six &#x60;referring_links_*&#x60; breakdowns may hold at most.
   *
   * @return {@code internal_list_limit}, or null when absent
   */
  public @Nullable Integer getInternalListLimit() {
    return internalListLimit;
  }

  /**
   * Sets {@code internal_list_limit}.
   *
   * @param internalListLimit the new value, or null to leave it out
   */
  public void setInternalListLimit(@Nullable Integer internalListLimit) {
    this.internalListLimit = internalListLimit;
  }

  /**
   * Sets {@code backlinks_status_type} and returns this model.
   *
   * @param backlinksStatusType the new value, or null to leave it out
   * @return this model
   */
  public SummaryTaskRequest backlinksStatusType(@Nullable BacklinksStatusType backlinksStatusType) {
    this.backlinksStatusType = backlinksStatusType;
    return this;
  }

  /**
   * The {@code backlinks_status_type} field.
   *
   * @return {@code backlinks_status_type}, or null when absent
   */
  public @Nullable BacklinksStatusType getBacklinksStatusType() {
    return backlinksStatusType;
  }

  /**
   * Sets {@code backlinks_status_type}.
   *
   * @param backlinksStatusType the new value, or null to leave it out
   */
  public void setBacklinksStatusType(@Nullable BacklinksStatusType backlinksStatusType) {
    this.backlinksStatusType = backlinksStatusType;
  }

  /**
   * Sets {@code backlinks_filters} and returns this model.
   *
   * @param backlinksFilters the new value, or null to leave it out
   * @return this model
   */
  public SummaryTaskRequest backlinksFilters(@Nullable List<Object> backlinksFilters) {
    this.backlinksFilters = backlinksFilters;
    return this;
  }

  /**
   * The {@code backlinks_filters} field.
   *
   * @return {@code backlinks_filters}, or null when absent
   */
  public @Nullable List<Object> getBacklinksFilters() {
    return backlinksFilters;
  }

  /**
   * Sets {@code backlinks_filters}.
   *
   * @param backlinksFilters the new value, or null to leave it out
   */
  public void setBacklinksFilters(@Nullable List<Object> backlinksFilters) {
    this.backlinksFilters = backlinksFilters;
  }

  /**
   * Sets {@code rank_scale} and returns this model.
   *
   * @param rankScale the new value, or null to leave it out
   * @return this model
   */
  public SummaryTaskRequest rankScale(@Nullable RankScale rankScale) {
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
  public SummaryTaskRequest tag(@Nullable String tag) {
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
    broken = RequestRules.length("target", target,
        TARGET_MIN_LENGTH, Integer.MAX_VALUE);
    if (broken != null) {
      return broken;
    }
    broken = RequestRules.range("internal_list_limit", internalListLimit,
        INTERNAL_LIST_LIMIT_MINIMUM, INTERNAL_LIST_LIMIT_MAXIMUM);
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
    SummaryTaskRequest that = (SummaryTaskRequest) o;
    return Objects.equals(target, that.target)
        && Objects.equals(includeSubdomains, that.includeSubdomains)
        && Objects.equals(includeIndirectLinks, that.includeIndirectLinks)
        && Objects.equals(excludeInternalBacklinks, that.excludeInternalBacklinks)
        && Objects.equals(internalListLimit, that.internalListLimit)
        && Objects.equals(backlinksStatusType, that.backlinksStatusType)
        && Objects.equals(backlinksFilters, that.backlinksFilters)
        && Objects.equals(rankScale, that.rankScale)
        && Objects.equals(tag, that.tag);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(target, includeSubdomains, includeIndirectLinks, excludeInternalBacklinks, internalListLimit, backlinksStatusType, backlinksFilters, rankScale, tag);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "SummaryTaskRequest{"
        + "target=" + target
        + ", include_subdomains=" + includeSubdomains
        + ", include_indirect_links=" + includeIndirectLinks
        + ", exclude_internal_backlinks=" + excludeInternalBacklinks
        + ", internal_list_limit=" + internalListLimit
        + ", backlinks_status_type=" + backlinksStatusType
        + ", backlinks_filters=" + backlinksFilters
        + ", rank_scale=" + rankScale
        + ", tag=" + tag
        + "}";
  }
}

/**
 * Reads and writes {@link SummaryTaskRequest} as the wire's JSON, found by Moshi through
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
final class SummaryTaskRequestJsonAdapter extends JsonAdapter<SummaryTaskRequest> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "target",
      "include_subdomains",
      "include_indirect_links",
      "exclude_internal_backlinks",
      "internal_list_limit",
      "backlinks_status_type",
      "backlinks_filters",
      "rank_scale",
      "tag");
  private final JsonAdapter<BacklinksStatusType> backlinksStatusTypeAdapter;
  private final JsonAdapter<List<Object>> backlinksFiltersAdapter;
  private final JsonAdapter<RankScale> rankScaleAdapter;

  SummaryTaskRequestJsonAdapter(Moshi moshi) {
    this.backlinksStatusTypeAdapter = moshi.adapter(BacklinksStatusType.class);
    this.backlinksFiltersAdapter = moshi.adapter(Types.newParameterizedType(List.class, Object.class));
    this.rankScaleAdapter = moshi.adapter(RankScale.class);
  }

  @Override
  public SummaryTaskRequest fromJson(JsonReader reader) throws IOException {
    @Nullable String target = null;
    @Nullable Boolean includeSubdomains = null;
    @Nullable Boolean includeIndirectLinks = null;
    @Nullable Boolean excludeInternalBacklinks = null;
    @Nullable Integer internalListLimit = null;
    @Nullable BacklinksStatusType backlinksStatusType = null;
    @Nullable List<Object> backlinksFilters = null;
    @Nullable RankScale rankScale = null;
    @Nullable String tag = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          target = ModelJson.nextString(reader);
          break;
        case 2 - 1:
          includeSubdomains = ModelJson.nextBoolean(reader);
          break;
        case 3 - 1:
          includeIndirectLinks = ModelJson.nextBoolean(reader);
          break;
        case 4 - 1:
          excludeInternalBacklinks = ModelJson.nextBoolean(reader);
          break;
        case 5 - 1:
          internalListLimit = ModelJson.nextInt(reader);
          break;
        case 6 - 1:
          backlinksStatusType = backlinksStatusTypeAdapter.fromJson(reader);
          break;
        case 7 - 1:
          backlinksFilters = backlinksFiltersAdapter.fromJson(reader);
          break;
        case 8 - 1:
          rankScale = rankScaleAdapter.fromJson(reader);
          break;
        case 9 - 1:
          tag = ModelJson.nextString(reader);
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return new SummaryTaskRequest(
        target,
        includeSubdomains,
        includeIndirectLinks,
        excludeInternalBacklinks,
        internalListLimit,
        backlinksStatusType,
        backlinksFilters,
        rankScale,
        tag);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable SummaryTaskRequest value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null SummaryTaskRequest (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("target");
    writer.value(value.getTarget());
    writer.name("include_subdomains");
    writer.value(value.getIncludeSubdomains());
    writer.name("include_indirect_links");
    writer.value(value.getIncludeIndirectLinks());
    writer.name("exclude_internal_backlinks");
    writer.value(value.getExcludeInternalBacklinks());
    writer.name("internal_list_limit");
    writer.value(value.getInternalListLimit());
    writer.name("backlinks_status_type");
    backlinksStatusTypeAdapter.toJson(writer, value.getBacklinksStatusType());
    writer.name("backlinks_filters");
    ModelJson.writePlain(writer, value.getBacklinksFilters());
    writer.name("rank_scale");
    rankScaleAdapter.toJson(writer, value.getRankScale());
    writer.name("tag");
    writer.value(value.getTag());
    writer.endObject();
  }
}
