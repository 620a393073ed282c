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
 * One task of a summary call.
 *
 * <p>A mutable wire model, as the service sends and takes it; fields not marked
 * {@code @Nullable} are required by the spec.
 */
public class SummaryTaskRequest {
  @Json(name = "target")
  private String target;

  @Json(name = "include_subdomains")
  private @Nullable Boolean includeSubdomains;

  @Json(name = "include_indirect_links")
  private @Nullable Boolean includeIndirectLinks;

  @Json(name = "exclude_internal_backlinks")
  private @Nullable Boolean excludeInternalBacklinks;

  @Json(name = "internal_list_limit")
  private @Nullable Integer internalListLimit;

  @Json(name = "backlinks_status_type")
  private @Nullable BacklinksStatusType backlinksStatusType;

  @Json(name = "backlinks_filters")
  private @Nullable List<Object> backlinksFilters;

  @Json(name = "rank_scale")
  private @Nullable RankScale rankScale;

  @Json(name = "tag")
  private @Nullable String tag;

  /** An empty model; set its fields with the chained setters. */
  public SummaryTaskRequest() {
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
