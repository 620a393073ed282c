package org.backlinks4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.InvalidRequestException;
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
            + "skipped), one record a target in the output, in input order.",
        "Run it again with the same output to resume: targets with a successful record are not "
            + "sent again, failed ones are retried, a partial last line left by a killed run is "
            + "cut. At the end the output holds exactly one record per input line."
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
            + "have a failed record (run again to retry them); 2 invalid invocation, nothing sent.",
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

  /** Opened when the first target is sent. */
  private @Nullable Connection connection;

  BulkCommand(Map<String, String> env) {
    this.env = env;
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

    RecordLog log;
    try {
      log = RecordLog.open(output, recordFormat, err);
    } catch (IllegalArgumentException e) {
      err.println("backlinks: invalid input: " + e.getMessage());
      return Main.INVALID;
    } catch (IOException e) {
      err.println("backlinks: cannot open --output " + output + ": " + e);
      return Main.INVALID;
    }
    Totals totals = new Totals();
    HashIndex succeeded;
    RecordLog.Outcome outcome;
    try {
      succeeded = log.successes();
      long pending = countPending(succeeded);
      if (pending > 0) {
        try (Progress shown = progress(err, pending)) {
          run(log, recordFormat, succeeded, shown, totals, err);
        } catch (IllegalArgumentException e) {
          // Only opening the connection throws this (say, no credentials): nothing was sent.
          log.close();
          err.println("backlinks: invalid input: " + e.getMessage());
          return Main.INVALID;
        }
      } else {
        totals.skipped = countTargets();
      }
      outcome = log.finish(input, succeeded);
    } finally {
      log.close();
      if (connection != null) {
        connection.close();
      }
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
        outcome.rewritten ? "; output rewritten into input order" : ""));
    err.println(closing);
    err.flush();
    return outcome.succeeded == outcome.targets ? Main.OK : Main.FAILED;
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
    long done;
    long failed;
    long skipped;
    double cost;
  }

  /** A record ready to write, with what the progress and stderr need to know of it. */
  private static final class Written {
    final int lineNumber;
    final BulkRecord record;
    final byte[] line;

    Written(int lineNumber, BulkRecord record, byte[] line) {
      this.lineNumber = lineNumber;
      this.record = record;
      this.line = line;
    }
  }

  /**
   * Sends the pending targets, at most {@code --max-concurrent} at a time (each a plain blocking
   * call; the library's limiter paces them), and writes each record as soon as every record before
   * it in the input is written: the output stays in input order and a killed run leaves a prefix.
   */
  private void run(RecordLog log, RecordFormat recordFormat, HashIndex succeeded, Progress shown,
      Totals totals, PrintWriter err) throws IOException {
    int threads = connectionOptions.maxConcurrent();
    AtomicInteger ids = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "backlinks-bulk-" + ids.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    // Records in input order, finished or not. Bounded, so memory does not grow with the input;
    // a little longer than the thread count, so one slow call does not idle the others.
    Deque<Future<Written>> window = new ArrayDeque<>();
    int windowSize = threads * 4;
    try (InputTargets in = new InputTargets(input)) {
      while (in.next()) {
        String target = in.target();
        if (succeeded.contains(HashIndex.hash(target))) {
          totals.skipped++;
          continue;
        }
        window.add(submit(executor, recordFormat, in.lineNumber(), target, err));
        writeFinished(window, windowSize - 1, log, succeeded, shown, totals);
      }
      writeFinished(window, 0, log, succeeded, shown, totals);
    } finally {
      executor.shutdownNow();
    }
  }

  private Future<Written> submit(ExecutorService executor, RecordFormat recordFormat,
      int lineNumber, String target, PrintWriter err) throws IOException {
    // SummaryRequest.Builder.build() checks the target (and the rest) before anything is sent.
    SummaryRequest request;
    try {
      request = requestOptions.request(target);
    } catch (InvalidRequestException e) {
      BulkRecord record = BulkRecord.invalid(target, e.statusMessage());
      return CompletableFuture.completedFuture(written(recordFormat, lineNumber, record));
    }
    if (connection == null) {
      // Opened at the first target to send: a rerun with nothing left to send starts no server.
      connection = connectionOptions.open(env, err);
    }
    Connection open = connection;
    SummaryRequest send = request;
    return executor.submit(() -> {
      BulkRecord record;
      try {
        record = BulkRecord.success(target, open.summary(send));
      } catch (BacklinksException e) {
        record = BulkRecord.failure(target, e);
      } catch (RuntimeException e) {
        // Whatever went wrong, the target gets a record: a bulk run never loses one.
        record = BulkRecord.failure(target, 0, "unexpected failure: " + e);
      }
      return written(recordFormat, lineNumber, record);
    });
  }

  private static Written written(RecordFormat recordFormat, int lineNumber, BulkRecord record) {
    return new Written(lineNumber, record,
        recordFormat.line(record).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes finished records from the head of the window until at most {@code keep} remain. */
  private static void writeFinished(Deque<Future<Written>> window, int keep, RecordLog log,
      HashIndex succeeded, Progress shown, Totals totals) throws IOException {
    while (!window.isEmpty()) {
      Future<Written> head = window.peek();
      if (!head.isDone() && window.size() <= keep) {
        return;
      }
      Written written = await(head, shown, totals);
      window.remove();
      log.append(written.line);
      BulkRecord record = written.record;
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
      shown.update(totals.done + totals.failed, totals.failed);
    }
  }

  /** Waits for a record, keeping the progress display alive while it does. */
  private static Written await(Future<Written> future, Progress shown, Totals totals)
      throws IOException {
    while (true) {
      try {
        return future.get(500, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        shown.update(totals.done + totals.failed, totals.failed);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        // The task catches everything itself; this is a bug, and the run must not go on silently.
        throw new IllegalStateException("a bulk task failed", e.getCause());
      }
    }
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
