/*
 * Generated from spec/backlinks-summary.yaml by openapi-generator through tools/openapi-templates.
 * Do not edit: change the spec or a template, then run tools/regenerate.
 */

package org.backlinks4j.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/** Which backlinks to count: &#x60;live&#x60; ones (found at the last check; the default), &#x60;lost&#x60; ones, or &#x60;all&#x60; of them.  */
public enum BacklinksStatusType {
  /** {@code "all"} on the wire. */
  @Json(name = "all")
  ALL("all"),
  /** {@code "live"} on the wire. */
  @Json(name = "live")
  LIVE("live"),
  /** {@code "lost"} on the wire. */
  @Json(name = "lost")
  LOST("lost");

  private final String value;

  BacklinksStatusType(String value) {
    this.value = value;
  }

  /**
   * The value as it goes over the wire.
   *
   * @return the wire value
   */
  public String getValue() {
    return value;
  }

  /** The wire value, as {@link #getValue()} gives it. */
  @Override
  public String toString() {
    return String.valueOf(value);
  }

  /**
   * The constant whose wire value is {@code value}.
   *
   * @param value a wire value
   * @return its constant
   * @throws IllegalArgumentException when no constant has that value
   */
  public static BacklinksStatusType fromValue(String value) {
    for (BacklinksStatusType candidate : values()) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("Unexpected value '" + value + "'");
  }
}
