package org.backlinks4j.internal;

import com.squareup.moshi.Moshi;

/** The one Moshi instance that reads and writes the generated wire models. */
public final class Wire {
  /**
   * Moshi with its built-in adapters: each generated model carries {@code @JsonClass}, through
   * which Moshi finds the adapter generated beside it (no reflection on the models' fields).
   */
  public static final Moshi MOSHI = new Moshi.Builder().build();

  private Wire() {
  }
}
