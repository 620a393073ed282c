package org.backlinks4j;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import org.backlinks4j.internal.Answer;
import org.backlinks4j.internal.Clock;
import org.backlinks4j.internal.Operation;
import org.backlinks4j.internal.WireEnvelope;
import org.backlinks4j.internal.WireTask;
import org.backlinks4j.internal.api.BacklinksApi;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * One call of any operation from request to outcome: each attempt waits for the {@link Quota},
 * goes out asynchronously, and on failure asks {@link RetryPolicy} whether and when to try again;
 * {@link ResponseReader} turns its answer into the operation's outcome or a typed failure;
 * {@link CallEvents} tells the client's {@link EventListener} each step. Sync and async calls of
 * every operation run here; nothing in it blocks a thread. What differs between
 * operations is the {@link Operation} (generated from the spec) and the outcome's type.
 *
 * @param <B> the request body's type
 * @param <E> the operation's envelope
 * @param <T> its task
 * @param <O> the outcome the caller gets
 */
final class OperationCall<B, E extends WireEnvelope<T>, T extends WireTask<?>, O> {
  private final Operation<B, E> operation;
  private final @Nullable B body;
  private final ResponseReader.Outcome<E, T, O> reader;
  private final BacklinksApi api;
  private final Quota quota;
  private final CostMeter costs;
  private final AccountGate account;
  private final int maxRetries;
  private final long timeoutMillis; // per attempt; negative keeps the OkHttp client's
  private final long deadlineMillis; // the deadline that applies to each attempt, 0 for none
  private final Clock clock;
  /** What this call tells the client's listener; also what the answer's cost is reported to. */
  private final CallEvents events;
  private final DoubleConsumer charged;
  private final CompletableFuture<O> outcome = new CompletableFuture<>();
  private final List<BacklinksException> failures = new ArrayList<>();
  /** The client's count of calls waiting to be retried; this call is in it while {@link #inRetryWait}. */
  private final AtomicInteger waitingToRetryCount;
  private final AtomicBoolean inRetryWait = new AtomicBoolean();

  // What to cancel when the caller cancels: at most one is live at a time.
  private volatile @Nullable CompletableFuture<Quota.Permit> waitingForQuota;
  private volatile @Nullable Call<Answer<E>> inFlight;
  private volatile @Nullable Future<?> waitingToRetry;
  private volatile @Nullable Thread blockingCaller;
  /** Whether an attempt was handed to OkHttp: from then on the call may have been charged. */
  private volatile boolean sent;
  /** Whether the attempt in flight is the one the account's gate let through to check it. */
  private volatile boolean probe;
  /** The last attempt's failure, for a call closed while it waits to be retried. */
  private volatile @Nullable BacklinksException lastFailure;
  /** Where the call is, for the message of a call closed there. */
  private volatile Phase phase = Phase.QUEUED;
  /** Set by the client's close() before it ends its calls: from then on no attempt is sent. */
  private volatile boolean closing;

  /** Where a call can be when its client is closed. */
  private enum Phase {
    QUEUED("waited for the quota"),
    IN_FLIGHT("was in flight"),
    RETRY_WAIT("waited to be retried");

    final String words;

    Phase(String words) {
      this.words = words;
    }
  }

  OperationCall(Operation<B, E> operation, @Nullable B body, ResponseReader.Outcome<E, T, O> reader,
      BacklinksApi api, Quota quota, CostMeter costs, AccountGate account, int maxRetries,
      long timeoutMillis, long deadlineMillis, AtomicInteger waitingToRetryCount,
      EventListener listener) {
    this.operation = operation;
    this.body = body;
    this.reader = reader;
    this.api = api;
    this.waitingToRetryCount = waitingToRetryCount;
    this.quota = quota;
    this.costs = costs;
    this.account = account;
    this.maxRetries = maxRetries;
    this.timeoutMillis = timeoutMillis;
    this.deadlineMillis = deadlineMillis;
    this.clock = quota.clock();
    this.events = new CallEvents(listener, operation.function(), clock);
    this.charged = dollars -> {
      costs.add(dollars);
      events.charged(dollars);
    };
  }

