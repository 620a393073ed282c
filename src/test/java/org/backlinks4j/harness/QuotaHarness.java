package org.backlinks4j.harness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.Quota;
import org.backlinks4j.Fixtures;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeStats;

/**
 * Drives the library against the fake server ({@link FakeDataForSeo}) enforcing the service's
 * strict quota at scaled limits, and prints, per run, the calls, the violations the fake counted, and the utilization of the quota: ideal time / actual
 * time, where the ideal time is the finish of the earliest schedule both bounds allow (see
 * {@link #idealNanos}). Run it with {@code tools/quota-harness}; it exits 1 if the server counted
 * any violation.
 *
 * <pre>
 * tools/quota-harness                       both scenarios of the README
 * tools/quota-harness small|large           one of them
 * tools/quota-harness CALLS WINDOW_MS CONCURRENT LATENCY_MS TOTAL   a scenario of your own
 * </pre>
 */
public final class QuotaHarness {
  /** With -Dharness.trace=true the harness prints long gaps between arrivals, to find stalls. */
  static final boolean TRACE = Boolean.getBoolean("harness.trace");
  /** Each accepted call's answer: a task without data, as small as the service's answers get. */
  private static final String OK = Fixtures.envelope(20000, "Ok.", "null");

  /** Sync callers: 8, or 8 more than the cap where 8 blocked threads could not fill it. */
  static int syncThreads(Scenario s) {
    return s.maxConcurrent() < 8 ? 8 : s.maxConcurrent() + 8;
  }

  /** One configuration: the quota, the server's latency and how many calls to make. */
  record Scenario(int calls, long windowMillis, int maxConcurrent, long latencyMillis, int total) {
    @Override
    public String toString() {
      return calls + " calls per " + windowMillis + " ms, " + maxConcurrent + " in flight, "
          + latencyMillis + " ms latency, " + total + " calls";
    }
  }

  /** What one run measured. */
  record Result(String mode, int total, int ok, int failed, int rateViolations,
      int concurrencyViolations, int maxInFlight, long actualNanos, long idealNanos,
      String firstFailure, double worstShortfallMillis, long contractViolations) {
    double utilization() {
      return (double) idealNanos / actualNanos;
    }

    int violations() {
      return rateViolations + concurrencyViolations;
    }
  }

  private QuotaHarness() {
  }

  public static void main(String[] args) throws Exception {
    List<Scenario> scenarios = new ArrayList<>();
    Scenario small = new Scenario(100, 5_000, 4, 100, 300);
    // An account of 2000 a minute (DataForSEO's default until 2026-10-19; 10,000 now) and 30 at
    // once, with time scaled down tenfold: a 6 s window and
    // a latency at which 30 calls in flight could start 2000 calls in 4 s, so the window binds.
    Scenario large = new Scenario(2000, 6_000, 30, 60, 4_500);
    if (args.length == 0 || args[0].equals("all")) {
      scenarios.add(small);
      scenarios.add(large);
    } else if (args[0].equals("small")) {
      scenarios.add(small);
    } else if (args[0].equals("large")) {
      scenarios.add(large);
    } else if (args.length == 5) {
      scenarios.add(new Scenario(Integer.parseInt(args[0]), Long.parseLong(args[1]),
          Integer.parseInt(args[2]), Long.parseLong(args[3]), Integer.parseInt(args[4])));
    } else {
      System.err.println("usage: quota-harness [all|small|large|CALLS WINDOW_MS CONCURRENT LATENCY_MS TOTAL]");
      System.exit(2);
    }
    PrintStream out = System.out;
    out.println("Quota harness: the library against the fake server (FakeDataForSeo), which enforces a");
    out.println("strict sliding window and a concurrency cap by its own clock at arrival (40202/40209 in");
    out.println("the body when broken, counted as violations) and checks each request against the spec.");
    out.println("The client's quota has the same limits and its");
    out.println("default transit margin of " + Quota.DEFAULT_TRANSIT_MARGIN_MILLIS
        + " ms, and no retries, so that every violation shows.");
    out.println("ideal = finish of the earliest schedule both bounds allow with the server's latency:");
    out.println("  start[i] = max(start[i-C] + latency, start[i-N] + window), 0 when i < C and i < N;");
    out.println("  ideal = start[last] + latency. utilization = ideal / actual (first call to last answer).");
    // Class loading and the JIT make a cold JVM's first calls slow to leave: safe (a call counts
    // from its write), but it would be measured as lost utilization that a long job never sees.
    run(new Scenario(1000, 1000, 30, 5, 600), "sync");
    run(new Scenario(1000, 1000, 30, 5, 600), "async");
    out.println("(after an unmeasured warm-up of 1200 calls on another server: class loading, JIT)");
    out.println("load average before: " + loadAverage());
    boolean violated = false;
    for (Scenario scenario : scenarios) {
      out.println();
      out.println("Scenario: " + scenario + "; ideal "
          + seconds(idealNanos(scenario)) + " s (window bound and concurrency bound together)");
      out.println(String.format(Locale.ROOT, "  %-18s %6s %6s %6s %6s %6s %9s %9s %9s %11s",
          "mode", "calls", "ok", "failed", "40202", "40209", "max.infl", "actual s", "ideal s",
          "utilization"));
      for (String mode : new String[] {"sync", "async"}) {
        Result r = run(scenario, mode);
        violated |= r.violations() > 0 || r.failed() > 0 || r.contractViolations() > 0;
        out.println(String.format(Locale.ROOT, "  %-18s %6d %6d %6d %6d %6d %9d %9s %9s %11.3f",
            r.mode(), r.total(), r.ok(), r.failed(), r.rateViolations(), r.concurrencyViolations(),
            r.maxInFlight(), seconds(r.actualNanos()), seconds(r.idealNanos()), r.utilization()));
        if (r.contractViolations() > 0) {
          out.println("    " + r.contractViolations() + " requests broke spec/backlinks-summary.yaml");
        }
        if (r.failed() > 0) {
          out.println("    first failure: " + r.firstFailure());
          if (r.rateViolations() > 0) {
            out.println(String.format(Locale.ROOT,
                "    the earliest 40202 came %.1f ms before the window allowed it",
                r.worstShortfallMillis()));
          }
        }
      }
    }
    out.println();
    out.println("load average after: " + loadAverage());
    System.exit(violated ? 1 : 0);
  }

