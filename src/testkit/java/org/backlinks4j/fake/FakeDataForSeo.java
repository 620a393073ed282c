package org.backlinks4j.fake;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ServerSocketFactory;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.contract.ContractValidator;
import org.jspecify.annotations.Nullable;

/**
 * A programmable fake of DataForSEO's Backlinks API, for tests: the two endpoints of the spec,
 * summary and bulk_pages_summary, answered as the service answers them, on a real loopback socket
 * (MockWebServer is its engine), with no money spent and no network. It is the fake this project's
 * own tests, tools and benchmarks run on, published as
 * {@code org.backlinks4j:dataforseo-backlinks-testkit}; {@link FakeServerExtension} gives each
 * JUnit 5 test one, and {@link FakeServerMain} runs it as a process.
 *
 * <pre>{@code
 * try (FakeDataForSeo fake = FakeDataForSeo.start();
 *     BacklinksClient client = fake.clientBuilder().build()) {  // pointed at the fake
 *   fake.target("slow.com").delay(300, MILLISECONDS);       // per-target latency
 *   fake.target("gone.com").noData();                        // the documented no-data answer
 *   fake.target("flaky.com").failFirst(1, 40202);            // 40202 once, then the example
 *   fake.target("cut.com").disconnectMidAnswer();            // faults: see TargetRule
 *   fake.target("bad.com").refuse();                         // 40501 naming it, in a batch too
 *   fake.everyTarget().delay(20, MILLISECONDS);              // the rule of every other target
 *   fake.quota(2000, 60, SECONDS, 30);                       // strict window + concurrency cap
 *   client.summary(SummaryRequest.of("example.com"));        // the documented example, re-labelled
 *   RecordedRequest sent = fake.takeRequest();               // what went over the wire
 *   FakeStats stats = fake.stats();                          // calls, violations, peak in flight
 *   List<List<String>> sent = fake.batches();                // the targets of each bulk call
 *   fake.assertContractKept();                               // every request kept to the spec
 * }
 * }</pre>
 *
 * <p>Each call is answered in this order: a call over the {@link #quota quota} gets 40202 (window)
 * or 40209 (concurrency) at once and counts as a violation; otherwise an answer {@link
 * #enqueue enqueued} by the test, if any, is sent as is; otherwise the call's {@link TargetRule}
 * (the target's own, or {@link #everyTarget()}) answers after its delay. A new fake answers every
 * target with DataForSEO's documented example, re-labelled with the requested target. A call to
 * any path but {@link #BULK_PAGES_SUMMARY_PATH} is answered as a summary call.
 *
 * <p><b>bulk_pages_summary</b> ({@link #BULK_PAGES_SUMMARY_PATH}) shares the quota with summary:
 * one window and one concurrency cap count the calls of both. A bulk call that passes the quota
 * and has no enqueued answer waits for the longest delay among its targets' rules (and for each of
 * their holds), then gets what the service would answer, at task level and costing nothing when it
 * fails, checked in this order:
 * <ul>
 *   <li>a task field the spec does not name: 40506 {@code Unknown Fields in POST Data: NAME.};
 *   <li>no {@code targets} list of strings, or an empty one: 40501 {@code Invalid Field:
 *       'targets'.}; more than 1000: 40501 {@code Invalid Field: 'targets' (1001 targets; at most
 *       1000).};
 *   <li>a target the fake takes as invalid, the first in request order: 40501 {@code Invalid
 *       Field: 'target' (TARGET).}, TARGET as sent. Invalid is what the spec forbids (an empty
 *       string, as for summary's target) and what names no host (neither an {@code http(s)://}
 *       URL nor a bare name that OkHttp parses as a host);
 *   <li>targets of more than 100 main domains ({@code HttpUrl.topPrivateDomain()}, or the host
 *       itself when it has none, as an IP address): 40501 {@code Invalid Field: 'targets' (101
 *       domains; at most 100).};
 *   <li>otherwise each target's rule says what it makes of the call (see {@link TargetRule}):
 *       a rule's whole-call answer (a proxy page, silence, ...) wins, then an envelope failure,
 *       then a task failure (a 40501, as from {@link TargetRule#refuse()}, names its target),
 *       else the answer holds one item per distinct target with data, {@code url} the target as
 *       sent, in an order shuffled by the call's number (the same call of a run shuffles alike),
 *       at $0.02 plus $0.00003 an item at both envelope and task.
 * </ul>
 * A bulk call counts once in {@link #callsAbout} of each target it names (duplicates once);
 * {@link #bulkCallsAbout} and {@link #batches()} see the bulk calls alone.
 *
 * <p>Every request is checked against the spec the library was generated from (its copy ships in
 * this jar) with {@link ContractValidator}; problems are kept ({@link #contractViolations()}), not
 * thrown, so a test decides ({@link #assertContractKept()}, whose failure names each broken rule;
 * {@link FakeServerExtension} does it after each test). {@code GET /fake/stats} answers the
 * {@link #stats() stats} as JSON, {@code GET /fake/contract-violations} the problems as a JSON
 * array of strings (neither counted as a call): what a test outside the JVM reads.
 *
 * <p>The CLI's offline demo ({@code org.backlinks4j.cli.DemoServer}) serves the same documented
 * example from the same resource, but on the JDK's own server: it is CLI runtime code, and the CLI
 * must not ship MockWebServer or the spec validator this fake is built on.
 *
 * <p>The quota is the service's, strict: a call breaks the window when {@code calls} accepted calls
 * arrived in the closed interval [arrival - window, arrival], counted by this server's clock when
 * the whole request has arrived. An accepted call is in flight from its arrival until its answer is
 * about to be written.
 */
