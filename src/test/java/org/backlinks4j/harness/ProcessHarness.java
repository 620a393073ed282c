package org.backlinks4j.harness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeStats;
import org.backlinks4j.redis.RedisLimiterKeys;
import org.backlinks4j.redis.TestRedis;
import redis.clients.jedis.RedisClient;

/**
 * The quota across processes: CLI processes ({@code tools/backlinks bulk}, run as {@code java
 * org.backlinks4j.cli.Main}) of one account against one {@link FakeDataForSeo} that enforces the
 * account's quota strictly, with or without a shared quota in a real Redis started here.
 * {@code tools/quota-harness processes [SCENARIO]} runs it; it prints, per scenario, what the fake
 * counted and the times, and exits 1 when a scenario misses its bound.
 *
 * <pre>
 * shared       2, then 4 processes sharing the quota in Redis, 1200 targets in all
 * kill         one process killed with kill -9 while it holds slots, then the next one
 * unshared     2 processes of 600 targets, no shared store: adaptive limits only
 * redis-stop   Redis stopped in the middle of a run of 2 processes, with fail, then local
 * all          every one (the default)
 * </pre>
 *
 * <p>The limits: 200 calls per 4 s and 16 in flight (an account of 2000 a minute, DataForSEO's
 * default until 2026-10-19, and 30 at once, scaled), 60 ms per call. The ideal time is {@link QuotaHarness#idealNanos} for all the targets
 * together. Two times are given: "span", from the first call's arrival at the fake to the last
 * answer, which is what the quota decides; and "wall", from starting the processes to the last
 * one's exit, which adds the JVMs' start (about a second each on a loaded 2-core machine).
 */
public final class ProcessHarness {
  static final int CALLS = 200;
  static final long WINDOW_MILLIS = 4_000;
  static final int CONCURRENT = 16;
  static final long LATENCY_MILLIS = 60;
  private static final Pattern TARGET = Pattern.compile("\"target\"\\s*:\\s*\"([^\"]+)\"");
  private static final PrintStream OUT = System.out;

  private final Path work;
  private boolean missed;

  private ProcessHarness(Path work) {
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    String which = args.length == 0 ? "all" : args[0];
    Path work = Files.createTempDirectory("quota-harness-processes");
    ProcessHarness harness = new ProcessHarness(work);
    OUT.println("Quota harness, processes: CLI bulk processes of one account against the fake server"
        + " at " + CALLS + " calls per " + WINDOW_MILLIS + " ms, " + CONCURRENT + " in flight, "
        + LATENCY_MILLIS + " ms per call (strict, by its own clock at arrival).");
    OUT.println("load average before: " + loadAverage());
    switch (which) {
      case "shared":
        harness.shared(2);
        harness.shared(4);
        break;
      case "kill":
        harness.kill();
        break;
      case "unshared":
        harness.unshared();
        break;
      case "redis-stop":
        harness.redisStop("fail");
        harness.redisStop("local");
        break;
      case "all":
        harness.shared(2);
        harness.shared(4);
        harness.kill();
        harness.unshared();
        harness.redisStop("fail");
        harness.redisStop("local");
        break;
      default:
        System.err.println("usage: quota-harness processes [shared|kill|unshared|redis-stop|all]");
        System.exit(2);
    }
    OUT.println();
    OUT.println("load average after: " + loadAverage());
    System.exit(harness.missed ? 1 : 0);
  }

  /** The fake, with arrival times per process (targets are named pN-...). */
  private static final class Server implements AutoCloseable {
    final FakeDataForSeo fake;
    final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
    final AtomicLong last = new AtomicLong(Long.MIN_VALUE);
    final Map<String, Long> firstOf = new ConcurrentHashMap<>();
    final AtomicInteger arrivals = new AtomicInteger();

