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
 * <p>An answer model, as the service sends it: read-only, its lists and maps unmodifiable, so that
 * every part of a program that reads one answer reads the same values. Only
 * {@code SummaryTargetInfoJsonAdapter}, generated beside it, makes one, from JSON, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public final class SummaryTargetInfo {
  private final @Nullable String server;

  private final @Nullable String cms;

  private final @Nullable List<String> platformType;

  private final @Nullable String ipAddress;

  private final @Nullable String country;

  private final @Nullable Boolean isIp;

  private final @Nullable Integer targetSpamScore;

  /** The model of these values, for its JSON adapter: lists and maps are kept as unmodifiable views. */
  SummaryTargetInfo(
      @Nullable String server,
      @Nullable String cms,
      @Nullable List<String> platformType,
      @Nullable String ipAddress,
      @Nullable String country,
      @Nullable Boolean isIp,
      @Nullable Integer targetSpamScore) {
    this.server = server;
    this.cms = cms;
    this.platformType = ModelJson.readOnly(platformType);
    this.ipAddress = ipAddress;
    this.country = country;
    this.isIp = isIp;
    this.targetSpamScore = targetSpamScore;
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
   * The content management system the target runs on.
   *
   * @return {@code cms}, or null when absent
   */
  public @Nullable String getCms() {
    return cms;
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
   * The target&#39;s IP address.
   *
   * @return {@code ip_address}, or null when absent
   */
  public @Nullable String getIpAddress() {
    return ipAddress;
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
   * Whether the target is an IP address rather than a host name.
   *
   * @return {@code is_ip}, or null when absent
   */
  public @Nullable Boolean getIsIp() {
    return isIp;
  }

  /**
   * Spam score of the target (for a domain, the average over its pages).
   *
   * @return {@code target_spam_score}, or null when absent
   */
  public @Nullable Integer getTargetSpamScore() {
    return targetSpamScore;
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
 * {@link JsonReader.Options} and values read without reflection, which the benchmarks showed to be
 * faster, and no field needs keeping from R8. The values read go to the model's package-private
 * constructor: an answer model has no other way in. Fields are written in the spec's order; an
 * absent (null) one is left out, an unknown name read is skipped. Strings, numbers and booleans, and maps of
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
    @Nullable String server = null;
    @Nullable String cms = null;
    @Nullable List<String> platformType = null;
    @Nullable String ipAddress = null;
    @Nullable String country = null;
    @Nullable Boolean isIp = null;
    @Nullable Integer targetSpamScore = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          server = ModelJson.nextString(reader);
          break;
        case 2 - 1:
          cms = ModelJson.nextString(reader);
          break;
        case 3 - 1:
          platformType = platformTypeAdapter.fromJson(reader);
          break;
        case 4 - 1:
          ipAddress = ModelJson.nextString(reader);
          break;
        case 5 - 1:
          country = ModelJson.nextString(reader);
          break;
        case 6 - 1:
          isIp = ModelJson.nextBoolean(reader);
          break;
        case 7 - 1:
          targetSpamScore = ModelJson.nextInt(reader);
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return new SummaryTargetInfo(
        server,
        cms,
        platformType,
        ipAddress,
        country,
        isIp,
        targetSpamScore);
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
