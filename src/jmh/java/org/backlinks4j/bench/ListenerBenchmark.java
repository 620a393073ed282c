package org.backlinks4j.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.backlinks4j.CallEventsDriver;
import org.backlinks4j.EventListener;
import org.backlinks4j.micrometer.BacklinksMetrics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the events of one successful call cost, without a socket: the call path's own part (the
 * clock readings, the guards, the object the events are about) with the default listener, with
 * one that overrides nothing, and with the Micrometer one on a {@link SimpleMeterRegistry}. The
 * report sets each against {@link EndToEndBenchmark#library}, whose noise on a shared machine is
 * larger than the difference it would have to show.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class ListenerBenchmark {
  private EventListener noOp;
  private EventListener micrometer;

  @Setup
  public void listeners() {
    noOp = new EventListener() {
    };
    micrometer = BacklinksMetrics.of(new SimpleMeterRegistry());
  }

  /** The events with {@link EventListener#NONE}, the client's default. */
  @Benchmark
  public Object none() {
    return CallEventsDriver.oneCall(EventListener.NONE);
  }

  /** The events with a listener that overrides nothing. */
  @Benchmark
  public Object noOpListener() {
    return CallEventsDriver.oneCall(noOp);
  }

  /** The events recorded by {@link BacklinksMetrics}. */
  @Benchmark
  public Object micrometer() {
    return CallEventsDriver.oneCall(micrometer);
  }
}