    Server() throws IOException {
      fake = FakeDataForSeo.start();
      fake.checkRequests(false).recordRequests(false);
      fake.quota(CALLS, WINDOW_MILLIS, TimeUnit.MILLISECONDS, CONCURRENT);
      fake.everyTarget().delay(LATENCY_MILLIS, TimeUnit.MILLISECONDS);
      fake.onArrival(request -> {
        long now = System.nanoTime();
        times.add(now);
        first.accumulateAndGet(now, Math::min);
        last.accumulateAndGet(now, Math::max);
        arrivals.incrementAndGet();
        Matcher m = TARGET.matcher(request.getBody().clone().readUtf8());
        if (m.find()) {
          firstOf.putIfAbsent(m.group(1).substring(0, m.group(1).indexOf('-')), now);
        }
      });
    }

    final java.util.Queue<Long> times = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** Arrivals per window, from the first: how evenly the window was used. */
    void timeline() {
      long[] per = new long[64];
      for (long t : times) {
        int bucket = (int) ((t - first.get()) / TimeUnit.MILLISECONDS.toNanos(WINDOW_MILLIS));
        per[Math.min(bucket, per.length - 1)]++;
      }
      StringBuilder line = new StringBuilder("  arrivals per " + WINDOW_MILLIS + " ms:");
      for (int i = 0; i <= (int) ((last.get() - first.get())
          / TimeUnit.MILLISECONDS.toNanos(WINDOW_MILLIS)) && i < per.length; i++) {
        line.append(' ').append(per[i]);
      }
      OUT.println(line);
    }

    /** First arrival to last answer. */
    long spanNanos() {
      return last.get() - first.get() + TimeUnit.MILLISECONDS.toNanos(LATENCY_MILLIS);
    }

    @Override
    public void close() throws IOException {
      fake.close();
    }
  }

  /** One CLI process: bulk over its own targets. */
  private final class Child {
    final String name;
    final Path input;
    final Path output;
    final Path stderr;
    final int targets;
    Process process;

    Child(String name, int targets) throws IOException {
      this.name = name;
      this.targets = targets;
      this.input = work.resolve(name + ".txt");
      this.output = work.resolve(name + ".jsonl");
      this.stderr = work.resolve(name + ".err");
      List<String> lines = new ArrayList<>();
      for (int i = 1; i <= targets; i++) {
        lines.add(String.format(Locale.ROOT, "%s-t%04d.example.com", name, i));
      }
      Files.write(input, lines, StandardCharsets.UTF_8);
      Files.deleteIfExists(output);
    }

    Child start(Server server, List<String> extra) throws IOException {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add("org.backlinks4j.cli.Main");
      command.add("bulk");
      command.add("--input");
      command.add(input.toString());
      command.add("--output");
      command.add(output.toString());
      command.add("--progress");
      command.add("none");
      command.add("--rate");
      command.add(CALLS + "/" + WINDOW_MILLIS + "ms");
      command.add("--max-concurrent");
      command.add(Integer.toString(CONCURRENT));
      command.add("--allow-over-balance"); // with the rate set: no user_data call, only targets'
      command.addAll(extra);
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectErrorStream(false)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(stderr.toFile());
      builder.environment().put("DATAFORSEO_LOGIN", "harness-account");
      builder.environment().put("DATAFORSEO_PASSWORD", "harness-password");
      builder.environment().put("DATAFORSEO_BASE_URL", server.fake.baseUrl());
      builder.environment().remove("DATAFORSEO_SHARED_QUOTA");
      process = builder.start();
      return this;
    }

    /** Waits at most {@code seconds}; kills it (and says so) if it is still running then. */
    int await(long seconds) throws InterruptedException {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        OUT.println("    " + name + " HUNG: killed after " + seconds + " s");
        missed = true;
        return -1;
      }
      return process.exitValue();
    }

    /** Records of this process's output whose status is 20000. */
    long succeeded() throws IOException {
      if (!Files.exists(output)) {
        return 0;
      }
      try (var lines = Files.lines(output)) {
        return lines.filter(line -> line.contains("\"status_code\":20000")).count();
      }
    }

    String lastErrLine() throws IOException {
      List<String> lines = Files.readAllLines(stderr);
      return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    List<String> errLines() throws IOException {
      return Files.readAllLines(stderr);
    }
  }

