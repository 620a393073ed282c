package org.backlinks4j;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Tells a call's {@link Quota.Permit} (carried by its {@link Attempt}) when its request is written. As a network interceptor it runs
 * after the connection (and its TLS handshake) is ready, just before the request goes out: the
 * closest the client can get to the moment the service counts.
 */
final class WindowStamp implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    // OperationCall passes its Attempt to the generated interface's @Tag parameter, typed Object.
    Object tag = chain.request().tag();
    if (tag instanceof Attempt) {
      ((Attempt) tag).permit.written();
    }
    return chain.proceed(chain.request());
  }
}
