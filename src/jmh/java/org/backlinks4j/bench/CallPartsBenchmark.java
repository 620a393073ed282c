package org.backlinks4j.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.backlinks4j.Fixtures;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.model.SummaryEnvelope;
import org.backlinks4j.model.SummaryTaskRequest;
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
 * The steps the library adds to a call in {@link EndToEndBenchmark}, each alone and without a
 * socket, so that the report can say where the library's extra time per call goes.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class CallPartsBenchmark {
  private byte[] answer;
  private SummaryRequest request;
  private JsonAdapter<SummaryEnvelope> envelope;

  @Setup
  public void load() {
    answer = Fixtures.seedEnvelope().getBytes(StandardCharsets.UTF_8);
    request = EndToEndBenchmark.seedRequest();
    envelope = Wire.MOSHI.adapter(SummaryEnvelope.class);
  }

  /** The example's answer (about 3 KB) into the models, as Retrofit's Moshi converter does. */
  @Benchmark
  public SummaryEnvelope parseAnswer() throws IOException {
    return envelope.fromJson(new Buffer().write(answer));
  }

  /**
   * The same answer through Moshi's reader with every value skipped: the least any binding on
   * Moshi pays to read it, the floor under {@link #parseAnswer}.
   */
  @Benchmark
  public JsonReader.Token skipAnswer() throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(answer));
    reader.skipValue();
    return reader.peek();
  }

  /** The copy of the wire task that {@code summary()} hands to Retrofit. */
  @Benchmark
  public SummaryTaskRequest copyTask() {
    return request.toTask();
  }

  /** The task to JSON, as Retrofit's Moshi converter writes the body. */
  @Benchmark
  public String serializeTask() {
    return request.toJson();
  }
}