  private void shared(int processes) throws Exception {
    OUT.println();
    int total = 1200;
    OUT.printf(Locale.ROOT, "Scenario shared: %d processes of %d targets sharing the quota in Redis%n",
        processes, total / processes);
    try (TestRedis redis = TestRedis.start(); Server server = new Server()) {
      List<Child> children = new ArrayList<>();
      long start = System.nanoTime();
      for (int p = 1; p <= processes; p++) {
        children.add(new Child("p" + p, total / processes)
            .start(server, List.of("--shared-quota", redis.uri().toString())));
      }
      long succeeded = 0;
      List<Integer> codes = new ArrayList<>();
      for (Child child : children) {
        codes.add(child.await(300));
        succeeded += child.succeeded();
      }
      long wall = System.nanoTime() - start;
      report(server, total, succeeded, codes, wall, 1.1);
    }
  }

  private void unshared() throws Exception {
    OUT.println();
    int total = 1200;
    OUT.println("Scenario unshared: 2 processes of 600 targets, no shared store (adaptive limits)");
    try (Server server = new Server()) {
      List<Child> children = new ArrayList<>();
      long start = System.nanoTime();
      for (int p = 1; p <= 2; p++) {
        children.add(new Child("p" + p, total / 2).start(server, List.of()));
      }
      long succeeded = 0;
      List<Integer> codes = new ArrayList<>();
      for (Child child : children) {
        codes.add(child.await(300));
        succeeded += child.succeeded();
      }
      long wall = System.nanoTime() - start;
      for (Child child : children) {
        OUT.println("  " + child.name + ": " + child.lastErrLine());
      }
      server.timeline();
      FakeStats stats = report(server, total, succeeded, codes, wall, 1.3);
      double refused = (double) stats.violations() / stats.calls();
      OUT.printf(Locale.ROOT, "  refused: %d of %d calls = %.1f %% (bound 10 %%): %s%n",
          stats.violations(), stats.calls(), 100 * refused, refused <= 0.10 ? "PASS" : "MISS");
      missed |= refused > 0.10;
    }
  }

  private void kill() throws Exception {
    OUT.println();
    OUT.println("Scenario kill: p1 (600 targets) killed with kill -9 while it holds slots; then p2"
        + " (600 targets); lease " + org.backlinks4j.redis.RedisQuota.DEFAULT_LEASE_SECONDS + " s");
    try (TestRedis redis = TestRedis.start(); Server server = new Server();
        RedisClient inspect = RedisClient.create(redis.uri())) {
      List<String> shared = List.of("--shared-quota", redis.uri().toString());
      String leases = RedisLimiterKeys.of("harness-account").get(1);
      Child killed = new Child("p1", 600).start(server, shared);
      while (server.arrivals.get() < 40 && killed.process.isAlive()) {
        Thread.sleep(1);
      }
      long held = inspect.zcard(leases);
      killed.process.destroyForcibly(); // SIGKILL: no release, no renewal
      long killedAt = System.nanoTime();
      killed.process.waitFor();
      OUT.printf(Locale.ROOT, "  p1 killed after %d arrivals, holding %d slots (leases in Redis)%n",
          server.arrivals.get(), held);
      Child next = new Child("p2", 600).start(server, shared);
      int code = next.await(300);
      long p2First = server.firstOf.getOrDefault("p2", Long.MIN_VALUE);
      FakeStats stats = server.fake.stats();
      OUT.printf(Locale.ROOT, "  p2: exit %d, %d of 600 targets succeeded; its first call arrived"
          + " %.2f s after the kill (the killed slots came back within the lease)%n", code,
          next.succeeded(), (p2First - killedAt) / 1e9);
      OUT.printf(Locale.ROOT, "  the fake: %d calls, %d accepted, 40202 %d, 40209 %d, peak in flight %d%n",
          stats.calls(), stats.accepted(), stats.rateViolations(), stats.concurrencyViolations(),
          stats.peakInFlight());
      boolean ok = stats.violations() == 0 && code == 0 && next.succeeded() == 600
          && p2First - killedAt <= TimeUnit.SECONDS.toNanos(
              org.backlinks4j.redis.RedisQuota.DEFAULT_LEASE_SECONDS) + TimeUnit.SECONDS.toNanos(2);
      OUT.println("  0 violations and p2 complete, slots back within the lease (+2 s for p2's JVM to"
          + " start): " + (ok ? "PASS" : "MISS"));
      missed |= !ok;
    }
  }

