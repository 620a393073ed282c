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
 * <p>An answer model, as the service sends it: read-only, its lists and maps unmodifiable, so that
 * every part of a program that reads one answer reads the same values. Only
 * {@code BulkPagesSummaryItemJsonAdapter}, generated beside it, makes one, from JSON, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public final class BulkPagesSummaryItem {
  private final @Nullable String type;

  private final @Nullable String url;

  private final @Nullable Integer mainDomainRank;

  private final @Nullable String firstSeen;

  private final @Nullable String lostDate;

  private final @Nullable Integer rank;

  private final @Nullable Long backlinks;

  private final @Nullable Long backlinksSpamScore;

  private final @Nullable Long brokenBacklinks;

  private final @Nullable Integer brokenPages;

  private final @Nullable Long referringDomains;

  private final @Nullable Long referringDomainsNofollow;

  private final @Nullable Long referringMainDomains;

  private final @Nullable Long referringMainDomainsNofollow;

  private final @Nullable Long referringIps;

  private final @Nullable Long referringSubnets;

  private final @Nullable Long referringPages;

  private final @Nullable Long referringPagesNofollow;

  private final @Nullable Map<String, @Nullable Long> referringLinksTld;

  private final @Nullable Map<String, @Nullable Long> referringLinksTypes;

  private final @Nullable Map<String, @Nullable Long> referringLinksAttributes;

  private final @Nullable Map<String, @Nullable Long> referringLinksPlatformTypes;

  private final @Nullable Map<String, @Nullable Long> referringLinksSemanticLocations;

  private final @Nullable Map<String, @Nullable Long> referringLinksCountries;

  /** The model of these values, for its JSON adapter: lists and maps are kept as unmodifiable views. */
  BulkPagesSummaryItem(
      @Nullable String type,
      @Nullable String url,
      @Nullable Integer mainDomainRank,
      @Nullable String firstSeen,
      @Nullable String lostDate,
      @Nullable Integer rank,
      @Nullable Long backlinks,
      @Nullable Long backlinksSpamScore,
      @Nullable Long brokenBacklinks,
      @Nullable Integer brokenPages,
      @Nullable Long referringDomains,
      @Nullable Long referringDomainsNofollow,
      @Nullable Long referringMainDomains,
      @Nullable Long referringMainDomainsNofollow,
      @Nullable Long referringIps,
      @Nullable Long referringSubnets,
      @Nullable Long referringPages,
      @Nullable Long referringPagesNofollow,
      @Nullable Map<String, @Nullable Long> referringLinksTld,
      @Nullable Map<String, @Nullable Long> referringLinksTypes,
      @Nullable Map<String, @Nullable Long> referringLinksAttributes,
      @Nullable Map<String, @Nullable Long> referringLinksPlatformTypes,
      @Nullable Map<String, @Nullable Long> referringLinksSemanticLocations,
      @Nullable Map<String, @Nullable Long> referringLinksCountries) {
    this.type = type;
    this.url = url;
    this.mainDomainRank = mainDomainRank;
    this.firstSeen = firstSeen;
    this.lostDate = lostDate;
    this.rank = rank;
    this.backlinks = backlinks;
    this.backlinksSpamScore = backlinksSpamScore;
    this.brokenBacklinks = brokenBacklinks;
    this.brokenPages = brokenPages;
    this.referringDomains = referringDomains;
    this.referringDomainsNofollow = referringDomainsNofollow;
    this.referringMainDomains = referringMainDomains;
    this.referringMainDomainsNofollow = referringMainDomainsNofollow;
    this.referringIps = referringIps;
    this.referringSubnets = referringSubnets;
    this.referringPages = referringPages;
    this.referringPagesNofollow = referringPagesNofollow;
    this.referringLinksTld = ModelJson.readOnly(referringLinksTld);
    this.referringLinksTypes = ModelJson.readOnly(referringLinksTypes);
    this.referringLinksAttributes = ModelJson.readOnly(referringLinksAttributes);
    this.referringLinksPlatformTypes = ModelJson.readOnly(referringLinksPlatformTypes);
    this.referringLinksSemanticLocations = ModelJson.readOnly(referringLinksSemanticLocations);
    this.referringLinksCountries = ModelJson.readOnly(referringLinksCountries);
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
   * The target this item is about, as the service writes it.
   *
   * @return {@code url}, or null when absent
   */
  public @Nullable String getUrl() {
    return url;
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
   * When a backlink to the target was first found, as &#x60;yyyy-mm-dd hh:mm:ss +00:00&#x60; (UTC).
   *
   * @return {@code first_seen}, or null when absent
   */
  public @Nullable String getFirstSeen() {
    return firstSeen;
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
   * The target&#39;s rank, on the scale the request&#39;s &#x60;rank_scale&#x60; chose.
   *
   * @return {@code rank}, or null when absent
   */
  public @Nullable Integer getRank() {
    return rank;
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
   * Average spam score of the backlinks pointing at the target.
   *
   * @return {@code backlinks_spam_score}, or null when absent
   */
  public @Nullable Long getBacklinksSpamScore() {
    return backlinksSpamScore;
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
   * Pages of the target that answer with a 4xx or 5xx status.
   *
   * @return {@code broken_pages}, or null when absent
   */
  public @Nullable Integer getBrokenPages() {
    return brokenPages;
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
   * Domains with at least one nofollow link to the target.
   *
   * @return {@code referring_domains_nofollow}, or null when absent
   */
  public @Nullable Long getReferringDomainsNofollow() {
    return referringDomainsNofollow;
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
   * Main domains with at least one nofollow link to the target.
   *
   * @return {@code referring_main_domains_nofollow}, or null when absent
   */
  public @Nullable Long getReferringMainDomainsNofollow() {
    return referringMainDomainsNofollow;
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
   * Subnets linking to the target.
   *
   * @return {@code referring_subnets}, or null when absent
   */
  public @Nullable Long getReferringSubnets() {
    return referringSubnets;
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
   * Pages with at least one nofollow link to the target.
   *
   * @return {@code referring_pages_nofollow}, or null when absent
   */
  public @Nullable Long getReferringPagesNofollow() {
    return referringPagesNofollow;
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
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). The whole breakdown may be null, and so may a count inside it: a count the service does not know, which is not zero. 
   *
   * @return {@code referring_links_types}, or null when absent
   */
  public @Nullable Map<String, @Nullable Long> getReferringLinksTypes() {
    return referringLinksTypes;
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
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). The whole breakdown may be null, and so may a count inside it: a count the service does not know, which is not zero. 
   *
   * @return {@code referring_links_platform_types}, or null when absent
   */
  public @Nullable Map<String, @Nullable Long> getReferringLinksPlatformTypes() {
    return referringLinksPlatformTypes;
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
   * Referring links counted by one property (top-level domain, link type, attribute, platform type, semantic location or country), at most &#x60;internal_list_limit&#x60; entries. A key may be the empty string (links whose property is unknown). The whole breakdown may be null, and so may a count inside it: a count the service does not know, which is not zero. 
   *
   * @return {@code referring_links_countries}, or null when absent
   */
  public @Nullable Map<String, @Nullable Long> getReferringLinksCountries() {
    return referringLinksCountries;
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
 * {@link JsonReader.Options} and values read without reflection, which the benchmarks showed to be
 * faster, and no field needs keeping from R8. The values read go to the model's package-private
 * constructor: an answer model has no other way in. Fields are written in the spec's order; an
 * absent (null) one is left out, an unknown name read is skipped. Strings, numbers and booleans, and maps of
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
    @Nullable String type = null;
    @Nullable String url = null;
    @Nullable Integer mainDomainRank = null;
    @Nullable String firstSeen = null;
    @Nullable String lostDate = null;
    @Nullable Integer rank = null;
    @Nullable Long backlinks = null;
    @Nullable Long backlinksSpamScore = null;
    @Nullable Long brokenBacklinks = null;
    @Nullable Integer brokenPages = null;
    @Nullable Long referringDomains = null;
    @Nullable Long referringDomainsNofollow = null;
    @Nullable Long referringMainDomains = null;
    @Nullable Long referringMainDomainsNofollow = null;
    @Nullable Long referringIps = null;
    @Nullable Long referringSubnets = null;
    @Nullable Long referringPages = null;
    @Nullable Long referringPagesNofollow = null;
    @Nullable Map<String, @Nullable Long> referringLinksTld = null;
    @Nullable Map<String, @Nullable Long> referringLinksTypes = null;
    @Nullable Map<String, @Nullable Long> referringLinksAttributes = null;
    @Nullable Map<String, @Nullable Long> referringLinksPlatformTypes = null;
    @Nullable Map<String, @Nullable Long> referringLinksSemanticLocations = null;
    @Nullable Map<String, @Nullable Long> referringLinksCountries = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          type = ModelJson.nextString(reader);
          break;
        case 2 - 1:
          url = ModelJson.nextString(reader);
          break;
        case 3 - 1:
          mainDomainRank = ModelJson.nextInt(reader);
          break;
        case 4 - 1:
          firstSeen = ModelJson.nextString(reader);
          break;
        case 5 - 1:
          lostDate = ModelJson.nextString(reader);
          break;
        case 6 - 1:
          rank = ModelJson.nextInt(reader);
          break;
        case 7 - 1:
          backlinks = ModelJson.nextLong(reader);
          break;
        case 8 - 1:
          backlinksSpamScore = ModelJson.nextLong(reader);
          break;
        case 9 - 1:
          brokenBacklinks = ModelJson.nextLong(reader);
          break;
        case 10 - 1:
          brokenPages = ModelJson.nextInt(reader);
          break;
        case 11 - 1:
          referringDomains = ModelJson.nextLong(reader);
          break;
        case 12 - 1:
          referringDomainsNofollow = ModelJson.nextLong(reader);
          break;
        case 13 - 1:
          referringMainDomains = ModelJson.nextLong(reader);
          break;
        case 14 - 1:
          referringMainDomainsNofollow = ModelJson.nextLong(reader);
          break;
        case 15 - 1:
          referringIps = ModelJson.nextLong(reader);
          break;
        case 16 - 1:
          referringSubnets = ModelJson.nextLong(reader);
          break;
        case 17 - 1:
          referringPages = ModelJson.nextLong(reader);
          break;
        case 18 - 1:
          referringPagesNofollow = ModelJson.nextLong(reader);
          break;
        case 19 - 1:
          referringLinksTld = ModelJson.nextMap(reader, ModelJson::nextLong);
          break;
        case 20 - 1:
          referringLinksTypes = ModelJson.nextMap(reader, ModelJson::nextLong);
          break;
        case 21 - 1:
          referringLinksAttributes = ModelJson.nextMap(reader, ModelJson::nextLong);
          break;
        case 22 - 1:
          referringLinksPlatformTypes = ModelJson.nextMap(reader, ModelJson::nextLong);
          break;
        case 23 - 1:
          referringLinksSemanticLocations = ModelJson.nextMap(reader, ModelJson::nextLong);
          break;
        case 24 - 1:
          referringLinksCountries = ModelJson.nextMap(reader, ModelJson::nextLong);
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return new BulkPagesSummaryItem(
        type,
        url,
        mainDomainRank,
        firstSeen,
        lostDate,
        rank,
        backlinks,
        backlinksSpamScore,
        brokenBacklinks,
        brokenPages,
        referringDomains,
        referringDomainsNofollow,
        referringMainDomains,
        referringMainDomainsNofollow,
        referringIps,
        referringSubnets,
        referringPages,
        referringPagesNofollow,
        referringLinksTld,
        referringLinksTypes,
        referringLinksAttributes,
        referringLinksPlatformTypes,
        referringLinksSemanticLocations,
        referringLinksCountries);
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
