package org.backlinks4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.InvalidRequestException;
import org.backlinks4j.NetworkException;
import org.backlinks4j.SummaryRequest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code backlinks bulk --input FILE --output FILE}: the summary of every target of a file, one
 * record a target, resumable. See {@link RecordLog} for how the output survives being killed.
 */
@Command(
    name = "bulk",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Summarize every target of a file: one target a line (blank lines and # comments are "
            + "skipped), one record a target in the output, in input order at the end.",
        "Records are appended as calls end, so a slow or retried target holds up nothing else; "
            + "when the run ends the output is put in input order.",
        "Run it again with the same output to resume (after a failure, Ctrl-C or kill -9): "
            + "targets with a successful record are not sent again, failed ones are retried, a "
            + "partial last line left by a killed run is cut, and a line that is not exactly one "
            + "record counts for no target. At the end the output holds exactly one record per "
            + "input line.",
        "One run writes an output at a time (a lock on FILE.lock): another run on it exits 2 "
            + "at once. A write that fails (a full disk) stops sending, and stderr says what is "
            + "kept; so does Ctrl-C."
    },
    footer = {
        "",
        "Each record (--format json) is one line:",
        "  {\"target\":...,\"status_code\":20000,\"status_message\":\"Ok.\",\"cost\":0.02003,",
        "   \"result\":{...}|null}",
        "A target the CLI rejects is not sent; its record has status_code 40501 (the service's "
            + "Invalid Field) and stderr names its line.",
        "",
        "Exit codes: 0 every target of the input has a successful record in the output; 1 some "
            + "have a failed record, or the output failed (run again); 2 invalid invocation or an "
            + "output another run holds, nothing sent; 130 or 143 stopped by Ctrl-C or SIGTERM.",
        "",
        "Examples:",
        "  backlinks bulk --input domains.txt --output summaries.jsonl",
        "  backlinks bulk --input domains.txt --output summaries.jsonl   # again: resumes",
        "  backlinks bulk --input domains.txt --output metrics.csv --format csv",
        "  backlinks bulk --input domains.txt --output out.jsonl --status-type all",
        "  JAVA_OPTS=-Xmx64m backlinks bulk --input big.txt --output big.jsonl"
    })
