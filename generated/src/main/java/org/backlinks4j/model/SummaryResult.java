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
 * The backlinks overview of a target. Any field may be null. Counts are 64-bit: the largest sites pass 2^31. 
 *
 * <p>A mutable wire model, as the service sends and takes it; fields not marked
 * {@code @Nullable} are required by the spec.
 */
public class SummaryResult {
  @Json(name = "target")
  private @Nullable String target;

  @Json(name = "first_seen")
  private @Nullable String firstSeen;

  @Json(name = "lost_date")
  private @Nullable String lostDate;

  @Json(name = "rank")
  private @Nullable Integer rank;

  @Json(name = "backlinks")
  private @Nullable Long backlinks;

  @Json(name = "backlinks_spam_score")
  private @Nullable Long backlinksSpamScore;

  @Json(name = "crawled_pages")
  private @Nullable Integer crawledPages;

  @Json(name = "info")
  private @Nullable SummaryTargetInfo info;

  @Json(name = "internal_links_count")
  private @Nullable Long internalLinksCount;

  @Json(name = "external_links_count")
  private @Nullable Long externalLinksCount;

  @Json(name = "broken_backlinks")
  private @Nullable Long brokenBacklinks;

  @Json(name = "broken_pages")
  private @Nullable Integer brokenPages;

  @Json(name = "referring_domains")
  private @Nullable Long referringDomains;

  @Json(name = "referring_domains_nofollow")
  private @Nullable Long referringDomainsNofollow;

  @Json(name = "referring_main_domains")
  private @Nullable Long referringMainDomains;

  @Json(name = "referring_main_domains_nofollow")
  private @Nullable Long referringMainDomainsNofollow;

  @Json(name = "referring_ips")
  private @Nullable Long referringIps;

  @Json(name = "referring_subnets")
  private @Nullable Long referringSubnets;

  @Json(name = "referring_pages")
  private @Nullable Long referringPages;

  @Json(name = "referring_pages_nofollow")
  private @Nullable Long referringPagesNofollow;

  @Json(name = "backlinks_nofollow")
  private @Nullable Long backlinksNofollow;

  @Json(name = "referring_links_tld")
  private @Nullable Map<String, Long> referringLinksTld;

  @Json(name = "referring_links_types")
  private @Nullable Map<String, Long> referringLinksTypes;

  @Json(name = "referring_links_attributes")
  private @Nullable Map<String, Long> referringLinksAttributes;

  @Json(name = "referring_links_platform_types")
  private @Nullable Map<String, Long> referringLinksPlatformTypes;

  @Json(name = "referring_links_semantic_locations")
  private @Nullable Map<String, Long> referringLinksSemanticLocations;

  @Json(name = "referring_links_countries")
  private @Nullable Map<String, Long> referringLinksCountries;

  /** An empty model; set its fields with the chained setters. */
  public SummaryResult() {
  }

  /**
   * Sets {@code target} and returns this model.
   *
   * @param target the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult target(@Nullable String target) {
    this.target = target;
    return this;
  }

  /**
   * The target as requested.
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
   * Sets {@code first_seen} and returns this model.
   *
   * @param firstSeen the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult firstSeen(@Nullable String firstSeen) {
    this.firstSeen = firstSeen;
    return this;
  }

  /**
   * When a backlink to the target was first found, as &#x60;yyyy-mm-dd hh:mm:ss +00:00&#x60; (UTC).
   *
   * @return {@code first_seen}, or null when absent
   */
  public @Nullable String getFirstSeen() {
    return firstSeen;
  }

  /**
   * Sets {@code first_seen}.
   *
   * @param firstSeen the new value, or null to leave it out
   */
  public void setFirstSeen(@Nullable String firstSeen) {
    this.firstSeen = firstSeen;
  }

  /**
   * Sets {@code lost_date} and returns this model.
   *
   * @param lostDate the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult lostDate(@Nullable String lostDate) {
    this.lostDate = lostDate;
    return this;
  }

  /**
   * When the target was found to answer with a 4xx/5xx status or its last backlink disappeared, as &#x60;yyyy-mm-dd hh:mm:ss +00:00&#x60; (UTC). 
   *
   * @return {@code lost_date}, or null when absent
   */
  public @Nullable String getLostDate() {
    return lostDate;
  }

