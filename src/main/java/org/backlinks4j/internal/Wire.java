package org.backlinks4j.internal;

import com.squareup.moshi.Moshi;

/** The one Moshi instance that reads and writes the generated wire models. */
public final class Wire {
  /** Moshi with its reflective adapters: the generated models are plain Java classes. */
  public static final Moshi MOSHI = new Moshi.Builder().build();

  private Wire() {
  }
}