final class BulkCommand implements Callable<Integer> {
  private final Map<String, String> env;
  private final RecordLog.Appender appender;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "Targets, one a line.")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "FILE",
      description = "Records, one a line; created, or resumed when it exists.")
  Path output;

  @Option(names = "--format", paramLabel = "json|csv", defaultValue = "json",
      description = "json: one JSON object a line (default); csv: a header, then one row a target "
          + "with the headline metrics. Both resume the same way; resume with the same format.")
  String format;

  @Option(names = "--progress", paramLabel = "auto|bar|lines|none", defaultValue = "auto",
      description = "On stderr: a bar when it is a terminal, else a line every few seconds "
          + "(default: auto).")
  String progress;

  @Mixin RequestOptions requestOptions;

  @Mixin ConnectionOptions connectionOptions;

  /** Opened when the first target is sent; volatile for a signal's closing, on its own thread. */
  private volatile @Nullable Connection connection;
  /** Why sending stopped: the shared quota's store is unreachable; null while it is not. */
  private volatile @Nullable String quotaGone;
  /** Why sending stopped: a write to the output failed; null while none has. */
  private volatile @Nullable OutputFailure outputFailure;

  BulkCommand(Map<String, String> env) {
    this(env, RecordLog.DISK);
  }

  /** A command whose output is written through {@code appender} (tests: a disk that fills up). */
  BulkCommand(Map<String, String> env, RecordLog.Appender appender) {
    this.env = env;
    this.appender = appender;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = PrintableWriter.around(spec.commandLine().getErr());
    long start = System.nanoTime();
    RecordFormat recordFormat;
    try {
      recordFormat = parseFormat();
      checkFiles();
      if (!progress.matches("auto|bar|lines|none")) {
        throw new IllegalArgumentException("--progress must be auto, bar, lines or none: " + progress);
      }
      requestOptions.request("example.com"); // the options' own errors, before anything runs
      connectionOptions.check(env);
    } catch (IllegalArgumentException | InvalidRequestException e) {
      err.println("backlinks: invalid input: " + e.getMessage());
      return Main.INVALID;
    }

    OutputLock lock;
    try {
      lock = OutputLock.acquire(output);
    } catch (OutputLock.Held e) {
      err.println("backlinks: " + e.getMessage());
      return Main.INVALID;
    } catch (IOException e) {
      err.println("backlinks: cannot lock --output " + output + ": " + describe(e));
      return Main.INVALID;
    }
    try {
      return runLocked(recordFormat, err, start);
    } finally {
      lock.close();
    }
  }

  /** The run, as the output's one writer: reads what the output holds, sends the rest, closes. */
  private int runLocked(RecordFormat recordFormat, PrintWriter err, long start)
      throws IOException {
    RecordLog log;
    try {
      log = RecordLog.open(output, recordFormat, err, appender);
    } catch (IllegalArgumentException e) {
      err.println("backlinks: invalid input: " + e.getMessage());
      return Main.INVALID;
    } catch (IOException e) {
      err.println("backlinks: cannot open --output " + output + ": " + describe(e));
      return Main.INVALID;
    }
    Totals totals = new Totals();
    HashIndex succeeded;
    RecordLog.Outcome outcome;
    @Nullable IOException unfinished = null;
    SignalStop signal = SignalStop.install(() -> closeOnSignal(log, totals, err, start));
    try {
      try {
        succeeded = log.successes();
      } catch (IOException e) {
        err.println("backlinks: cannot read --output " + output + ": " + describe(e));
        return Main.INVALID;
      }
      long pending = countPending(succeeded);
      if (pending > 0) {
        try (Progress shown = progress(err, pending)) {
          run(log, recordFormat, succeeded, shown, totals, err);
        } catch (IllegalArgumentException e) {
          // Only opening the connection throws this (say, no credentials): nothing was sent.
          err.println("backlinks: invalid input: " + e.getMessage());
          return Main.INVALID;
        }
      } else {
        totals.skipped = countTargets();
      }
      if (quotaGone != null || outputFailure != null) {
        // Stopped as a killed run stops: the file keeps its records, and a rerun sends the rest.
        long targets = countTargets();
        outcome = new RecordLog.Outcome(targets, Math.min(targets, succeeded.size()), false);
      } else {
        try {
          outcome = log.finish(input, succeeded);
        } catch (IOException e) {
          unfinished = e; // the file keeps its records as they were appended
          long targets = countTargets();
          outcome = new RecordLog.Outcome(targets, Math.min(targets, succeeded.size()), false);
        }
      }
    } finally {
      closeLog(log);
      if (connection != null) {
        connection.close();
      }
      signal.close();
    }

    if (quotaGone != null) {
      err.println("backlinks: stopped: " + quotaGone + "; the targets not sent have no record: run"
          + " again with the same --output to send them");
    }
    OutputFailure failure = outputFailure;
    if (failure != null) {
      failure.tell(err, output, log.records(), outcome.targets - outcome.succeeded);
    }
    if (unfinished != null) {
      err.println("backlinks: cannot put " + output + " in input order: " + describe(unfinished)
          + "; it keeps all " + log.records() + " records, in the order their calls ended: run"
          + " the same command again (once the disk has room) to order it; nothing is sent again");
    }
    StringBuilder closing = new StringBuilder(String.format(Locale.ROOT,
        "bulk: done %d, failed %d, skipped %d, cost $%.5f, elapsed %s; %d of %d targets have a "
            + "successful record in %s",
        totals.done, totals.failed, totals.skipped, totals.cost,
        Progress.duration((System.nanoTime() - start) / 1e9), outcome.succeeded, outcome.targets,
        output));
    // The heap's peak: the proof that memory stays flat, and a hint when it does not.
    closing.append(String.format(Locale.ROOT, "; heap peak %.1f MiB of %.1f MiB%s",
        peakHeapBytes() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
        outcome.rewritten ? "; records put in input order" : ""));
    err.println(closing);
    err.flush();
    boolean whole = quotaGone == null && failure == null && unfinished == null;
    return whole && outcome.succeeded == outcome.targets ? Main.OK : Main.FAILED;
  }

  /** Closes the log; a failure to do so (the last force to disk) is the output's failure. */
  private void closeLog(RecordLog log) {
    try {
      log.close();
    } catch (IOException e) {
      if (outputFailure == null) {
        outputFailure = new OutputFailure(e);
      }
    }
  }

  /**
   * What a signal (Ctrl-C, SIGTERM) leaves: no more appends, and a closing line saying what the
   * file keeps and how to resume. Runs in a shutdown hook; the JVM then exits with 130 or 143.
   * The output's lock is left to the system, which lets go of it as the process ends: until then
   * the run's own thread (putting the file in order, say) may still write.
   */
  private void closeOnSignal(RecordLog log, Totals totals, PrintWriter err, long start) {
    log.stop();
    Connection open = connection;
    int inFlight = open == null ? 0 : open.inFlight();
    err.println(String.format(Locale.ROOT, "bulk: stopped by a signal (Ctrl-C or kill) after %s:"
            + " %d records are safe in %s (%d written by this run, cost $%.5f); the %d calls in"
            + " flight were dropped. Run the same command again to resume: targets with a"
            + " successful record are not sent again.",
        Progress.duration((System.nanoTime() - start) / 1e9), log.records(), output,
        totals.done + totals.failed, totals.cost, inFlight));
    err.flush();
  }

  /**
   * An I/O failure in the user's words: the system's message ("No space left on device"), not
   * the exception's class. A file system exception's message is its file, which the caller names.
   */
  static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory";
    }
    String message = e instanceof java.nio.file.FileSystemException
        ? ((java.nio.file.FileSystemException) e).getReason() : e.getMessage();
    return message == null || message.isEmpty() ? e.getClass().getSimpleName() : message;
  }

  private RecordFormat parseFormat() {
    switch (format.toLowerCase(Locale.ROOT)) {
      case "json":
      case "jsonl":
        return RecordFormat.JSON;
      case "csv":
        return RecordFormat.CSV;
      default:
        throw new IllegalArgumentException("--format must be json or csv: " + format);
    }
  }

  private void checkFiles() {
    if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
      throw new IllegalArgumentException("--input " + input + ": no such readable file");
    }
    if (Files.isDirectory(output)) {
      throw new IllegalArgumentException("--output " + output + " is a directory");
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException("--output " + output + ": no such directory " + parent);
    }
    try {
      if (Files.exists(output) && Files.isSameFile(input, output)) {
        throw new IllegalArgumentException("--output is the --input file");
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("--output " + output + ": " + e.getMessage());
    }
  }

  private long countPending(HashIndex succeeded) throws IOException {
    long pending = 0;
    try (InputTargets in = new InputTargets(input)) {
      while (in.next()) {
        if (!succeeded.contains(HashIndex.hash(in.target()))) {
          pending++;
        }
      }
    }
    return pending;
  }

  private long countTargets() throws IOException {
    long targets = 0;
    try (InputTargets in = new InputTargets(input)) {
      while (in.next()) {
        targets++;
      }
    }
    return targets;
  }

  private Progress progress(PrintWriter err, long total) {
    String mode = progress;
    if (mode.equals("auto")) {
      mode = Terminal.stderrIsTerminal(env) ? "bar" : "lines";
    }
    switch (mode) {
      case "bar":
        // The bar redraws in place, which only a terminal does: the process's own stderr.
        return Progress.bar(System.err, total, Terminal.width(env));
      case "lines":
        return Progress.lines(err, total, 2000);
      default:
        return Progress.none(err);
    }
  }

  /** What a run did. */
  private static final class Totals {
    // Written by the run's thread alone; volatile for a signal's closing, read on its own thread.
    volatile long done;
    volatile long failed;
    volatile long skipped;
    volatile double cost;
  }

  /** A record ready to write, with what the progress and stderr need to know of it. */
  private static final class Written {
    final int lineNumber;
    /** Null for a target that was never sent and gets no record. */
    final @Nullable BulkRecord record;
    final byte[] line;

    Written(int lineNumber, @Nullable BulkRecord record, byte[] line) {
      this.lineNumber = lineNumber;
      this.record = record;
      this.line = line;
    }
  }

  /**
   * At most this many calls wait to be retried while new targets still go out: under a storm of
   * failures the run then waits for them rather than fill the heap with calls that cannot go out.
   */
  private static final int MAX_WAITING_TO_RETRY = 1000;

  /**
   * Sends the pending targets and appends each record to the log as soon as its call ends, in
   * whatever order calls end; {@link RecordLog#finish} puts the file in input order afterwards.
   *
   * <p>Calls go out asynchronously: the library's quota paces them, and a call that waits for the
   * quota or for a retry holds no thread. The run keeps twice {@code --max-concurrent} calls
   * active (in flight, or queued for the quota), so that a slot the quota frees always has a call
   * ready to take it. A call that waits to be retried is not active: it holds no slot, and another
   * target goes out in its place. So a slow target holds its own slot, a retried one none, and
   * nothing waits for the oldest record. Memory stays bounded by the active calls and the finished
   * records not written yet, however long the input.
   */
  private void run(RecordLog log, RecordFormat recordFormat, HashIndex succeeded, Progress shown,
      Totals totals, PrintWriter err) throws IOException {
    int active = 2 * connectionOptions.maxConcurrent();
    BlockingQueue<Written> finished = new LinkedBlockingQueue<>();
    int outstanding = 0; // sent, and their records not written yet
    try (InputTargets in = new InputTargets(input)) {
      while (in.next()) {
        if (quotaGone != null || outputFailure != null) {
          break; // the shared quota's store is gone, or the output: nothing more is sent
        }
        String target = in.target();
        if (succeeded.contains(HashIndex.hash(target))) {
          totals.skipped++;
          continue;
        }
        // SummaryRequest.Builder.build() checks the target (and the rest) before anything is sent.
        SummaryRequest request;
        try {
          request = requestOptions.request(target);
        } catch (InvalidRequestException e) {
          BulkRecord record = BulkRecord.invalid(target, e.statusMessage());
          write(written(recordFormat, in.lineNumber(), record), log, succeeded, shown, totals);
          continue;
        }
        if (connection == null) {
          // Opened at the first target to send: a rerun with nothing left to send starts no server.
          connection = connectionOptions.open(env, err);
        }
        Connection open = connection;
        while (outstanding - open.waitingToRetry() >= active
            || outstanding >= active + MAX_WAITING_TO_RETRY) {
          outstanding -= writeNext(finished, log, succeeded, shown, totals);
        }
        if (outputFailure != null) {
          break; // a write failed while this target waited for a slot: it is not sent
        }
        send(open, request, recordFormat, in.lineNumber(), target, finished);
        outstanding++;
        for (Written done; (done = finished.poll()) != null; outstanding--) {
          write(done, log, succeeded, shown, totals);
        }
      }
    }
    while (outstanding > 0) {
      outstanding -= writeNext(finished, log, succeeded, shown, totals);
    }
  }

  /** Sends one target; its record, whatever happens, ends up in {@code finished}. */
  private void send(Connection connection, SummaryRequest request,
      RecordFormat recordFormat, int lineNumber, String target, BlockingQueue<Written> finished) {
    connection.summaryAsync(request).whenComplete((answer, failure) -> {
      Written done;
      try {
        BulkRecord record;
        if (failure == null) {
          record = BulkRecord.success(target, answer);
        } else {
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause() : failure;
          if (cause instanceof NetworkException
              && ((NetworkException) cause).origin() == BacklinksException.Origin.REQUEST) {
            // The shared quota's store cannot be reached (--shared-quota-fallback fail), or the
            // run closed the quota when its output failed: the call was never sent, so the
            // target gets no record and a rerun sends it.
            OutputFailure stopped = outputFailure;
            if (stopped != null) {
              stopped.notSent();
            } else if (quotaGone == null) {
              quotaGone = ((NetworkException) cause).statusMessage();
            }
            finished.add(new Written(lineNumber, null, new byte[0]));
            return;
          }
          record = cause instanceof BacklinksException
              ? BulkRecord.failure(target, (BacklinksException) cause)
              // Whatever went wrong, the target gets a record: a bulk run never loses one.
              : BulkRecord.failure(target, 0, "unexpected failure: " + cause);
        }
        done = written(recordFormat, lineNumber, record);
      } catch (RuntimeException e) {
        done = written(recordFormat, lineNumber,
            BulkRecord.failure(target, 0, "unexpected failure: " + e));
      }
      finished.add(done);
    });
  }

  private static Written written(RecordFormat recordFormat, int lineNumber, BulkRecord record) {
    return new Written(lineNumber, record,
        recordFormat.line(record).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Waits a moment for the next finished record and writes it; keeps the progress display alive
   * meanwhile.
   *
   * @return 1 when a record was written, 0 when none finished within the moment
   */
  private int writeNext(BlockingQueue<Written> finished, RecordLog log, HashIndex succeeded,
      Progress shown, Totals totals) throws IOException {
    Written done;
    try {
      done = finished.poll(100, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (done == null) {
      showProgress(shown, totals);
      return 0;
    }
    write(done, log, succeeded, shown, totals);
    return 1;
  }

  private void write(Written written, RecordLog log, HashIndex succeeded, Progress shown,
      Totals totals) {
    BulkRecord record = written.record;
    if (record == null) {
      return; // never sent: no record
    }
    if (!append(log, written, record, totals)) {
      return;
    }
    if (record.succeeded()) {
      totals.done++;
      totals.cost += record.cost;
      succeeded.put(HashIndex.hash(record.target), 1);
    } else {
      totals.failed++;
      shown.note("line " + written.lineNumber + ": " + record.target + ": "
          + (record.statusCode != 0 ? "status " + record.statusCode + ": " : "")
          + record.statusMessage);
    }
    showProgress(shown, totals);
  }

  /**
   * Appends a record. The first write that fails stops sending at once: the quota is closed, so
   * calls waiting for their turn or for a retry end unsent, and the calls in flight finish; their
   * records are still tried, and kept if the disk takes them. The user is told at the end.
   *
   * @return whether the record is in the file
   */
  private boolean append(RecordLog log, Written written, BulkRecord record, Totals totals) {
    OutputFailure failure = outputFailure;
    try {
      boolean appended = log.append(written.line); // false: stopped by a signal
      if (appended && failure != null) {
        failure.kept();
      }
      return appended;
    } catch (IOException e) {
      if (failure == null) {
        failure = new OutputFailure(e);
        outputFailure = failure;
        Connection open = connection;
        if (open != null) {
          open.stopSending();
        }
      }
      failure.lost(record.cost);
      totals.cost += record.cost; // paid all the same
      return false;
    }
  }

  private void showProgress(Progress shown, Totals totals) {
    Connection open = connection;
    shown.update(totals.done + totals.failed, totals.failed,
        open == null ? 0 : open.inFlight(), open == null ? 0 : open.waitingToRetry());
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