  /**
   * Sets {@code lost_date}.
   *
   * @param lostDate the new value, or null to leave it out
   */
  public void setLostDate(@Nullable String lostDate) {
    this.lostDate = lostDate;
  }

  /**
   * Sets {@code rank} and returns this model.
   *
   * @param rank the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult rank(@Nullable Integer rank) {
    this.rank = rank;
    return this;
  }

  /**
   * The target&#39;s rank, on the scale the request&#39;s &#x60;rank_scale&#x60; chose.
   *
   * @return {@code rank}, or null when absent
   */
  public @Nullable Integer getRank() {
    return rank;
  }

  /**
   * Sets {@code rank}.
   *
   * @param rank the new value, or null to leave it out
   */
  public void setRank(@Nullable Integer rank) {
    this.rank = rank;
  }

  /**
   * Sets {@code backlinks} and returns this model.
   *
   * @param backlinks the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult backlinks(@Nullable Long backlinks) {
    this.backlinks = backlinks;
    return this;
  }

  /**
   * Backlinks pointing at the target.
   *
   * @return {@code backlinks}, or null when absent
   */
  public @Nullable Long getBacklinks() {
    return backlinks;
  }

  /**
   * Sets {@code backlinks}.
   *
   * @param backlinks the new value, or null to leave it out
   */
  public void setBacklinks(@Nullable Long backlinks) {
    this.backlinks = backlinks;
  }

  /**
   * Sets {@code backlinks_spam_score} and returns this model.
   *
   * @param backlinksSpamScore the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult backlinksSpamScore(@Nullable Long backlinksSpamScore) {
    this.backlinksSpamScore = backlinksSpamScore;
    return this;
  }

  /**
   * Spam score of the backlinks pointing at the target, taken together.
   *
   * @return {@code backlinks_spam_score}, or null when absent
   */
  public @Nullable Long getBacklinksSpamScore() {
    return backlinksSpamScore;
  }

  /**
   * Sets {@code backlinks_spam_score}.
   *
   * @param backlinksSpamScore the new value, or null to leave it out
   */
  public void setBacklinksSpamScore(@Nullable Long backlinksSpamScore) {
    this.backlinksSpamScore = backlinksSpamScore;
  }

  /**
   * Sets {@code crawled_pages} and returns this model.
   *
   * @param crawledPages the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult crawledPages(@Nullable Integer crawledPages) {
    this.crawledPages = crawledPages;
    return this;
  }

  /**
   * Pages of the target the crawler has visited.
   *
   * @return {@code crawled_pages}, or null when absent
   */
  public @Nullable Integer getCrawledPages() {
    return crawledPages;
  }

  /**
   * Sets {@code crawled_pages}.
   *
   * @param crawledPages the new value, or null to leave it out
   */
  public void setCrawledPages(@Nullable Integer crawledPages) {
    this.crawledPages = crawledPages;
  }

  /**
   * Sets {@code info} and returns this model.
   *
   * @param info the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult info(@Nullable SummaryTargetInfo info) {
    this.info = info;
    return this;
  }

  /**
   * The {@code info} field.
   *
   * @return {@code info}, or null when absent
   */
  public @Nullable SummaryTargetInfo getInfo() {
    return info;
  }

  /**
   * Sets {@code info}.
   *
   * @param info the new value, or null to leave it out
   */
  public void setInfo(@Nullable SummaryTargetInfo info) {
    this.info = info;
  }

  /**
   * Sets {@code internal_links_count} and returns this model.
   *
   * @param internalLinksCount the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult internalLinksCount(@Nullable Long internalLinksCount) {
    this.internalLinksCount = internalLinksCount;
    return this;
  }

  /**
   * Links between the target&#39;s own pages, summed over its pages.
   *
   * @return {@code internal_links_count}, or null when absent
   */
  public @Nullable Long getInternalLinksCount() {
    return internalLinksCount;
  }

  /**
   * Sets {@code internal_links_count}.
   *
   * @param internalLinksCount the new value, or null to leave it out
   */
  public void setInternalLinksCount(@Nullable Long internalLinksCount) {
    this.internalLinksCount = internalLinksCount;
  }

