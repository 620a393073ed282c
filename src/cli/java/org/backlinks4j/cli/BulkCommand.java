package org.backlinks4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
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
  /** The environment the CLI was started with (credentials, DATAFORSEO_BASE_URL). */
  final Map<String, String> env;
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
          + "when the service refuses the account for want of funds (--max-cost also allows it). "
          + "The balance is read from the free user_data call that learns the account's limits; "
          + "with --rate set, from one of its own, unless this option is given.")
  boolean allowOverBalance;

  @Mixin RequestOptions requestOptions;

  @Mixin ConnectionOptions connectionOptions;

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
      recordFormat = RecordFormat.named(format);
      checkFiles();
      Progress.checkMode(progress);
      // The options' own errors (and those the endpoint does not take), before anything runs.
      if (endpoint == Endpoint.SUMMARY) {
        requestOptions.request("example.com");
      } else {
        requestOptions.bulkPagesSummaryOptions();
      }
      connectionOptions.check(env);
      if (dryRun) {
        return dryRun(recordFormat); // reads the output, takes no lock, writes nothing
      }
    } catch (IllegalArgumentException | InvalidRequestException e) {
      return ErrorLines.invalidInput(err, e);
    }

    OutputLock lock;
    try {
      lock = OutputLock.acquire(output);
    } catch (OutputLock.Held e) {
      err.println(ErrorLines.PREFIX + e.getMessage());
      return Main.INVALID;
    } catch (IOException e) {
      err.println(ErrorLines.cannot("lock --output", output, e));
      return Main.INVALID;
    }
    try {
      return runLocked(recordFormat, err, start);
    } catch (IllegalArgumentException e) {
      // The plan's input, an output of another format, or a connection that cannot open (say,
      // no credentials): nothing was sent.
      return ErrorLines.invalidInput(err, e);
    } finally {
      lock.close();
    }
  }

  /** The plan of a run of {@code endpoint}, from the output as it stands, which it leaves as it is. */
  private RunPlan plan(RecordFormat recordFormat, Endpoint endpoint) throws IOException {
    return RunPlan.of(input, RecordLog.successes(output, recordFormat), endpoint, requestOptions);
  }

  /** {@code --dry-run}: the plan on stdout; nothing sent, the output left as it is. */
  private int dryRun(RecordFormat recordFormat) throws IOException {
    RunPlan plan = plan(recordFormat, endpoint);
    PrintWriter out = PrintableWriter.around(spec.commandLine().getOut());
    plan.describe(input, output, connectionOptions.maxCostNanos(), otherPlan(recordFormat, plan))
        .forEach(out::println);
    out.flush();
    return Main.OK;
  }

  /** The same input through the other endpoint, for the dry run; null when its options do not fit. */
  private @Nullable RunPlan otherPlan(RecordFormat recordFormat, RunPlan plan) throws IOException {
    try {
      return plan(recordFormat,
          plan.endpoint == Endpoint.SUMMARY ? Endpoint.BULK_PAGES_SUMMARY : Endpoint.SUMMARY);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The run, as the output's one writer: reads what the output holds, sends the rest, closes.
   *
   * @throws IllegalArgumentException when the input or the output cannot be used, or the
   *     connection cannot open, before anything was sent
   */
  private int runLocked(RecordFormat recordFormat, PrintWriter err, long start)
      throws IOException {
    RunPlan plan = plan(recordFormat, endpoint);
    err.println(plan.line());
    Long maxCost = connectionOptions.maxCostNanos();
    if (maxCost != null && plan.estimateNanos > maxCost) {
      return ErrorLines.invalidInput(err, "the estimate " + Prices.format(plan.estimateNanos)
          + " is above --max-cost " + Prices.format(maxCost) + ": nothing sent (--dry-run shows the"
          + " plan; raise --max-cost, or send fewer targets)");
    }
    BulkRun run = new BulkRun(this, err);
    try {
      if (plan.toSend > 0) {
        // Opened before the output: a connection that cannot open, or a balance that cannot pay,
        // leaves the output as it was.
        Connection connection = run.connection();
        String shortfall = AccountBalance.asked(connection.quota(), allowOverBalance)
            ? AccountBalance.shortfall(plan, connection.balance()) : null;
        if (shortfall != null && maxCost == null && !allowOverBalance) {
          run.close();
          return ErrorLines.invalidInput(err, AccountBalance.refusal(shortfall));
        }
        if (shortfall != null) {
          err.println(AccountBalance.warning(shortfall));
        }
      }
      RecordLog log;
      try {
        log = RecordLog.open(output, recordFormat, err, appender);
      } catch (IOException e) {
        run.close();
        err.println(ErrorLines.cannot("open --output", output, e));
        return Main.INVALID;
      }
      return send(run, plan, log, recordFormat, err, start);
    } finally {
      run.close();
    }
  }

  /** Sends what the plan sends through {@code log}, puts the output in input order and closes. */
  private int send(BulkRun run, RunPlan plan, RecordLog log, RecordFormat recordFormat,
      PrintWriter err, long start) throws IOException {
    RunTotals totals = run.totals;
    HashIndex succeeded;
    RecordLog.Outcome outcome;
    @Nullable IOException unfinished = null;
    SignalStop signal = SignalStop.install(() -> run.closeOnSignal(log, output, start));
    try {
      try {
        succeeded = log.successes();
      } catch (IOException e) {
        err.println(ErrorLines.cannot("read --output", output, e));
        return Main.INVALID;
      }
      long pending = plan.pending();
      if (pending > 0) {
        try (Progress shown = Progress.of(progress, env, err, pending)) {
          run.send(log, recordFormat, succeeded, shown);
        }
      } else {
        totals.skipped = InputTargets.count(input);
      }
      if (run.stopped() != null || run.outputFailure() != null) {
        // Stopped as a killed run stops: the file keeps its records, and a rerun sends the rest.
        outcome = asAppended(succeeded);
      } else {
        try {
          outcome = log.finish(input, succeeded);
        } catch (IOException e) {
          unfinished = e; // the file keeps its records as they were appended
          outcome = asAppended(succeeded);
        }
      }
    } finally {
      run.closeLog(log);
      run.close();
      signal.close();
    }

    String note = run.note();
    if (note != null) {
      err.println(ErrorLines.PREFIX + note);
    }
    String stopped = run.stopped();
    if (stopped != null) {
      err.println(ErrorLines.stopped(stopped, Prices.format(totals.spent)));
    }
    OutputFailure failure = run.outputFailure();
    if (failure != null) {
      failure.tell(err, output, log.records(), outcome.targets - outcome.succeeded);
    }
    if (unfinished != null) {
      err.println(ErrorLines.PREFIX + "cannot put " + output + " in input order: "
          + ErrorLines.describe(unfinished) + "; it keeps all " + log.records() + " records, in"
          + " the order their calls ended: run the same command again (once the disk has room) to"
          + " order it; nothing is sent again");
    }
    err.println(totals.closingLine(run.callsAnswered(), outcome, output, start));
    err.flush();
    boolean whole = stopped == null && failure == null && unfinished == null;
    return whole && outcome.succeeded == outcome.targets ? Main.OK : Main.FAILED;
  }

  /** The outcome of a run whose output is left in the order its calls ended. */
  private RecordLog.Outcome asAppended(HashIndex succeeded) throws IOException {
    long targets = InputTargets.count(input);
    return new RecordLog.Outcome(targets, Math.min(targets, succeeded.size()), false);
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
}