  /**
   * Starts the call for a caller that will block on the outcome: an attempt the quota lets through
   * at once runs on the caller's own thread, as OkHttp's {@code execute()} would, rather than on
   * a dispatcher thread the caller then waits for (that hop cost more than the rest of the
   * library's work per call in the benchmarks). Later attempts, or one that had to queue, run on
   * OkHttp's threads as for {@link #start()}.
   */
  CompletableFuture<O> startBlocking() {
    blockingCaller = Thread.currentThread();
    return start();
  }

  /** The call's outcome, complete once it succeeded, failed, was cancelled or was closed. */
  CompletableFuture<O> outcome() {
    return outcome;
  }

  /** Starts the first attempt; the future completes with the outcome, and cancelling it stops all. */
  CompletableFuture<O> start() {
    events.started();
    outcome.whenComplete((result, failure) -> {
      if (outcome.isCancelled()) {
        stop();
        if (events.ending()) {
          events.ended(failure);
        }
      }
    });
    attempt();
    return outcome;
  }

  private void attempt() {
    try {
      if (!operation.isFree()) {
        // Every attempt, retries included: the cap may be reached, or the account refused,
        // meanwhile.
        costs.checkBeforeSending();
        account.check();
      }
    } catch (BacklinksException refused) {
      finish(null, refused);
      return;
    }
    if (closing) {
      return; // closed() ends it where it was
    }
    phase = Phase.QUEUED;
    events.askingQuota();
    CompletableFuture<Quota.Permit> ticket = quota.acquire();
    waitingForQuota = ticket;
    ticket.whenComplete((permit, failure) -> {
      if (permit != null) {
        send(permit);
      } else if (!(failure instanceof java.util.concurrent.CancellationException)) {
        waitingForQuota = null;
        finish(null, failureOf(failure)); // a shared quota's store is unreachable
      }
    });
    if (outcome.isDone()) {
      ticket.cancel(false); // cancelled while we queued
    }
  }

  private void send(Quota.Permit permit) {
    if (outcome.isDone() || closing) {
      permit.release(); // a slot freed by closing the client's other calls goes to no call of it
      return;
    }
    try {
      // Checked again at the last moment: the account may have been refused while this waited.
      probe = !operation.isFree() && account.claim();
    } catch (BacklinksException refused) {
      permit.release();
      finish(null, refused);
      return;
    }
    waitingForQuota = null;
    phase = Phase.IN_FLIGHT;
    events.granted(permit.grantedAt);
    Call<Answer<E>> call;
    try {
      // The permit and the answer cap ride on the OkHttp request as its tag (WindowStamp and
      // AnswerCap read it); a retry says its number in the header.
      int attempt = failures.size();
      call = operation.send(api, body, attempt == 0 ? null : attempt,
          new Attempt(permit, operation.maxAnswerBytes()));
      inFlight = call;
      sent = true;
      events.sent(attempt);
      enqueue(call, permit);
    } catch (RuntimeException | Error e) {
      // Thrown here it would vanish into the quota's future and leave the caller waiting forever.
      permit.release();
      BacklinksException failure = failureOf(e);
      account.ended(failure, probe);
      finish(null, failure);
      return;
    }
    if (outcome.isDone()) {
      call.cancel(); // cancelled or closed between the check above and inFlight being set
    }
  }

  private void enqueue(Call<Answer<E>> call, Quota.Permit permit) {
    Callback<Answer<E>> callback = new Callback<Answer<E>>() {
      @Override
      public void onResponse(Call<Answer<E>> call, Response<Answer<E>> response) {
        O result;
        try {
          // Records the cost the answer reports, whatever it says.
          result = ResponseReader.read(response, operation.envelopeType(), charged, reader);
          // The account's gate hears of each outcome before the slot is released: the call the
          // slot goes to must find the account refused (or cleared) already.
          account.ended(null, probe);
          permit.release();
        } catch (BacklinksException e) {
          account.ended(e, probe);
          // A full window or taken slots tell the quota that someone else uses the account; it
          // releases too.
          permit.refused(e);
          Long retryAfter = e.retryAfterMillis();
          failed(e, retryAfter == null ? -1 : retryAfter);
          return;
        } catch (RuntimeException e) {
          BacklinksException failure = failureOf(e);
          account.ended(failure, probe);
          permit.release();
          failed(failure, -1); // a bug in reading must still end the call
          return;
        }
        events.answered(response.code());
        finish(result, null);
      }

      @Override
      public void onFailure(Call<Answer<E>> call, Throwable t) {
        BacklinksException failure = failureOf(t);
        account.ended(failure, probe);
        permit.release();
        failed(failure, -1);
      }
    };
    if (timeoutMillis >= 0) {
      call.timeout().timeout(timeoutMillis, TimeUnit.MILLISECONDS);
    }
    if (Thread.currentThread() == blockingCaller) {
      execute(call, callback);
    } else {
      call.enqueue(callback);
    }
  }

