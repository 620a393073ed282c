package org.backlinks4j.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.backlinks4j.InvalidRequestException;
import org.backlinks4j.SummaryRequest;
import org.jspecify.annotations.Nullable;

/**
 * Sends each target of a bulk run as one summary call, at once. The run keeps twice the quota's
 * concurrency active (in flight, or queued for the quota), so that a slot the quota frees always
 * has a call ready to take it; a call that waits to be retried holds no slot.
 */
final class SummarySender implements TargetSender {
  /**
   * At most this many calls wait to be retried while new targets still go out: under a storm of
   * failures the run then waits for them rather than fill the heap with calls that cannot go out.
   */
  static final int MAX_WAITING_TO_RETRY = 1000;

  private final Connection connection;
  private final RequestOptions options;
  private final SpendingLimit limit;
  private final int active;
  private final AtomicLong answered = new AtomicLong();

  SummarySender(Connection connection, RequestOptions options, SpendingLimit limit) {
    this.connection = connection;
    this.options = options;
    this.limit = limit;
    this.active = 2 * connection.maxConcurrent();
  }

  /**
   * Why summary refuses {@code target} with these options (the field and the rule), or null when
   * it can be sent: the checks of {@link SummaryRequest.Builder#build()}, before anything is sent.
   */
  static @Nullable String refusal(RequestOptions options, String target) {
    try {
      options.request(target);
      return null;
    } catch (InvalidRequestException e) {
      return e.statusMessage();
    }
  }

  @Override
  public CompletableFuture<TargetAnswer> send(String target) {
    SummaryRequest request = options.request(target);
    long estimate = Prices.summaryCall();
    if (!limit.tryReserve(estimate)) {
      CompletableFuture<TargetAnswer> refused = new CompletableFuture<>();
      refused.completeExceptionally(new NotSent(limit.reason()));
      return refused;
    }
    return connection.summaryAsync(request).whenComplete((answer, failure) -> {
      limit.settle(estimate, answer == null ? 0 : Prices.nanos(answer.summary.cost()));
      if (TargetSender.reachedTheService(failure)) {
        answered.incrementAndGet();
      }
    }).thenApply(TargetAnswer::ofSummary);
  }

  @Override
  public boolean isFull(int outstanding) {
    return outstanding - connection.waitingToRetry() >= active
        || outstanding >= active + MAX_WAITING_TO_RETRY;
  }

  @Override
  public void endOfInput(boolean send) {
    // Nothing is held back: every target went out when it was handed over.
  }

  @Override
  public long callsAnswered() {
    return answered.get();
  }
}
