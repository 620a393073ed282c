package org.backlinks4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A bulk run's output failed (a full disk, a file system gone read-only): the first failure, and
 * what became of the calls that were in flight when it happened. Sending stops at once; what this
 * counts is what the user is told: the cause, the records safe in the file, the answers paid for
 * and lost, and that the same command resumes.
 */
final class OutputFailure {
  private final IOException cause;
  // Counted on the run's thread, but for notSent: on the threads that end calls.
  private int kept;
  private int lost;
  private double lostCost;
  private final java.util.concurrent.atomic.AtomicInteger notSent =
      new java.util.concurrent.atomic.AtomicInteger();

  OutputFailure(IOException cause) {
    this.cause = cause;
  }

  /** An answer written after the failure all the same (the disk had room for it). */
  void kept() {
    kept++;
  }

  /**
   * An answer, paid for, could not be written (the one whose write failed, or one that arrived
   * after): its target is sent again by the next run.
   */
  void lost(double cost) {
    lost++;
    lostCost += cost;
  }

  /** A call waiting for its turn or for a retry ended unsent when sending stopped. */
  void notSent() {
    notSent.incrementAndGet();
  }

  /**
   * Tells the user what happened, in three lines.
   *
   * @param records the complete records in the file
   * @param missing the input's targets without a successful record
   */
  void tell(PrintWriter err, Path output, long records, long missing) {
    err.println(ErrorLines.cannot("write", output, cause));
    err.println(String.format(Locale.ROOT, ErrorLines.PREFIX + "sending stopped at once: %d calls waiting"
            + " for their turn were not sent, and the calls in flight were let finish; %d answers"
            + " paid for ($%.5f) could not be written, and their targets are sent again; %d were"
            + " written after the failure",
        notSent.get(), lost, lostCost, kept));
    err.println(ErrorLines.PREFIX + records + " records are safe in " + output + "; " + missing
        + " targets still need a successful record: run the same command again once there is room"
        + " (or move the file where there is, and name it with --output) and only those are sent");
  }
}
