package org.backlinks4j.bench;

import com.squareup.moshi.JsonAdapter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.EventListener;
import org.backlinks4j.Fixtures;
import org.backlinks4j.Summary;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.model.BacklinksStatusType;
import org.backlinks4j.micrometer.BacklinksMetrics;
import org.backlinks4j.model.SummaryEnvelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One summary call end to end, through the library and through raw OkHttp, against the same
 * fake server ({@link FakeDataForSeo}) answering with the documented example: what the binding
 * adds to a call (serializing the request, Retrofit, the auth interceptor, parsing into the
 * models, the status checks) next to the least a hand-written caller does (post prebuilt bytes,
 * read the body). Beside the library's call, the same call with an {@link EventListener} that
 * does nothing and with the Micrometer one ({@link BacklinksMetrics} on a
 * {@link SimpleMeterRegistry}): what listening to a call costs.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(2)
// The HTTP path has the most code for the JIT to compile: on a loaded 2-core machine its first
// seconds run up to 10x slower than the settled ones, so it warms up longer than the others.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class EndToEndBenchmark {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final JsonAdapter<SummaryEnvelope> ENVELOPES = Wire.MOSHI.adapter(SummaryEnvelope.class);

  private FakeDataForSeo server;
  private int bodyLength;
  private BacklinksClient library;
  private BacklinksClient noOpListener;
  private BacklinksClient micrometer;
  private SummaryRequest request;
  private OkHttpClient raw;
  private Request rawRequest;

  /** The request of the documented example (its task's {@code data}). */
  static SummaryRequest seedRequest() {
    List<Object> dofollow = Arrays.asList("dofollow", "=", true);
    return SummaryRequest.builder("explodingtopics.com")
        .internalListLimit(10)
        .includeSubdomains(true)
        .rawFilters(dofollow)
        .statusType(BacklinksStatusType.ALL)
        .build();
  }

  /**
   * The library's client for the benchmark.
   *
   * <p>Throttling: the client paces its calls to a rate window and a concurrency limit. At the
   * account's rate (DataForSEO's default is 10,000 calls a minute, about 6 ms a call) this benchmark
   * would measure the window, not the binding, so the builder sets a rate it cannot reach.
   * {@link BenchReport} warns when the library's call looks throttled.
   */
  static BacklinksClient libraryClient(HttpUrl baseUrl) {
    return libraryClientBuilder(baseUrl).build();
  }

  private static BacklinksClient.Builder libraryClientBuilder(HttpUrl baseUrl) {
    return BacklinksClient.builder()
        .credentials("bench-login", "bench-password")
        .baseUrl(baseUrl)
        // A rate the benchmark cannot reach: it measures the library's own cost per call, not the
        // quota's pacing (the quota harness measures that).
        .rateLimit(Integer.MAX_VALUE, 1, TimeUnit.SECONDS);
  }

  @Setup
  public void start() throws IOException {
    // The project's fake, answering every call with the same bytes. It keeps no request (a
    // benchmark makes hundreds of thousands) and checks none against the spec: the tests do that,
    // and here it would add the validator's cost to both sides of the comparison.
    server = FakeDataForSeo.start().recordRequests(false).checkRequests(false);
    String example = Fixtures.seedEnvelope();
    server.everyTarget().fixture(example);
    bodyLength = example.getBytes(StandardCharsets.UTF_8).length;
    HttpUrl baseUrl = HttpUrl.get(server.baseUrl());
    library = libraryClient(baseUrl);
    // A listener that overrides nothing: what telling the events costs the call path itself.
    noOpListener = libraryClientBuilder(baseUrl).eventListener(new EventListener() {
    }).build();
    micrometer = libraryClientBuilder(baseUrl)
        .eventListener(BacklinksMetrics.of(new SimpleMeterRegistry())).build();
    request = seedRequest();

    raw = new OkHttpClient();
    // The bytes the library sends for the same request, built once.
    byte[] body = ("[" + request.toJson() + "]").getBytes(StandardCharsets.UTF_8);
    rawRequest = new Request.Builder()
        .url(baseUrl.resolve("v3/backlinks/summary/live"))
        .header("Authorization", Credentials.basic("bench-login", "bench-password"))
        .post(RequestBody.create(body, JSON))
        .build();

    // Both sides must get the whole example back, or the comparison means nothing.
    if (!library().hasData() || !libraryNoOpListener().hasData()
        || !libraryMicrometer().hasData() || raw().length != bodyLength) {
      throw new IllegalStateException("the fake server did not answer with the example");
    }
  }

  @TearDown
  public void stop() throws IOException {
    // Each client built its OkHttp client: close() shuts down its threads and pool.
    for (BacklinksClient client : Arrays.asList(library, noOpListener, micrometer)) {
      client.close();
    }
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
    server.close();
  }

  /** {@link BacklinksClient#summary} on the example's request. */
  @Benchmark
  public Summary library() {
    return library.summary(request);
  }

  /** {@link #library()} with an {@link EventListener} that overrides nothing. */
  @Benchmark
  public Summary libraryNoOpListener() {
    return noOpListener.summary(request);
  }

  /** {@link #library()} with {@link BacklinksMetrics} recording into a {@link SimpleMeterRegistry}. */
  @Benchmark
  public Summary libraryMicrometer() {
    return micrometer.summary(request);
  }

  /**
   * The raw call, its body then parsed into the models by the library's own adapters: what any
   * binding that hands back these models must do at the least (no Retrofit, no checks, no quota).
   * The report sets it against {@link #raw} to show how much of the library's ratio is the parse.
   */
  @Benchmark
  public SummaryEnvelope rawThenParse() throws IOException {
    try (Response response = raw.newCall(rawRequest).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("HTTP " + response.code());
      }
      SummaryEnvelope envelope = ENVELOPES.fromJson(body.source());
      if (envelope == null) {
        throw new IOException("no envelope");
      }
      return envelope;
    }
  }

  /** The same POST with prebuilt bytes through a bare OkHttpClient, reading the whole body. */
  @Benchmark
  public byte[] raw() throws IOException {
    try (Response response = raw.newCall(rawRequest).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("HTTP " + response.code());
      }
      return body.bytes();
    }
  }
}