public final class FakeDataForSeo implements Closeable {
  /** The summary operation: one target a call. */
  public static final String SUMMARY_PATH = ContractValidator.SUMMARY_PATH;
  /** The bulk_pages_summary operation: up to 1000 targets a call, one price. */
  public static final String BULK_PAGES_SUMMARY_PATH = ContractValidator.BULK_PAGES_SUMMARY_PATH;
  /** The login of {@link #clientBuilder()}: the fake takes any Basic credentials. */
  public static final String LOGIN = "login@example.com";
  /** The password of {@link #clientBuilder()}. */
  public static final String PASSWORD = "s3cret-pass";
  /** The most targets a bulk call may name, and the most main domains they may belong to. */
  static final int MAX_BULK_TARGETS = 1000;
  static final int MAX_BULK_DOMAINS = 100;
  /** MockWebServer logs every request at INFO: noise in test output and a cost per call. */
  private static final Logger MOCK_WEB_SERVER_LOG = Logger.getLogger(MockWebServer.class.getName());

  static {
    MOCK_WEB_SERVER_LOG.setLevel(Level.WARNING);
  }

  private static final MockResponse KEEP_OPEN = new MockResponse();
  private final MockWebServer server = new MockWebServer();
  private final long startNanos = System.nanoTime();
  private final Map<String, TargetRule> rules = new ConcurrentHashMap<>();
  private final TargetRule everyTarget = new TargetRule();
  private final ConcurrentLinkedDeque<MockResponse> queue = new ConcurrentLinkedDeque<>();
  private final Set<MockResponse> offContract =
      Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
  private final List<String> contractViolations = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong contractViolationCount = new AtomicLong();
  private final Map<String, AtomicLong> callsPerTarget = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> callsPerPath = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> bulkCallsPerTarget = new ConcurrentHashMap<>();
  private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
  /** Numbers the bulk calls as they arrive: the seed of each one's shuffle. */
  private final AtomicLong bulkCalls = new AtomicLong();
  /** The task fields of a bulk call the service takes; it answers 40506 to any other. */
  private final Set<String> bulkFields = ContractValidator.spec().taskFields(BULK_PAGES_SUMMARY_PATH);

  private volatile boolean checkRequests = true;
  private volatile boolean checkAnswers;
  private volatile boolean recordRequests = true;
  private volatile Consumer<RecordedRequest> onArrival = request -> { };
  private volatile @Nullable Writer requestLog;

