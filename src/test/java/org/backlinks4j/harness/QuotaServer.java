package org.backlinks4j.harness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.backlinks4j.Fixtures;

/**
 * A loopback stand-in for DataForSEO's quota: a strict sliding window and a concurrency cap,
 * counted by this server's own clock when a call arrives, and a fixed latency per accepted call.
 * A call that breaks the window is answered with 40202 and one over the cap with 40209, in the
 * body as the service does; both are counted as violations.
 *
 * <p>Strict: a call breaks the window when {@code calls} accepted calls arrived in the closed
 * interval [arrival - window, arrival]. A call is in flight from its arrival until its answer is
 * about to be written (the service is done with it then).
 */
final class QuotaServer implements AutoCloseable {
  private static final byte[] OK = Fixtures.envelope(20000, "Ok.", "null")
      .getBytes(StandardCharsets.UTF_8);
  private static final byte[] RATE = Fixtures.envelope(40202,
      "Rate limit per minute exceeded.", "null").getBytes(StandardCharsets.UTF_8);
  private static final byte[] CONCURRENCY = Fixtures.envelope(40209,
      "Too many simultaneous requests.", "null").getBytes(StandardCharsets.UTF_8);

  private final int calls;
  private final long windowNanos;
  private final int maxConcurrent;
  private final long latencyNanos;
  private final HttpServer server;
  /** Writes answers when their latency is up, so that no thread sleeps per call. */
  private final ScheduledExecutorService answers = Executors.newScheduledThreadPool(2);

  private final ArrayDeque<Long> arrivals = new ArrayDeque<>();
  private int inFlight;
  private int received;
  private int accepted;
  private int rateViolations;
  private int concurrencyViolations;
  private int maxInFlightSeen;
  private long worstShortfallNanos;
  /** With -Dharness.trace=true the harness prints long gaps between arrivals, to find stalls. */
  static final boolean TRACE = Boolean.getBoolean("harness.trace");
  final java.util.List<Long> trace = new java.util.ArrayList<>();

  QuotaServer(int calls, long windowMillis, int maxConcurrent, long latencyMillis) throws IOException {
    this.calls = calls;
    this.windowNanos = TimeUnit.MILLISECONDS.toNanos(windowMillis);
    this.maxConcurrent = maxConcurrent;
    this.latencyNanos = TimeUnit.MILLISECONDS.toNanos(latencyMillis);
    System.setProperty("sun.net.httpserver.nodelay", "true"); // no Nagle delay on small answers
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    server.createContext("/", this::handle);
    // No executor: the server's own thread calls handle() as soon as it has read a request, so the
    // arrival is stamped without waiting for a pool thread to be scheduled on a busy machine.
    server.setExecutor(null);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      body.readAllBytes();
    }
    long arrival = System.nanoTime(); // the whole request is here: this is when the call arrives
    byte[] answer;
    synchronized (this) {
      if (TRACE) {
        trace.add(arrival);
      }
      received++;
      while (!arrivals.isEmpty() && arrivals.peekFirst() < arrival - windowNanos) {
        arrivals.pollFirst();
      }
      if (arrivals.size() >= calls) {
        rateViolations++;
        // How much sooner than allowed it came: jitter if milliseconds, a broken limiter if more.
        long oldest = arrivals.toArray(new Long[0])[arrivals.size() - calls];
        worstShortfallNanos = Math.max(worstShortfallNanos, oldest + windowNanos - arrival);
        answer = RATE;
      } else if (inFlight >= maxConcurrent) {
        concurrencyViolations++;
        answer = CONCURRENCY;
      } else {
        arrivals.addLast(arrival);
        inFlight++;
        accepted++;
        maxInFlightSeen = Math.max(maxInFlightSeen, inFlight);
        answer = OK;
      }
    }
    if (answer == OK) {
      answers.schedule(() -> {
        synchronized (this) {
          inFlight--; // before the answer leaves: the client may start the next call on receipt
        }
        answer(exchange, OK);
      }, arrival + latencyNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    } else {
      answer(exchange, answer);
    }
  }

  private static void answer(HttpExchange exchange, byte[] answer) {
    try {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    } catch (IOException e) {
      exchange.close(); // the client went away: nothing to count
    }
  }

  synchronized int received() {
    return received;
  }

  synchronized int accepted() {
    return accepted;
  }

  synchronized int rateViolations() {
    return rateViolations;
  }

  synchronized int concurrencyViolations() {
    return concurrencyViolations;
  }

  /** The most any 40202 call came too early by, in ms. */
  synchronized double worstShortfallMillis() {
    return worstShortfallNanos / 1e6;
  }

  synchronized int maxInFlightSeen() {
    return maxInFlightSeen;
  }

  @Override
  public void close() {
    server.stop(0);
    answers.shutdownNow();
  }
}
