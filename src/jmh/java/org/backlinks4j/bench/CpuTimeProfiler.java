package org.backlinks4j.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.Collections;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time the benchmark's JVM spends per operation, all threads counted (the benchmark
 * thread, the loopback server's, OkHttp's, the garbage collector's, the JIT's): a figure that a
 * busy machine changes far less than the wall-clock time per operation, since time spent waiting
 * for a core is not counted. {@link BenchReport} prints the goal ratios in both.
 *
 * <p>JMH has no such profiler of its own ({@code -prof gc} counts bytes, {@code -prof stack}
 * samples): this one reads {@code getProcessCpuTime()} around each iteration.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  /** The secondary result's name, as JMH prints it after the benchmark's. */
  static final String NAME = "cpu.time.norm";

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long start;

  @Override
  public String getDescription() {
    return "process CPU time per operation, all threads";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = os.getProcessCpuTime();
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH's interface names the raw Result type
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long cpu = os.getProcessCpuTime() - start;
    long ops = result.getMetadata().getAllOps();
    if (ops <= 0 || cpu < 0) {
      return Collections.emptyList();
    }
    return Collections.singletonList(
        new ScalarResult(NAME, cpu / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
  }
}
