/*
 * Generated from spec/backlinks-summary.yaml by openapi-generator through tools/openapi-templates.
 * Do not edit: change the spec or a template, then run tools/regenerate.
 */

package org.backlinks4j.model;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The task as the service understood it: the request&#39;s fields echoed back, plus &#x60;api&#x60; and &#x60;function&#x60;. Enumerated values are plain strings here so that a new value never breaks parsing. 
 *
 * <p>A mutable wire model, as the service sends and takes it; fields not marked
 * {@code @Nullable} are required by the spec.
 */
public class SummaryTaskData {
  @Json(name = "api")
  private @Nullable String api;

  @Json(name = "function")
  private @Nullable String function;

  @Json(name = "target")
  private @Nullable String target;

  @Json(name = "include_subdomains")
  private @Nullable Boolean includeSubdomains;

  @Json(name = "include_indirect_links")
  private @Nullable Boolean includeIndirectLinks;

  @Json(name = "exclude_internal_backlinks")
  private @Nullable Boolean excludeInternalBacklinks;

  @Json(name = "internal_list_limit")
  private @Nullable Integer internalListLimit;

  @Json(name = "backlinks_status_type")
  private @Nullable String backlinksStatusType;

  @Json(name = "backlinks_filters")
  private @Nullable List<Object> backlinksFilters;

  @Json(name = "rank_scale")
  private @Nullable String rankScale;

  @Json(name = "tag")
  private @Nullable String tag;

  /** An empty model; set its fields with the chained setters. */
  public SummaryTaskData() {
  }

  /**
   * Sets {@code api} and returns this model.
   *
   * @param api the new value, or null to leave it out
   * @return this model
   */
  public SummaryTaskData api(@Nullable String api) {
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
  public SummaryTaskData function(@Nullable String function) {
    this.function = function;
    return this;
  }

  /**
   * The function of that API (&#x60;summary&#x60;).
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
   * Sets {@code target} and returns this model.
   *
   * @param target the new value, or null to leave it out
   * @return this model
   */
  public SummaryTaskData target(@Nullable String target) {
    this.target = target;
    return this;
  }

  /**
   * The requested &#x60;target&#x60;.
   *
   * @return {@code target}, or null when absent
   */
  public @Nullable String getTarget() {
    return target;
  }

  /**
   * Sets {@code target}.
   *
   * @param target the new value, or null to leave it out
   */
  public void setTarget(@Nullable String target) {
    this.target = target;
  }

  /**
   * Sets {@code include_subdomains} and returns this model.
   *
   * @param includeSubdomains the new value, or null to leave it out
   * @return this model
   */
  public SummaryTaskData includeSubdomains(@Nullable Boolean includeSubdomains) {
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
   * Sets {@code include_indirect_links} and returns this model.
   *
   * @param includeIndirectLinks the new value, or null to leave it out
   * @return this model
   */
  public SummaryTaskData includeIndirectLinks(@Nullable Boolean includeIndirectLinks) {
    this.includeIndirectLinks = includeIndirectLinks;
    return this;
  }

  /**
   * The requested &#x60;include_indirect_links&#x60;, when it was sent.
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
  public SummaryTaskData excludeInternalBacklinks(@Nullable Boolean excludeInternalBacklinks) {
    this.excludeInternalBacklinks = excludeInternalBacklinks;
    return this;
  }

  /**
   * The requested &#x60;exclude_internal_backlinks&#x60;, when it was sent.
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
  public SummaryTaskData internalListLimit(@Nullable Integer internalListLimit) {
    this.internalListLimit = internalListLimit;
    return this;
  }

  /**
   * The requested &#x60;internal_list_limit&#x60;, when it was sent.
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
  public SummaryTaskData backlinksStatusType(@Nullable String backlinksStatusType) {
    this.backlinksStatusType = backlinksStatusType;
    return this;
  }

  /**
   * The requested &#x60;backlinks_status_type&#x60;, when it was sent.
   *
   * @return {@code backlinks_status_type}, or null when absent
   */
  public @Nullable String getBacklinksStatusType() {
    return backlinksStatusType;
  }

  /**
   * Sets {@code backlinks_status_type}.
   *
   * @param backlinksStatusType the new value, or null to leave it out
   */
  public void setBacklinksStatusType(@Nullable String backlinksStatusType) {
    this.backlinksStatusType = backlinksStatusType;
  }

  /**
   * Sets {@code backlinks_filters} and returns this model.
   *
   * @param backlinksFilters the new value, or null to leave it out
   * @return this model
   */
  public SummaryTaskData backlinksFilters(@Nullable List<Object> backlinksFilters) {
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
  public SummaryTaskData rankScale(@Nullable String rankScale) {
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
  public SummaryTaskData tag(@Nullable String tag) {
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
    SummaryTaskData that = (SummaryTaskData) o;
    return Objects.equals(api, that.api)
        && Objects.equals(function, that.function)
        && Objects.equals(target, that.target)
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
    return Objects.hash(api, function, target, includeSubdomains, includeIndirectLinks, excludeInternalBacklinks, internalListLimit, backlinksStatusType, backlinksFilters, rankScale, tag);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "SummaryTaskData{"
        + "api=" + api
        + ", function=" + function
        + ", target=" + target
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
