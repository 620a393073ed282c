package org.backlinks4j;

import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.backlinks4j.internal.Clock;
import org.jspecify.annotations.Nullable;

/**
 * One call's events, measured and told to the client's {@link EventListener}: the one place that
 * times a call's steps and keeps a listener's failures out of the call. {@link OperationCall} says
 * when each step happens; this is also the {@link EventListener.Call} its listener sees.
 *
 * <p>The moments are plain fields: each step of a call happens after the one before it (the quota's
 * future, OkHttp's callback or the retry's timer hands it on), which makes them visible to the
 * next. Only a call ended by cancel or close while an attempt is in flight has two steps at once,
 * and {@link #ending()} lets one end through.
 */
final class CallEvents implements EventListener.Call {
  private final EventListener listener;
  private final String operation;
  private final Clock clock;
  private final AtomicBoolean ended = new AtomicBoolean();
  private long startedAt;
  private long askedAt;
  private long sentAt;
  private int attempt;
  /** What the current attempt's answer said it cost. */
  private double cost;

  CallEvents(EventListener listener, String operation, Clock clock) {
    this.listener = listener;
    this.operation = operation;
    this.clock = clock;
  }

  @Override
  public String operation() {
    return operation;
  }

  void started() {
    startedAt = clock.nanoTime();
    try {
      listener.callStart(this);
    } catch (Throwable ignored) {
      // A listener's failure, even an Error (a Micrometer of another version missing a method is a
      // LinkageError), must not leave the call without its outcome; there is nowhere to report it.
    }
  }

  /** An attempt asks the quota for its turn. */
  void askingQuota() {
    askedAt = clock.nanoTime();
  }

  /** The quota let the attempt start at {@code grantedAt} (its clock's time). */
  void granted(long grantedAt) {
    try {
      listener.quotaAcquired(this, Math.max(0, grantedAt - askedAt));
    } catch (Throwable ignored) {
      // as in started()
    }
  }

  /** The attempt numbered {@code attempt} is handed to OkHttp. */
  void sent(int attempt) {
    this.attempt = attempt;
    this.cost = 0;
    sentAt = clock.nanoTime();
    try {
      listener.attemptStart(this, attempt);
    } catch (Throwable ignored) {
      // as in started()
    }
  }

  /** The attempt's answer says the service charged {@code dollars} for it. */
  void charged(double dollars) {
    cost = dollars;
  }

  /** The attempt succeeded with this HTTP status. */
  void answered(int httpStatus) {
    attemptEnded(Summary.STATUS_OK, httpStatus, null);
  }

  /** The attempt failed; a refusal for the quota is told after it. */
  void attemptFailed(BacklinksException failure) {
    attemptEnded(failure.statusCode(), failure.httpStatus(), failure);
    if (failure instanceof RateLimitException) {
      try {
        listener.refused(this,
            failure.statusCode() != 0 ? failure.statusCode() : failure.httpStatus());
      } catch (Throwable ignored) {
        // as in started()
      }
    }
  }

  private void attemptEnded(int statusCode, int httpStatus, @Nullable BacklinksException failure) {
    try {
      listener.attemptEnd(this, attempt, statusCode, httpStatus, cost, clock.nanoTime() - sentAt,
          failure);
    } catch (Throwable ignored) {
      // as in started()
    }
  }

  /** The attempt numbered {@code attempt} will follow {@code failure} after {@code delayMillis}. */
  void retrying(int attempt, BacklinksException failure, long delayMillis) {
    try {
      listener.retryScheduled(this, attempt, failure, TimeUnit.MILLISECONDS.toNanos(delayMillis));
    } catch (Throwable ignored) {
      // as in started()
    }
  }

  /**
   * Claims the call's end: true once, for whoever ends the call first, which then tells it and
   * completes the call's outcome.
   */
  boolean ending() {
    return ended.compareAndSet(false, true);
  }

  /** Tells the end that {@link #ending()} claimed: success when {@code failure} is null. */
  void ended(@Nullable Throwable failure) {
    long duration = clock.nanoTime() - startedAt;
    try {
      if (failure == null) {
        listener.callEnd(this, duration);
      } else if (failure instanceof CancellationException) {
        listener.callCanceled(this, duration);
      } else {
        listener.callFailed(this, failure instanceof BacklinksException
            ? (BacklinksException) failure
            : NetworkException.of("unexpected failure: " + failure, failure), duration);
      }
    } catch (Throwable ignored) {
      // as in started()
    }
  }

  @Override
  public String toString() {
    return "Call{" + operation + "}";
  }
}
