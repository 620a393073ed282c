package org.backlinks4j.bench;

import java.util.concurrent.TimeUnit;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.model.BacklinksStatusType;
import org.backlinks4j.model.RankScale;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a request with an eight-condition filter and every option set, then serializing it to
 * the JSON that goes over the wire: the client-side cost of asking, which {@link BenchReport} sets
 * against a whole call through the library.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RequestBenchmark {
  /** The filter built with the typed DSL, through {@code filter}: the goal's measure. */
  @Benchmark
  public String dslFilter() {
    return withOptions().filter(EightConditionFilter.dsl()).build().toJson();
  }

  /** The filter as raw JSON values through {@code rawFilters}, which reads them into a filter. */
  @Benchmark
  public String rawFilter() {
    return withOptions().rawFilters(EightConditionFilter.raw()).build().toJson();
  }

  private static SummaryRequest.Builder withOptions() {
    return SummaryRequest.builder("explodingtopics.com")
        .includeSubdomains(true)
        .includeIndirectLinks(true)
        .excludeInternalBacklinks(true)
        .internalListLimit(1000)
        .statusType(BacklinksStatusType.LIVE)
        .rankScale(RankScale.ONE_HUNDRED)
        .tag("bench");
  }
}
