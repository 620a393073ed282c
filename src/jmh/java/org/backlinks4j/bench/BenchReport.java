package org.backlinks4j.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark in one JMH run, prints JMH's table, then the ratios the project's goals are
 * set in, each taken from that one run, with pass or fail.
 *
 * <p>Arguments are JMH's own ({@code -prof gc}, {@code -f 3}, a benchmark regex, ...); unset ones
 * take the benchmarks' annotations: two forks (one fork's JIT can land 1.5x off another's on this
 * machine), 5 measured iterations of 1 s each, after 5 warm-up ones of 1 s (10 of 2 s for the
 * HTTP calls). Exits 0 when every goal whose benchmarks ran is met, 3
 * when one is missed.
 */
public final class BenchReport {
  private static final String PACKAGE = BenchReport.class.getPackageName() + ".";

  private BenchReport() {
  }

  /**
   * Runs the benchmarks and prints the report.
   *
   * @param args JMH command-line options
   * @throws Exception when JMH cannot run
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
    if (cli.getIncludes().isEmpty()) {
      options.include(PACKAGE.replace(".", "\\.") + ".*Benchmark\\.");
    }
    // Wall-clock time per operation is what the goals are set in; on a shared machine it also counts
    // the waits for a core, so the report gives the ratios in CPU time per operation as well.
    options.addProfiler(CpuTimeProfiler.class);
    if (!cli.getResult().hasValue()) {
      options.result("target/bench/jmh-result.json").resultFormat(ResultFormatType.JSON);
    }
    Collection<RunResult> results = new Runner(options.build()).run();

    Map<String, Result<?>> wallClock = new HashMap<>();
    Map<String, Result<?>> cpu = new HashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name = name.startsWith(PACKAGE) ? name.substring(PACKAGE.length()) : name;
      wallClock.put(name, result.getPrimaryResult());
      Result<?> cpuTime = result.getSecondaryResults().get(CpuTimeProfiler.NAME);
      if (cpuTime != null) {
        cpu.put(name, cpuTime);
      }
    }

    System.out.println();
    System.out.println("Ratios of wall-clock time per op, the goals' measure (one run; the range"
        + " comes from JMH's 99.9% error bars):");
    boolean allMet = goals(wallClock);
    System.out.println();
    System.out.println("The same ratios in process CPU time per op (" + CpuTimeProfiler.NAME
        + "), which a busy machine disturbs less:");
    goals(cpu);
    listeners(wallClock, "wall-clock");
    listeners(cpu, "CPU");
    parts(wallClock, "wall-clock");
    parts(cpu, "CPU");
    warnIfThrottled(wallClock);
    System.exit(allMet ? 0 : 3);
  }

  /** What an event listener adds to the library's call: ratios with their range, not goals. */
  private static void listeners(Map<String, Result<?>> scores, String measure) {
    Result<?> library = scores.get("EndToEndBenchmark.library");
    if (library == null) {
      return;
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "An event listener on the end-to-end call, %s time per op:%n",
        measure);
    for (String listener : new String[] {"libraryNoOpListener", "libraryMicrometer"}) {
      Result<?> with = scores.get("EndToEndBenchmark." + listener);
      if (with != null) {
        ratio("  " + listener, with, library);
      }
    }
    // The same events without a socket (ListenerBenchmark): nanoseconds the end-to-end noise hides.
    for (String events : new String[] {"none", "noOpListener", "micrometer"}) {
      Result<?> alone = scores.get("ListenerBenchmark." + events);
      if (alone == null) {
        continue;
      }
      double perUnit = toMillis(alone) / alone.getScore(); // ms per unit of the score
      System.out.printf(Locale.ROOT, "  one call's events, %-13s %.0f ± %.0f ns: %.3f %% of the"
              + " library's call%n", events, alone.getScore() * perUnit * 1e6,
          finite(alone.getScoreError()) * perUnit * 1e6, 100 * toMillis(alone) / toMillis(library));
    }
  }

  /** One ratio with the range JMH's error bars allow. */
  private static void ratio(String what, Result<?> with, Result<?> without) {
    double low = Math.max(0, (with.getScore() - finite(with.getScoreError()))
        / (without.getScore() + finite(without.getScoreError())));
    double lowDenominator = without.getScore() - finite(without.getScoreError());
    double high = lowDenominator > 0
        ? (with.getScore() + finite(with.getScoreError())) / lowDenominator
        : Double.POSITIVE_INFINITY;
    System.out.printf(Locale.ROOT, "%-22s %.2f ± %.2f %s, %.3f x %.2f ± %.2f without (%s .. %s)%n",
        what, with.getScore(), finite(with.getScoreError()), with.getScoreUnit(),
        with.getScore() / without.getScore(), without.getScore(),
        finite(without.getScoreError()), format(low, false), format(high, false));
  }

