package org.backlinks4j.fake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * How {@link FakeDataForSeo} answers the calls about one target (or, for
 * {@link FakeDataForSeo#everyTarget()}, about every target without a rule of its own). Each method
 * sets one aspect and returns this rule, to chain; an answer method replaces the previous answer.
 * A target's rule starts as a copy of the every-target rule as it is then (answer, delays, hold).
 * Rules may be changed while calls run: each call reads the rule as it is when the call arrives.
 *
 * <pre>{@code
 * fake.target("slow.com").delay(300, MILLISECONDS);
 * fake.target("flaky.com").failFirst(1, 40202);          // 40202 once, then the example
 * fake.target("empty.com").noData();
 * fake.target("cut.com").disconnectMidAnswer();
 * fake.target("bad.com").refuse();                       // 40501 naming it, alone or in a batch
 * }</pre>
 *
 * <p><b>In a bulk_pages_summary call</b> the rule of each target of the batch is asked what it
 * makes of the call; each method says. In short: data answers (the example, a fixture, per-target
 * envelopes, no data) give the target's item or none; a task status, {@link #refuse()} and
 * {@link #failFirst} fail the whole task (a 40501 naming the target); an envelope status fails
 * the whole envelope; a proxy page, an unreadable body, silence, a redirect and a huge answer are
 * the whole call's answer; a disconnect or a trickle gives the target's item and cuts or slows the
 * whole answer; the call waits for the longest delay and every hold of its targets. Every target
 * of a batch counts the call against its {@link #failFirst} even when another target's rule
 * decides the answer.
 */
public final class TargetRule {
  /** Builds the answer about a target: the part of a rule that says what is sent. */
  interface Answer {
    /** The answer to a summary call about {@code target}. */
    MockResponse to(String target);

    /** What {@code target} makes of a bulk_pages_summary call naming it. */
    BatchPart inBatch(String target);
  }

  private static final String HTML_PAGE = "<html><head><title>502 Bad Gateway</title></head>"
      + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

  private volatile long delayNanos;
  private volatile long jitterNanos;
  private volatile @Nullable CountDownLatch hold;
  private volatile Answer answer;
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile int failureCode;

  TargetRule() {
    example();
  }

  /** A target's new rule: it answers, waits and holds as {@code every} does now; fails nothing. */
  TargetRule(TargetRule every) {
    this.delayNanos = every.delayNanos;
    this.jitterNanos = every.jitterNanos;
    this.hold = every.hold;
    this.answer = every.answer;
  }

  /**
   * Answers each call this long after it arrived (the service's latency). Without a delay, answers
   * leave at once.
   *
   * @param amount the delay, 0 for none
   * @param unit its unit
   * @return this rule
   */
  public TargetRule delay(long amount, TimeUnit unit) {
    if (amount < 0) {
      throw new IllegalArgumentException("delay < 0: " + amount);
    }
    this.delayNanos = unit.toNanos(amount);
    return this;
  }

  /**
   * Adds a random delay, from 0 to {@code max}, to each answer's delay: calls then finish out of
   * the order they were sent in.
   *
   * @param max the largest extra delay, 0 for none
   * @param unit its unit
   * @return this rule
   */
  public TargetRule delayUpTo(long max, TimeUnit unit) {
    if (max < 0) {
      throw new IllegalArgumentException("max < 0: " + max);
    }
    this.jitterNanos = unit.toNanos(max);
    return this;
  }

  long delayNanos() {
    long jitter = jitterNanos;
    return delayNanos + (jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(jitter + 1));
  }

  /**
   * Keeps each call in flight until {@code release} opens, after its delay: a test makes calls
   * overlap for sure, without timing them.
   *
   * @param release the latch to wait for, null to hold nothing
   * @return this rule
   */
  public TargetRule holdUntil(@Nullable CountDownLatch release) {
    this.hold = release;
    return this;
  }

  /** Waits for the rule's latch, if it has one. */
  void awaitRelease() throws InterruptedException {
    CountDownLatch latch = hold;
    if (latch != null) {
      latch.await();
    }
  }

  /**
   * Answers with DataForSEO's documented example (explodingtopics.com), re-labelled with the
   * requested target and a fresh task id. This is what a new rule does.
   *
   * @return this rule
   */
  public TargetRule example() {
    return answer(target -> json(200, Envelopes.example(target)),
        target -> new BatchPart.Item(Envelopes.exampleItemRest()));
  }

  /**
   * Answers with the documented envelope around this result: one task, 20000, this object its one
   * result, as the service answers a summary call; the quickest way to say what a target has.
   * In a batch, the target's item is made of it (its {@code url} the target as sent).
   *
   * <pre>{@code
   * fake.target("a.com").result("{\"target\":\"a.com\",\"rank\":500,\"backlinks\":1234}");
   * }</pre>
   *
   * @param resultJson a summary result, a JSON object
   * @return this rule
   * @throws IllegalArgumentException if {@code resultJson} is not a JSON object
   */
  public TargetRule result(String resultJson) {
    Objects.requireNonNull(resultJson, "resultJson == null");
    String result = Envelopes.compactObject(resultJson);
    return envelopes(target -> Envelopes.withResult(target, result));
  }

  /**
   * Answers with this envelope, as is, in an HTTP 200 JSON answer. In a batch, the envelope
   * stands for the target: its first result is the target's item (its url the target as sent), a
   * failed task or envelope fails the batch's; a body the fake cannot read as a summary envelope is
   * the whole call's answer, as is.
   *
   * @param envelopeJson the whole answer body
   * @return this rule
   */
  public TargetRule fixture(String envelopeJson) {
    Objects.requireNonNull(envelopeJson, "envelopeJson == null");
    byte[] bytes = envelopeJson.getBytes(StandardCharsets.UTF_8);
    // A Buffer's segments are shared by clone(): serving the same bytes costs no copy per call.
    Buffer body = new Buffer().write(bytes);
    Function<String, MockResponse> summary = target -> new MockResponse()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body.clone());
    // Read once, on the first batch that needs it: a test may set a fixture no batch ever reads.
    AtomicReference<Optional<BatchPart>> part = new AtomicReference<>();
    return answer(summary, target -> {
      Optional<BatchPart> read = part.get();
      if (read == null) {
        read = Optional.ofNullable(Envelopes.partOf(target, envelopeJson));
        part.set(read);
      }
      if (read.isEmpty()) {
        return new BatchPart.WholeCall(summary.apply(target)); // unreadable: served as is
      }
      // A 40501 names its target: read for one target, it is re-made for this one.
      return read.get() instanceof BatchPart.TaskFailure failure && failure.code() == 40501
          ? new BatchPart.TaskFailure(40501, Envelopes.refused(target)) : read.get();
    });
  }

  /**
   * Answers each call with the envelope {@code envelopeOf} makes for its target, in an HTTP 200
   * JSON answer: per-target JSON. In a batch, each target's envelope stands for it, as a
   * {@link #fixture} does.
   *
   * @param envelopeOf the whole answer body, given the requested target
   * @return this rule
   */
  public TargetRule envelopes(Function<String, String> envelopeOf) {
    Objects.requireNonNull(envelopeOf, "envelopeOf == null");
    return answer(target -> json(200, envelopeOf.apply(target)), target -> {
      String envelope = envelopeOf.apply(target);
      BatchPart part = Envelopes.partOf(target, envelope);
      return part != null ? part : new BatchPart.WholeCall(json(200, envelope));
    });
  }

  /**
   * Answers as the service does when it has no data: task 20000 with {@code result: null} and
   * {@code result_count: 0}. In a batch, the target gets no item.
   *
   * @return this rule
   */
  public TargetRule noData() {
    return answer(target -> json(200, Envelopes.noData(target)), target -> BatchPart.Item.NONE);
  }

  /**
   * Answers HTTP 200 with a task that failed with {@code code} and the service's message for it.
   * In a batch, the whole task fails so; a 40501 names the target, as {@link #refuse()} does.
   *
   * @param code a DataForSEO status code, e.g. 40501
   * @return this rule
   */
  public TargetRule taskStatus(int code) {
    return answer(target -> json(200, Envelopes.taskStatus(target, code, Envelopes.message(code))),
        target -> failure(target, code));
  }

  /**
   * Refuses the target as the service refuses an invalid one: task 40501
   * {@code Invalid Field: 'target' (TARGET).}, costing nothing. In a batch, the whole task fails
   * so, naming this target.
   *
   * @return this rule
   */
  public TargetRule refuse() {
    return answer(target -> json(200, Envelopes.taskStatus(target, 40501, Envelopes.refused(target))),
        target -> failure(target, 40501));
  }

  /**
   * Answers with an envelope whose own status is {@code code} and no tasks, with the HTTP status
   * the service sends with it (401 for 40100, 402 for 40200, 404 for 404xx, 500 for 50000, else
   * 200). In a batch, the whole envelope fails so.
   *
   * @param code a DataForSEO status code, e.g. 40100
   * @return this rule
   */
  public TargetRule envelopeStatus(int code) {
    return answer(target -> json(Envelopes.httpStatusOf(code),
        Envelopes.envelopeStatus(code, Envelopes.message(code))),
        target -> new BatchPart.EnvelopeFailure(code, Envelopes.message(code)));
  }

  /**
   * Answers this HTTP status with a proxy's HTML page, as a gateway between client and service
   * does (the service itself never sends HTML). In a batch, it is the whole call's answer.
   *
   * @param status the HTTP status, e.g. 502
   * @return this rule
   */
  public TargetRule htmlPage(int status) {
    return wholeCall(target -> new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "text/html")
        .setBody(HTML_PAGE));
  }

  /**
   * Answers HTTP 200 "application/json" with a body that is not JSON. In a batch, it is the whole
   * call's answer.
   *
   * @return this rule
   */
  public TargetRule unreadableBody() {
    return wholeCall(target -> new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setBody("{\"version\":\"0.1.20230825\",\"status_code\":200\u0000<<garbled"));
  }

  /**
   * Reads the request and never answers, keeping the connection open: a call that stays in flight
   * until the client gives up or the fake stops. In a batch, the whole call gets no answer.
   *
   * @return this rule
   */
  public TargetRule noAnswer() {
    return wholeCall(target -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
  }

  /**
   * Starts the documented example and closes the connection halfway through its body. In a
   * batch, the target has the example's item and the whole answer is cut halfway so.
   *
   * @return this rule
   */
  public TargetRule disconnectMidAnswer() {
    return answer(target -> json(200, Envelopes.example(target))
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY),
        target -> new BatchPart.Shaped(new BatchPart.Item(Envelopes.exampleItemRest()),
            response -> response.setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY)));
  }

  /**
   * Sends the headers of the documented example at once, then its body one byte per period: a
   * stalled connection that is never quite idle. In a batch, the target has the example's item
   * and the whole answer trickles so.
   *
   * @param period the time between two bytes
   * @param unit its unit
   * @return this rule
   */
  public TargetRule trickle(long period, TimeUnit unit) {
    return answer(target -> json(200, Envelopes.example(target)).throttleBody(1, period, unit),
        target -> new BatchPart.Shaped(new BatchPart.Item(Envelopes.exampleItemRest()),
            response -> response.throttleBody(1, period, unit)));
  }

  /**
   * Answers with a redirect. In a batch, it is the whole call's answer.
   *
   * @param status a 3xx status, e.g. 302
   * @param location the {@code Location} header
   * @return this rule
   */
  public TargetRule redirect(int status, String location) {
    Objects.requireNonNull(location, "location == null");
    return wholeCall(target -> new MockResponse().setResponseCode(status).setHeader("Location", location));
  }

  /**
   * Answers HTTP 200 JSON with a valid envelope of {@code bytes} bytes (a long string field pads
   * it), streamed: every 8 KiB segment of the body shares one array, so a 48 MB answer takes
   * kilobytes of the fake's memory. In a batch, the whole call's answer is a valid bulk envelope
   * of that size (a task that found no items).
   *
   * @param bytes the body's length, at least 1024
   * @return this rule
   */
  public TargetRule huge(long bytes) {
    if (bytes < 1024) {
      throw new IllegalArgumentException("bytes < 1024: " + bytes);
    }
    return answer(target -> new MockResponse()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(HugeBody.of(Envelopes.noData(target), bytes)),
        target -> new BatchPart.WholeCall(new MockResponse()
            .setHeader("Content-Type", "application/json; charset=utf-8")
            .setBody(HugeBody.of(Envelopes.bulkAnswer(Envelopes.bulkData(null, Map.of()),
                List.of()), bytes))));
  }

  /**
   * As {@link #huge}, but chunked, without a {@code Content-Length}: the client learns the size
   * only by reading. In a batch, as {@link #huge} but chunked.
   *
   * @param bytes the body's length, at least 1024
   * @return this rule
   */
  public TargetRule hugeChunked(long bytes) {
    if (bytes < 1024) {
      throw new IllegalArgumentException("bytes < 1024: " + bytes);
    }
    // Chunks of one whole segment: every padding segment is moved, still shared, never copied.
    return answer(target -> new MockResponse()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setChunkedBody(HugeBody.of(Envelopes.noData(target), bytes), 8192),
        target -> new BatchPart.WholeCall(new MockResponse()
            .setHeader("Content-Type", "application/json; charset=utf-8")
            .setChunkedBody(HugeBody.of(Envelopes.bulkAnswer(Envelopes.bulkData(null, Map.of()),
                List.of()), bytes), 8192)));
  }

  /**
   * Fails the next {@code times} calls with task status {@code code} (e.g. 40202 once), then
   * answers as the rule says. A bulk call naming the target is one of those calls: its whole task
   * fails so (a 40501 naming the target).
   *
   * @param times how many calls fail
   * @param code the DataForSEO status code they fail with
   * @return this rule
   */
  public TargetRule failFirst(int times, int code) {
    this.failureCode = code;
    failuresLeft.set(times);
    return this;
  }

  /** The answer to one call that passed the quota. */
  MockResponse answerTo(String target) {
    if (failuresLeft.get() > 0 && failuresLeft.getAndDecrement() > 0) {
      int code = failureCode;
      return json(200, Envelopes.taskStatus(target, code, Envelopes.message(code)));
    }
    return answer.to(target);
  }

  /** What the target makes of one bulk call that passed the quota and the service's checks. */
  BatchPart partOf(String target) {
    if (failuresLeft.get() > 0 && failuresLeft.getAndDecrement() > 0) {
      return failure(target, failureCode);
    }
    return answer.inBatch(target);
  }

  private static BatchPart failure(String target, int code) {
    return new BatchPart.TaskFailure(code, code == 40501 ? Envelopes.refused(target) : Envelopes.message(code));
  }

  private TargetRule answer(Function<String, MockResponse> summary, Function<String, BatchPart> bulk) {
    this.answer = new Answer() {
      @Override
      public MockResponse to(String target) {
        return summary.apply(target);
      }

      @Override
      public BatchPart inBatch(String target) {
        return bulk.apply(target);
      }
    };
    return this;
  }

  /** An answer that, in a batch, is the whole call's answer (the first such target's). */
  private TargetRule wholeCall(Function<String, MockResponse> response) {
    return answer(response, target -> new BatchPart.WholeCall(response.apply(target)));
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }
}
