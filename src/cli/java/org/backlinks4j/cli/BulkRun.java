package org.backlinks4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.backlinks4j.AccountException;
import org.backlinks4j.AuthenticationException;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * The sending of one bulk run, and its bookkeeping: the connection and the endpoint's sender,
 * opened with the first target to send; the pending targets sent and their records appended as
 * calls end; why sending stopped, if it did; and the totals the closing line tells.
 *
 * <p>Calls go out asynchronously: the library's quota paces them, and a call that waits for the
 * quota or for a retry holds no thread. The sender says how many targets may be outstanding
 * ({@link TargetSender#isFull}): enough to keep the quota's slots busy (summary), or a batch
 * window filling while the last one's calls are out (bulk_pages_summary). A call that waits to
 * be retried holds no slot, and another goes out in its place. So a slow target holds its own
 * slot, a retried one none, and nothing waits for the oldest record. Memory stays bounded by the
 * outstanding targets, however long the input.
 */
final class BulkRun {
  /** The run's options: input, endpoint, request and connection options, environment. */
  private final BulkCommand options;
  private final PrintWriter err;
  final RunTotals totals = new RunTotals();

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

  BulkRun(BulkCommand options, PrintWriter err) {
    this.options = options;
    this.err = err;
  }

  /**
   * The connection, opened the first time it is asked for, with the sender to the endpoint.
   *
   * @throws IllegalArgumentException when it cannot open (say, no credentials): nothing was sent
   */
  Connection connection() throws IOException {
    sender();
    return java.util.Objects.requireNonNull(connection, "connection");
  }

  /** Why sending stopped, other than the output's failure; null when it did not. */
  @Nullable String stopped() {
    return stopped;
  }

  /** The output's failure that stopped sending; null when there was none. */
  @Nullable OutputFailure outputFailure() {
    return outputFailure;
  }

  /** The calls answered so far. */
  long callsAnswered() {
    return sender == null ? 0 : sender.callsAnswered();
  }

  /** What the sender has to tell at the end, or null. */
  @Nullable String note() {
    return sender == null ? null : sender.note();
  }

  /** Closes the connection, if it was opened, and counts what its calls cost. */
  void close() {
    Connection open = connection;
    if (open != null) {
      totals.spent = open.totalCost();
      open.close();
    }
  }

  /** Closes the log; a failure to do so (the last force to disk) is the output's failure. */
  void closeLog(RecordLog log) {
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
  void closeOnSignal(RecordLog log, Path output, long start) {
    log.stop();
    Connection open = connection;
    err.println(totals.signalLine(log.records(), output, open == null ? 0 : open.inFlight(), start));
    err.flush();
  }

  /** The sender to the endpoint, with the connection it opens the first time. */
  private TargetSender sender() throws IOException {
    if (sender == null) {
      Connection open = options.connectionOptions.open(options.env, err);
      connection = open;
      SpendingLimit limit = options.connectionOptions.maxCostNanos() == null ? SpendingLimit.NONE
          : new SpendingLimit(options.connectionOptions.maxCostNanos());
      sender = options.endpoint == Endpoint.SUMMARY ? new SummarySender(open, options.requestOptions, limit)
          : new PagesSender(open, options.requestOptions.bulkPagesSummaryOptions(), limit);
    }
    return sender;
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
   */
  void send(RecordLog log, RecordFormat recordFormat, HashIndex succeeded, Progress shown)
      throws IOException {
    BlockingQueue<Written> finished = new LinkedBlockingQueue<>();
    int outstanding = 0; // sent, and their records not written yet
    try (InputTargets in = new InputTargets(options.input)) {
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
        String refusal = RunPlan.refusal(options.endpoint, options.requestOptions, target);
        if (refusal != null) {
          BulkRecord record = BulkRecord.invalid(target, options.endpoint, refusal);
          write(written(recordFormat, in.lineNumber(), record), log, succeeded, shown);
          continue;
        }
        TargetSender open = sender();
        while (open.isFull(outstanding)) {
          outstanding -= writeNext(finished, log, succeeded, shown);
        }
        if (outputFailure != null) {
          break; // a write failed while this target waited for a slot: it is not sent
        }
        send(open, recordFormat, in.lineNumber(), target, finished);
        outstanding++;
        for (Written done; (done = finished.poll()) != null; outstanding--) {
          write(done, log, succeeded, shown);
        }
      }
    }
    if (sender != null) {
      sender.endOfInput(stopped == null && outputFailure == null);
    }
    while (outstanding > 0) {
      outstanding -= writeNext(finished, log, succeeded, shown);
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
              ? BulkRecord.invalid(target, options.endpoint, ((InvalidRequestException) cause).statusMessage())
              : cause instanceof BacklinksException
              ? BulkRecord.failure(target, options.endpoint, (BacklinksException) cause)
              // Whatever went wrong, the target gets a record: a bulk run never loses one.
              : BulkRecord.failure(target, options.endpoint, 0, "unexpected failure: " + cause);
        }
        done = written(recordFormat, lineNumber, record);
      } catch (RuntimeException e) {
        done = written(recordFormat, lineNumber,
            BulkRecord.failure(target, options.endpoint, 0, "unexpected failure: " + e));
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
      Progress shown) throws IOException {
    Written done;
    try {
      done = finished.poll(100, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (done == null) {
      showProgress(shown);
      return 0;
    }
    write(done, log, succeeded, shown);
    return 1;
  }

  private void write(Written written, RecordLog log, HashIndex succeeded, Progress shown) {
    BulkRecord record = written.record;
    if (record == null) {
      return; // never sent: no record
    }
    if (!append(log, written, record)) {
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
    showProgress(shown);
  }

  /**
   * Appends a record. The first write that fails stops sending at once: the quota is closed, so
   * calls waiting for their turn or for a retry end unsent, and the calls in flight finish; their
   * records are still tried, and kept if the disk takes them. The user is told at the end.
   *
   * @return whether the record is in the file
   */
  private boolean append(RecordLog log, Written written, BulkRecord record) {
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

  private void showProgress(Progress shown) {
    Connection open = connection;
    shown.update(totals.done + totals.failed, totals.failed, callsAnswered(),
        open == null ? 0 : open.inFlight(), open == null ? 0 : open.waitingToRetry());
  }
}