  /** What the library adds to a call, next to the steps that make it up, each measured alone. */
  private static void parts(Map<String, Result<?>> scores, String measure) {
    Result<?> library = scores.get("EndToEndBenchmark.library");
    Result<?> raw = scores.get("EndToEndBenchmark.raw");
    Result<?> parse = scores.get("CallPartsBenchmark.parseAnswer");
    Result<?> copy = scores.get("CallPartsBenchmark.copyTask");
    Result<?> serialize = scores.get("CallPartsBenchmark.serializeTask");
    if (library == null || raw == null || parse == null || copy == null || serialize == null) {
      return;
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "Where the library's extra %s time per call goes (%s):%n",
        measure, library.getScoreUnit());
    System.out.printf(Locale.ROOT, "  library call - raw call             %8.2f%n",
        library.getScore() - raw.getScore());
    System.out.printf(Locale.ROOT, "  parse the answer into the models    %8.2f%n", parse.getScore());
    System.out.printf(Locale.ROOT, "  copy the request's task             %8.2f%n", copy.getScore());
    System.out.printf(Locale.ROOT, "  serialize the task                  %8.2f%n", serialize.getScore());
    System.out.printf(Locale.ROOT, "  rest (Retrofit, interceptor, checks)%8.2f%n",
        library.getScore() - raw.getScore() - parse.getScore() - copy.getScore()
            - serialize.getScore());
    Result<?> parsed = scores.get("EndToEndBenchmark.rawThenParse");
    if (parsed != null) {
      System.out.printf(Locale.ROOT, "  (the raw call with its body parsed into the models, end to end:"
          + " %.2f, %.2f x the raw call: the part of the ratio any binding returning these models"
          + " pays)%n", parsed.getScore(), parsed.getScore() / raw.getScore());
    }
    Result<?> skip = scores.get("CallPartsBenchmark.skipAnswer");
    if (skip != null) {
      // The parse cannot cost less than Moshi's own scan of the bytes, so no binding that reads the
      // answer with Moshi can bring the end-to-end ratio below this, whatever else it does.
      System.out.printf(Locale.ROOT, "  (Moshi's scan of the answer alone, every value skipped: %.2f;"
          + " so the least end-to-end ratio a binding reading it with Moshi could reach in this"
          + " run is (raw + scan) / raw = %.2f)%n", skip.getScore(),
          (raw.getScore() + skip.getScore()) / raw.getScore());
    }
  }

  private static boolean goals(Map<String, Result<?>> scores) {
    boolean allMet = true;
    allMet &= goal(scores, "end to end, library / raw OkHttp",
        "EndToEndBenchmark.library", "EndToEndBenchmark.raw", 1.2, false);
    allMet &= goal(scores, "parse largest answer, models / skip every value",
        "ParseBenchmark.models", "ParseBenchmark.skipEveryValue", 3.0, false);
    allMet &= goal(scores, "build + serialize 8-condition request (DSL) / end-to-end library call",
        "RequestBenchmark.dslFilter", "EndToEndBenchmark.library", 0.05, true);
    // The raw-JSON way to the same request, for comparison: not a goal of its own.
    goal(scores, "  the same with raw JSON filters (for comparison)",
        "RequestBenchmark.rawFilter", "EndToEndBenchmark.library", 0.05, true);
    return allMet;
  }

  /** Prints one ratio against its goal; true when it is met or its benchmarks did not run. */
  private static boolean goal(Map<String, Result<?>> scores, String what, String numerator,
      String denominator, double atMost, boolean asShare) {
    Result<?> a = scores.get(numerator);
    Result<?> b = scores.get(denominator);
    if (a == null || b == null) {
      System.out.printf(Locale.ROOT, "  %-66s not run%n", what);
      return true;
    }
    if (!a.getScoreUnit().equals(b.getScoreUnit())) {
      throw new IllegalStateException(numerator + " and " + denominator + " differ in unit");
    }
    double ratio = a.getScore() / b.getScore();
    double low = Math.max(0,
        (a.getScore() - finite(a.getScoreError())) / (b.getScore() + finite(b.getScoreError())));
    double highDenominator = b.getScore() - finite(b.getScoreError());
    double high = highDenominator > 0
        ? (a.getScore() + finite(a.getScoreError())) / highDenominator
        : Double.POSITIVE_INFINITY;
    boolean met = ratio <= atMost;
    System.out.printf(Locale.ROOT, "  %-66s %s  (%s .. %s)  goal <= %s  %s%n", what,
        format(ratio, asShare), format(low, asShare), format(high, asShare),
        format(atMost, asShare), met ? "PASS" : "FAIL");
    System.out.printf(Locale.ROOT, "      %s %.2f %s, %s %.2f %s%n", numerator, a.getScore(),
        a.getScoreUnit(), denominator, b.getScore(), b.getScoreUnit());
    return met;
  }

  /**
   * A rate window left in the client's call path makes each call wait for it (about 6 ms at
   * DataForSEO's default 10,000 calls a minute, 30 ms at 2000): then the end-to-end figures measure
   * the window, not the binding.
   */
  private static void warnIfThrottled(Map<String, Result<?>> scores) {
    Result<?> library = scores.get("EndToEndBenchmark.library");
    Result<?> raw = scores.get("EndToEndBenchmark.raw");
    if (library != null && raw != null && library.getScore() > 5 * raw.getScore()
        && toMillis(library) > 10) {
      System.out.println("  WARNING: the library call takes over 10 ms and 5x the raw call: the"
          + " client is probably throttled; set a rate it cannot reach in"
          + " EndToEndBenchmark.libraryClient");
    }
  }

  private static double toMillis(Result<?> result) {
    String unit = result.getScoreUnit();
    TimeUnit timeUnit = unit.startsWith("us") ? TimeUnit.MICROSECONDS
        : unit.startsWith("ns") ? TimeUnit.NANOSECONDS
        : unit.startsWith("ms") ? TimeUnit.MILLISECONDS : TimeUnit.SECONDS;
    return result.getScore() * timeUnit.toNanos(1) / 1e6;
  }

  private static double finite(double error) {
    return Double.isNaN(error) ? 0 : error;
  }

  private static String format(double value, boolean asShare) {
    if (Double.isInfinite(value)) {
      return "inf";
    }
    return asShare
        ? String.format(Locale.ROOT, "%.1f%%", value * 100)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
