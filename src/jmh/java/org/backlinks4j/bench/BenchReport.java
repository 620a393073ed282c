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
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark in one JMH run, prints JMH's table, then the ratios the project's goals are
 * set in, each taken from that one run, with pass or fail.
 *
 * <p>Arguments are JMH's own ({@code -prof gc}, {@code -f 2}, a benchmark regex, ...); unset ones
 * default to a short run: one fork, 3 warm-up and 5 measured iterations of 1 s. Exits 0 when every
 * goal whose benchmarks ran is met, 3 when one is missed.
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
    if (!cli.getForkCount().hasValue()) {
      options.forks(1);
    }
    if (!cli.getWarmupIterations().hasValue()) {
      options.warmupIterations(3);
    }
    if (!cli.getWarmupTime().hasValue()) {
      options.warmupTime(TimeValue.seconds(1));
    }
    if (!cli.getMeasurementIterations().hasValue()) {
      options.measurementIterations(5);
    }
    if (!cli.getMeasurementTime().hasValue()) {
      options.measurementTime(TimeValue.seconds(1));
    }
    if (!cli.getResult().hasValue()) {
      options.result("target/bench/jmh-result.json").resultFormat(ResultFormatType.JSON);
    }
    Collection<RunResult> results = new Runner(options.build()).run();

    Map<String, Result<?>> scores = new HashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      scores.put(name.startsWith(PACKAGE) ? name.substring(PACKAGE.length()) : name,
          result.getPrimaryResult());
    }

    System.out.println();
    System.out.println("Ratios (one run; the range comes from JMH's 99.9% error bars):");
    boolean allMet = true;
    allMet &= goal(scores, "end to end, library / raw OkHttp",
        "EndToEndBenchmark.library", "EndToEndBenchmark.raw", 1.2, false);
    allMet &= goal(scores, "parse largest answer, models / skip every value",
        "ParseBenchmark.models", "ParseBenchmark.skipEveryValue", 3.0, false);
    allMet &= goal(scores, "build + serialize 8-condition request / end-to-end library call",
        "RequestBenchmark.rawFilter", "EndToEndBenchmark.library", 0.05, true);
    warnIfThrottled(scores);
    System.exit(allMet ? 0 : 3);
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
   * A rate window in the client's call path, left at DataForSEO's 2000 calls a minute, makes each
   * call wait about 30 ms: then the end-to-end figures measure the window, not the binding.
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
