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
 * The backlinks overview of a target. Any field may be null. Counts are 64-bit: the largest sites pass 2^31. 
 *
 * <p>A mutable wire model, as the service sends and takes it; fields not marked
 * {@code @Nullable} are required by the spec. Moshi reads and writes it through
 * {@code SummaryResultJsonAdapter}, generated beside it, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public class SummaryResult {
  private @Nullable String target;

  private @Nullable String firstSeen;

  private @Nullable String lostDate;

  private @Nullable Integer rank;

  private @Nullable Long backlinks;

  private @Nullable Long backlinksSpamScore;

  private @Nullable Integer crawledPages;

  private @Nullable SummaryTargetInfo info;

  private @Nullable Long internalLinksCount;

  private @Nullable Long externalLinksCount;

  private @Nullable Long brokenBacklinks;

  private @Nullable Integer brokenPages;

  private @Nullable Long referringDomains;

  private @Nullable Long referringDomainsNofollow;

  private @Nullable Long referringMainDomains;

  private @Nullable Long referringMainDomainsNofollow;

  private @Nullable Long referringIps;

  private @Nullable Long referringSubnets;

  private @Nullable Long referringPages;

  private @Nullable Long referringPagesNofollow;

  private @Nullable Long backlinksNofollow;

  private @Nullable Map<String, @Nullable Long> referringLinksTld;

  private @Nullable Map<String, @Nullable Long> referringLinksTypes;

  private @Nullable Map<String, @Nullable Long> referringLinksAttributes;

  private @Nullable Map<String, @Nullable Long> referringLinksPlatformTypes;

  private @Nullable Map<String, @Nullable Long> referringLinksSemanticLocations;

  private @Nullable Map<String, @Nullable Long> referringLinksCountries;

  /** An empty model; set its fields with the chained setters. */
  public SummaryResult() {
  }

  /**
   * A shallow copy of {@code other}: the copy's fields are {@code other}'s, lists and maps shared.
   *
   * @param other the model to copy
   */
  public SummaryResult(SummaryResult other) {
    this.target = other.target;
    this.firstSeen = other.firstSeen;
    this.lostDate = other.lostDate;
    this.rank = other.rank;
    this.backlinks = other.backlinks;
    this.backlinksSpamScore = other.backlinksSpamScore;
    this.crawledPages = other.crawledPages;
    this.info = other.info;
    this.internalLinksCount = other.internalLinksCount;
    this.externalLinksCount = other.externalLinksCount;
    this.brokenBacklinks = other.brokenBacklinks;
    this.brokenPages = other.brokenPages;
    this.referringDomains = other.referringDomains;
    this.referringDomainsNofollow = other.referringDomainsNofollow;
    this.referringMainDomains = other.referringMainDomains;
    this.referringMainDomainsNofollow = other.referringMainDomainsNofollow;
    this.referringIps = other.referringIps;
    this.referringSubnets = other.referringSubnets;
    this.referringPages = other.referringPages;
    this.referringPagesNofollow = other.referringPagesNofollow;
    this.backlinksNofollow = other.backlinksNofollow;
    this.referringLinksTld = other.referringLinksTld;
    this.referringLinksTypes = other.referringLinksTypes;
    this.referringLinksAttributes = other.referringLinksAttributes;
    this.referringLinksPlatformTypes = other.referringLinksPlatformTypes;
    this.referringLinksSemanticLocations = other.referringLinksSemanticLocations;
    this.referringLinksCountries = other.referringLinksCountries;
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
  public SummaryResult referringLinksTld(@Nullable Map<String, @Nullable Long> referringLinksTld) {
    this.referringLinksTld = referringLinksTld;
    return this;
  }

  /**
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). The whole breakdown may be null, and so may a count inside it: a count the service does not know, which is not zero. 
   *
   * @return {@code referring_links_tld}, or null when absent
   */
  public @Nullable Map<String, @Nullable Long> getReferringLinksTld() {
    return referringLinksTld;
  }

  /**
   * Sets {@code referring_links_tld}.
   *
   * @param referringLinksTld the new value, or null to leave it out
   */
  public void setReferringLinksTld(@Nullable Map<String, @Nullable Long> referringLinksTld) {
    this.referringLinksTld = referringLinksTld;
  }

  /**
   * Sets {@code referring_links_types} and returns this model.
   *
   * @param referringLinksTypes the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringLinksTypes(@Nullable Map<String, @Nullable Long> referringLinksTypes) {
    this.referringLinksTypes = referringLinksTypes;
    return this;
  }

  /**
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). The whole breakdown may be null, and so may a count inside it: a count the service does not know, which is not zero. 
   *
   * @return {@code referring_links_types}, or null when absent
   */
  public @Nullable Map<String, @Nullable Long> getReferringLinksTypes() {
    return referringLinksTypes;
  }

  /**
   * Sets {@code referring_links_types}.
   *
   * @param referringLinksTypes the new value, or null to leave it out
   */
  public void setReferringLinksTypes(@Nullable Map<String, @Nullable Long> referringLinksTypes) {
    this.referringLinksTypes = referringLinksTypes;
  }

  /**
   * Sets {@code referring_links_attributes} and returns this model.
   *
   * @param referringLinksAttributes the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringLinksAttributes(@Nullable Map<String, @Nullable Long> referringLinksAttributes) {
    this.referringLinksAttributes = referringLinksAttributes;
    return this;
  }

  /**
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). The whole breakdown may be null, and so may a count inside it: a count the service does not know, which is not zero. 
   *
   * @return {@code referring_links_attributes}, or null when absent
   */
  public @Nullable Map<String, @Nullable Long> getReferringLinksAttributes() {
    return referringLinksAttributes;
  }

  /**
   * Sets {@code referring_links_attributes}.
   *
   * @param referringLinksAttributes the new value, or null to leave it out
   */
  public void setReferringLinksAttributes(@Nullable Map<String, @Nullable Long> referringLinksAttributes) {
    this.referringLinksAttributes = referringLinksAttributes;
  }

  /**
   * Sets {@code referring_links_platform_types} and returns this model.
   *
   * @param referringLinksPlatformTypes the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringLinksPlatformTypes(@Nullable Map<String, @Nullable Long> referringLinksPlatformTypes) {
    this.referringLinksPlatformTypes = referringLinksPlatformTypes;
    return this;
  }

  /**
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). The whole breakdown may be null, and so may a count inside it: a count the service does not know, which is not zero. 
   *
   * @return {@code referring_links_platform_types}, or null when absent
   */
  public @Nullable Map<String, @Nullable Long> getReferringLinksPlatformTypes() {
    return referringLinksPlatformTypes;
  }

  /**
   * Sets {@code referring_links_platform_types}.
   *
   * @param referringLinksPlatformTypes the new value, or null to leave it out
   */
  public void setReferringLinksPlatformTypes(@Nullable Map<String, @Nullable Long> referringLinksPlatformTypes) {
    this.referringLinksPlatformTypes = referringLinksPlatformTypes;
  }

  /**
   * Sets {@code referring_links_semantic_locations} and returns this model.
   *
   * @param referringLinksSemanticLocations the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringLinksSemanticLocations(@Nullable Map<String, @Nullable Long> referringLinksSemanticLocations) {
    this.referringLinksSemanticLocations = referringLinksSemanticLocations;
    return this;
  }

  /**
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). The whole breakdown may be null, and so may a count inside it: a count the service does not know, which is not zero. 
   *
   * @return {@code referring_links_semantic_locations}, or null when absent
   */
  public @Nullable Map<String, @Nullable Long> getReferringLinksSemanticLocations() {
    return referringLinksSemanticLocations;
  }

  /**
   * Sets {@code referring_links_semantic_locations}.
   *
   * @param referringLinksSemanticLocations the new value, or null to leave it out
   */
  public void setReferringLinksSemanticLocations(@Nullable Map<String, @Nullable Long> referringLinksSemanticLocations) {
    this.referringLinksSemanticLocations = referringLinksSemanticLocations;
  }

  /**
   * Sets {@code referring_links_countries} and returns this model.
   *
   * @param referringLinksCountries the new value, or null to leave it out
   * @return this model
   */
  public SummaryResult referringLinksCountries(@Nullable Map<String, @Nullable Long> referringLinksCountries) {
    this.referringLinksCountries = referringLinksCountries;
    return this;
  }

  /**
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). The whole breakdown may be null, and so may a count inside it: a count the service does not know, which is not zero. 
   *
   * @return {@code referring_links_countries}, or null when absent
   */
  public @Nullable Map<String, @Nullable Long> getReferringLinksCountries() {
    return referringLinksCountries;
  }

  /**
   * Sets {@code referring_links_countries}.
   *
   * @param referringLinksCountries the new value, or null to leave it out
   */
  public void setReferringLinksCountries(@Nullable Map<String, @Nullable Long> referringLinksCountries) {
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

/**
 * Reads and writes {@link SummaryResult} as the wire's JSON, found by Moshi through
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
final class SummaryResultJsonAdapter extends JsonAdapter<SummaryResult> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "target",
      "first_seen",
      "lost_date",
      "rank",
      "backlinks",
      "backlinks_spam_score",
      "crawled_pages",
      "info",
      "internal_links_count",
      "external_links_count",
      "broken_backlinks",
      "broken_pages",
      "referring_domains",
      "referring_domains_nofollow",
      "referring_main_domains",
      "referring_main_domains_nofollow",
      "referring_ips",
      "referring_subnets",
      "referring_pages",
      "referring_pages_nofollow",
      "backlinks_nofollow",
      "referring_links_tld",
      "referring_links_types",
      "referring_links_attributes",
      "referring_links_platform_types",
      "referring_links_semantic_locations",
      "referring_links_countries");
  private final JsonAdapter<SummaryTargetInfo> infoAdapter;

  SummaryResultJsonAdapter(Moshi moshi) {
    this.infoAdapter = moshi.adapter(SummaryTargetInfo.class);
  }

  @Override
  public SummaryResult fromJson(JsonReader reader) throws IOException {
    SummaryResult value = new SummaryResult();
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          value.setTarget(ModelJson.nextString(reader));
          break;
        case 2 - 1:
          value.setFirstSeen(ModelJson.nextString(reader));
          break;
        case 3 - 1:
          value.setLostDate(ModelJson.nextString(reader));
          break;
        case 4 - 1:
          value.setRank(ModelJson.nextInt(reader));
          break;
        case 5 - 1:
          value.setBacklinks(ModelJson.nextLong(reader));
          break;
        case 6 - 1:
          value.setBacklinksSpamScore(ModelJson.nextLong(reader));
          break;
        case 7 - 1:
          value.setCrawledPages(ModelJson.nextInt(reader));
          break;
        case 8 - 1:
          value.setInfo(infoAdapter.fromJson(reader));
          break;
        case 9 - 1:
          value.setInternalLinksCount(ModelJson.nextLong(reader));
          break;
        case 10 - 1:
          value.setExternalLinksCount(ModelJson.nextLong(reader));
          break;
        case 11 - 1:
          value.setBrokenBacklinks(ModelJson.nextLong(reader));
          break;
        case 12 - 1:
          value.setBrokenPages(ModelJson.nextInt(reader));
          break;
        case 13 - 1:
          value.setReferringDomains(ModelJson.nextLong(reader));
          break;
        case 14 - 1:
          value.setReferringDomainsNofollow(ModelJson.nextLong(reader));
          break;
        case 15 - 1:
          value.setReferringMainDomains(ModelJson.nextLong(reader));
          break;
        case 16 - 1:
          value.setReferringMainDomainsNofollow(ModelJson.nextLong(reader));
          break;
        case 17 - 1:
          value.setReferringIps(ModelJson.nextLong(reader));
          break;
        case 18 - 1:
          value.setReferringSubnets(ModelJson.nextLong(reader));
          break;
        case 19 - 1:
          value.setReferringPages(ModelJson.nextLong(reader));
          break;
        case 20 - 1:
          value.setReferringPagesNofollow(ModelJson.nextLong(reader));
          break;
        case 21 - 1:
          value.setBacklinksNofollow(ModelJson.nextLong(reader));
          break;
        case 22 - 1:
          value.setReferringLinksTld(ModelJson.nextMap(reader, ModelJson::nextLong));
          break;
        case 23 - 1:
          value.setReferringLinksTypes(ModelJson.nextMap(reader, ModelJson::nextLong));
          break;
        case 24 - 1:
          value.setReferringLinksAttributes(ModelJson.nextMap(reader, ModelJson::nextLong));
          break;
        case 25 - 1:
          value.setReferringLinksPlatformTypes(ModelJson.nextMap(reader, ModelJson::nextLong));
          break;
        case 26 - 1:
          value.setReferringLinksSemanticLocations(ModelJson.nextMap(reader, ModelJson::nextLong));
          break;
        case 27 - 1:
          value.setReferringLinksCountries(ModelJson.nextMap(reader, ModelJson::nextLong));
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
  public void toJson(JsonWriter writer, @Nullable SummaryResult value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null SummaryResult (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("target");
    writer.value(value.getTarget());
    writer.name("first_seen");
    writer.value(value.getFirstSeen());
    writer.name("lost_date");
    writer.value(value.getLostDate());
    writer.name("rank");
    writer.value(value.getRank());
    writer.name("backlinks");
    writer.value(value.getBacklinks());
    writer.name("backlinks_spam_score");
    writer.value(value.getBacklinksSpamScore());
    writer.name("crawled_pages");
    writer.value(value.getCrawledPages());
    writer.name("info");
    infoAdapter.toJson(writer, value.getInfo());
    writer.name("internal_links_count");
    writer.value(value.getInternalLinksCount());
    writer.name("external_links_count");
    writer.value(value.getExternalLinksCount());
    writer.name("broken_backlinks");
    writer.value(value.getBrokenBacklinks());
    writer.name("broken_pages");
    writer.value(value.getBrokenPages());
    writer.name("referring_domains");
    writer.value(value.getReferringDomains());
    writer.name("referring_domains_nofollow");
    writer.value(value.getReferringDomainsNofollow());
    writer.name("referring_main_domains");
    writer.value(value.getReferringMainDomains());
    writer.name("referring_main_domains_nofollow");
    writer.value(value.getReferringMainDomainsNofollow());
    writer.name("referring_ips");
    writer.value(value.getReferringIps());
    writer.name("referring_subnets");
    writer.value(value.getReferringSubnets());
    writer.name("referring_pages");
    writer.value(value.getReferringPages());
    writer.name("referring_pages_nofollow");
    writer.value(value.getReferringPagesNofollow());
    writer.name("backlinks_nofollow");
    writer.value(value.getBacklinksNofollow());
    writer.name("referring_links_tld");
    ModelJson.writeMap(writer, value.getReferringLinksTld());
    writer.name("referring_links_types");
    ModelJson.writeMap(writer, value.getReferringLinksTypes());
    writer.name("referring_links_attributes");
    ModelJson.writeMap(writer, value.getReferringLinksAttributes());
    writer.name("referring_links_platform_types");
    ModelJson.writeMap(writer, value.getReferringLinksPlatformTypes());
    writer.name("referring_links_semantic_locations");
    ModelJson.writeMap(writer, value.getReferringLinksSemanticLocations());
    writer.name("referring_links_countries");
    ModelJson.writeMap(writer, value.getReferringLinksCountries());
    writer.endObject();
  }
}
