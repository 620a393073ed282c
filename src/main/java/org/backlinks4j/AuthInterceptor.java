package org.backlinks4j;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.backlinks4j.internal.Version;

/**
 * Adds the account's Basic credentials and the library's User-Agent to the requests for the
 * client's own base URL (same scheme, host and port), and to no other: a request that an
 * interceptor of a lent OkHttp client sends elsewhere, or that some other code sends through the
 * client's OkHttp client, leaves without them.
 */
final class AuthInterceptor implements Interceptor {
  private final HttpUrl origin;
  private final String authorization;
  private final String userAgent;

  AuthInterceptor(HttpUrl baseUrl, Credentials credentials) {
    this.origin = baseUrl;
    this.authorization = credentials.authorization();
    this.userAgent = Version.userAgent();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!sameOrigin(request.url())) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder()
        .header("Authorization", authorization)
        .header("User-Agent", userAgent)
        .build());
  }

  /** The origin as browsers define it: scheme, host and port (HttpUrl fills in default ports). */
  boolean sameOrigin(HttpUrl url) {
    return url.scheme().equals(origin.scheme()) && url.host().equals(origin.host())
        && url.port() == origin.port();
  }

  @Override
  public String toString() {
    return "AuthInterceptor{origin=" + origin.scheme() + "://" + origin.host() + ":" + origin.port()
        + ", authorization=<redacted>}";
  }
}
