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
import org.backlinks4j.AccountException;
import org.backlinks4j.AuthenticationException;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.InvalidRequestException;
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
        "   \"endpoint\":\"summary\",\"result\":{...}|null}",
        "A target the CLI rejects is not sent; its record has status_code 0 and a message naming "
            + "the field and the rule, \"(refused before sending)\", and stderr names its line.",
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
        "  backlinks bulk --input big.txt --output big.csv --format csv --endpoint "
            + "bulk-pages-summary --dry-run",
        "  backlinks bulk --input big.txt --output big.csv --format csv --endpoint "
            + "bulk-pages-summary --max-cost 10",
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

  @Option(names = "--endpoint", paramLabel = "summary|bulk-pages-summary", defaultValue = "summary",
      converter = Endpoint.Converter.class,
      description = "summary (default): one call a target ($0.02003), every field and option. "
          + "bulk-pages-summary: up to 1000 targets a call ($0.02 + $0.00003 a target), the "
          + "headline metrics; it takes no --filter, --filter-json, --status-type, "
          + "--internal-list-limit, --include-indirect-links or --exclude-internal-backlinks.")
  Endpoint endpoint;

  @Option(names = "--dry-run",
      description = "Print the plan (targets, calls, the estimate, what resume skips) and exit; "
          + "nothing is sent or written.")
  boolean dryRun;

  @Option(names = "--allow-over-balance",
      description = "Start even when the estimate is above the account's balance: the run stops "
          + "when the service refuses the account for want of funds (--max-cost also allows it).")
  boolean allowOverBalance;

  @Mixin RequestOptions requestOptions;

  @Mixin ConnectionOptions connectionOptions;

  /**
   * Opened before the first target is sent; volatile for a signal's closing, on its own thread.
   */
  private volatile @Nullable Connection connection;
  /** Sends to the endpoint; made with the connection. */
  private @Nullable TargetSender sender;
  /**
   * Why sending stopped (the shared quota's store is unreachable, --max-cost would be passed, the
   * service refused the account);
   * null while it goes on. The targets not sent get no record, so a rerun sends them.
   */
  private volatile @Nullable String stopped;
  /** Why sending stopped: a write to the output failed; null while none has. */
  private volatile @Nullable OutputFailure outputFailure;
  /** Reads the account's balance before a run sends. */
  private final java.util.function.Function<Connection, AccountBalance.Source> balance;

  BulkCommand(Map<String, String> env) {
    this(env, RecordLog.DISK, AccountBalance::of);
  }

  /** A command whose output is written through {@code appender} (tests: a disk that fills up). */
  BulkCommand(Map<String, String> env, RecordLog.Appender appender) {
    this(env, appender, AccountBalance::of);
  }

  /**
   * A command whose output is written through {@code appender} and that reads the account's
   * balance through {@code balance} (tests: a disk that fills up, any balance).
   */
  BulkCommand(Map<String, String> env, RecordLog.Appender appender,
      java.util.function.Function<Connection, AccountBalance.Source> balance) {
    this.env = env;
    this.appender = appender;
    this.balance = balance;
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
      // The options' own errors (and those the endpoint does not take), before anything runs.
      if (endpoint == Endpoint.SUMMARY) {
        requestOptions.request("example.com");
      } else {
        requestOptions.bulkPagesSummaryOptions();
      }
      connectionOptions.check(env);
    } catch (IllegalArgumentException | InvalidRequestException e) {
      err.println("backlinks: invalid input: " + e.getMessage());
      return Main.INVALID;
    }
    if (dryRun) {
      return dryRun(recordFormat, err); // reads the output, takes no lock, writes nothing
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

  /** {@code --dry-run}: the plan on stdout; nothing sent, the output left as it is. */
  private int dryRun(RecordFormat recordFormat, PrintWriter err) throws IOException {
    RunPlan plan;
    try {
      plan = RunPlan.of(input, RecordLog.successes(output, recordFormat), endpoint, requestOptions);
    } catch (IllegalArgumentException e) {
      err.println("backlinks: invalid input: " + e.getMessage());
      return Main.INVALID;
    }
    PrintWriter out = PrintableWriter.around(spec.commandLine().getOut());
    plan.describe(input, output, connectionOptions.maxCostNanos(), otherPlan(plan))
        .forEach(out::println);
    out.flush();
    return Main.OK;
  }

  /** The run, as the output's one writer: reads what the output holds, sends the rest, closes. */
  private int runLocked(RecordFormat recordFormat, PrintWriter err, long start)
      throws IOException {
    // The plan and its cost, from the output as it stands, which it leaves as it is.
    RunPlan plan;
    try {
      plan = RunPlan.of(input, RecordLog.successes(output, recordFormat), endpoint, requestOptions);
    } catch (IllegalArgumentException e) {
      err.println("backlinks: invalid input: " + e.getMessage());
      return Main.INVALID;
    }
    err.println(plan.line());
    Long maxCost = connectionOptions.maxCostNanos();
    if (maxCost != null && plan.estimateNanos > maxCost) {
      err.println("backlinks: invalid input: the estimate " + Prices.format(plan.estimateNanos)
          + " is above --max-cost " + Prices.format(maxCost) + ": nothing sent (--dry-run shows the"
          + " plan; raise --max-cost, or send fewer targets)");
      return Main.INVALID;
    }
    if (plan.toSend > 0) {
      // Opened before the output: a connection that cannot open, or a balance that cannot pay,
      // leaves the output as it was.
      try {
        sender(err);
      } catch (IllegalArgumentException e) {
        err.println("backlinks: invalid input: " + e.getMessage());
        return Main.INVALID;
      }
      String shortfall = AccountBalance.shortfall(plan, balance.apply(connection).read());
      if (shortfall != null && maxCost == null && !allowOverBalance) {
        closeConnection();
        err.println("backlinks: invalid input: " + shortfall + ": nothing sent (top up, send "
            + "fewer targets, or set --max-cost or --allow-over-balance)");
        return Main.INVALID;
      }
      if (shortfall != null) {
        err.println("backlinks: " + shortfall + "; the run stops when the money is gone");
      }
    }

    RecordLog log;
    try {
      log = RecordLog.open(output, recordFormat, err, appender);
    } catch (IllegalArgumentException e) {
      closeConnection();
      err.println("backlinks: invalid input: " + e.getMessage());
      return Main.INVALID;
    } catch (IOException e) {
      closeConnection();
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
      long pending = plan.pending();
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
      if (stopped != null || outputFailure != null) {
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
        totals.spent = connection.totalCost();
        connection.close();
      }
      signal.close();
    }

    String note = sender == null ? null : sender.note();
    if (note != null) {
      err.println("backlinks: " + note);
    }
    if (stopped != null) {
      err.println("backlinks: stopped: " + stopped + "; " + Prices.format(totals.spent)
          + " spent (the cost the service reported); the targets not sent have no record: run the"
          + " same command again to send them");
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
        "bulk: done %d, failed %d, skipped %d, calls %d, cost $%.5f, elapsed %s; %d of %d targets "
            + "have a successful record in %s",
        totals.done, totals.failed, totals.skipped, sender == null ? 0 : sender.callsAnswered(),
        totals.cost,
        Progress.duration((System.nanoTime() - start) / 1e9), outcome.succeeded, outcome.targets,
        output));
    // The heap's peak: the proof that memory stays flat, and a hint when it does not.
    closing.append(String.format(Locale.ROOT, "; heap peak %.1f MiB of %.1f MiB%s",
        peakHeapBytes() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
        outcome.rewritten ? "; records put in input order" : ""));
    err.println(closing);
    err.flush();
    boolean whole = stopped == null && failure == null && unfinished == null;
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

  /** The same input through the other endpoint, for the dry run; null when its options do not fit. */
  private @Nullable RunPlan otherPlan(RunPlan plan) throws IOException {
    Endpoint other = plan.endpoint == Endpoint.SUMMARY ? Endpoint.BULK_PAGES_SUMMARY : Endpoint.SUMMARY;
    try {
      return RunPlan.of(input, RecordLog.successes(output, parseFormat()), other, requestOptions);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void closeConnection() {
    if (connection != null) {
      connection.close();
    }
  }

  /** The sender to the endpoint, with the connection it opens the first time. */
  private TargetSender sender(PrintWriter err) throws IOException {
    if (sender == null) {
      Connection open = connectionOptions.open(env, err);
      connection = open;
      SpendingLimit limit = connectionOptions.maxCostNanos() == null ? SpendingLimit.NONE
          : new SpendingLimit(connectionOptions.maxCostNanos());
      sender = endpoint == Endpoint.SUMMARY ? new SummarySender(open, requestOptions, limit)
          : new PagesSender(open, requestOptions.bulkPagesSummaryOptions(), limit);
    }
    return sender;
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
    /** What the client's calls cost, failed ones the service charged included. */
    double spent;
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
   * Sends the pending targets and appends each record to the log as soon as its call ends, in
   * whatever order calls end; {@link RecordLog#finish} puts the file in input order afterwards.
   *
   * <p>Calls go out asynchronously: the library's quota paces them, and a call that waits for the
   * quota or for a retry holds no thread. The sender says how many targets may be outstanding
   * ({@link TargetSender#isFull}): enough to keep the quota's slots busy (summary), or a batch
   * window filling while the last one's calls are out (bulk_pages_summary). A call that waits to
   * be retried holds no slot, and another goes out in its place. So a slow target holds its own
   * slot, a retried one none, and nothing waits for the oldest record. Memory stays bounded by the
   * outstanding targets, however long the input.
   */
  private void run(RecordLog log, RecordFormat recordFormat, HashIndex succeeded, Progress shown,
      Totals totals, PrintWriter err) throws IOException {
    BlockingQueue<Written> finished = new LinkedBlockingQueue<>();
    int outstanding = 0; // sent, and their records not written yet
    try (InputTargets in = new InputTargets(input)) {
      while (in.next()) {
        if (stopped != null || outputFailure != null) {
          break; // nothing more is sent: the shared quota's store is gone, --max-cost, the output
        }
        String target = in.target();
        if (succeeded.contains(HashIndex.hash(target))) {
          totals.skipped++;
          continue;
        }
        // The endpoint's request checks, before anything is sent.
        String refusal = RunPlan.refusal(endpoint, requestOptions, target);
        if (refusal != null) {
          BulkRecord record = BulkRecord.invalid(target, endpoint, refusal);
          write(written(recordFormat, in.lineNumber(), record), log, succeeded, shown, totals);
          continue;
        }
        TargetSender open = sender(err);
        while (open.isFull(outstanding)) {
          outstanding -= writeNext(finished, log, succeeded, shown, totals);
        }
        if (outputFailure != null) {
          break; // a write failed while this target waited for a slot: it is not sent
        }
        send(open, recordFormat, in.lineNumber(), target, finished);
        outstanding++;
        for (Written done; (done = finished.poll()) != null; outstanding--) {
          write(done, log, succeeded, shown, totals);
        }
      }
    }
    if (sender != null) {
      sender.endOfInput(stopped == null && outputFailure == null);
    }
    while (outstanding > 0) {
      outstanding -= writeNext(finished, log, succeeded, shown, totals);
    }
  }

  /** Sends one target; its record, whatever happens, ends up in {@code finished}. */
  private void send(TargetSender sender, RecordFormat recordFormat, int lineNumber, String target,
      BlockingQueue<Written> finished) {
    sender.send(target).whenComplete((answer, failure) -> {
      Written done;
      try {
        BulkRecord record;
        if (failure == null) {
          record = BulkRecord.success(target, answer);
        } else {
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause() : failure;
          Connection open = connection;
          BacklinksException refusal = open == null ? null : open.accountFailure();
          if (refusal != null
              && (cause instanceof AuthenticationException || cause instanceof AccountException)) {
            // The service refused the account (credentials, balance, the daily spending limit,
            // subscription): the target was not judged, so it gets no record, and nothing more
            // goes out; the reason says what to do.
            if (stopped == null) {
              stopped = refusal.getMessage();
            }
            finished.add(new Written(lineNumber, null, new byte[0]));
            return;
          }
          String notSent = notSent(cause);
          if (notSent != null) {
            // Never sent: the run stopped first (--max-cost), or the library refused to send (its
            // spending cap, the shared quota's store gone with --shared-quota-fallback fail, the
            // quota the run closed when its output failed). The target gets no record and a
            // rerun sends it; nothing more goes out.
            OutputFailure failed = outputFailure;
            if (failed != null) {
              failed.notSent();
            } else if (stopped == null) {
              stopped = notSent;
            }
            finished.add(new Written(lineNumber, null, new byte[0]));
            return;
          }
          record = cause instanceof InvalidRequestException
              && ((InvalidRequestException) cause).origin() == BacklinksException.Origin.REQUEST
              ? BulkRecord.invalid(target, endpoint, ((InvalidRequestException) cause).statusMessage())
              : cause instanceof BacklinksException
              ? BulkRecord.failure(target, endpoint, (BacklinksException) cause)
              // Whatever went wrong, the target gets a record: a bulk run never loses one.
              : BulkRecord.failure(target, endpoint, 0, "unexpected failure: " + cause);
        }
        done = written(recordFormat, lineNumber, record);
      } catch (RuntimeException e) {
        done = written(recordFormat, lineNumber,
            BulkRecord.failure(target, endpoint, 0, "unexpected failure: " + e));
      }
      finished.add(done);
    });
  }

  /** Why a target was never sent, or null when it was (or was refused as invalid). */
  private static @Nullable String notSent(Throwable cause) {
    if (cause instanceof TargetSender.NotSent) {
      return cause.getMessage();
    }
    if (TargetSender.notSentForTheRun(cause)) {
      return ((BacklinksException) cause).statusMessage();
    }
    return null;
  }

  private static Written written(RecordFormat recordFormat, int lineNumber, BulkRecord record) {
    // The line is all the file needs: the parsed result (several KB for an item of
    // bulk_pages_summary) is let go before the record waits to be written.
    return new Written(lineNumber, record.withoutResult(),
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
    TargetSender calls = sender;
    shown.update(totals.done + totals.failed, totals.failed, calls == null ? 0 : calls.callsAnswered(),
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
