package org.backlinks4j.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.backlinks4j.PrintableText;

/** How a bulk run shows its progress on stderr: a bar on a terminal, plain lines in a log. */
interface Progress extends AutoCloseable {
  /**
   * Where the run stands: {@code done} of its targets have a record, {@code failed} of them
   * failed; {@code calls} calls were answered (one a target for summary, one for up to 1000 for
   * bulk_pages_summary), {@code inFlight} are sent and not answered yet, {@code waitingToRetry}
   * wait to be tried again. The last two say why a run is slow.
   */
  void update(long done, long failed, long calls, int inFlight, int waitingToRetry);

  /** Prints a line about one target (a failure) without garbling the display. */
  void note(String line);

  @Override
  void close();

  /**
   * Checks {@code --progress}'s value.
   *
   * @throws IllegalArgumentException unless it is auto, bar, lines or none
   */
  static void checkMode(String mode) {
    if (!mode.matches("auto|bar|lines|none")) {
      throw new IllegalArgumentException("--progress must be auto, bar, lines or none: " + mode);
    }
  }

  /**
   * The display {@code --progress} names: {@code auto} is a bar when stderr is a terminal, else
   * lines.
   *
   * @param total the targets this run sends
   */
  static Progress of(String mode, java.util.Map<String, String> env, PrintWriter err, long total) {
    String shown = mode.equals("auto") ? Terminal.stderrIsTerminal(env) ? "bar" : "lines" : mode;
    switch (shown) {
      case "bar":
        // The bar redraws in place, which only a terminal does: the process's own stderr.
        return bar(System.err, total, Terminal.width(env));
      case "lines":
        return lines(err, total, 2000);
      default:
        return none(err);
    }
  }

  /** Nothing at all ({@code --progress none}). */
  static Progress none(PrintWriter err) {
    return new Progress() {
      @Override
      public void update(long done, long failed, long calls, int inFlight, int waitingToRetry) {
      }

      @Override
      public void note(String line) {
        err.println(line);
        err.flush();
      }

      @Override
      public void close() {
      }
    };
  }

  /**
   * A bar with rate and ETA (me.tongfei:progressbar), redrawn in place.
   *
   * @param terminal the real stderr: only a terminal is given a bar
   * @param total the targets this run sends
   */
  static Progress bar(PrintStream terminal, long total, int width) {
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("bulk")
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(terminal, Math.max(40, width - 1)))
        .showSpeed()
        .setUpdateIntervalMillis(250)
        .build();
    return new Progress() {
      @Override
      public void update(long done, long failed, long calls, int inFlight, int waitingToRetry) {
        bar.stepTo(done);
        bar.setExtraMessage(" " + calls + " calls, " + inFlight + " in flight"
            + (waitingToRetry > 0 ? ", " + waitingToRetry + " to retry" : "")
            + (failed > 0 ? ", " + failed + " failed" : ""));
      }

      @Override
      public void note(String line) {
        // Clear the bar's line, print the note; the bar redraws itself below it on its next tick.
        StringBuilder blank = new StringBuilder("\r");
        for (int i = 0; i < Math.max(40, width - 1); i++) {
          blank.append(' ');
        }
        terminal.print(blank.append('\r'));
        terminal.println(PrintableText.escape(line)); // the bar's stream is not a PrintableWriter
        terminal.flush();
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /**
   * Plain lines with targets done/total, percent, rate, ETA, calls answered, in flight and waiting
   * to retry, and failures: at most one every
   * {@code intervalMillis}, and further apart as the run grows old (a twentieth of the time it has
   * run), so that an overnight run leaves a readable log.
   */
  static Progress lines(PrintWriter err, long total, long intervalMillis) {
    return new Lines(err, total, intervalMillis);
  }

  /** Plain progress lines, for a stderr that is a file or a pipe. */
  final class Lines implements Progress {
    private final PrintWriter err;
    private final long total;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long lastPrint = start;

    Lines(PrintWriter err, long total, long intervalMillis) {
      this.err = err;
      this.total = total;
      this.intervalNanos = intervalMillis * 1_000_000;
    }

    @Override
    public void update(long done, long failed, long calls, int inFlight, int waitingToRetry) {
      long now = System.nanoTime();
      if (now - lastPrint < Math.max(intervalNanos, (now - start) / 20)) {
        return;
      }
      lastPrint = now;
      double seconds = (now - start) / 1e9;
      double rate = seconds > 0 ? done / seconds : 0;
      String eta = rate > 0 ? duration((total - done) / rate) : "?";
      err.println(String.format(Locale.ROOT, "bulk: %d/%d (%.0f%%), %.1f/s, ETA %s, %d calls, "
              + "%d in flight, %d waiting to retry, %d failed",
          done, total, total == 0 ? 100.0 : 100.0 * done / total, rate, eta, calls, inFlight,
          waitingToRetry, failed));
      err.flush();
    }

    @Override
    public void note(String line) {
      err.println(line);
      err.flush();
    }

    @Override
    public void close() {
    }
  }

  /** Seconds as {@code 1h02m03s}, {@code 2m03s} or {@code 3s}. */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, s % 3600 / 60, s % 60);
    }
    if (s >= 60) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return s + "s";
  }
}
