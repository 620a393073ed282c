package org.backlinks4j;

import java.net.InetAddress;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.backlinks4j.internal.Clock;
import org.backlinks4j.internal.Operation;
import org.backlinks4j.internal.Version;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.internal.WireEnvelope;
import org.backlinks4j.internal.WireTask;
import org.backlinks4j.internal.api.BacklinksApi;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * A client of DataForSEO's Backlinks Summary endpoint ({@code POST /v3/backlinks/summary/live}).
 *
 * <pre>{@code
 * try (BacklinksClient client = BacklinksClient.builder()
 *     .credentials(Credentials.fromEnv())
 *     .build()) {
 *   Summary summary = client.summary(SummaryRequest.of("explodingtopics.com"));
 *   if (summary.hasData()) {
 *     System.out.println(summary.result().getReferringDomains());
 *   }
 * }
 * }</pre>
 *
 * <p>A client is thread-safe and meant to be shared: it holds a connection pool and threads, which
 * {@link #close()} releases (a program that never closes its client still exits, once OkHttp's
 * idle threads time out about a minute after the last call).
 * Every call, sync or async, waits its turn in the client's {@link Quota} (the account's own calls
 * a minute, asked of the service once before the first call, and 30 at once, unless configured
 * otherwise; share one {@code Quota} between the clients of one account) and is retried on
 * transient failures ({@link BacklinksException#isRetryable()} says which are;
 * {@link Builder#maxRetries(int)} how often). Once the service refuses the account itself (wrong
 * credentials, no money, no subscription), the client's later paid calls fail at once instead of
 * meeting the same refusal ({@link #accountFailure()}). It keeps a
 * running total of what its calls cost ({@link #totalCost()}) and, given a
 * {@linkplain Builder#spendingCap(double) spending cap}, refuses calls once the total reaches it.
 * What each call does (waits, attempts, codes, costs, retries) is told to its
 * {@linkplain Builder#eventListener event listener}, for metrics.
 *
 * <p>Every attempt of a call ends within a {@linkplain Builder#callTimeout deadline} (150 s unless
 * configured otherwise), whatever the other side does. Redirects are never followed, and an answer
 * larger than 2 MiB is refused while it is read: both end the call with an
 * {@link UnexpectedResponseException}.
 */
public final class BacklinksClient implements AutoCloseable {
  /** The live (billed) service. */
  public static final String LIVE_BASE_URL = "https://api.dataforseo.com/";
  /** The free sandbox, which answers with dummy data. */
  public static final String SANDBOX_BASE_URL = "https://sandbox.dataforseo.com/";

  /** This library's version, such as {@code 0.1.0}, as its build wrote it (as in User-Agent). */
  public static final String VERSION = Version.VERSION;

  /** How many times a failed call is retried unless configured otherwise. */
  public static final int DEFAULT_MAX_RETRIES = 2;

  /** Live tasks may run for 120 s before the service gives up on them (code 50401). */
  static final long DEFAULT_READ_TIMEOUT_SECONDS = 130;
  static final long DEFAULT_CONNECT_TIMEOUT_SECONDS = 15;
  static final long DEFAULT_WRITE_TIMEOUT_SECONDS = 30;
  /**
   * Each attempt's deadline: connecting (15 s at most), the service's 120 s of work and a
   * 15 s margin for sending the request and reading an answer of a few hundred KB.
   */
  static final long DEFAULT_CALL_TIMEOUT_SECONDS = 150;

  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private final Builder settings;
  private final Credentials credentials;
  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final BacklinksApi api;
  private final Quota quota;
  private final int maxRetries;
  private final CostMeter costs;
  private final AccountGate account;
  private final EventListener listener;
  private final AtomicInteger waitingToRetry = new AtomicInteger();
  /** This client's number in the JVM, in its threads' names. */
  private final int number = CLIENTS.incrementAndGet();
  /** Whether the OkHttp client's dispatcher threads and connection pool are this client's own. */
  private final boolean ownsHttp;
  /** The calls that have no outcome yet, to end them on {@link #close()}. */
  private final Set<OperationCall<?, ?, ?, ?>> live = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private BacklinksClient(Builder builder) {
    this.settings = builder.copy();
    this.credentials = Objects.requireNonNull(builder.credentials,
        "credentials == null: call credentials(...) or use BacklinksClient.fromEnv()");
    this.baseUrl = builder.baseUrl;
    OkHttpClient lent = builder.okHttpClient;
    this.ownsHttp = lent == null;
    // newBuilder() of a lent client shares its dispatcher, threads and pool: they stay the lender's.
    OkHttpClient.Builder httpBuilder = lent != null ? lent.newBuilder() : new OkHttpClient.Builder();
    if (lent == null || builder.timeoutsSet) {
      httpBuilder
          .connectTimeout(builder.connectTimeoutMillis, TimeUnit.MILLISECONDS)
          .readTimeout(builder.readTimeoutMillis, TimeUnit.MILLISECONDS)
          .writeTimeout(builder.writeTimeoutMillis, TimeUnit.MILLISECONDS)
          .callTimeout(builder.callTimeoutMillis, TimeUnit.MILLISECONDS);
    } else if (lent.callTimeoutMillis() == 0) {
      // OkHttp's default is no deadline at all: a server that trickles bytes would hold the call
      // forever. The lent client's other timeouts stay as they are.
      httpBuilder.callTimeout(builder.callTimeoutMillis, TimeUnit.MILLISECONDS);
    }
    // The API never redirects; following one would post the task, with the credentials, elsewhere.
    httpBuilder.followRedirects(false).followSslRedirects(false);
    // OkHttp would send a POST again by itself when a reused connection breaks after the request
    // went out: a second, possibly charged, call that the quota, the retry limit and the listener
    // never see. A broken connection is a network failure the client's own retries handle (and
    // NoResend, below, stops the one re-send this leaves).
    httpBuilder.retryOnConnectionFailure(false);
    this.quota = builder.quota != null ? builder.quota : builder.ownQuota();
    if (builder.okHttpClient == null) {
      // An idle connection kept for each call the quota lets run at once (OkHttp keeps five), so
      // that a busy client does not close and reopen connections between its calls.
      httpBuilder.connectionPool(new ConnectionPool(quota.maxConcurrent(), 5, TimeUnit.MINUTES));
    }
    this.maxRetries = builder.maxRetries;
    httpBuilder.dispatcher(dispatcherFor(httpBuilder.build().dispatcher(), quota.maxConcurrent(),
        lent != null, number));
    // Only requests for the base URL's origin get the credentials and the User-Agent: an
    // interceptor of a lent client may send a request elsewhere.
    httpBuilder.addInterceptor(new AuthInterceptor(baseUrl, credentials));
    if (builder.logSink != null && builder.logLevel != HttpLogLevel.NONE) {
      // After the credentials are added (so they are redacted, not missed): every attempt of a
      // retried call is logged.
      httpBuilder.addInterceptor(new LoggingInterceptor(builder.logSink, builder.logLevel));
    }
    // Last of the application interceptors: every reader above it, Retrofit's buffering of error
    // bodies and the logger included, reads through the cap.
    httpBuilder.addInterceptor(new AnswerCap(AnswerCap.MAX_BYTES));
    httpBuilder.addNetworkInterceptor(new NoResend());
    httpBuilder.addNetworkInterceptor(new WindowStamp()); // last: closest to the wire
    this.http = httpBuilder.build();
    this.costs = new CostMeter(builder.spendingCapDollars);
    this.account = new AccountGate(quota.clock());
    this.listener = builder.listener;
    this.api = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(http)
        // Answers first, through the reader that turns a bad body into a typed failure; Moshi's
        // factory then only writes request bodies.
        .addConverterFactory(ResponseReader.converterFactory())
        .addConverterFactory(MoshiConverterFactory.create(Wire.MOSHI))
        .build()
        .create(BacklinksApi.class);
  }

  /**
   * A dispatcher that lets the quota's calls run at once: OkHttp's default allows 5 per host, and
   * calls beyond it would wait in OkHttp's queue while holding a slot of the quota.
   */
  private static Dispatcher dispatcherFor(Dispatcher current, int maxConcurrent, boolean callers,
      int clientNumber) {
    if (callers && current.getMaxRequests() >= maxConcurrent
        && current.getMaxRequestsPerHost() >= maxConcurrent) {
      return current; // the caller's own dispatcher already allows it: keep sharing it
    }
    // A caller's dispatcher is not ours to change: derive one that shares its threads.
    Dispatcher dispatcher = callers ? new Dispatcher(current.executorService())
        : new Dispatcher(ownExecutor(threadName(clientNumber)));
    dispatcher.setMaxRequests(Math.max(current.getMaxRequests(), maxConcurrent));
    dispatcher.setMaxRequestsPerHost(Math.max(current.getMaxRequestsPerHost(), maxConcurrent));
    return dispatcher;
  }

  /**
   * OkHttp's own dispatcher executor (threads made on demand, idle ones end after 60 s, not
   * daemons, so that a program waits for its calls in flight), with threads named after the client
   * so that a thread dump says whose they are.
   */
  private static ExecutorService ownExecutor(String name) {
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), task -> {
          Thread thread = new Thread(task, name);
          // A new thread inherits its maker's daemon flag, and a call started from the timer's or
          // a shared quota's daemon thread makes one here: not a daemon, whoever asks.
          thread.setDaemon(false);
          return thread;
        });
  }

  /** This client's number, which names its threads ({@link #threadName}). */
  int number() {
    return number;
  }

  /** The name of the dispatcher threads of the client with this number. */
  static String threadName(int clientNumber) {
    return "backlinks4j-client-" + clientNumber + " dispatcher";
  }

  /**
   * A client of the live service with the credentials in {@code DATAFORSEO_LOGIN} and
   * {@code DATAFORSEO_PASSWORD}.
   *
   * @return the client
   * @throws IllegalStateException when either variable is unset
   */
  public static BacklinksClient fromEnv() {
    return builder().credentials(Credentials.fromEnv()).build();
  }

  /**
   * A builder with the live service's URL and timeouts fit for live tasks.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this client's settings, to derive a client that differs in some.
   *
   * @return the builder
   */
  public Builder newBuilder() {
    Builder builder = settings.copy();
    builder.quota = quota; // a derived client counts against the same account's quota
    return builder;
  }

  /**
   * Summarizes the backlinks of one target, waiting for the answer.
   *
   * @param request the request
   * @return the summary; {@link Summary#hasData()} is false when the service knows nothing of the
   *     target
   * @throws BacklinksException when the service reports an error, the network fails, or the answer
   *     cannot be read; a subtype says which (see {@link BacklinksException})
   * @throws AccountException before sending, when the {@linkplain Builder#spendingCap(double)
   *     spending cap} is reached
   * @throws ClientClosedException when the client is closed during the call
   * @throws IllegalStateException when the client is closed already
   */
  public Summary summary(SummaryRequest request) {
    return summary(request, CallOptions.defaults());
  }

  /**
   * Summarizes the backlinks of one target with settings of its own, waiting for the answer.
   *
   * @param request the request
   * @param options settings that override the client's for this call
   * @return the summary; {@link Summary#hasData()} is false when the service knows nothing of the
   *     target
   * @throws BacklinksException when the service reports an error, the network fails, or the answer
   *     cannot be read (after the retries the client allows); also when the thread is
   *     interrupted while it waits for the quota or a retry, which cancels the call (an attempt
   *     that runs on the calling thread, as one the quota lets through at once does, ends with the
   *     client's timeouts, as OkHttp's {@code execute()} does)
   * @throws ClientClosedException when the client is closed during the call
   * @throws IllegalStateException when the client is closed already
   */
  public Summary summary(SummaryRequest request, CallOptions options) {
    return await(start(summaryCall(request, options), true));
  }

  /**
   * The outcome of a call started for a blocking caller. One path for sync and async calls of
   * every operation: the same quota, queue and retries. An attempt the quota lets through at once
   * runs on this thread; one that queued, and retries, run on OkHttp's.
   */
  private static <O> O await(CompletableFuture<O> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw NetworkException.of("interrupted while waiting for the answer", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw NetworkException.of("unexpected failure: " + cause, cause);
    }
  }

  /**
   * Summarizes the backlinks of one target without blocking: the future completes with the
   * summary, or exceptionally with a {@link BacklinksException}. Cancelling it cancels the call,
   * whether it waits for the quota, is in flight, or waits to be retried.
   *
   * <p>The future completes on an OkHttp thread: give heavy or blocking work that follows it an
   * executor of its own ({@code thenApplyAsync(fn, executor)}).
   *
   * @param request the request
   * @return the future summary; it fails with a {@link ClientClosedException} when the client is
   *     closed before the call ends
   * @throws IllegalStateException when the client is closed already
   */
  public CompletableFuture<Summary> summaryAsync(SummaryRequest request) {
    return summaryAsync(request, CallOptions.defaults());
  }

  /**
   * Summarizes the backlinks of one target with settings of its own, without blocking.
   *
   * @param request the request
   * @param options settings that override the client's for this call
   * @return the future summary
   * @throws IllegalStateException when the client is closed already
   * @see #summaryAsync(SummaryRequest)
   */
  public CompletableFuture<Summary> summaryAsync(SummaryRequest request, CallOptions options) {
    return start(summaryCall(request, options), false);
  }

  private OperationCall<?, ?, ?, Summary> summaryCall(SummaryRequest request, CallOptions options) {
    Objects.requireNonNull(request, "request == null");
    return newCall(BacklinksApi.SUMMARY_LIVE, Collections.singletonList(request.wireTask()),
        Summary::new, options);
  }

  /**
   * Summarizes the backlinks of up to 1000 targets in one call, waiting for the answer: nearly
   * summary's numbers at a fraction of its price (see {@link BulkPagesSummaryRequest}).
   *
   * <p>A failure is retried as summary's are, by the one retry policy: the same request again. A
   * batch is never split into smaller ones behind the caller's back, even after a 5xx or a
   * deadline: each call costs $0.02 of its own, the caller asked for one task, and nothing the
   * service documents ties such failures to a batch's size. A caller who wants smaller batches
   * plans them.
   *
   * @param request the request
   * @return the answer; {@link BulkPagesSummary#itemFor(String)} gives each target's item, and
   *     a target without one is a target the service has no data for
   * @throws BacklinksException when the service reports an error (one invalid target fails the
   *     whole call with an {@link InvalidRequestException}), the network fails, or the answer cannot
   *     be read; a subtype says which (see {@link BacklinksException})
   * @throws AccountException before sending, when the {@linkplain Builder#spendingCap(double)
   *     spending cap} is reached
   * @throws ClientClosedException when the client is closed during the call
   * @throws IllegalStateException when the client is closed already
   */
  public BulkPagesSummary bulkPagesSummary(BulkPagesSummaryRequest request) {
    return bulkPagesSummary(request, CallOptions.defaults());
  }

  /**
   * Summarizes the backlinks of up to 1000 targets with settings of its own, waiting for the
   * answer; the same quota, retries, deadline and errors as {@link #summary(SummaryRequest,
   * CallOptions)}.
   *
   * @param request the request
   * @param options settings that override the client's for this call
   * @return the answer
   * @throws BacklinksException when the service reports an error, the network fails, or the answer
   *     cannot be read (after the retries the client allows)
   * @throws ClientClosedException when the client is closed during the call
   * @throws IllegalStateException when the client is closed already
   */
  public BulkPagesSummary bulkPagesSummary(BulkPagesSummaryRequest request, CallOptions options) {
    return await(start(bulkPagesSummaryCall(request, options), true));
  }

  /**
   * Summarizes the backlinks of up to 1000 targets without blocking: the future completes with the
   * answer, or exceptionally with a {@link BacklinksException}. Cancelling it cancels the call.
   *
   * @param request the request
   * @return the future answer
   * @throws IllegalStateException when the client is closed already
   * @see #summaryAsync(SummaryRequest)
   */
  public CompletableFuture<BulkPagesSummary> bulkPagesSummaryAsync(BulkPagesSummaryRequest request) {
    return bulkPagesSummaryAsync(request, CallOptions.defaults());
  }

  /**
   * Summarizes the backlinks of up to 1000 targets with settings of its own, without blocking.
   *
   * @param request the request
   * @param options settings that override the client's for this call
   * @return the future answer
   * @throws IllegalStateException when the client is closed already
   * @see #summaryAsync(SummaryRequest)
   */
  public CompletableFuture<BulkPagesSummary> bulkPagesSummaryAsync(BulkPagesSummaryRequest request,
      CallOptions options) {
    return start(bulkPagesSummaryCall(request, options), false);
  }

  private OperationCall<?, ?, ?, BulkPagesSummary> bulkPagesSummaryCall(
      BulkPagesSummaryRequest request, CallOptions options) {
    Objects.requireNonNull(request, "request == null");
    return newCall(BacklinksApi.BULK_PAGES_SUMMARY_LIVE,
        Collections.singletonList(request.wireTask()),
        (envelope, task, raw) -> new BulkPagesSummary(envelope, task, raw, request), options);
  }

  /**
   * The account's limits, balance, prices and Backlinks subscription (DataForSEO's
   * {@code GET /v3/appendix/user_data}), waiting for the answer. Free: it costs nothing, so neither
   * the spending cap nor an {@linkplain #accountFailure() account's refusal} holds it back, and like
   * every call it waits its turn in the quota. Its answer also gives a quota that follows the
   * account ({@link Quota#followsAccount()}) the account's calls per minute: called before the
   * first paid call, it is the one user_data call the client makes.
   *
   * @return the account's data
   * @throws BacklinksException when the service refuses (an {@link AuthenticationException} for
   *     wrong credentials), the network fails, or the answer cannot be read
   * @throws ClientClosedException when the client is closed during the call
   * @throws IllegalStateException when the client is closed already
   */
  public UserData userData() {
    return userData(CallOptions.defaults());
  }

  /**
   * The account's data with settings of its own, waiting for the answer.
   *
   * @param options settings that override the client's for this call
   * @return the account's data
   * @throws BacklinksException when the service refuses, the network fails, or the answer cannot
   *     be read (after the retries the client allows)
   * @throws ClientClosedException when the client is closed during the call
   * @throws IllegalStateException when the client is closed already
   * @see #userData()
   */
  public UserData userData(CallOptions options) {
    return await(userDataCall(options).startBlocking());
  }

  /**
   * The account's data without blocking: the future completes with it, or exceptionally with a
   * {@link BacklinksException}. Cancelling it cancels the call.
   *
   * @return the future account's data
   * @throws IllegalStateException when the client is closed already
   * @see #userData()
   */
  public CompletableFuture<UserData> userDataAsync() {
    return userDataAsync(CallOptions.defaults());
  }

  /**
   * The account's data with settings of its own, without blocking.
   *
   * @param options settings that override the client's for this call
   * @return the future account's data
   * @throws IllegalStateException when the client is closed already
   * @see #userData()
   */
  public CompletableFuture<UserData> userDataAsync(CallOptions options) {
    return userDataCall(options).start();
  }

  /**
   * A user_data call; reading its answer tells the quota the account's calls per minute, before
   * anyone waiting for the answer goes on. It never waits for that itself: it is how it is learned.
   */
  private OperationCall<?, ?, ?, UserData> userDataCall(CallOptions options) {
    return newCall(BacklinksApi.USER_DATA, null, (envelope, task, raw) -> {
      UserData data = new UserData(envelope, task, raw);
      quota.accountLimit(data.callsPerMinute());
      return data;
    }, options);
  }

  /**
   * How long the user_data call that learns the account's limit may take, and how often it is
   * tried: once, briefly. If it fails, the first call goes out under the default limit rather than
   * wait (and an account the service refused fails it at once, see {@link AccountGate}).
   */
  private static final CompletableFuture<Void> KNOWN = CompletableFuture.completedFuture(null);

  private static final CallOptions LEARNING =
      CallOptions.defaults().withMaxRetries(0).withTimeout(10, TimeUnit.SECONDS);

  /**
   * Starts the paid call {@code call} once the quota knows the account's limit: at once when it
   * does (or its rate is set), else after the one user_data call that asks for it. An attempt the quota lets
   * through at once runs on a blocking caller's own thread, as {@link OperationCall#startBlocking}
   * says; a call that waited for the limit starts on the thread that learned it.
   */
  private <O> CompletableFuture<O> start(OperationCall<?, ?, ?, O> call, boolean blocking) {
    // A call the spending cap or the account's refusal ends at once asks the account nothing.
    CompletableFuture<Void> known = costs.reached() || account.refusal() != null ? KNOWN
        : quota.accountLimitKnown(() -> blocking
            ? userDataCall(LEARNING).startBlocking() // on this thread too, as the call after it
            : userDataCall(LEARNING).start());
    if (known.isDone()) {
      return blocking ? call.startBlocking() : call.start();
    }
    known.whenComplete((ignored, never) -> {
      if (!call.outcome().isDone()) { // not closed or cancelled meanwhile
        call.start();
      }
    });
    return call.outcome();
  }

  /**
   * The service's refusal of this client's account, while it holds the client's paid calls back:
   * an {@link AuthenticationException} (credentials: 401xx, HTTP 401) or an
   * {@link AccountException} (40104 not verified; 402xx such as 40203, the daily spending limit,
   * 40204, no Backlinks subscription, 40210, no funds; HTTP 402) that a call of this client met.
   * Every call would meet it again, so from then on paid calls fail at once, before sending, with
   * an exception of the same type whose message says so. A minute later (for 40203, at 00:00 UTC,
   * when the service resets the limit) one call is let through to check: its success clears this,
   * another refusal renews it. Free calls ({@link #userData()}) are never held back.
   *
   * @return the refusal in force, or null when there is none
   */
  public @Nullable BacklinksException accountFailure() {
    return account.refusal();
  }

  /**
   * A call of {@code operation}, registered with this client so that {@link #close()} ends it: the
   * one place every operation's calls are made.
   */
  private <B, E extends WireEnvelope<T>, T extends WireTask<?>, O> OperationCall<B, E, T, O> newCall(
      Operation<B, E> operation, @Nullable B body, ResponseReader.Outcome<E, T, O> reader,
      CallOptions options) {
    Objects.requireNonNull(options, "options == null");
    checkOpen();
    Integer maxRetries = options.maxRetries();
    Long timeoutMillis = options.timeoutMillis();
    OperationCall<B, E, T, O> call = new OperationCall<>(operation, body, reader, api, quota, costs,
        account, maxRetries == null ? this.maxRetries : maxRetries,
        timeoutMillis == null ? -1 : timeoutMillis,
        timeoutMillis == null ? http.callTimeoutMillis() : timeoutMillis, waitingToRetry, listener);
    live.add(call);
    call.outcome().whenComplete((result, failure) -> live.remove(call));
    if (closed) {
      // close() ran between the check above and add(): it may not have seen this call.
      live.remove(call);
      checkOpen();
    }
    return call;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("this BacklinksClient is closed");
    }
  }

  /**
   * Closes this client: ends its calls and releases what it owns. Idempotent and thread-safe;
   * calls made after it throw {@link IllegalStateException}.
   *
   * <p>Every call of this client that has no outcome yet ends at once with a
   * {@link ClientClosedException}: a call waiting for the quota (nothing was sent), one in flight
   * (it is cancelled; the service may have received it) and one waiting to be retried. Then, when
   * this client built its own OkHttp client, its dispatcher threads are shut down and its
   * connection pool emptied.
   *
   * <p>What the caller lent is left alone: an {@link OkHttpClient} given to
   * {@link Builder#okHttpClient} keeps its dispatcher, threads and pool (this client's calls on it
   * are cancelled, no other call is), and a {@link Quota} given to {@link Builder#quota} or
   * shared through {@link #newBuilder()} keeps serving its other clients. The timers of the
   * quota and of retries run on one daemon thread shared by all clients, which ends by itself
   * once no timer is pending: this client's timers are cancelled.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (OperationCall<?, ?, ?, ?> call : live) {
      call.closing();
    }
    for (OperationCall<?, ?, ?, ?> call : live) {
      call.closed();
    }
    if (ownsHttp) {
      http.dispatcher().cancelAll();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /**
   * How many of this client's calls are waiting to be retried right now: an attempt of theirs
   * failed and the wait {@link RetryPolicy} set before the next one is not over. They hold no
   * place in the quota while they wait. With {@link Quota#inFlight()} and {@link Quota#waiting()}
   * it tells where a busy client's calls are, for a progress display or a scheduler that keeps
   * the quota busy. A client derived with {@link #newBuilder()} keeps its own count.
   *
   * @return the number of calls waiting to be retried
   */
  public int waitingToRetry() {
    return waitingToRetry.get();
  }

  /**
   * What this client's calls have cost so far, in USD, as the service reported it (failed calls
   * that the service charged for included). A client derived with {@link #newBuilder()} keeps its
   * own total.
   *
   * @return the total cost
   */
  public double totalCost() {
    return costs.total();
  }

  /**
   * The spending cap in USD, or {@link Double#POSITIVE_INFINITY} when there is none.
   *
   * @return the cap
   */
  public double spendingCap() {
    return costs.cap();
  }

  /**
   * The quota this client's calls wait for, possibly shared with other clients.
   *
   * @return the quota
   */
  public Quota quota() {
    return quota;
  }

  /**
   * How many times this client retries a failed call that {@link BacklinksException#isRetryable()
   * may be retried}, unless a call's {@link CallOptions} says otherwise.
   *
   * @return the number of retries, 0 for never
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * The base URL requests go to.
   *
   * @return the base URL
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * The OkHttp client this client sends with, for tests of this package. Not public: its
   * interceptors are this client's (credentials, quota stamps), and calls made on it would bypass
   * the quota, the retries and the spending cap. A caller who wants to share a pool lends its own
   * client to {@link Builder#okHttpClient}.
   */
  OkHttpClient http() {
    return http;
  }

  /** Names the base URL and the login; the password is never shown. */
  @Override
  public String toString() {
    // The base URL holds no credentials: Builder.baseUrl refuses one with a user name or password.
    return "BacklinksClient{baseUrl=" + baseUrl + ", login=" + credentials.login() + "}";
  }

  /** Configures and builds a {@link BacklinksClient}. */
  public static final class Builder {
    @Nullable Credentials credentials;
    HttpUrl baseUrl = Objects.requireNonNull(HttpUrl.parse(LIVE_BASE_URL));
    @Nullable OkHttpClient okHttpClient;
    long connectTimeoutMillis = TimeUnit.SECONDS.toMillis(DEFAULT_CONNECT_TIMEOUT_SECONDS);
    long readTimeoutMillis = TimeUnit.SECONDS.toMillis(DEFAULT_READ_TIMEOUT_SECONDS);
    long writeTimeoutMillis = TimeUnit.SECONDS.toMillis(DEFAULT_WRITE_TIMEOUT_SECONDS);
    long callTimeoutMillis = TimeUnit.SECONDS.toMillis(DEFAULT_CALL_TIMEOUT_SECONDS);
    boolean timeoutsSet;
    @Nullable Quota quota;
    int rateCalls = Quota.DEFAULT_CALLS;
    boolean rateSet;
    long rateWindowNanos = TimeUnit.SECONDS.toNanos(Quota.DEFAULT_WINDOW_SECONDS);
    int maxConcurrent = Quota.DEFAULT_MAX_CONCURRENT;
    int maxRetries = DEFAULT_MAX_RETRIES;
    Clock clock = Clock.SYSTEM;
    double spendingCapDollars = Double.POSITIVE_INFINITY;
    @Nullable Consumer<String> logSink;
    HttpLogLevel logLevel = HttpLogLevel.NONE;
    EventListener listener = EventListener.NONE;

    Builder() {
    }

    Builder copy() {
      Builder copy = new Builder();
      copy.credentials = credentials;
      copy.baseUrl = baseUrl;
      copy.okHttpClient = okHttpClient;
      copy.connectTimeoutMillis = connectTimeoutMillis;
      copy.readTimeoutMillis = readTimeoutMillis;
      copy.writeTimeoutMillis = writeTimeoutMillis;
      copy.callTimeoutMillis = callTimeoutMillis;
      copy.timeoutsSet = timeoutsSet;
      copy.quota = quota;
      copy.rateCalls = rateCalls;
      copy.rateSet = rateSet;
      copy.rateWindowNanos = rateWindowNanos;
      copy.maxConcurrent = maxConcurrent;
      copy.maxRetries = maxRetries;
      copy.clock = clock;
      copy.spendingCapDollars = spendingCapDollars;
      copy.logSink = logSink;
      copy.logLevel = logLevel;
      copy.listener = listener;
      return copy;
    }

    Quota ownQuota() {
      Quota.Builder own = Quota.builder().maxConcurrent(maxConcurrent).clock(clock);
      if (rateSet) {
        own.rate(rateCalls, rateWindowNanos, TimeUnit.NANOSECONDS);
      }
      return own.build();
    }

    /**
     * At most {@code calls} calls start in any window of the given length. Without it the client's
     * quota takes the account's own calls per minute, which the client asks the service for once
     * before its first call ({@link Quota}; {@value Quota#DEFAULT_CALLS} a minute when the answer
     * says nothing). Set, it wins, and nothing is asked. Replaces a quota set with
     * {@link #quota(Quota)} by one of this client's own.
     *
     * @param calls the number of calls, 1 or more
     * @param window the window's length, more than 0
     * @param unit its unit
     * @return this builder
     */
    public Builder rateLimit(int calls, long window, TimeUnit unit) {
      Quota.builder().rate(calls, window, unit); // checks the arguments
      this.rateCalls = calls;
      this.rateWindowNanos = unit.toNanos(window);
      this.rateSet = true;
      this.quota = null;
      return this;
    }

    /**
     * At most {@code maxConcurrent} calls in flight at once (default 30, DataForSEO's limit).
     * Replaces a quota set with {@link #quota(Quota)} by one of this client's own.
     *
     * @param maxConcurrent the limit, 1 or more
     * @return this builder
     */
    public Builder maxConcurrent(int maxConcurrent) {
      Quota.builder().maxConcurrent(maxConcurrent); // checks the argument
      this.maxConcurrent = maxConcurrent;
      this.quota = null;
      return this;
    }

    /**
     * A quota to share with the other clients of the same account, instead of one of this
     * client's own; replaces {@link #rateLimit} and {@link #maxConcurrent}.
     *
     * @param quota the quota
     * @return this builder
     */
    public Builder quota(Quota quota) {
      this.quota = Objects.requireNonNull(quota, "quota == null");
      return this;
    }

    /**
     * How many times a failed call is retried (default {@value #DEFAULT_MAX_RETRIES});
     * {@link BacklinksException#isRetryable()} says which failures are. {@link CallOptions}
     * overrides it per call.
     *
     * <p>Every retry waits its turn in the quota again and carries the header
     * {@code X-Retry-Attempt: n} (1 for the first retry). The wait before it is 0.5 s, doubling, at
     * most 8 s, each shortened by up to 25 % of random jitter; a rate limit (40202) waits a whole
     * window; a {@code Retry-After} header replaces the wait, and one over 5 minutes ends the
     * retries. A retry of a call whose answer was lost (a dropped connection, a timeout, a proxy's
     * 5xx) may be charged again: at the default a call costs at most three times its price.
     *
     * @param maxRetries the number of retries, 0 for never
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = RetryPolicy.checkMaxRetries(maxRetries);
      return this;
    }

    /** The clock of the client's own quota and of its retries' waits; tests pass a fake. */
    Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The account's API credentials.
     *
     * @param credentials the credentials
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }

    /**
     * The account's API login and password.
     *
     * @param login the API login
     * @param password the API password
     * @return this builder
     */
    public Builder credentials(String login, String password) {
      return credentials(Credentials.of(login, password));
    }

    /**
     * Where requests go: {@link #LIVE_BASE_URL} (the default), {@link #SANDBOX_BASE_URL}, or any
     * other server that speaks the API, such as a test server.
     *
     * @param baseUrl an absolute https URL, or an http URL on loopback
     * @return this builder
     * @throws IllegalArgumentException when it is not an http(s) URL, is plain http to a host other
     *     than loopback, or carries a user name or password
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        // Not echoed: a string that fails to parse could still hold a password.
        throw new IllegalArgumentException("baseUrl is not an absolute http(s) URL");
      }
      return baseUrl(url);
    }

    /**
     * Where requests go, as an {@link HttpUrl}.
     *
     * @param baseUrl the base URL: https, or http on loopback
     * @return this builder
     * @throws IllegalArgumentException when it is plain http to a host other than loopback, or
     *     carries a user name or password
     */
    public Builder baseUrl(HttpUrl baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      if (!baseUrl.username().isEmpty() || !baseUrl.password().isEmpty()) {
        throw new IllegalArgumentException(
            "baseUrl must not carry a user name or password: use credentials(...)");
      }
      if (!baseUrl.isHttps() && !isLoopback(baseUrl.host())) {
        // Basic authentication over plain http would hand the password to anyone on the path.
        throw new IllegalArgumentException("baseUrl " + baseUrl
            + ": plain http:// is allowed to loopback only (localhost, 127.0.0.0/8, ::1); use https://");
      }
      // Retrofit resolves the endpoint's relative path against a base that ends in '/'.
      this.baseUrl = baseUrl.encodedPath().endsWith("/")
          ? baseUrl
          : baseUrl.newBuilder().addPathSegment("").build();
      return this;
    }

    /** localhost, 127.0.0.0/8 or ::1, judged by the literal alone: no name is looked up. */
    static boolean isLoopback(String host) {
      if (host.equals("localhost")) {
        return true;
      }
      if (host.matches("127\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){2}")) {
        return true;
      }
      if (host.indexOf(':') >= 0) {
        // HttpUrl has already checked that this is an IPv6 literal: parsing it looks nothing up.
        try {
          return InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
          return false;
        }
      }
      return false;
    }

    /**
     * Sends to the free sandbox, which answers with dummy data.
     *
     * @return this builder
     */
    public Builder sandbox() {
      return baseUrl(SANDBOX_BASE_URL);
    }

    /**
     * An OkHttp client to derive this client's from, sharing its connection pool, dispatcher and
     * interceptors. Its timeouts are kept unless set on this builder, except that one without a
     * call timeout gets this builder's deadline (see {@link #callTimeout}); this client follows no
     * redirect and leaves retries after a connection failure to its own retry rules, which count
     * and pace them ({@link #maxRetries}). It stays the caller's:
     * it gets none of this client's interceptors (requests sent on it carry no credentials), and
     * {@link BacklinksClient#close()} cancels this client's calls on it and shuts nothing down.
     * Its own interceptors see this client's requests before the credentials are added, which
     * happens only for the base URL's scheme, host and port.
     *
     * @param client the OkHttp client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /**
     * How long to wait for the answer's bytes (default 130 s: live tasks may run for 120 s).
     *
     * @param timeout the timeout, 0 for none
     * @param unit its unit
     * @return this builder
     */
    public Builder readTimeout(long timeout, TimeUnit unit) {
      this.readTimeoutMillis = unit.toMillis(checkTimeout(timeout));
      this.timeoutsSet = true;
      return this;
    }

    /**
     * How long to wait for a connection (default 15 s).
     *
     * @param timeout the timeout, 0 for none
     * @param unit its unit
     * @return this builder
     */
    public Builder connectTimeout(long timeout, TimeUnit unit) {
      this.connectTimeoutMillis = unit.toMillis(checkTimeout(timeout));
      this.timeoutsSet = true;
      return this;
    }

    /**
     * The deadline of each attempt of a call, from connecting to reading the last byte of the
     * answer (default 150 s: up to 15 s to connect, the service's 120 s of work, and a margin to
     * send the request and read the answer). An attempt that runs over it is cancelled and fails
     * with a retryable {@link NetworkException} that names the deadline, which the client's
     * retries try again once per call at most: one attempt that runs out its deadline already
     * says the path is broken, so a call ends within about two deadlines and a backoff. Waits for
     * the quota and between retries are not counted;
     * {@link CallOptions#withTimeout} overrides it per call.
     *
     * @param timeout the deadline, 0 for none (then a server that sends a byte now and then can
     *     hold an attempt forever)
     * @param unit its unit
     * @return this builder
     */
    public Builder callTimeout(long timeout, TimeUnit unit) {
      this.callTimeoutMillis = unit.toMillis(checkTimeout(timeout));
      this.timeoutsSet = true;
      return this;
    }

    /**
     * Refuses calls, before sending them, once this client's calls have cost {@code dollars} in
     * total (as the service reports cost). Calls in flight when the cap is reached still complete,
     * so the total may pass the cap by what they cost. Default: no cap.
     *
     * @param dollars the cap in USD, 0 or more ({@link Double#POSITIVE_INFINITY} for none)
     * @return this builder
     * @throws IllegalArgumentException when it is negative or NaN
     */
    public Builder spendingCap(double dollars) {
      if (!(dollars >= 0)) {
        throw new IllegalArgumentException("spendingCap must be >= 0 USD: " + dollars);
      }
      this.spendingCapDollars = dollars;
      return this;
    }

    /**
     * Logs every HTTP exchange at {@link HttpLogLevel#HEADERS} to {@code sink}, one line a call of
     * {@link Consumer#accept}; see {@link #logger(Consumer, HttpLogLevel)}.
     *
     * @param sink where log lines go, such as {@code System.err::println}
     * @return this builder
     */
    public Builder logger(Consumer<String> sink) {
      return logger(sink, HttpLogLevel.HEADERS);
    }

    /**
     * Logs every HTTP exchange to {@code sink}, one line a call of {@link Consumer#accept}, with
     * credentials redacted at every level: the {@code Authorization} header's value never reaches
     * the sink. Off by default. The sink is called from the threads that run calls; an exception it
     * throws is ignored.
     *
     * @param sink where log lines go
     * @param level how much to log ({@link HttpLogLevel#NONE} turns logging off)
     * @return this builder
     */
    public Builder logger(Consumer<String> sink, HttpLogLevel level) {
      this.logSink = Objects.requireNonNull(sink, "sink == null");
      this.logLevel = Objects.requireNonNull(level, "level == null");
      return this;
    }

    /**
     * Tells {@code listener} what every call of the client does: its start, its waits for the
     * quota, each attempt and its answer (codes, cost, duration), each retry and refusal, and its
     * end. See {@link EventListener} for the order, the threads and the cost;
     * {@code org.backlinks4j.micrometer.BacklinksMetrics} (the {@code -micrometer} jar) records
     * them in Micrometer. One listener a client (default {@link EventListener#NONE}); a client
     * derived with {@link BacklinksClient#newBuilder()} keeps it.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder eventListener(EventListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    private static long checkTimeout(long timeout) {
      if (timeout < 0) {
        throw new IllegalArgumentException("timeout < 0: " + timeout);
      }
      return timeout;
    }

    /**
     * The client.
     *
     * @return the client
     * @throws NullPointerException when no credentials were given
     */
    public BacklinksClient build() {
      return new BacklinksClient(this);
    }
  }
}