  /**
   * Sets {@code external_links_count} and returns this model.
   *
   * @param externalLinksCount the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult externalLinksCount(@Nullable Long externalLinksCount) {
    this.externalLinksCount = externalLinksCount;
    return this;
  }

  /**
   * Links from the target&#39;s pages to other sites, summed over its pages.
   *
   * @return {@code external_links_count}, or null when absent
   */
  public @Nullable Long getExternalLinksCount() {
    return externalLinksCount;
  }

  /**
   * Sets {@code external_links_count}.
   *
   * @param externalLinksCount the new value, or null to leave it out
   */
  public void setExternalLinksCount(@Nullable Long externalLinksCount) {
    this.externalLinksCount = externalLinksCount;
  }

  /**
   * Sets {@code broken_backlinks} and returns this model.
   *
   * @param brokenBacklinks the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult brokenBacklinks(@Nullable Long brokenBacklinks) {
    this.brokenBacklinks = brokenBacklinks;
    return this;
  }

  /**
   * Backlinks that point at a page of the target that does not answer.
   *
   * @return {@code broken_backlinks}, or null when absent
   */
  public @Nullable Long getBrokenBacklinks() {
    return brokenBacklinks;
  }

  /**
   * Sets {@code broken_backlinks}.
   *
   * @param brokenBacklinks the new value, or null to leave it out
   */
  public void setBrokenBacklinks(@Nullable Long brokenBacklinks) {
    this.brokenBacklinks = brokenBacklinks;
  }

  /**
   * Sets {@code broken_pages} and returns this model.
   *
   * @param brokenPages the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult brokenPages(@Nullable Integer brokenPages) {
    this.brokenPages = brokenPages;
    return this;
  }

  /**
   * Pages of the target that answer with a 4xx or 5xx status.
   *
   * @return {@code broken_pages}, or null when absent
   */
  public @Nullable Integer getBrokenPages() {
    return brokenPages;
  }

  /**
   * Sets {@code broken_pages}.
   *
   * @param brokenPages the new value, or null to leave it out
   */
  public void setBrokenPages(@Nullable Integer brokenPages) {
    this.brokenPages = brokenPages;
  }

  /**
   * Sets {@code referring_domains} and returns this model.
   *
   * @param referringDomains the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringDomains(@Nullable Long referringDomains) {
    this.referringDomains = referringDomains;
    return this;
  }

  /**
   * Domains linking to the target; subdomains count as domains of their own.
   *
   * @return {@code referring_domains}, or null when absent
   */
  public @Nullable Long getReferringDomains() {
    return referringDomains;
  }

  /**
   * Sets {@code referring_domains}.
   *
   * @param referringDomains the new value, or null to leave it out
   */
  public void setReferringDomains(@Nullable Long referringDomains) {
    this.referringDomains = referringDomains;
  }

  /**
   * Sets {@code referring_domains_nofollow} and returns this model.
   *
   * @param referringDomainsNofollow the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringDomainsNofollow(@Nullable Long referringDomainsNofollow) {
    this.referringDomainsNofollow = referringDomainsNofollow;
    return this;
  }

  /**
   * Domains with at least one nofollow link to the target.
   *
   * @return {@code referring_domains_nofollow}, or null when absent
   */
  public @Nullable Long getReferringDomainsNofollow() {
    return referringDomainsNofollow;
  }

  /**
   * Sets {@code referring_domains_nofollow}.
   *
   * @param referringDomainsNofollow the new value, or null to leave it out
   */
  public void setReferringDomainsNofollow(@Nullable Long referringDomainsNofollow) {
    this.referringDomainsNofollow = referringDomainsNofollow;
  }

  /**
   * Sets {@code referring_main_domains} and returns this model.
   *
   * @param referringMainDomains the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringMainDomains(@Nullable Long referringMainDomains) {
    this.referringMainDomains = referringMainDomains;
    return this;
  }

  /**
   * Registrable (main) domains linking to the target.
   *
   * @return {@code referring_main_domains}, or null when absent
   */
  public @Nullable Long getReferringMainDomains() {
    return referringMainDomains;
  }

  /**
   * Sets {@code referring_main_domains}.
   *
   * @param referringMainDomains the new value, or null to leave it out
   */
  public void setReferringMainDomains(@Nullable Long referringMainDomains) {
    this.referringMainDomains = referringMainDomains;
  }

