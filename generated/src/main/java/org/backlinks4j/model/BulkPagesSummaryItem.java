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
 * The backlinks overview of one target of a bulk_pages_summary call: summary&#39;s numbers without &#x60;target&#x60;, &#x60;crawled_pages&#x60;, &#x60;info&#x60; and the link counts of the target&#39;s own pages. &#x60;url&#x60; says which target it belongs to. Any field may be null. Counts are 64-bit. 
 *
 * <p>A mutable wire model, as the service sends and takes it; fields not marked
 * {@code @Nullable} are required by the spec. Moshi reads and writes it through
 * {@code BulkPagesSummaryItemJsonAdapter}, generated beside it, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public class BulkPagesSummaryItem {
  private @Nullable String type;

  private @Nullable String url;

  private @Nullable Integer mainDomainRank;

  private @Nullable String firstSeen;

  private @Nullable String lostDate;

  private @Nullable Integer rank;

  private @Nullable Long backlinks;

  private @Nullable Long backlinksSpamScore;

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

  private @Nullable Map<String, @Nullable Long> referringLinksTld;

  private @Nullable Map<String, @Nullable Long> referringLinksTypes;

  private @Nullable Map<String, @Nullable Long> referringLinksAttributes;

  private @Nullable Map<String, @Nullable Long> referringLinksPlatformTypes;

  private @Nullable Map<String, @Nullable Long> referringLinksSemanticLocations;

  private @Nullable Map<String, @Nullable Long> referringLinksCountries;

  /** An empty model; set its fields with the chained setters. */
  public BulkPagesSummaryItem() {
  }

  /**
   * A shallow copy of {@code other}: the copy's fields are {@code other}'s, lists and maps shared.
   *
   * @param other the model to copy
   */
  public BulkPagesSummaryItem(BulkPagesSummaryItem other) {
    this.type = other.type;
    this.url = other.url;
    this.mainDomainRank = other.mainDomainRank;
    this.firstSeen = other.firstSeen;
    this.lostDate = other.lostDate;
    this.rank = other.rank;
    this.backlinks = other.backlinks;
    this.backlinksSpamScore = other.backlinksSpamScore;
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
    this.referringLinksTld = other.referringLinksTld;
    this.referringLinksTypes = other.referringLinksTypes;
    this.referringLinksAttributes = other.referringLinksAttributes;
    this.referringLinksPlatformTypes = other.referringLinksPlatformTypes;
    this.referringLinksSemanticLocations = other.referringLinksSemanticLocations;
    this.referringLinksCountries = other.referringLinksCountries;
  }

  /**
   * Sets {@code type} and returns this model.
   *
   * @param type the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryItem type(@Nullable String type) {
    this.type = type;
    return this;
  }

  /**
   * The kind of item (&#x60;backlinks_bulk_pages_summary&#x60;).
   *
   * @return {@code type}, or null when absent
   */
  public @Nullable String getType() {
    return type;
  }

  /**
   * Sets {@code type}.
   *
   * @param type the new value, or null to leave it out
   */
  public void setType(@Nullable String type) {
    this.type = type;
  }

  /**
   * Sets {@code url} and returns this model.
   *
   * @param url the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryItem url(@Nullable String url) {
    this.url = url;
    return this;
  }

  /**
   * The target this item is about, as the service writes it.
   *
   * @return {@code url}, or null when absent
   */
  public @Nullable String getUrl() {
    return url;
  }

  /**
   * Sets {@code url}.
   *
   * @param url the new value, or null to leave it out
   */
  public void setUrl(@Nullable String url) {
    this.url = url;
  }

  /**
   * Sets {@code main_domain_rank} and returns this model.
   *
   * @param mainDomainRank the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryItem mainDomainRank(@Nullable Integer mainDomainRank) {
    this.mainDomainRank = mainDomainRank;
    return this;
  }

  /**
   * The rank of the target&#39;s main (registrable) domain, on the request&#39;s &#x60;rank_scale&#x60;.
   *
   * @return {@code main_domain_rank}, or null when absent
   */
  public @Nullable Integer getMainDomainRank() {
    return mainDomainRank;
  }

  /**
   * Sets {@code main_domain_rank}.
   *
   * @param mainDomainRank the new value, or null to leave it out
   */
  public void setMainDomainRank(@Nullable Integer mainDomainRank) {
    this.mainDomainRank = mainDomainRank;
  }

  /**
   * Sets {@code first_seen} and returns this model.
   *
   * @param firstSeen the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryItem firstSeen(@Nullable String firstSeen) {
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
  public BulkPagesSummaryItem lostDate(@Nullable String lostDate) {
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
  public BulkPagesSummaryItem rank(@Nullable Integer rank) {
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
  public BulkPagesSummaryItem backlinks(@Nullable Long backlinks) {
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
  public BulkPagesSummaryItem backlinksSpamScore(@Nullable Long backlinksSpamScore) {
    this.backlinksSpamScore = backlinksSpamScore;
    return this;
  }

  /**
   * Average spam score of the backlinks pointing at the target.
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
   * Sets {@code broken_backlinks} and returns this model.
   *
   * @param brokenBacklinks the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryItem brokenBacklinks(@Nullable Long brokenBacklinks) {
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
  public BulkPagesSummaryItem brokenPages(@Nullable Integer brokenPages) {
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
  public BulkPagesSummaryItem referringDomains(@Nullable Long referringDomains) {
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
  public BulkPagesSummaryItem referringDomainsNofollow(@Nullable Long referringDomainsNofollow) {
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
  public BulkPagesSummaryItem referringMainDomains(@Nullable Long referringMainDomains) {
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
  public BulkPagesSummaryItem referringMainDomainsNofollow(@Nullable Long referringMainDomainsNofollow) {
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
  public BulkPagesSummaryItem referringIps(@Nullable Long referringIps) {
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
  public BulkPagesSummaryItem referringSubnets(@Nullable Long referringSubnets) {
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
  public BulkPagesSummaryItem referringPages(@Nullable Long referringPages) {
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
  public BulkPagesSummaryItem referringPagesNofollow(@Nullable Long referringPagesNofollow) {
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
   * Sets {@code referring_links_tld} and returns this model.
   *
   * @param referringLinksTld the new value, or null to leave it out
   * @return this model
   */
  public BulkPagesSummaryItem referringLinksTld(@Nullable Map<String, @Nullable Long> referringLinksTld) {
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
  public BulkPagesSummaryItem referringLinksTypes(@Nullable Map<String, @Nullable Long> referringLinksTypes) {
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
  public BulkPagesSummaryItem referringLinksAttributes(@Nullable Map<String, @Nullable Long> referringLinksAttributes) {
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
  public BulkPagesSummaryItem referringLinksPlatformTypes(@Nullable Map<String, @Nullable Long> referringLinksPlatformTypes) {
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
  public BulkPagesSummaryItem referringLinksSemanticLocations(@Nullable Map<String, @Nullable Long> referringLinksSemanticLocations) {
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
  public BulkPagesSummaryItem referringLinksCountries(@Nullable Map<String, @Nullable Long> referringLinksCountries) {
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
    BulkPagesSummaryItem that = (BulkPagesSummaryItem) o;
    return Objects.equals(type, that.type)
        && Objects.equals(url, that.url)
        && Objects.equals(mainDomainRank, that.mainDomainRank)
        && Objects.equals(firstSeen, that.firstSeen)
        && Objects.equals(lostDate, that.lostDate)
        && Objects.equals(rank, that.rank)
        && Objects.equals(backlinks, that.backlinks)
        && Objects.equals(backlinksSpamScore, that.backlinksSpamScore)
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
    return Objects.hash(type, url, mainDomainRank, firstSeen, lostDate, rank, backlinks, backlinksSpamScore, brokenBacklinks, brokenPages, referringDomains, referringDomainsNofollow, referringMainDomains, referringMainDomainsNofollow, referringIps, referringSubnets, referringPages, referringPagesNofollow, referringLinksTld, referringLinksTypes, referringLinksAttributes, referringLinksPlatformTypes, referringLinksSemanticLocations, referringLinksCountries);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "BulkPagesSummaryItem{"
        + "type=" + type
        + ", url=" + url
        + ", main_domain_rank=" + mainDomainRank
        + ", first_seen=" + firstSeen
        + ", lost_date=" + lostDate
        + ", rank=" + rank
        + ", backlinks=" + backlinks
        + ", backlinks_spam_score=" + backlinksSpamScore
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
 * Reads and writes {@link BulkPagesSummaryItem} as the wire's JSON, found by Moshi through
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
final class BulkPagesSummaryItemJsonAdapter extends JsonAdapter<BulkPagesSummaryItem> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "type",
      "url",
      "main_domain_rank",
      "first_seen",
      "lost_date",
      "rank",
      "backlinks",
      "backlinks_spam_score",
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
      "referring_links_tld",
      "referring_links_types",
      "referring_links_attributes",
      "referring_links_platform_types",
      "referring_links_semantic_locations",
      "referring_links_countries");

  BulkPagesSummaryItemJsonAdapter(Moshi moshi) {
  }

  @Override
  public BulkPagesSummaryItem fromJson(JsonReader reader) throws IOException {
    BulkPagesSummaryItem value = new BulkPagesSummaryItem();
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          value.setType(ModelJson.nextString(reader));
          break;
        case 2 - 1:
          value.setUrl(ModelJson.nextString(reader));
          break;
        case 3 - 1:
          value.setMainDomainRank(ModelJson.nextInt(reader));
          break;
        case 4 - 1:
          value.setFirstSeen(ModelJson.nextString(reader));
          break;
        case 5 - 1:
          value.setLostDate(ModelJson.nextString(reader));
          break;
        case 6 - 1:
          value.setRank(ModelJson.nextInt(reader));
          break;
        case 7 - 1:
          value.setBacklinks(ModelJson.nextLong(reader));
          break;
        case 8 - 1:
          value.setBacklinksSpamScore(ModelJson.nextLong(reader));
          break;
        case 9 - 1:
          value.setBrokenBacklinks(ModelJson.nextLong(reader));
          break;
        case 10 - 1:
          value.setBrokenPages(ModelJson.nextInt(reader));
          break;
        case 11 - 1:
          value.setReferringDomains(ModelJson.nextLong(reader));
          break;
        case 12 - 1:
          value.setReferringDomainsNofollow(ModelJson.nextLong(reader));
          break;
        case 13 - 1:
          value.setReferringMainDomains(ModelJson.nextLong(reader));
          break;
        case 14 - 1:
          value.setReferringMainDomainsNofollow(ModelJson.nextLong(reader));
          break;
        case 15 - 1:
          value.setReferringIps(ModelJson.nextLong(reader));
          break;
        case 16 - 1:
          value.setReferringSubnets(ModelJson.nextLong(reader));
          break;
        case 17 - 1:
          value.setReferringPages(ModelJson.nextLong(reader));
          break;
        case 18 - 1:
          value.setReferringPagesNofollow(ModelJson.nextLong(reader));
          break;
        case 19 - 1:
          value.setReferringLinksTld(ModelJson.nextMap(reader, ModelJson::nextLong));
          break;
        case 20 - 1:
          value.setReferringLinksTypes(ModelJson.nextMap(reader, ModelJson::nextLong));
          break;
        case 21 - 1:
          value.setReferringLinksAttributes(ModelJson.nextMap(reader, ModelJson::nextLong));
          break;
        case 22 - 1:
          value.setReferringLinksPlatformTypes(ModelJson.nextMap(reader, ModelJson::nextLong));
          break;
        case 23 - 1:
          value.setReferringLinksSemanticLocations(ModelJson.nextMap(reader, ModelJson::nextLong));
          break;
        case 24 - 1:
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
  public void toJson(JsonWriter writer, @Nullable BulkPagesSummaryItem value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null BulkPagesSummaryItem (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("type");
    writer.value(value.getType());
    writer.name("url");
    writer.value(value.getUrl());
    writer.name("main_domain_rank");
    writer.value(value.getMainDomainRank());
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
