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
 * What the crawler knows of the target itself.
 *
 * <p>A mutable wire model, as the service sends and takes it; fields not marked
 * {@code @Nullable} are required by the spec. Moshi reads and writes it through
 * {@code SummaryTargetInfoJsonAdapter}, generated beside it, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public class SummaryTargetInfo {
  private @Nullable String server;

  private @Nullable String cms;

  private @Nullable List<String> platformType;

  private @Nullable String ipAddress;

  private @Nullable String country;

  private @Nullable Boolean isIp;

  private @Nullable Integer targetSpamScore;

  /** An empty model; set its fields with the chained setters. */
  public SummaryTargetInfo() {
  }

  /**
   * A shallow copy of {@code other}: the copy's fields are {@code other}'s, lists and maps shared.
   *
   * @param other the model to copy
   */
  public SummaryTargetInfo(SummaryTargetInfo other) {
    this.server = other.server;
    this.cms = other.cms;
    this.platformType = other.platformType;
    this.ipAddress = other.ipAddress;
    this.country = other.country;
    this.isIp = other.isIp;
    this.targetSpamScore = other.targetSpamScore;
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

/**
 * Reads and writes {@link SummaryTargetInfo} as the wire's JSON, found by Moshi through
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
final class SummaryTargetInfoJsonAdapter extends JsonAdapter<SummaryTargetInfo> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "server",
      "cms",
      "platform_type",
      "ip_address",
      "country",
      "is_ip",
      "target_spam_score");
  private final JsonAdapter<List<String>> platformTypeAdapter;

  SummaryTargetInfoJsonAdapter(Moshi moshi) {
    this.platformTypeAdapter = moshi.adapter(Types.newParameterizedType(List.class, String.class));
  }

  @Override
  public SummaryTargetInfo fromJson(JsonReader reader) throws IOException {
    SummaryTargetInfo value = new SummaryTargetInfo();
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          value.setServer(ModelJson.nextString(reader));
          break;
        case 2 - 1:
          value.setCms(ModelJson.nextString(reader));
          break;
        case 3 - 1:
          value.setPlatformType(platformTypeAdapter.fromJson(reader));
          break;
        case 4 - 1:
          value.setIpAddress(ModelJson.nextString(reader));
          break;
        case 5 - 1:
          value.setCountry(ModelJson.nextString(reader));
          break;
        case 6 - 1:
          value.setIsIp(ModelJson.nextBoolean(reader));
          break;
        case 7 - 1:
          value.setTargetSpamScore(ModelJson.nextInt(reader));
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
  public void toJson(JsonWriter writer, @Nullable SummaryTargetInfo value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null SummaryTargetInfo (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("server");
    writer.value(value.getServer());
    writer.name("cms");
    writer.value(value.getCms());
    writer.name("platform_type");
    platformTypeAdapter.toJson(writer, value.getPlatformType());
    writer.name("ip_address");
    writer.value(value.getIpAddress());
    writer.name("country");
    writer.value(value.getCountry());
    writer.name("is_ip");
    writer.value(value.getIsIp());
    writer.name("target_spam_score");
    writer.value(value.getTargetSpamScore());
    writer.endObject();
  }
}