  // The quota and the counts, guarded by this.
  private int quotaCalls;
  private long quotaWindowNanos;
  private int quotaConcurrent = Integer.MAX_VALUE;
  private final ArrayDeque<Long> arrivals = new ArrayDeque<>();
  private int inFlight;
  private int peakInFlight;
  private long calls;
  private long accepted;
  private long rateViolations;
  private long concurrencyViolations;
  private long worstShortfallNanos;
  private long sequence;

  private FakeDataForSeo() {
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getMethod() == null) {
          // No request came: MockWebServer books a connection that an enqueued answer's socket
          // policy ends at its start (DISCONNECT_AT_START, STALL_SOCKET_AT_START).
          MockResponse queued = queue.poll();
          return queued != null ? queued : new MockResponse();
        }
        return answer(request);
      }

      @Override
      public MockResponse peek() {
        // MockWebServer asks what comes next before it reads a request, for those socket policies.
        MockResponse next = queue.peek();
        return next != null ? next : KEEP_OPEN;
      }
    });
  }

  /**
   * A fake on a free loopback port.
   *
   * @return the started fake
   * @throws IOException if no port could be bound
   */
  public static FakeDataForSeo start() throws IOException {
    return start(0);
  }

  /**
   * A fake on this loopback port.
   *
   * @param port the port, 0 for a free one
   * @return the started fake
   * @throws IOException if the port could not be bound
   */
  public static FakeDataForSeo start(int port) throws IOException {
    // Reading the spec takes seconds on a busy machine: here, not inside a client's first call.
    ContractValidator.spec();
    FakeDataForSeo fake = new FakeDataForSeo();
    fake.server.start(InetAddress.getLoopbackAddress(), port);
    return fake;
  }

  /**
   * The base URL to give a client, ending in '/'.
   *
   * @return e.g. {@code http://127.0.0.1:40123/}
   */
  public String baseUrl() {
    return server.url("/").toString();
  }

  /**
   * A new client builder pointed at this fake, with {@link #LOGIN} and {@link #PASSWORD} and the
   * library's defaults otherwise: set what the test needs (retries, timeouts, a quota) and build.
   *
   * @return the builder
   */
  public BacklinksClient.Builder clientBuilder() {
    return BacklinksClient.builder().credentials(LOGIN, PASSWORD).baseUrl(baseUrl());
  }

  /**
   * A URL on this fake.
   *
   * @param path e.g. "/v3/backlinks/summary/live"
   * @return the URL
   */
  public okhttp3.HttpUrl url(String path) {
    return server.url(path);
  }

  /**
   * The port the fake listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getPort();
  }

  /**
   * The rule for calls about {@code target}, made on first use as a copy of {@link #everyTarget()}
   * as it is then: set it up with its methods.
   *
   * @param target the target as the request names it
   * @return the target's rule
   */
  public TargetRule target(String target) {
    Objects.requireNonNull(target, "target == null");
    return rules.computeIfAbsent(target, t -> new TargetRule(everyTarget));
  }

  /**
   * The rule for calls about every target without a rule of its own.
   *
   * @return the default rule
   */
  public TargetRule everyTarget() {
    return everyTarget;
  }

  /**
   * Enforces the service's quota: at most {@code calls} per sliding {@code window} and
   * {@code maxConcurrent} in flight; calls beyond either are answered 40202 or 40209 and counted as
   * violations.
   *
   * @param calls calls allowed per window
   * @param window the window
   * @param unit its unit
   * @param maxConcurrent calls allowed in flight at once
   * @return this fake
   */
  public synchronized FakeDataForSeo quota(int calls, long window, TimeUnit unit, int maxConcurrent) {
    if (calls < 1 || window < 1 || maxConcurrent < 1) {
      throw new IllegalArgumentException("quota needs calls, window and maxConcurrent >= 1");
    }
    this.quotaCalls = calls;
    this.quotaWindowNanos = unit.toNanos(window);
    this.quotaConcurrent = maxConcurrent;
    return this;
  }

  /**
   * Sends this answer to the next call within the quota, whatever its target, before any rule
   * (MockWebServer's queue). Checked against the spec when {@link #checkAnswers} is on.
   *
   * @param response the answer
   */
  public void enqueue(MockResponse response) {
    queue.add(response.clone());
  }

  /**
   * Like {@link #enqueue}, for an answer outside the spec on purpose: it is never checked.
   *
   * @param response the answer
   */
  public void enqueueOffContract(MockResponse response) {
    MockResponse copy = response.clone();
    offContract.add(copy);
    queue.add(copy);
  }

  /**
   * Whether to check each request against the spec (on by default).
   *
   * @param check true to check
   * @return this fake
   */
  public FakeDataForSeo checkRequests(boolean check) {
    this.checkRequests = check;
    return this;
  }

  /**
   * Whether to check each {@link #enqueue enqueued} answer against the spec (off by default: most
   * tests enqueue broken answers on purpose).
   *
   * @param check true to check
   * @return this fake
   */
  public FakeDataForSeo checkAnswers(boolean check) {
    this.checkAnswers = check;
    return this;
  }

  /**
   * Whether to keep each request for {@link #takeRequest()} (on by default). Off for long runs
   * (benchmarks, tools), where kept requests would pile up.
   *
   * @param record true to keep them
   * @return this fake
   */
  public FakeDataForSeo recordRequests(boolean record) {
    this.recordRequests = record;
    return this;
  }

  /**
   * Runs {@code hook} on each call as it arrives, before it is answered (e.g. to move a test
   * clock while the call is in flight).
   *
   * @param hook the hook, run on the server's thread
   * @return this fake
   */
  public FakeDataForSeo onArrival(Consumer<RecordedRequest> hook) {
    this.onArrival = Objects.requireNonNull(hook, "hook == null");
    return this;
  }

  /**
   * Writes one JSON line per call to {@code log}: arrival, method, path, target (a bulk call's
   * {@code targets} instead), User-Agent, the Authorization scheme (never its value), the body, the
   * answer's HTTP status, the quota's refusal (40202 or 40209) if any, and any contract problem.
   * The fake flushes after each line and never closes the writer.
   *
   * @param log where to write, null to stop
   * @return this fake
   */
  public FakeDataForSeo logRequestsTo(@Nullable Writer log) {
    this.requestLog = log;
    return this;
  }

  /**
   * The next request that reached the fake, waiting for it.
   *
   * @return the request
   * @throws InterruptedException if interrupted while waiting
   */
  public RecordedRequest takeRequest() throws InterruptedException {
    return server.takeRequest();
  }

  /**
   * The next request that reached the fake, waiting at most this long.
   *
   * @param timeout how long to wait
   * @param unit its unit
   * @return the request, null if none came
   * @throws InterruptedException if interrupted while waiting
   */
  public @Nullable RecordedRequest takeRequest(long timeout, TimeUnit unit)
      throws InterruptedException {
    return server.takeRequest(timeout, unit);
  }

  /**
   * How many requests reached the fake, any path.
   *
   * @return the count
   */
  public int requestCount() {
    return server.getRequestCount();
  }

  /**
   * How many calls named {@code target}: summary calls about it and bulk calls whose targets hold
   * it (once a call, even if it is listed twice), within the quota or not.
   *
   * @param target the target
   * @return the count
   */
  public long callsAbout(String target) {
    AtomicLong count = callsPerTarget.get(target);
    return count == null ? 0 : count.get();
  }

  /**
   * How many bulk_pages_summary calls named {@code target} (once a call), within the quota or not.
   *
   * @param target the target
   * @return the count
   */
  public long bulkCallsAbout(String target) {
    AtomicLong count = bulkCallsPerTarget.get(target);
    return count == null ? 0 : count.get();
  }

  /**
   * The targets of every bulk_pages_summary call that arrived, as sent (order and duplicates
   * kept), in the order the calls arrived, within the quota or not; an empty list for a call
   * whose body held no list of targets the fake could read.
   *
   * @return a copy, of unmodifiable lists
   */
  public List<List<String>> batches() {
    synchronized (batches) {
      return new ArrayList<>(batches);
    }
  }

  /**
   * What the fake counted so far.
   *
   * @return a snapshot
   */
  public FakeStats stats() {
    Map<String, Long> perTarget = snapshot(callsPerTarget);
    Map<String, Long> perPath = snapshot(callsPerPath);
    Map<String, Long> bulkPerTarget = snapshot(bulkCallsPerTarget);
    synchronized (this) {
      return new FakeStats(calls, accepted, rateViolations, concurrencyViolations, peakInFlight,
          contractViolationCount.get(), worstShortfallNanos / 1e6, perTarget, perPath, bulkPerTarget);
    }
  }

  /**
   * The contract problems found so far (each names the request), kept.
   *
   * @return a copy of the list
   */
  public List<String> contractViolations() {
    synchronized (contractViolations) {
      return new ArrayList<>(contractViolations);
    }
  }

  /**
   * The contract problems found so far, which are then forgotten: for a test that breaks the
   * contract on purpose and asserts that it was noticed.
   *
   * @return the problems
   */
  public List<String> takeContractViolations() {
    synchronized (contractViolations) {
      List<String> taken = new ArrayList<>(contractViolations);
      contractViolations.clear();
      return taken;
    }
  }

  /**
   * Fails when a request (or a checked answer) broke the contract.
   *
   * @throws AssertionError naming each problem
   */
  public void assertContractKept() {
    List<String> found = takeContractViolations();
    if (!found.isEmpty()) {
      throw new AssertionError("requests to the fake DataForSEO broke the API's spec; each line "
          + "names the request, the rule and what broke it (a test that breaks the spec on purpose "
          + "takes them with takeContractViolations()):\n  - " + String.join("\n  - ", found));
    }
  }

  private static Map<String, Long> snapshot(Map<String, AtomicLong> counts) {
    Map<String, Long> copy = new HashMap<>();
    counts.forEach((key, count) -> copy.put(key, count.get()));
    return copy;
  }

  private static void count(Map<String, AtomicLong> counts, String key) {
    counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
  }

  private MockResponse answer(RecordedRequest request) throws InterruptedException {
    long arrival = System.nanoTime(); // the whole request is here: this is when the call arrives
    if (!recordRequests) {
      server.takeRequest(0, TimeUnit.NANOSECONDS); // one in, one out: the queue stays short
    }
    String path = String.valueOf(request.getPath());
    if ("GET".equals(request.getMethod()) && path.equals("/fake/stats")) {
      return TargetRule.json(200, stats().toJson());
    }
    if ("GET".equals(request.getMethod()) && path.equals("/fake/contract-violations")) {
      StringBuilder json = new StringBuilder("[");
      for (String problem : contractViolations()) {
        json.append(json.length() == 1 ? "" : ",").append(Envelopes.quote(problem));
      }
      return TargetRule.json(200, json.append(']').toString());
    }
    // Taken first: the sooner a call takes its enqueued answer, the less often a call that arrived
    // after it (as MockWebServer records them) takes it instead.
    MockResponse queued = queue.poll();
    String operation = ContractValidator.operationPath(path);
    count(callsPerPath, operation);
    Batch batch = operation.equals(BULK_PAGES_SUMMARY_PATH) ? readBatch(request) : null;
    String target = batch == null ? targetOf(request) : null;
    if (batch == null) {
      count(callsPerTarget, target);
    } else {
      batches.add(batch.targets() == null ? List.of() : List.copyOf(batch.targets()));
      if (batch.targets() == null) {
        count(callsPerTarget, "?");
      }
      for (String named : batch.distinctTargets()) {
        count(callsPerTarget, named);
        count(bulkCallsPerTarget, named);
      }
    }
    onArrival.accept(request);
    int quotaCode = admit(arrival);
    if (quotaCode != 0 && queued != null) {
      queue.offerFirst(queued); // refused by the quota: the answer waits for the next call
    }
    List<String> problems = checkRequests
        ? ContractValidator.spec().checkRequest(request) : Collections.emptyList();
    record("request " + request.getMethod() + " " + path, problems);
    MockResponse response;
    if (quotaCode != 0) {
      response = TargetRule.json(200, batch != null
          ? Envelopes.bulkTaskStatus(batch.data(), quotaCode, Envelopes.message(quotaCode))
          : Envelopes.taskStatus(target, quotaCode, Envelopes.message(quotaCode)));
    } else {
      try {
        if (queued != null) {
          if (checkAnswers && !offContract.remove(queued)
              && queued.getSocketPolicy() == SocketPolicy.KEEP_OPEN) {
            record("answer to " + path, checkResponse(path, queued));
          }
          response = queued;
        } else if (batch != null) {
          response = answerBatch(batch, arrival, bulkCalls.incrementAndGet());
        } else {
          TargetRule rule = rules.getOrDefault(target, everyTarget);
          long wait = arrival + rule.delayNanos() - System.nanoTime();
          if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
          }
          rule.awaitRelease();
          response = rule.answerTo(target);
        }
      } finally {
        synchronized (this) {
          inFlight--; // before the answer leaves: the client may start its next call on receipt
        }
      }
    }
    log(arrival, request, target, batch, response, quotaCode, problems);
    return response;
  }

  /** The answer to a bulk call within the quota with no enqueued answer: see the class javadoc. */
  private MockResponse answerBatch(Batch batch, long arrival, long number) throws InterruptedException {
    List<String> distinct = batch.distinctTargets();
    List<TargetRule> targetRules = new ArrayList<>(distinct.size());
    long delay = distinct.isEmpty() ? everyTarget.delayNanos() : 0;
    for (String named : distinct) {
      TargetRule rule = rules.getOrDefault(named, everyTarget);
      targetRules.add(rule);
      delay = Math.max(delay, rule.delayNanos());
    }
    long wait = arrival + delay - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
    if (distinct.isEmpty()) {
      everyTarget.awaitRelease();
    }
    for (TargetRule rule : targetRules) {
      rule.awaitRelease();
    }

    BatchPart.TaskFailure refusal = refusal(batch);
    if (refusal != null) {
      return TargetRule.json(200, Envelopes.bulkTaskStatus(batch.data(), refusal.code(), refusal.message()));
    }
    BatchPart.WholeCall whole = null;
    BatchPart.EnvelopeFailure envelope = null;
    BatchPart.TaskFailure task = null;
    BatchPart.Shaped shaped = null;
    List<String> items = new ArrayList<>();
    for (int i = 0; i < distinct.size(); i++) {
      // Every target is asked, even once the answer is decided: each counts the call (failFirst).
      BatchPart part = targetRules.get(i).partOf(distinct.get(i));
      if (part instanceof BatchPart.Shaped s) {
        shaped = shaped == null ? s : shaped;
        part = s.item();
      }
      if (part instanceof BatchPart.WholeCall w) {
        whole = whole == null ? w : whole;
      } else if (part instanceof BatchPart.EnvelopeFailure e) {
        envelope = envelope == null ? e : envelope;
      } else if (part instanceof BatchPart.TaskFailure t) {
        task = task == null ? t : task;
      } else if (part instanceof BatchPart.Item item && item.rest() != null) {
        items.add(Envelopes.item(distinct.get(i), item.rest()));
      }
    }
    if (whole != null) {
      return whole.response();
    }
    if (envelope != null) {
      return TargetRule.json(Envelopes.httpStatusOf(envelope.code()),
          Envelopes.envelopeStatus(envelope.code(), envelope.message()));
    }
    if (task != null) {
      return TargetRule.json(200, Envelopes.bulkTaskStatus(batch.data(), task.code(), task.message()));
    }
    // The service documents no order: a client that matches items by position must fail here.
    Collections.shuffle(items, new Random(number));
    MockResponse response = TargetRule.json(200, Envelopes.bulkAnswer(batch.data(), items));
    return shaped == null ? response : shaped.shape().apply(response);
  }

  /** How the service refuses the whole batch before it runs (40506 or 40501), or null. */
  private static BatchPart.TaskFailure refusal(Batch batch) {
    if (!batch.unknownFields().isEmpty()) {
      return new BatchPart.TaskFailure(40506,
          "Unknown Fields in POST Data: " + String.join(", ", batch.unknownFields()) + ".");
    }
    List<String> targets = batch.targets();
    if (targets == null || targets.isEmpty()) {
      return new BatchPart.TaskFailure(40501, "Invalid Field: 'targets'.");
    }
    if (targets.size() > MAX_BULK_TARGETS) {
      return new BatchPart.TaskFailure(40501, "Invalid Field: 'targets' (" + targets.size()
          + " targets; at most " + MAX_BULK_TARGETS + ").");
    }
    Set<String> domains = new HashSet<>();
    for (String named : targets) {
      String domain = mainDomain(named);
      if (domain == null) {
        return new BatchPart.TaskFailure(40501, Envelopes.refused(named));
      }
      domains.add(domain);
    }
    if (domains.size() > MAX_BULK_DOMAINS) {
      return new BatchPart.TaskFailure(40501, "Invalid Field: 'targets' (" + domains.size()
          + " domains; at most " + MAX_BULK_DOMAINS + ").");
    }
    return null;
  }

  /**
   * The main (registrable) domain of a bulk target, by the Public Suffix List that OkHttp ships;
   * a host that has none (an IP address, a bare suffix) stands for itself; null when the target
   * names no host (an empty string, not an http(s) URL, not a host name).
   */
  static String mainDomain(String target) {
    HttpUrl url;
    if (target.isEmpty()) {
      return null;
    } else if (target.contains("://")) {
      url = HttpUrl.parse(target);
    } else if (target.indexOf(':') >= 0 && target.indexOf('[') < 0 && target.indexOf('/') < 0) {
      url = HttpUrl.parse("http://[" + target + "]/"); // a bare IPv6 address
    } else {
      url = HttpUrl.parse("http://" + target + "/");
    }
    if (url == null) {
      return null;
    }
    String top = url.topPrivateDomain();
    return top != null ? top : url.host();
  }

  /**
   * A bulk call's task as the fake reads it.
   *
   * @param targets the targets as sent, null when the body holds no list of strings there
   * @param unknownFields the task's fields the spec does not name, in request order
   * @param data the task's {@code data} echo: api, function, the targets and the other fields
   */
  private record Batch(List<String> targets, List<String> unknownFields, String data) {
    /** The targets, each once, in the order they first appear. */
    List<String> distinctTargets() {
      return targets == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(targets));
    }
  }

  /** The first task of a bulk call's body; every part it cannot read is left null or empty. */
  private Batch readBatch(RecordedRequest request) {
    List<String> targets = null;
    List<String> unknown = new ArrayList<>();
    Map<String, String> fields = new LinkedHashMap<>();
    try (JsonReader reader = JsonReader.of(request.getBody().clone())) {
      reader.beginArray();
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (name.equals("targets")) {
          targets = readStrings(reader);
        } else if (bulkFields.contains(name)) {
          try (okio.BufferedSource value = reader.nextSource()) {
            fields.put(name, value.readUtf8());
          }
        } else {
          unknown.add(name);
          reader.skipValue();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not an array of task objects: whatever was read stands, the service's checks refuse it.
    }
    return new Batch(targets, unknown, Envelopes.bulkData(targets, fields));
  }

  /** A JSON array of strings, or null (value skipped) when it is anything else. */
  private static List<String> readStrings(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
      reader.skipValue();
      return null;
    }
    List<String> strings = new ArrayList<>();
    boolean allStrings = true;
    reader.beginArray();
    while (reader.hasNext()) {
      if (reader.peek() == JsonReader.Token.STRING) {
        strings.add(reader.nextString());
      } else {
        allStrings = false;
        reader.skipValue();
      }
    }
    reader.endArray();
    return allStrings ? strings : null;
  }

  /** Counts the call; 0 if the quota admits it (it is then in flight), else 40202 or 40209. */
  private synchronized int admit(long arrival) {
    calls++;
    if (quotaCalls > 0) {
      while (!arrivals.isEmpty() && arrivals.peekFirst() < arrival - quotaWindowNanos) {
        arrivals.pollFirst();
      }
      if (arrivals.size() >= quotaCalls) {
        rateViolations++;
        // How much sooner than allowed it came: jitter if milliseconds, a broken limiter if more.
        long oldest = arrivals.toArray(new Long[0])[arrivals.size() - quotaCalls];
        worstShortfallNanos = Math.max(worstShortfallNanos, oldest + quotaWindowNanos - arrival);
        return 40202;
      }
      arrivals.addLast(arrival);
    }
    if (inFlight >= quotaConcurrent) {
      if (quotaCalls > 0) {
        arrivals.pollLast(); // refused: it does not count in the window
      }
      concurrencyViolations++;
      return 40209;
    }
    inFlight++;
    accepted++;
    peakInFlight = Math.max(peakInFlight, inFlight);
    return 0;
  }

  private List<String> checkResponse(String path, MockResponse response) {
    String[] status = response.getStatus().split(" ", 3); // "HTTP/1.1 200 OK"
    Buffer body = response.getBody();
    return ContractValidator.spec().checkResponse(path, Integer.parseInt(status[1]),
        response.getHeaders().toMultimap(), body == null ? "" : body.readUtf8());
  }

  private void record(String what, List<String> problems) {
    for (String problem : problems) {
      contractViolations.add(what + ": " + problem);
      contractViolationCount.incrementAndGet();
    }
  }

  private void log(long arrival, RecordedRequest request, String target, Batch batch,
      MockResponse response, int quotaCode, List<String> problems) {
    Writer log = requestLog;
    if (log == null) {
      return;
    }
    Buffer line = new Buffer();
    try (JsonWriter json = JsonWriter.of(line)) {
      json.beginObject();
      synchronized (this) {
        json.name("seq").value(++sequence);
      }
      json.name("at_ms").value(TimeUnit.NANOSECONDS.toMillis(arrival - startNanos));
      json.name("method").value(request.getMethod());
      json.name("path").value(request.getPath());
      if (batch == null) {
        json.name("target").value(target);
      } else {
        json.name("targets").beginArray(); // a bulk call: "target" is left out
        for (String named : batch.targets() == null ? List.<String>of() : batch.targets()) {
          json.value(named);
        }
        json.endArray();
      }
      json.name("user_agent").value(request.getHeader("User-Agent"));
      String authorization = request.getHeader("Authorization");
      json.name("authorization").value(authorization == null ? null : authorization.split(" ", 2)[0]);
      json.name("body").value(request.getBody().clone().readUtf8());
      json.name("http").value(Integer.parseInt(response.getStatus().split(" ", 3)[1]));
      if (quotaCode != 0) {
        json.name("quota").value(quotaCode); // refused: 40202 or 40209
      }
      json.name("contract").beginArray();
      for (String problem : problems) {
        json.value(problem);
      }
      json.endArray();
      json.endObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    synchronized (log) {
      try {
        log.write(line.readUtf8());
        log.write('\n');
        log.flush();
      } catch (IOException e) {
        System.err.println("fake-server: cannot write the request log: " + e.getMessage());
        requestLog = null;
      }
    }
  }

  /** The target the request's first task names, "?" when it names none. */
  private static String targetOf(RecordedRequest request) {
    try (JsonReader reader = JsonReader.of(request.getBody().clone())) {
      if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
        return "?";
      }
      reader.beginArray();
      if (!reader.hasNext() || reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return "?";
      }
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals("target") && reader.peek() == JsonReader.Token.STRING) {
          return reader.nextString();
        }
        reader.skipValue();
      }
      return "?";
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  /**
   * Server sockets whose connections send at once. MockWebServer writes an answer's headers and
   * its body apart; with Nagle's algorithm on, the body waits for the client's delayed ACK of the
   * headers (up to 40 ms on Linux), which the quota harness and the benchmarks would measure.
   */
  private static final class NoDelayServerSockets extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }
  }

  /** Stops the fake; calls in flight are cut off. */
  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
