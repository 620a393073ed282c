package org.backlinks4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backlinks4j.BulkPagesSummaryRequest;
import org.backlinks4j.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk run will do, counted before it sends anything: the input's targets, those resume
 * skips, those refused before sending, those to send, the calls they take and what the calls cost
 * by {@link Prices}. Every run prints its {@link #line()} and holds it against {@code --max-cost};
 * {@code --dry-run} prints {@link #describe} and stops there. The calls are counted by the same
 * checks and the same {@link PagesPlanner} as the run sends with, so they are the run's calls
 * (the run may add one for each call the service refuses because of one of its targets).
 */
final class RunPlan {
  final Endpoint endpoint;
  /** The input's targets: its lines that are neither blank nor comments. */
  final long targets;
  /** Targets with a successful record in the output already. */
  final long skipped;
  /** Targets refused before sending (invalid): each gets a failed record, nothing is sent. */
  final long refused;
  /** Targets to send. */
  final long toSend;
  /** The calls they take. */
  final long calls;
  /** What the calls cost by DataForSEO's prices, at most, in nano-dollars. */
  final long estimateNanos;

  private RunPlan(Endpoint endpoint, long targets, long skipped, long refused, long toSend,
      long calls, long estimateNanos) {
    this.endpoint = endpoint;
    this.targets = targets;
    this.skipped = skipped;
    this.refused = refused;
    this.toSend = toSend;
    this.calls = calls;
    this.estimateNanos = estimateNanos;
  }

  /**
   * Counts the plan of a run: reads {@code input} once.
   *
   * @param succeeded the hashes of the targets with a successful record
   * @param options the request options (checked already for the endpoint)
   */
  static RunPlan of(Path input, HashIndex succeeded, Endpoint endpoint, RequestOptions options)
      throws IOException {
    Counts counts = new Counts();
    PagesPlanner<Void> planner = endpoint == Endpoint.SUMMARY ? null : new PagesPlanner<>(
        options.bulkPagesSummaryOptions(), PagesPlanner.WINDOW,
        new PagesPlanner.Calls<Void>() {
          @Override
          public void call(BulkPagesSummaryRequest request, List<PagesPlanner.Group<Void>> groups) {
            counts.calls++;
            counts.estimateNanos += Prices.bulkPagesSummaryCall(request.targets().size());
          }

          @Override
          public void refused(Void payload, String target,
              InvalidRequestException e) {
            counts.toSend--;
            counts.refused++;
          }
        });
    try (InputTargets in = new InputTargets(input)) {
      while (in.next()) {
        String target = in.target();
        counts.targets++;
        if (succeeded.contains(HashIndex.hash(target))) {
          counts.skipped++;
        } else if (refusal(endpoint, options, target) != null) {
          counts.refused++;
        } else {
          counts.toSend++;
          if (planner == null) {
            counts.calls++;
            counts.estimateNanos += Prices.summaryCall();
          } else {
            planner.add(target, null);
          }
        }
      }
    }
    if (planner != null) {
      planner.flush();
    }
    return new RunPlan(endpoint, counts.targets, counts.skipped, counts.refused, counts.toSend,
        counts.calls, counts.estimateNanos);
  }

  /** The counts while the input is read. */
  private static final class Counts {
    long targets;
    long skipped;
    long refused;
    long toSend;
    long calls;
    long estimateNanos;
  }

  /**
   * Why {@code endpoint} refuses {@code target} with these options (the field and the rule), or
   * null when it can be sent: the one check the plan and the run both make.
   */
  static @Nullable String refusal(Endpoint endpoint, RequestOptions options, String target) {
    return endpoint == Endpoint.SUMMARY ? SummarySender.refusal(options, target)
        : PagesSender.refusal(target);
  }

  /** Targets that get a record in this run: those sent and those refused. */
  long pending() {
    return toSend + refused;
  }

  /** The line every run prints on stderr before it sends. */
  String line() {
    return String.format(Locale.ROOT, "bulk: to send %s in %s (%s), estimate %s (%s); skipped %d "
            + "(a successful record), refused %d (invalid, not sent)",
        count(toSend, "target"), count(calls, "call"), endpoint, Prices.format(estimateNanos),
        Prices.source(), skipped, refused);
  }

  /**
   * The plan as {@code --dry-run} prints it.
   *
   * @param output the output file the skips come from
   * @param maxCostNanos {@code --max-cost}, or null
   * @param other the same input through the other endpoint, or null when its options do not fit
   */
  List<String> describe(Path input, Path output, @Nullable Long maxCostNanos,
      @Nullable RunPlan other) {
    List<String> lines = new ArrayList<>();
    lines.add("bulk --dry-run: the plan; nothing sent, nothing written");
    lines.add(String.format(Locale.ROOT, "  input     %s in %s", count(targets, "target"), input));
    lines.add(String.format(Locale.ROOT, "  skip      %d with a successful record in %s (resume)",
        skipped, output));
    lines.add(String.format(Locale.ROOT, "  refuse    %d invalid: not sent, a failed record each",
        refused));
    lines.add(String.format(Locale.ROOT, "  send      %s in %s of --endpoint %s%s",
        count(toSend, "target"), count(calls, "call"), endpoint, endpoint == Endpoint.BULK_PAGES_SUMMARY
            ? " (up to " + BulkPagesSummaryRequest.MAX_TARGETS + " targets of "
                + BulkPagesSummaryRequest.MAX_MAIN_DOMAINS + " sites a call)" : " (one a target)"));
    lines.add(String.format(Locale.ROOT, "  estimate  %s at most, by %s", Prices.format(estimateNanos),
        Prices.source()));
    if (maxCostNanos != null) {
      lines.add(String.format(Locale.ROOT, "  max-cost  %s: %s", Prices.format(maxCostNanos),
          estimateNanos > maxCostNanos ? "the estimate is above it: the run would not start"
              : "the estimate is within it"));
    }
    if (other != null) {
      lines.add(String.format(Locale.ROOT, "  or        --endpoint %s: %s, %s", other.endpoint,
          count(other.calls, "call"), Prices.format(other.estimateNanos)));
    }
    return lines;
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
