package org.backlinks4j;

import org.jspecify.annotations.Nullable;

/**
 * Told what each call of a client does, for metrics, logs or traces: when it starts, how long it
 * waited for the {@link Quota}, each attempt it sends and how that attempt ended (codes, cost,
 * duration), each retry and why, each refusal by the service, and how the call ended. Set one with
 * {@link BacklinksClient.Builder#eventListener}; {@code org.backlinks4j.micrometer.BacklinksMetrics}
 * (the {@code -micrometer} jar) is one that records them in Micrometer.
 *
 * <pre>{@code
 * BacklinksClient client = BacklinksClient.builder()
 *     .credentials(Credentials.fromEnv())
 *     .eventListener(new EventListener() {
 *       @Override public void callFailed(Call call, BacklinksException failure, long nanos) {
 *         log.warn("{} failed with {}", call.operation(), failure.statusCode());
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Every method does nothing unless overridden; a later version may add events as new methods
 * that do nothing by default.
 *
 * <p><b>Order.</b> A call is told {@link #callStart}, then for each attempt {@link #quotaAcquired},
 * {@link #attemptStart} and {@link #attemptEnd}; after {@code attemptEnd}, {@link #refused} when the
 * service refused it for the account's quota, and {@link #retryScheduled} when another attempt
 * follows. It ends with exactly one of {@link #callEnd}, {@link #callFailed} and
 * {@link #callCanceled}, told before the caller gets the outcome: a caller who has the result of a
 * call sees its events already told. A call refused before anything was sent (the spending cap, a
 * shared quota that cannot be reached) has no attempt. When a call is cancelled, or its client
 * closed, while an attempt is in flight, its end is told by the thread that ended it, and that
 * attempt's {@code attemptEnd} may come after it.
 *
 * <p><b>Threads.</b> Each event is told on the thread where its step happens: the caller's (the
 * start, and the whole first attempt of a blocking call that the quota lets through at once),
 * OkHttp's dispatcher threads (answers, and attempts they start), and the one timer thread that the
 * quotas and retries of every client share. Events of different calls come concurrently, so a
 * listener must be thread-safe; the events of one call come one after the other, each
 * <i>happening before</i> the next (but for the cancel and close case above). A listener runs inside
 * the call path: keep it quick, and never block in it (the timer thread serves every client).
 *
 * <p><b>Failures.</b> Whatever a listener throws, an {@link Error} included, is caught and ignored:
 * it never changes, delays or breaks a call.
 *
 * <p><b>What events carry.</b> The operation's name, attempt numbers, DataForSEO's status codes,
 * HTTP statuses, costs, durations and the call's exceptions (whose messages hold no credential).
 * Never the credentials, the request's body or its target.
 *
 * <p><b>Cost.</b> Durations come from the clock the quota runs on ({@link System#nanoTime()}): a
 * call reads it twice, and three times per attempt, and makes three small objects for its events,
 * whether anyone listens or not: about 160 ns of CPU a call, 0.07 % of a call over loopback. A
 * listener that overrides nothing adds a few nanoseconds to that, the Micrometer one about 100 ns
 * ({@code docs/performance.md}).
 */
public abstract class EventListener {
  /** A listener that does nothing: the client's default. */
  public static final EventListener NONE = new EventListener() {
  };

  /** A listener whose every method does nothing until overridden. */
  protected EventListener() {
  }

  /**
   * A call as its listener sees it: which operation it is, and nothing of its request. The same
   * object is passed to every event of one call, so a listener may keep per-call state keyed by it
   * (by identity).
   */
  public interface Call {
    /**
     * DataForSEO's name of the call's operation: {@code summary}, {@code bulk_pages_summary},
     * {@code user_data}. It is the function name the service's documentation and billing use, and
     * stays the same across versions of this library.
     *
     * @return the operation's name
     */
    String operation();
  }

  /**
   * A call was made: nothing has been asked of the quota yet.
   *
   * @param call the call
   */
  public void callStart(Call call) {
  }

  /**
   * The quota let an attempt of the call start, after it waited {@code waitNanos} (0 when the
   * quota had room at once).
   *
   * @param call the call
   * @param waitNanos how long the attempt waited for the quota, in nanoseconds
   */
  public void quotaAcquired(Call call, long waitNanos) {
  }

  /**
   * An attempt is handed to the network: from now on the call may be charged.
   *
   * @param call the call
   * @param attempt 0 for the first attempt, n for the n-th retry
   */
  public void attemptStart(Call call, int attempt) {
  }

  /**
   * An attempt ended: with the service's answer, or without one (the network failed, the deadline
   * passed, the answer was cut off or too large).
   *
   * @param call the call
   * @param attempt 0 for the first attempt, n for the n-th retry
   * @param statusCode DataForSEO's status code of the answer ({@code 20000} when the attempt
   *     succeeded; a failed task's code, else the envelope's), or 0 when there is none
   * @param httpStatus the answer's HTTP status, or 0 when no answer arrived
   * @param cost what the answer says the service charged for the attempt, in USD (0 when it said
   *     nothing or there was no answer)
   * @param durationNanos from handing the attempt to the network to its end, in nanoseconds
   * @param failure why the attempt failed, or null when it succeeded
   */
  public void attemptEnd(Call call, int attempt, int statusCode, int httpStatus, double cost,
      long durationNanos, @Nullable BacklinksException failure) {
  }

  /**
   * The service refused an attempt for the account's quota: {@code 40202} (too many calls in its
   * window) or {@code 40209} (too many at once), or HTTP {@code 429} from something in between.
   * Told after that attempt's {@link #attemptEnd}; the quota lowers its own limit for a while.
   *
   * @param call the call
   * @param code the status code, or the HTTP status when the answer carried none
   */
  public void refused(Call call, int code) {
  }

  /**
   * The call will be tried again after {@code delayNanos}.
   *
   * @param call the call
   * @param attempt the number of the attempt that will follow (1 for the first retry)
   * @param failure the failure of the attempt before it, which is why
   * @param delayNanos the wait before the attempt asks the quota again, in nanoseconds
   */
  public void retryScheduled(Call call, int attempt, BacklinksException failure, long delayNanos) {
  }

  /**
   * The call succeeded.
   *
   * @param call the call
   * @param durationNanos from {@link #callStart} to now, waits and retries included, in nanoseconds
   */
  public void callEnd(Call call, long durationNanos) {
  }

  /**
   * The call failed with {@code failure}, as its caller sees it: after the retries the client
   * allows, or at once (refused before sending, the client closed).
   *
   * @param call the call
   * @param failure the failure
   * @param durationNanos from {@link #callStart} to now, in nanoseconds
   */
  public void callFailed(Call call, BacklinksException failure, long durationNanos) {
  }

  /**
   * The caller cancelled the call's future.
   *
   * @param call the call
   * @param durationNanos from {@link #callStart} to now, in nanoseconds
   */
  public void callCanceled(Call call, long durationNanos) {
  }
}
