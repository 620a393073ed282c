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
 * What the crawler knows of the target itself.
 *
 * <p>A mutable wire model, as the service sends and takes it; fields not marked
 * {@code @Nullable} are required by the spec.
 */
public class SummaryTargetInfo {
  @Json(name = "server")
  private @Nullable String server;

  @Json(name = "cms")
  private @Nullable String cms;

  @Json(name = "platform_type")
  private @Nullable List<String> platformType;

  @Json(name = "ip_address")
  private @Nullable String ipAddress;

  @Json(name = "country")
  private @Nullable String country;

  @Json(name = "is_ip")
  private @Nullable Boolean isIp;

  @Json(name = "target_spam_score")
  private @Nullable Integer targetSpamScore;

  /** An empty model; set its fields with the chained setters. */
  public SummaryTargetInfo() {
  }

  /**
   * Sets {@code server} and returns this model.
   *
   * @param server the new value, or null to leave it out
   * @return this model
   */
  public SummaryTargetInfo server(@Nullable String server) {
    this.server = server;
    return this;
  }

  /**
   * The web server the target answers with.
   *
   * @return {@code server}, or null when absent
   */
  public @Nullable String getServer() {
    return server;
  }

  /**
   * Sets {@code server}.
   *
   * @param server the new value, or null to leave it out
   */
  public void setServer(@Nullable String server) {
    this.server = server;
  }

  /**
   * Sets {@code cms} and returns this model.
   *
   * @param cms the new value, or null to leave it out
   * @return this model
   */
  public SummaryTargetInfo cms(@Nullable String cms) {
    this.cms = cms;
    return this;
  }

  /**
   * The content management system the target runs on.
   *
   * @return {@code cms}, or null when absent
   */
  public @Nullable String getCms() {
    return cms;
  }

  /**
   * Sets {@code cms}.
   *
   * @param cms the new value, or null to leave it out
   */
  public void setCms(@Nullable String cms) {
    this.cms = cms;
  }

  /**
   * Sets {@code platform_type} and returns this model.
   *
   * @param platformType the new value, or null to leave it out
   * @return this model
   */
  public SummaryTargetInfo platformType(@Nullable List<String> platformType) {
    this.platformType = platformType;
    return this;
  }

  /**
   * Kinds of platform the target is (&#x60;cms&#x60;, &#x60;blogs&#x60;, &#x60;unknown&#x60;, ...).
   *
   * @return {@code platform_type}, or null when absent
   */
  public @Nullable List<String> getPlatformType() {
    return platformType;
  }

  /**
   * Sets {@code platform_type}.
   *
   * @param platformType the new value, or null to leave it out
   */
  public void setPlatformType(@Nullable List<String> platformType) {
    this.platformType = platformType;
  }

  /**
   * Sets {@code ip_address} and returns this model.
   *
   * @param ipAddress the new value, or null to leave it out
   * @return this model
   */
  public SummaryTargetInfo ipAddress(@Nullable String ipAddress) {
    this.ipAddress = ipAddress;
    return this;
  }

  /**
   * The target&#39;s IP address.
   *
   * @return {@code ip_address}, or null when absent
   */
  public @Nullable String getIpAddress() {
    return ipAddress;
  }

  /**
   * Sets {@code ip_address}.
   *
   * @param ipAddress the new value, or null to leave it out
   */
  public void setIpAddress(@Nullable String ipAddress) {
    this.ipAddress = ipAddress;
  }

  /**
   * Sets {@code country} and returns this model.
   *
   * @param country the new value, or null to leave it out
   * @return this model
   */
  public SummaryTargetInfo country(@Nullable String country) {
    this.country = country;
    return this;
  }

  /**
   * The country code the target is attributed to.
   *
   * @return {@code country}, or null when absent
   */
  public @Nullable String getCountry() {
    return country;
  }

  /**
   * Sets {@code country}.
   *
   * @param country the new value, or null to leave it out
   */
  public void setCountry(@Nullable String country) {
    this.country = country;
  }

  /**
   * Sets {@code is_ip} and returns this model.
   *
   * @param isIp the new value, or null to leave it out
   * @return this model
   */
  public SummaryTargetInfo isIp(@Nullable Boolean isIp) {
    this.isIp = isIp;
    return this;
  }

  /**
   * Whether the target is an IP address rather than a host name.
   *
   * @return {@code is_ip}, or null when absent
   */
  public @Nullable Boolean getIsIp() {
    return isIp;
  }

  /**
   * Sets {@code is_ip}.
   *
   * @param isIp the new value, or null to leave it out
   */
  public void setIsIp(@Nullable Boolean isIp) {
    this.isIp = isIp;
  }

  /**
   * Sets {@code target_spam_score} and returns this model.
   *
   * @param targetSpamScore the new value, or null to leave it out
   * @return this model
   */
  public SummaryTargetInfo targetSpamScore(@Nullable Integer targetSpamScore) {
    this.targetSpamScore = targetSpamScore;
    return this;
  }

  /**
   * Spam score of the target (for a domain, the average over its pages).
   *
   * @return {@code target_spam_score}, or null when absent
   */
  public @Nullable Integer getTargetSpamScore() {
    return targetSpamScore;
  }

  /**
   * Sets {@code target_spam_score}.
   *
   * @param targetSpamScore the new value, or null to leave it out
   */
  public void setTargetSpamScore(@Nullable Integer targetSpamScore) {
    this.targetSpamScore = targetSpamScore;
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
    SummaryTargetInfo that = (SummaryTargetInfo) o;
    return Objects.equals(server, that.server)
        && Objects.equals(cms, that.cms)
        && Objects.equals(platformType, that.platformType)
        && Objects.equals(ipAddress, that.ipAddress)
        && Objects.equals(country, that.country)
        && Objects.equals(isIp, that.isIp)
        && Objects.equals(targetSpamScore, that.targetSpamScore);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(server, cms, platformType, ipAddress, country, isIp, targetSpamScore);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "SummaryTargetInfo{"
        + "server=" + server
        + ", cms=" + cms
        + ", platform_type=" + platformType
        + ", ip_address=" + ipAddress
        + ", country=" + country
        + ", is_ip=" + isIp
        + ", target_spam_score=" + targetSpamScore
        + "}";
  }
}
