package org.backlinks4j;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import retrofit2.Callback;

/**
 * Makes Retrofit's OkHttp calls: tags each with its {@link Quota.Permit} (for {@link WindowStamp})
 * and marks retries with {@link RetryPolicy#ATTEMPT_HEADER}.
 *
 * <p>The generated interface has no parameter for a tag or a header the spec does not describe,
 * and Retrofit builds the OkHttp call on the thread that enqueues it, inside {@code enqueue()} (and
 * {@code timeout()}): so the attempt passes from {@link #enqueue} to {@link #newCall} through a
 * thread-local that lives only for that span.
 */
final class AttemptCallFactory implements Call.Factory {
  private static final ThreadLocal<@Nullable Attempt> ATTEMPT = new ThreadLocal<>();

  private final OkHttpClient http;

  AttemptCallFactory(OkHttpClient http) {
    this.http = http;
  }

  @Override
  public Call newCall(Request request) {
    Attempt attempt = ATTEMPT.get();
    if (attempt == null) {
      return http.newCall(request);
    }
    Request.Builder tagged = request.newBuilder().tag(Quota.Permit.class, attempt.permit);
    if (attempt.number > 0) {
      tagged.header(RetryPolicy.ATTEMPT_HEADER, Integer.toString(attempt.number));
    }
    return http.newCall(tagged.build());
  }

  /**
   * Enqueues attempt number {@code attempt} (0 for the first) of a call, which holds {@code permit}.
   *
   * @param timeoutMillis a timeout for this attempt, or negative to keep the client's
   */
  static <T> void enqueue(retrofit2.Call<T> call, int attempt, Quota.Permit permit,
      long timeoutMillis, Callback<T> callback) {
    ATTEMPT.set(new Attempt(attempt, permit));
    try {
      if (timeoutMillis >= 0) {
        call.timeout().timeout(timeoutMillis, TimeUnit.MILLISECONDS);
      }
      call.enqueue(callback);
    } finally {
      ATTEMPT.remove();
    }
  }

  /**
   * Runs attempt number {@code attempt} of a call on this thread and hands the outcome to
   * {@code callback} here too: a blocking caller's first attempt needs no hop to OkHttp's threads.
   *
   * @param timeoutMillis a timeout for this attempt, or negative to keep the client's
   */
  static <T> void execute(retrofit2.Call<T> call, int attempt, Quota.Permit permit,
      long timeoutMillis, Callback<T> callback) {
    retrofit2.Response<T> response;
    ATTEMPT.set(new Attempt(attempt, permit));
    try {
      if (timeoutMillis >= 0) {
        call.timeout().timeout(timeoutMillis, TimeUnit.MILLISECONDS);
      }
      response = call.execute();
    } catch (IOException | RuntimeException e) {
      ATTEMPT.remove();
      callback.onFailure(call, e); // as enqueue() reports it: the call path stays one
      return;
    } finally {
      ATTEMPT.remove();
    }
    callback.onResponse(call, response);
  }

  /** What {@link #newCall} needs to know of the attempt it makes a call for. */
  private static final class Attempt {
    final int number;
    final Quota.Permit permit;

    Attempt(int number, Quota.Permit permit) {
      this.number = number;
      this.permit = permit;
    }
  }
}
