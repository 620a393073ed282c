/*
 * Generated from spec/backlinks-summary.yaml by openapi-generator through tools/openapi-templates.
 * Do not edit: change the spec or a template, then run tools/regenerate.
 */

package org.backlinks4j.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/** The scale &#x60;rank&#x60; is given on, 0 to 100 or 0 to 1000 (the default). */
public enum RankScale {
  /** {@code "one_hundred"} on the wire. */
  @Json(name = "one_hundred")
  ONE_HUNDRED("one_hundred"),
  /** {@code "one_thousand"} on the wire. */
  @Json(name = "one_thousand")
  ONE_THOUSAND("one_thousand");

  private final String value;

  RankScale(String value) {
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
  public static RankScale fromValue(String value) {
    for (RankScale candidate : values()) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("Unexpected value '" + value + "'");
  }
}
