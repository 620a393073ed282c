package org.backlinks4j;

import okhttp3.OkHttpClient;

/** What tests outside this package read of a client's insides, which are not API. */
public final class ClientInternals {
  private ClientInternals() {
  }

  /**
   * The OkHttp client a client sends with.
   *
   * @param client the client
   * @return its OkHttp client
   */
  public static OkHttpClient okHttp(BacklinksClient client) {
    return client.http();
  }
}
