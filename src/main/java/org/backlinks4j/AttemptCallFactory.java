package org.backlinks4j;

import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import retrofit2.Callback;

/**
 * Makes Retrofit's OkHttp calls, marking retries with {@link RetryPolicy#ATTEMPT_HEADER}.
 *
 * <p>The generated interface has no parameter for a header the spec does not describe, and
 * Retrofit builds the OkHttp call on the thread that enqueues it, inside {@code enqueue()} (and
 * {@code timeout()}): so the attempt number passes from {@link #enqueue} to {@link #newCall}
 * through a thread-local that lives only for that span.
 */
final class AttemptCallFactory implements Call.Factory {
  private static final ThreadLocal<@Nullable Integer> ATTEMPT = new ThreadLocal<>();

  private final OkHttpClient http;

  AttemptCallFactory(OkHttpClient http) {
    this.http = http;
  }

  @Override
  public Call newCall(Request request) {
    Integer attempt = ATTEMPT.get();
    return http.newCall(attempt == null || attempt == 0
        ? request
        : request.newBuilder().header(RetryPolicy.ATTEMPT_HEADER, attempt.toString()).build());
  }

  /**
   * Enqueues attempt number {@code attempt} (0 for the first) of a call.
   *
   * @param timeoutMillis a timeout for this attempt, or negative to keep the client's
   */
  static <T> void enqueue(retrofit2.Call<T> call, int attempt, long timeoutMillis,
      Callback<T> callback) {
    ATTEMPT.set(attempt);
    try {
      if (timeoutMillis >= 0) {
        call.timeout().timeout(timeoutMillis, TimeUnit.MILLISECONDS);
      }
      call.enqueue(callback);
    } finally {
      ATTEMPT.remove();
    }
  }
}
