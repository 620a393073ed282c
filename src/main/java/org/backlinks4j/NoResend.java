package org.backlinks4j;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Keeps OkHttp from sending a call again by itself. With retries on connection failures off (see
 * {@link BacklinksClient}), the one re-send left is OkHttp's follow-up of an HTTP 503 whose
 * {@code Retry-After} is 0: it would post the task again at once, past the quota, the retry limit,
 * the {@code X-Retry-Attempt} header and the listener, and could be charged twice unseen. As a
 * network interceptor it sees the answer before OkHttp decides: it takes that header away, and
 * the 503 goes to the client's own retry rules (a transient server failure, retried with backoff).
 */
final class NoResend implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() == 503 && asksForNoWait(response.header("Retry-After"))) {
      return response.newBuilder().removeHeader("Retry-After").build();
    }
    return response;
  }

  /** Whether {@code value} is what OkHttp follows at once: digits only, worth 0 seconds. */
  private static boolean asksForNoWait(@Nullable String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }
}
