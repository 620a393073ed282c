package org.backlinks4j;

import java.util.concurrent.TimeUnit;
import org.backlinks4j.internal.Clock;
import org.jspecify.annotations.Nullable;

/**
 * A client's condition after the service refused its account, rather than a call: wrong
 * credentials (401xx, HTTP 401), an account not verified (40104), one that cannot pay or may not
 * call (402xx but the rate limits, HTTP 402). Every other call of the client would meet the same
 * refusal, and thousands of refused calls a minute look like abuse from the caller's address: so
 * from the first such refusal on, the client's paid calls fail at once, before sending, with an
 * exception of the refusal's type that says so ({@link BacklinksClient#accountFailure()} tells the
 * condition).
 *
 * <p>It does not last for ever: a person fixes the account (a deposit, a new limit) while a
 * long-lived client runs. After {@value #RETRY_AFTER_SECONDS} s (for 40203, the daily spending
 * limit, at 00:00 UTC, when the service resets it) one call is let through to find out: its success
 * lifts the condition, another such refusal renews it, and other calls fail at once while it is in
 * flight. At most one refused call a minute leaves the client. Free operations (user_data) are
 * never held back: they cost nothing, and they are how a caller looks at the account.
 * Thread-safe.
 */
final class AccountGate {
  /** How long paid calls fail at once before one is let through to see whether it passes now. */
  static final long RETRY_AFTER_SECONDS = 60;

  private final Clock clock;
  // Guarded by this.
  private @Nullable BacklinksException refusal;
  private long refusedAt;
  private long reopensAt;
  private boolean probing;

  AccountGate(Clock clock) {
    this.clock = clock;
  }


  /** The refusal in force, or null. */
  synchronized @Nullable BacklinksException refusal() {
    return refusal;
  }

  /**
   * Before a paid call waits for the quota: fails when calls may not be sent now, and lets it wait
   * when one may be let through by the time it is sent ({@link #claim()} decides then).
   *
   * @throws BacklinksException the refusal's kind, made for this call
   */
  synchronized void check() {
    BacklinksException in = refusal;
    if (in != null && (probing || clock.nanoTime() - reopensAt < 0)) {
      throw failFast(in);
    }
  }

  /**
   * Just before a paid call is sent.
   *
   * @return true when it is the one call let through to see whether the refusal still holds: its
   *     outcome must be told to {@link #ended}
   * @throws BacklinksException when calls may not be sent now
   */
  synchronized boolean claim() {
    check();
    if (refusal == null) {
      return false;
    }
    probing = true;
    return true;
  }

  /**
   * How an attempt ended: {@code failure} null for a success. An account-wide refusal sets the
   * condition (or renews it); the success of the call let through lifts it.
   */
  synchronized void ended(@Nullable BacklinksException failure, boolean probe) {
    if (probe) {
      probing = false;
    }
    StatusCodes.Scope scope = failure == null ? StatusCodes.Scope.CALL : StatusCodes.scope(failure);
    if (failure != null && scope != StatusCodes.Scope.CALL) {
      refusal = failure;
      refusedAt = clock.nanoTime();
      long waitMillis = scope == StatusCodes.Scope.ACCOUNT_UNTIL_MIDNIGHT_UTC
          ? StatusCodes.nextMidnightUtc(clock.currentTimeMillis()) - clock.currentTimeMillis()
          : TimeUnit.SECONDS.toMillis(RETRY_AFTER_SECONDS);
      reopensAt = refusedAt + TimeUnit.MILLISECONDS.toNanos(waitMillis);
    } else if (failure == null && probe) {
      refusal = null;
    }
  }

  private BacklinksException failFast(BacklinksException in) {
    long now = clock.nanoTime();
    long ago = TimeUnit.NANOSECONDS.toSeconds(now - refusedAt);
    String next = probing ? "a call sent to check is in flight"
        : "one call is let through to check in " + seconds(reopensAt - now);
    String message = "not sent: the service refused this client's account " + ago + " s ago ("
        + in.getMessage() + "); " + next;
    return in instanceof AuthenticationException
        ? AuthenticationException.heldBack(message, in)
        : AccountException.heldBack(message, in);
  }

  private static String seconds(long nanos) {
    long s = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos));
    return s >= 3600 ? s / 3600 + " h " + s % 3600 / 60 + " min" : s + " s";
  }
}
