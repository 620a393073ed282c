package org.backlinks4j.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/** What a bulk run did, and the lines that tell it at the end: the closing line, or a signal's. */
final class RunTotals {
  // Written by the run's thread alone; volatile for a signal's closing, read on its own thread.
  volatile long done;
  volatile long failed;
  volatile long skipped;
  volatile double cost;
  /** What the client's calls cost, failed ones the service charged included. */
  double spent;

  /**
   * The line a run ends with: what it did, how many of the input's targets have a successful
   * record, and the heap's peak (the proof that memory stays flat, and a hint when it does not).
   *
   * @param calls the calls that reached the service
   * @param start when the run started, by {@link System#nanoTime()}
   */
  String closingLine(long calls, RecordLog.Outcome outcome, Path output, long start) {
    return String.format(Locale.ROOT,
        "bulk: done %d, failed %d, skipped %d, calls %d, cost $%.5f, elapsed %s; %d of %d targets "
            + "have a successful record in %s; heap peak %.1f MiB of %.1f MiB%s",
        done, failed, skipped, calls, cost, elapsed(start), outcome.succeeded, outcome.targets,
        output, peakHeapBytes() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
        outcome.rewritten ? "; records put in input order" : "");
  }

  /**
   * The line a run stopped by a signal ends with: what the file keeps, and how to resume.
   *
   * @param records the complete records in the file
   * @param inFlight the calls in flight, which are dropped
   */
  String signalLine(long records, Path output, int inFlight, long start) {
    return String.format(Locale.ROOT, "bulk: stopped by a signal (Ctrl-C or kill) after %s:"
            + " %d records are safe in %s (%d written by this run, cost $%.5f); the %d calls in"
            + " flight were dropped. Run the same command again to resume: targets with a"
            + " successful record are not sent again.",
        elapsed(start), records, output, done + failed, cost, inFlight);
  }

  private static String elapsed(long start) {
    return Progress.duration((System.nanoTime() - start) / 1e9);
  }

  /** The heap's high-water mark: the sum of the heap pools' peaks (an upper bound). */
  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