  /**
   * Sets {@code referring_main_domains_nofollow} and returns this model.
   *
   * @param referringMainDomainsNofollow the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringMainDomainsNofollow(@Nullable Long referringMainDomainsNofollow) {
    this.referringMainDomainsNofollow = referringMainDomainsNofollow;
    return this;
  }

  /**
   * Main domains with at least one nofollow link to the target.
   *
   * @return {@code referring_main_domains_nofollow}, or null when absent
   */
  public @Nullable Long getReferringMainDomainsNofollow() {
    return referringMainDomainsNofollow;
  }

  /**
   * Sets {@code referring_main_domains_nofollow}.
   *
   * @param referringMainDomainsNofollow the new value, or null to leave it out
   */
  public void setReferringMainDomainsNofollow(@Nullable Long referringMainDomainsNofollow) {
    this.referringMainDomainsNofollow = referringMainDomainsNofollow;
  }

  /**
   * Sets {@code referring_ips} and returns this model.
   *
   * @param referringIps the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringIps(@Nullable Long referringIps) {
    this.referringIps = referringIps;
    return this;
  }

  /**
   * IP addresses linking to the target.
   *
   * @return {@code referring_ips}, or null when absent
   */
  public @Nullable Long getReferringIps() {
    return referringIps;
  }

  /**
   * Sets {@code referring_ips}.
   *
   * @param referringIps the new value, or null to leave it out
   */
  public void setReferringIps(@Nullable Long referringIps) {
    this.referringIps = referringIps;
  }

  /**
   * Sets {@code referring_subnets} and returns this model.
   *
   * @param referringSubnets the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringSubnets(@Nullable Long referringSubnets) {
    this.referringSubnets = referringSubnets;
    return this;
  }

  /**
   * Subnets linking to the target.
   *
   * @return {@code referring_subnets}, or null when absent
   */
  public @Nullable Long getReferringSubnets() {
    return referringSubnets;
  }

  /**
   * Sets {@code referring_subnets}.
   *
   * @param referringSubnets the new value, or null to leave it out
   */
  public void setReferringSubnets(@Nullable Long referringSubnets) {
    this.referringSubnets = referringSubnets;
  }

  /**
   * Sets {@code referring_pages} and returns this model.
   *
   * @param referringPages the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringPages(@Nullable Long referringPages) {
    this.referringPages = referringPages;
    return this;
  }

  /**
   * Pages linking to the target.
   *
   * @return {@code referring_pages}, or null when absent
   */
  public @Nullable Long getReferringPages() {
    return referringPages;
  }

  /**
   * Sets {@code referring_pages}.
   *
   * @param referringPages the new value, or null to leave it out
   */
  public void setReferringPages(@Nullable Long referringPages) {
    this.referringPages = referringPages;
  }

  /**
   * Sets {@code referring_pages_nofollow} and returns this model.
   *
   * @param referringPagesNofollow the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringPagesNofollow(@Nullable Long referringPagesNofollow) {
    this.referringPagesNofollow = referringPagesNofollow;
    return this;
  }

  /**
   * Pages with at least one nofollow link to the target.
   *
   * @return {@code referring_pages_nofollow}, or null when absent
   */
  public @Nullable Long getReferringPagesNofollow() {
    return referringPagesNofollow;
  }

  /**
   * Sets {@code referring_pages_nofollow}.
   *
   * @param referringPagesNofollow the new value, or null to leave it out
   */
  public void setReferringPagesNofollow(@Nullable Long referringPagesNofollow) {
    this.referringPagesNofollow = referringPagesNofollow;
  }

  /**
   * Sets {@code backlinks_nofollow} and returns this model.
   *
   * @param backlinksNofollow the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult backlinksNofollow(@Nullable Long backlinksNofollow) {
    this.backlinksNofollow = backlinksNofollow;
    return this;
  }

  /**
   * Nofollow backlinks pointing at the target.
   *
   * @return {@code backlinks_nofollow}, or null when absent
   */
  public @Nullable Long getBacklinksNofollow() {
    return backlinksNofollow;
  }

  /**
   * Sets {@code backlinks_nofollow}.
   *
   * @param backlinksNofollow the new value, or null to leave it out
   */
  public void setBacklinksNofollow(@Nullable Long backlinksNofollow) {
    this.backlinksNofollow = backlinksNofollow;
  }

