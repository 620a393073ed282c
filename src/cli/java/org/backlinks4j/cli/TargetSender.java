package org.backlinks4j.cli;

import java.util.concurrent.CompletableFuture;
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

  /** The calls answered so far, failures included: what the progress shows next to targets. */
  long callsAnswered();

  /** Something to tell on stderr at the end of the run, or null. */
  default @Nullable String note() {
    return null;
  }

  /** A target the run did not send (it stopped first): it gets no record, and a rerun sends it. */
  final class NotSent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotSent(String reason) {
      super(reason, null, false, false);
    }
  }
}