  private void redisStop(String fallback) throws Exception {
    OUT.println();
    OUT.println("Scenario redis-stop, --shared-quota-fallback " + fallback + ": 2 processes of 600"
        + " targets; Redis stopped 3 s in");
    try (TestRedis redis = TestRedis.start(); Server server = new Server()) {
      List<String> shared = List.of("--shared-quota", redis.uri().toString(),
          "--shared-quota-fallback", fallback);
      List<Child> children = new ArrayList<>();
      for (int p = 1; p <= 2; p++) {
        children.add(new Child("p" + p, 600).start(server, shared));
      }
      Thread.sleep(3_000);
      redis.stop();
      long stoppedAt = System.nanoTime();
      boolean ok = true;
      for (Child child : children) {
        int code = child.await(300);
        double after = (System.nanoTime() - stoppedAt) / 1e9;
        List<String> err = child.errLines();
        OUT.printf(Locale.ROOT, "  %s: exit %d, %d of 600 succeeded, ended %.1f s after the stop;"
            + " stderr (%d lines):%n", child.name, code, child.succeeded(), after, err.size());
        for (String line : err) {
          OUT.println("    | " + line);
        }
        ok &= fallback.equals("fail") ? code == 1 && err.size() == 2
            : code == 0 && child.succeeded() == 600;
      }
      FakeStats stats = server.fake.stats();
      OUT.printf(Locale.ROOT, "  the fake: %d calls, %d accepted, 40202 %d, 40209 %d%n",
          stats.calls(), stats.accepted(), stats.rateViolations(), stats.concurrencyViolations());
      if (fallback.equals("fail")) {
        ok &= stats.violations() == 0;
      }
      OUT.println("  " + (fallback.equals("fail")
          ? "exit 1 with one error line (and the closing line), no hang, 0 violations: "
          : "every target done, a warning line, no hang: ") + (ok ? "PASS" : "MISS"));
      missed |= !ok;
    }
  }

  private FakeStats report(Server server, int total, long succeeded, List<Integer> codes,
      long wallNanos, double bound) {
    FakeStats stats = server.fake.stats();
    long ideal = QuotaHarness.idealNanos(new QuotaHarness.Scenario(CALLS, WINDOW_MILLIS,
        CONCURRENT, LATENCY_MILLIS, total));
    double span = (double) server.spanNanos() / ideal;
    OUT.printf(Locale.ROOT, "  exit codes %s; %d of %d targets succeeded%n", codes, succeeded, total);
    OUT.printf(Locale.ROOT, "  the fake: %d calls, %d accepted, 40202 %d (the earliest %.1f ms"
        + " before the window allowed it), 40209 %d, peak in flight %d%n",
        stats.calls(), stats.accepted(), stats.rateViolations(), stats.worstShortfallMillis(),
        stats.concurrencyViolations(), stats.peakInFlight());
    OUT.printf(Locale.ROOT, "  ideal %.3f s; span %.3f s = %.3f x ideal; wall %.3f s = %.3f x ideal"
        + " (bound %.1f x on the span)%n", ideal / 1e9, server.spanNanos() / 1e9, span,
        wallNanos / 1e9, (double) wallNanos / ideal, bound);
    boolean ok = succeeded == total && span <= bound
        && (bound > 1.1 || stats.violations() == 0);
    OUT.println("  " + (bound > 1.1 ? "every target, within the bound: "
        : "0 violations, every target, within the bound: ") + (ok ? "PASS" : "MISS"));
    missed |= !ok;
    return stats;
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
