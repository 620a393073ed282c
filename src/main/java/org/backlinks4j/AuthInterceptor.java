package org.backlinks4j;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.backlinks4j.internal.Version;

/** Adds the account's Basic credentials and the library's User-Agent to every request. */
final class AuthInterceptor implements Interceptor {
  private final String authorization;
  private final String userAgent;

  AuthInterceptor(Credentials credentials) {
    this.authorization = credentials.authorization();
    this.userAgent = Version.userAgent();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder()
        .header("Authorization", authorization)
        .header("User-Agent", userAgent)
        .build());
  }

  @Override
  public String toString() {
    return "AuthInterceptor{authorization=<redacted>}";
  }
}