  /**
   * Sets {@code referring_links_tld} and returns this model.
   *
   * @param referringLinksTld the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringLinksTld(@Nullable Map<String, Long> referringLinksTld) {
    this.referringLinksTld = referringLinksTld;
    return this;
  }

  /**
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). 
   *
   * @return {@code referring_links_tld}, or null when absent
   */
  public @Nullable Map<String, Long> getReferringLinksTld() {
    return referringLinksTld;
  }

  /**
   * Sets {@code referring_links_tld}.
   *
   * @param referringLinksTld the new value, or null to leave it out
   */
  public void setReferringLinksTld(@Nullable Map<String, Long> referringLinksTld) {
    this.referringLinksTld = referringLinksTld;
  }

  /**
   * Sets {@code referring_links_types} and returns this model.
   *
   * @param referringLinksTypes the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringLinksTypes(@Nullable Map<String, Long> referringLinksTypes) {
    this.referringLinksTypes = referringLinksTypes;
    return this;
  }

  /**
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). 
   *
   * @return {@code referring_links_types}, or null when absent
   */
  public @Nullable Map<String, Long> getReferringLinksTypes() {
    return referringLinksTypes;
  }

  /**
   * Sets {@code referring_links_types}.
   *
   * @param referringLinksTypes the new value, or null to leave it out
   */
  public void setReferringLinksTypes(@Nullable Map<String, Long> referringLinksTypes) {
    this.referringLinksTypes = referringLinksTypes;
  }

  /**
   * Sets {@code referring_links_attributes} and returns this model.
   *
   * @param referringLinksAttributes the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringLinksAttributes(@Nullable Map<String, Long> referringLinksAttributes) {
    this.referringLinksAttributes = referringLinksAttributes;
    return this;
  }

  /**
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). 
   *
   * @return {@code referring_links_attributes}, or null when absent
   */
  public @Nullable Map<String, Long> getReferringLinksAttributes() {
    return referringLinksAttributes;
  }

  /**
   * Sets {@code referring_links_attributes}.
   *
   * @param referringLinksAttributes the new value, or null to leave it out
   */
  public void setReferringLinksAttributes(@Nullable Map<String, Long> referringLinksAttributes) {
    this.referringLinksAttributes = referringLinksAttributes;
  }

  /**
   * Sets {@code referring_links_platform_types} and returns this model.
   *
   * @param referringLinksPlatformTypes the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringLinksPlatformTypes(@Nullable Map<String, Long> referringLinksPlatformTypes) {
    this.referringLinksPlatformTypes = referringLinksPlatformTypes;
    return this;
  }

  /**
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). 
   *
   * @return {@code referring_links_platform_types}, or null when absent
   */
  public @Nullable Map<String, Long> getReferringLinksPlatformTypes() {
    return referringLinksPlatformTypes;
  }

  /**
   * Sets {@code referring_links_platform_types}.
   *
   * @param referringLinksPlatformTypes the new value, or null to leave it out
   */
  public void setReferringLinksPlatformTypes(@Nullable Map<String, Long> referringLinksPlatformTypes) {
    this.referringLinksPlatformTypes = referringLinksPlatformTypes;
  }

  /**
   * Sets {@code referring_links_semantic_locations} and returns this model.
   *
   * @param referringLinksSemanticLocations the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringLinksSemanticLocations(@Nullable Map<String, Long> referringLinksSemanticLocations) {
    this.referringLinksSemanticLocations = referringLinksSemanticLocations;
    return this;
  }

  /**
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). 
   *
   * @return {@code referring_links_semantic_locations}, or null when absent
   */
  public @Nullable Map<String, Long> getReferringLinksSemanticLocations() {
    return referringLinksSemanticLocations;
  }

  /**
   * Sets {@code referring_links_semantic_locations}.
   *
   * @param referringLinksSemanticLocations the new value, or null to leave it out
   */
  public void setReferringLinksSemanticLocations(@Nullable Map<String, Long> referringLinksSemanticLocations) {
    this.referringLinksSemanticLocations = referringLinksSemanticLocations;
  }

  /**
   * Sets {@code referring_links_countries} and returns this model.
   *
   * @param referringLinksCountries the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringLinksCountries(@Nullable Map<String, Long> referringLinksCountries) {
    this.referringLinksCountries = referringLinksCountries;
    return this;
  }

  /**
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). 
   *
   * @return {@code referring_links_countries}, or null when absent
   */
  public @Nullable Map<String, Long> getReferringLinksCountries() {
    return referringLinksCountries;
  }

