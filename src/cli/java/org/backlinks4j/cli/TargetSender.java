package org.backlinks4j.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.backlinks4j.AccountException;
import org.backlinks4j.AuthenticationException;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.ClientClosedException;
import org.backlinks4j.QuotaUnavailableException;
import org.jspecify.annotations.Nullable;

/**
 * How a bulk run hands its targets to one endpoint: {@link SummarySender} sends each at once,
 * {@link PagesSender} gathers them into bulk_pages_summary calls. The run calls it from one thread
 * (it checks, then sends, each target in input order); the futures complete on the client's
 * threads.
 */
interface TargetSender {
  /**
   * Hands over a target that the endpoint's {@code refusal} check let through.
   *
   * @return the target's answer; or exceptionally a {@link org.backlinks4j.BacklinksException}
   *     (its failure: a failed record), or {@link NotSent} (never sent: no record, a rerun sends it)
   */
  CompletableFuture<TargetAnswer> send(String target);

  /**
   * Whether the run should write records before it hands over another target.
   *
   * @param outstanding the targets handed over whose records are not written yet
   */
  boolean isFull(int outstanding);

  /**
   * The run hands over no more targets: {@code send} true sends what is held back for a batch;
   * false (the run stops) ends what is held back and not sent yet with {@link NotSent}.
   */
  void endOfInput(boolean send);

  /**
   * The calls that reached the service so far, failed ones included (not those the library held
   * back unsent): what the progress and the closing line show next to targets.
   */
  long callsAnswered();

  /** Something to tell on stderr at the end of the run, or null. */
  default @Nullable String note() {
    return null;
  }

  /**
   * Whether the library did not send a call for a reason of the whole run, not of its target: the
   * quota starts no calls (its shared store is unreachable, or the run closed it), or the library
   * held the call back unsent (its spending cap, an account the service refused lately, a closing
   * client). Nothing more should go out; the target gets no record, and a rerun sends it. A
   * target the library refused as invalid is not one: that is its own failure, with a record.
   */
  static boolean notSentForTheRun(Throwable cause) {
    if (cause instanceof QuotaUnavailableException) {
      return true;
    }
    return (cause instanceof AccountException || cause instanceof AuthenticationException
        || cause instanceof ClientClosedException)
        && ((BacklinksException) cause).origin() == BacklinksException.Origin.REQUEST;
  }

  /**
   * Whether a call that ended with {@code failure} (null when it succeeded) reached the service: a
   * failure of origin {@code REQUEST} is one the library found before sending anything.
   */
  static boolean reachedTheService(@Nullable Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    return !(cause instanceof BacklinksException)
        || ((BacklinksException) cause).origin() != BacklinksException.Origin.REQUEST;
  }

  /** A target the run did not send (it stopped first): it gets no record, and a rerun sends it. */
  final class NotSent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotSent(String reason) {
      super(reason, null, false, false);
    }
  }
}