  /**
   * Runs an attempt on this thread and hands the outcome to {@code callback} here too, as
   * {@code enqueue()} would on OkHttp's: a blocking caller's first attempt needs no hop.
   */
  private static <A> void execute(Call<A> call, Callback<A> callback) {
    Response<A> response;
    try {
      response = call.execute();
    } catch (IOException | RuntimeException e) {
      callback.onFailure(call, e);
      return;
    }
    callback.onResponse(call, response);
  }

  private void failed(BacklinksException failure, long retryAfterMillis) {
    inFlight = null;
    events.attemptFailed(failure);
    if (outcome.isDone()) {
      return;
    }
    failures.add(failure);
    lastFailure = failure;
    long delay = RetryPolicy.delayMillis(maxRetries, failures, retryAfterMillis,
        quota.window(TimeUnit.MILLISECONDS) + quota.transitMargin(TimeUnit.MILLISECONDS),
        ThreadLocalRandom.current().nextDouble());
    if (delay == RetryPolicy.GIVE_UP) {
      finish(null, failure);
      return;
    }
    events.retrying(failures.size(), failure, delay);
    phase = Phase.RETRY_WAIT;
    inRetryWait.set(true);
    waitingToRetryCount.incrementAndGet();
    waitingToRetry = clock.schedule(this::retry, TimeUnit.MILLISECONDS.toNanos(delay));
    if (outcome.isDone()) {
      Future<?> retry = waitingToRetry;
      if (retry != null) {
        retry.cancel(false);
      }
      leaveRetryWait();
    }
  }

  private void retry() {
    waitingToRetry = null;
    leaveRetryWait();
    if (!outcome.isDone()) {
      attempt();
    }
  }

  /**
   * Ends the call with a {@link ClientClosedException} wherever it is: waiting for the quota, in
   * flight, or waiting to be retried. Does nothing to a call that has its outcome already.
   */
  void closed() {
    String where = phase.words;
    BacklinksException last = lastFailure;
    boolean reached = sent;
    ClientClosedException e = ClientClosedException.whileCall(where, reached, last);
    if (finish(null, e)) {
      stop();
    }
  }

  /**
   * Ends the call with its result or its failure, once: the listener is told first, so that a
   * caller who has the outcome sees the call's events told.
   *
   * @return whether this ended the call (false when it had ended already)
   */
  private boolean finish(@Nullable O result, @Nullable BacklinksException failure) {
    if (outcome.isDone() || !events.ending()) {
      return false;
    }
    events.ended(failure);
    return failure == null ? outcome.complete(result) : outcome.completeExceptionally(failure);
  }

  /**
   * The first half of closing the client, before {@link #closed()} ends any of its calls: from now
   * on this call sends no attempt, so the quota slot that ending one of them frees cannot start
   * another that is about to be closed.
   */
  void closing() {
    closing = true;
  }

  /** Takes this call out of the client's count of calls waiting to retry, once. */
  private void leaveRetryWait() {
    if (inRetryWait.compareAndSet(true, false)) {
      waitingToRetryCount.decrementAndGet();
    }
  }

  private void stop() {
    CompletableFuture<Quota.Permit> ticket = waitingForQuota;
    if (ticket != null) {
      ticket.cancel(false);
    }
    Call<Answer<E>> call = inFlight;
    if (call != null) {
      call.cancel();
    }
    Future<?> retry = waitingToRetry;
    if (retry != null) {
      retry.cancel(false);
    }
    leaveRetryWait();
  }

  private BacklinksException failureOf(Throwable t) {
    if (t instanceof BacklinksException) {
      return (BacklinksException) t;
    }
    if (t instanceof IOException) {
      // No whole answer: the network's failure, the deadline's, or the answer cap's.
      return ResponseReader.failure((IOException) t, deadlineMillis);
    }
    // The answer's converter never throws, so this came from an interceptor of the caller's own
    // OkHttpClient or from a bug: report it rather than leave the caller waiting.
    return NetworkException.of("unexpected failure: " + t, t);
  }
}
