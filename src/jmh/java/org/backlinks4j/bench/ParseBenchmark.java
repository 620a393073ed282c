package org.backlinks4j.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.model.SummaryEnvelope;
import org.backlinks4j.model.SummaryResult;
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
 * Parsing the largest answer (six maps of 1000 entries) into the generated models with the
 * library's Moshi, next to a Moshi {@link JsonReader} pass that skips every value (it scans every
 * token and decodes and builds nothing): the floor any JSON binding on Okio starts from.
 *
 * <p>{@link #decodeEveryValue} sits between the two, to split the models' cost into reading the
 * values (names to strings, numbers to numbers) and building the objects that hold them.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ParseBenchmark {
  private byte[] json;
  private JsonAdapter<SummaryEnvelope> adapter;

  @Setup
  public void load() throws IOException {
    json = LargestResponse.bytes();
    adapter = Wire.MOSHI.adapter(SummaryEnvelope.class);
    // Fail fast if the fixture is not what it claims to be.
    SummaryResult result = models().getTasks().get(0).getResult().get(0);
    List<Map<String, Long>> maps = List.of(result.getReferringLinksTld(),
        result.getReferringLinksTypes(), result.getReferringLinksAttributes(),
        result.getReferringLinksPlatformTypes(), result.getReferringLinksSemanticLocations(),
        result.getReferringLinksCountries());
    for (Map<String, Long> map : maps) {
      if (map.size() != LargestResponse.ENTRIES) {
        throw new IllegalStateException("a map of the fixture holds " + map.size() + " entries");
      }
    }
  }

  /** The whole answer into {@code SummaryEnvelope} and the models under it. */
  @Benchmark
  public SummaryEnvelope models() throws IOException {
    return adapter.fromJson(new Buffer().write(json));
  }

  /** The same bytes through Moshi's reader, every value skipped. */
  @Benchmark
  public JsonReader.Token skipEveryValue() throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(json));
    reader.skipValue();
    return reader.peek();
  }

  /** The same bytes through Moshi's reader, every name and value decoded, nothing kept. */
  @Benchmark
  public long decodeEveryValue() throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(json));
    return decode(reader);
  }

  private static long decode(JsonReader reader) throws IOException {
    long checksum = 0;
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        reader.beginObject();
        while (reader.hasNext()) {
          checksum += reader.nextName().length() + decode(reader);
        }
        reader.endObject();
        return checksum;
      case BEGIN_ARRAY:
        reader.beginArray();
        while (reader.hasNext()) {
          checksum += decode(reader);
        }
        reader.endArray();
        return checksum;
      case STRING:
        return reader.nextString().length();
      case NUMBER:
        return (long) reader.nextDouble();
      case BOOLEAN:
        return reader.nextBoolean() ? 1 : 0;
      case NULL:
        reader.nextNull();
        return 0;
      default:
        throw new IllegalStateException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }
}