  /**
   * Sets {@code referring_links_countries}.
   *
   * @param referringLinksCountries the new value, or null to leave it out
   */
  public void setReferringLinksCountries(@Nullable Map<String, Long> referringLinksCountries) {
    this.referringLinksCountries = referringLinksCountries;
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
    SummaryResult that = (SummaryResult) o;
    return Objects.equals(target, that.target)
        && Objects.equals(firstSeen, that.firstSeen)
        && Objects.equals(lostDate, that.lostDate)
        && Objects.equals(rank, that.rank)
        && Objects.equals(backlinks, that.backlinks)
        && Objects.equals(backlinksSpamScore, that.backlinksSpamScore)
        && Objects.equals(crawledPages, that.crawledPages)
        && Objects.equals(info, that.info)
        && Objects.equals(internalLinksCount, that.internalLinksCount)
        && Objects.equals(externalLinksCount, that.externalLinksCount)
        && Objects.equals(brokenBacklinks, that.brokenBacklinks)
        && Objects.equals(brokenPages, that.brokenPages)
        && Objects.equals(referringDomains, that.referringDomains)
        && Objects.equals(referringDomainsNofollow, that.referringDomainsNofollow)
        && Objects.equals(referringMainDomains, that.referringMainDomains)
        && Objects.equals(referringMainDomainsNofollow, that.referringMainDomainsNofollow)
        && Objects.equals(referringIps, that.referringIps)
        && Objects.equals(referringSubnets, that.referringSubnets)
        && Objects.equals(referringPages, that.referringPages)
        && Objects.equals(referringPagesNofollow, that.referringPagesNofollow)
        && Objects.equals(backlinksNofollow, that.backlinksNofollow)
        && Objects.equals(referringLinksTld, that.referringLinksTld)
        && Objects.equals(referringLinksTypes, that.referringLinksTypes)
        && Objects.equals(referringLinksAttributes, that.referringLinksAttributes)
        && Objects.equals(referringLinksPlatformTypes, that.referringLinksPlatformTypes)
        && Objects.equals(referringLinksSemanticLocations, that.referringLinksSemanticLocations)
        && Objects.equals(referringLinksCountries, that.referringLinksCountries);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(target, firstSeen, lostDate, rank, backlinks, backlinksSpamScore, crawledPages, info, internalLinksCount, externalLinksCount, brokenBacklinks, brokenPages, referringDomains, referringDomainsNofollow, referringMainDomains, referringMainDomainsNofollow, referringIps, referringSubnets, referringPages, referringPagesNofollow, backlinksNofollow, referringLinksTld, referringLinksTypes, referringLinksAttributes, referringLinksPlatformTypes, referringLinksSemanticLocations, referringLinksCountries);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "SummaryResult{"
        + "target=" + target
        + ", first_seen=" + firstSeen
        + ", lost_date=" + lostDate
        + ", rank=" + rank
        + ", backlinks=" + backlinks
        + ", backlinks_spam_score=" + backlinksSpamScore
        + ", crawled_pages=" + crawledPages
        + ", info=" + info
        + ", internal_links_count=" + internalLinksCount
        + ", external_links_count=" + externalLinksCount
        + ", broken_backlinks=" + brokenBacklinks
        + ", broken_pages=" + brokenPages
        + ", referring_domains=" + referringDomains
        + ", referring_domains_nofollow=" + referringDomainsNofollow
        + ", referring_main_domains=" + referringMainDomains
        + ", referring_main_domains_nofollow=" + referringMainDomainsNofollow
        + ", referring_ips=" + referringIps
        + ", referring_subnets=" + referringSubnets
        + ", referring_pages=" + referringPages
        + ", referring_pages_nofollow=" + referringPagesNofollow
        + ", backlinks_nofollow=" + backlinksNofollow
        + ", referring_links_tld=" + referringLinksTld
        + ", referring_links_types=" + referringLinksTypes
        + ", referring_links_attributes=" + referringLinksAttributes
        + ", referring_links_platform_types=" + referringLinksPlatformTypes
        + ", referring_links_semantic_locations=" + referringLinksSemanticLocations
        + ", referring_links_countries=" + referringLinksCountries
        + "}";
  }
}
