package org.backlinks4j;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import org.backlinks4j.internal.Clock;
import org.backlinks4j.internal.api.BacklinksApi;
import org.backlinks4j.model.SummaryEnvelope;
import org.backlinks4j.model.SummaryTaskRequest;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * One summary call from request to outcome: each attempt waits for the {@link Quota}, goes out
 * asynchronously, and on failure asks the {@link RetryPolicy} whether and when to try again. Sync
 * and async calls both run here; nothing in it blocks a thread.
 */
final class SummaryCall {
  private final BacklinksApi api;
  private final Quota quota;
  private final RetryPolicy policy;
  private final long timeoutMillis; // per attempt; negative keeps the OkHttp client's
  private final List<SummaryTaskRequest> tasks;
  private final Clock clock;
  private final CompletableFuture<Summary> outcome = new CompletableFuture<>();
  private final List<BacklinksException> failures = new ArrayList<>();

  // What to cancel when the caller cancels: at most one is live at a time.
  private volatile @Nullable CompletableFuture<Quota.Permit> waitingForQuota;
  private volatile @Nullable Call<SummaryEnvelope> inFlight;
  private volatile @Nullable Future<?> waitingToRetry;

  SummaryCall(BacklinksApi api, Quota quota, RetryPolicy policy, long timeoutMillis,
      SummaryRequest request) {
    this.api = api;
    this.quota = quota;
    this.policy = policy;
    this.timeoutMillis = timeoutMillis;
    this.tasks = Collections.singletonList(request.toTask());
    this.clock = quota.clock();
  }

  /** Starts the first attempt; the future completes with the outcome, and cancelling it stops all. */
  CompletableFuture<Summary> start() {
    outcome.whenComplete((summary, failure) -> {
      if (outcome.isCancelled()) {
        stop();
      }
    });
    attempt();
    return outcome;
  }

  private void attempt() {
    CompletableFuture<Quota.Permit> ticket = quota.acquire();
    waitingForQuota = ticket;
    ticket.thenAccept(this::send);
    if (outcome.isDone()) {
      ticket.cancel(false); // cancelled while we queued
    }
  }

  private void send(Quota.Permit permit) {
    waitingForQuota = null;
    if (outcome.isDone()) {
      permit.release();
      return;
    }
    Call<SummaryEnvelope> call;
    try {
      call = api.summaryLive(tasks);
      inFlight = call;
      enqueue(call, permit);
    } catch (RuntimeException | Error e) {
      // Thrown here it would vanish into the quota's future and leave the caller waiting forever.
      permit.release();
      outcome.completeExceptionally(failureOf(e));
      return;
    }
    if (outcome.isCancelled()) {
      call.cancel(); // cancelled between the check above and inFlight being set
    }
  }

  private void enqueue(Call<SummaryEnvelope> call, Quota.Permit permit) {
    int attempt = failures.size();
    AttemptCallFactory.enqueue(call, attempt, permit, timeoutMillis, new Callback<SummaryEnvelope>() {
      @Override
      public void onResponse(Call<SummaryEnvelope> call, Response<SummaryEnvelope> response) {
        permit.release();
        Summary summary;
        try {
          summary = ResponseReader.read(response);
        } catch (BacklinksException e) {
          failed(e, retryAfterMillis(response.headers()));
          return;
        } catch (RuntimeException e) {
          failed(failureOf(e), -1); // a bug in reading must still end the call
          return;
        }
        outcome.complete(summary);
      }

      @Override
      public void onFailure(Call<SummaryEnvelope> call, Throwable t) {
        permit.release();
        failed(failureOf(t), -1);
      }
    });
  }

  private void failed(BacklinksException failure, long retryAfterMillis) {
    inFlight = null;
    if (outcome.isDone()) {
      return;
    }
    failures.add(failure);
    long delay = policy.delayMillis(failures, retryAfterMillis,
        quota.window(TimeUnit.MILLISECONDS) + quota.transitMargin(TimeUnit.MILLISECONDS),
        ThreadLocalRandom.current().nextDouble());
    if (delay == RetryPolicy.GIVE_UP) {
      outcome.completeExceptionally(failure);
      return;
    }
    waitingToRetry = clock.schedule(this::retry, TimeUnit.MILLISECONDS.toNanos(delay));
    if (outcome.isDone()) {
      Future<?> retry = waitingToRetry;
      if (retry != null) {
        retry.cancel(false);
      }
    }
  }

  private void retry() {
    waitingToRetry = null;
    if (!outcome.isDone()) {
      attempt();
    }
  }

  private void stop() {
    CompletableFuture<Quota.Permit> ticket = waitingForQuota;
    if (ticket != null) {
      ticket.cancel(false);
    }
    Call<SummaryEnvelope> call = inFlight;
    if (call != null) {
      call.cancel();
    }
    Future<?> retry = waitingToRetry;
    if (retry != null) {
      retry.cancel(false);
    }
  }

  /** The wait a {@code Retry-After} header asks for (seconds or an HTTP date), or -1 without one. */
  private long retryAfterMillis(Headers headers) {
    String value = headers.get("Retry-After");
    if (value == null) {
      return -1;
    }
    try {
      return Math.max(0, TimeUnit.SECONDS.toMillis(Long.parseLong(value.trim())));
    } catch (NumberFormatException notSeconds) {
      Date date = headers.getDate("Retry-After");
      return date == null ? -1 : Math.max(0, date.getTime() - clock.currentTimeMillis());
    }
  }

  private static BacklinksException failureOf(Throwable t) {
    if (t instanceof BacklinksException) {
      return (BacklinksException) t;
    }
    if (t instanceof JsonEncodingException || t instanceof JsonDataException) {
      return new BacklinksException(0, "the answer is not the JSON the spec describes: "
          + t.getMessage(), 200, null, false, t);
    }
    if (t instanceof IOException) {
      return new BacklinksException(0, "network failure: " + t, 0, null, true, t);
    }
    return new BacklinksException(0, "unexpected failure: " + t, 0, null, false, t);
  }
}