  /** One run on a fresh server and a fresh client: {@code sync} from many threads, or {@code async}. */
  static Result run(Scenario s, String mode) throws IOException, InterruptedException {
    return run(s, mode, Quota.DEFAULT_TRANSIT_MARGIN_MILLIS);
  }

  /** One run with a transit margin of the caller's choosing. */
  static Result run(Scenario s, String mode, long marginMillis)
      throws IOException, InterruptedException {
    try (FakeDataForSeo server = FakeDataForSeo.start()) {
      server.quota(s.calls(), s.windowMillis(), TimeUnit.MILLISECONDS, s.maxConcurrent())
          .recordRequests(false);
      server.everyTarget().delay(s.latencyMillis(), TimeUnit.MILLISECONDS).fixture(OK);
      List<Long> trace = java.util.Collections.synchronizedList(new ArrayList<>());
      if (TRACE) {
        server.onArrival(request -> trace.add(System.nanoTime()));
      }
      BacklinksClient client = BacklinksClient.builder()
          .credentials("harness", "harness")
          .baseUrl(server.baseUrl())
          .quota(Quota.builder()
              .rate(s.calls(), s.windowMillis(), TimeUnit.MILLISECONDS)
              .maxConcurrent(s.maxConcurrent())
              .transitMargin(marginMillis, TimeUnit.MILLISECONDS)
              .build())
          .maxRetries(0)
          .build();
      SummaryRequest request = SummaryRequest.of("example.com");
      AtomicInteger ok = new AtomicInteger();
      AtomicInteger failed = new AtomicInteger();
      java.util.concurrent.atomic.AtomicReference<String> firstFailure =
          new java.util.concurrent.atomic.AtomicReference<>("");
      long start = System.nanoTime();
      if (mode.equals("sync")) {
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < syncThreads(s); t++) {
          Thread thread = new Thread(() -> {
            while (next.getAndIncrement() < s.total()) {
              try {
                client.summary(request);
                ok.incrementAndGet();
              } catch (BacklinksException e) {
                failed.incrementAndGet();
                firstFailure.compareAndSet("", e.getMessage());
              }
            }
          });
          threads.add(thread);
          thread.start();
        }
        for (Thread thread : threads) {
          thread.join();
        }
      } else {
        List<CompletableFuture<?>> futures = new ArrayList<>();
        for (int i = 0; i < s.total(); i++) {
          futures.add(client.summaryAsync(request).handle((summary, failure) -> {
            if (failure == null) {
              return ok.incrementAndGet();
            }
            firstFailure.compareAndSet("", failure.getMessage());
            return failed.incrementAndGet();
          }));
        }
        CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
      }
      long actual = System.nanoTime() - start;
      if (TRACE) {
        synchronized (trace) {
          for (int i = 1; i < trace.size(); i++) {
            long gap = trace.get(i) - trace.get(i - 1);
            if (gap > TimeUnit.MILLISECONDS.toNanos(150)) {
              System.out.printf("    gap before arrival %d at %.3f s: %.0f ms%n", i,
                  (trace.get(i) - start) / 1e9, gap / 1e6);
            }
          }
        }
      }
      FakeStats stats = server.stats();
      client.close();
      return new Result(mode.equals("sync") ? "sync, " + syncThreads(s) + " threads" : "async",
          s.total(), ok.get(), failed.get(), (int) stats.rateViolations(),
          (int) stats.concurrencyViolations(), stats.peakInFlight(), actual, idealNanos(s),
          firstFailure.get(), stats.worstShortfallMillis(), stats.contractViolations());
    }
  }

  /**
   * The time the quota bound allows: the finish of the earliest schedule in which every call takes
   * exactly the server's latency, at most C are in flight, and no N+1 start within one window.
   * Starting each call as early as both bounds allow is optimal (by induction, each start is the
   * earliest any valid schedule can give it): start[i] = max(start[i-C] + latency,
   * start[i-N] + window). It is max(window bound, concurrency bound) for these uniform loads.
   */
  static long idealNanos(Scenario s) {
    long latency = TimeUnit.MILLISECONDS.toNanos(s.latencyMillis());
    long window = TimeUnit.MILLISECONDS.toNanos(s.windowMillis());
    long[] start = new long[s.total()];
    for (int i = 0; i < s.total(); i++) {
      long t = 0;
      if (i >= s.maxConcurrent()) {
        t = Math.max(t, start[i - s.maxConcurrent()] + latency);
      }
      if (i >= s.calls()) {
        t = Math.max(t, start[i - s.calls()] + window);
      }
      start[i] = t;
    }
    return start[s.total() - 1] + latency;
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim()
          + " (" + Runtime.getRuntime().availableProcessors() + " cores)";
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
