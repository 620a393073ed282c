package org.backlinks4j.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.backlinks4j.internal.SharedLimiter;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * The shared counts of a {@link RedisQuota}: the {@link Scripts} run on the Redis server, one
 * thread of this process talks to it. Calls of this process wait in a local FIFO queue. One round
 * trip gives back the slots of the calls that ended since the last one and starts as many of the
 * queue's first calls as the account's quota allows: a call costs at most one round trip to start
 * and shares one to end.
 *
 * <p>While the window is full the head waits exactly until its oldest call leaves (the script says
 * when); while every slot is taken it asks again every {@value #POLL_MILLIS} ms, or at once when
 * a call of this process ends. Leases of this process's calls in flight are renewed every third
 * of the lease, in one round trip for all of them.
 */
final class RedisLimiter implements SharedLimiter {
  static final long POLL_MILLIS = 5;
  private static final long UNWRITTEN = Long.MIN_VALUE;

  private final UnifiedJedis redis;
  /** Whether {@link #close()} closes {@link #redis}: true when RedisQuota made it from a URI. */
  private final boolean ownsRedis;
  private final String where;
  private final List<String> keys;
  private final int calls;
  private final long windowNanos;
  private final long marginNanos;
  private final int maxConcurrent;
  private final long leaseNanos;
  private final boolean fallsBackToLocal;
  private final Consumer<String> warnings;
  private final Script sync = new Script(Scripts.SYNC);
  private final Script renew = new Script(Scripts.RENEW);
  /** Calls that ended, to give back with the next round trip. */
  private final java.util.concurrent.ConcurrentLinkedQueue<RedisSlot> ended =
      new java.util.concurrent.ConcurrentLinkedQueue<>();
  /** Makes each call's id unique among the processes of the account. */
  private final String processId;
  private final AtomicLong ids = new AtomicLong();
  /** The one thread that talks to Redis; a daemon, so it never keeps a process alive. */
  private final ScheduledThreadPoolExecutor worker;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Map<String, RedisSlot> held = new ConcurrentHashMap<>();
  private final AtomicBoolean warnedUnavailable = new AtomicBoolean();

  // Guarded by this.
  private final ArrayDeque<CompletableFuture<Slot>> queue = new ArrayDeque<>();
  private long pumpAt = Long.MAX_VALUE;

  RedisLimiter(UnifiedJedis redis, boolean ownsRedis, String where, String account, int calls,
      long windowNanos, long marginNanos, int maxConcurrent, long leaseNanos,
      boolean fallsBackToLocal, Consumer<String> warnings) {
    this.redis = redis;
    this.ownsRedis = ownsRedis;
    this.where = where;
    String prefix = "backlinks4j:quota:{" + accountKey(account) + "}:"; // one cluster slot
    this.keys = Arrays.asList(prefix + "window", prefix + "leases");
    this.calls = calls;
    this.windowNanos = windowNanos;
    this.marginNanos = marginNanos;
    this.maxConcurrent = maxConcurrent;
    this.leaseNanos = leaseNanos;
    this.fallsBackToLocal = fallsBackToLocal;
    this.warnings = warnings;
    byte[] random = new byte[8];
    new SecureRandom().nextBytes(random);
    this.processId = hex(random);
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "backlinks4j-redis-quota");
      thread.setDaemon(true);
      return thread;
    });
    executor.setRemoveOnCancelPolicy(true);
    // Once closed, a pump that waits for the window has no caller left: it must not hold the
    // thread (and so close()) until the window frees.
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.worker = executor;
    long every = Math.max(1, leaseNanos / 3);
    worker.scheduleWithFixedDelay(this::renewLeases, every, every, TimeUnit.NANOSECONDS);
  }

  /** The account's part of the keys: a hash of the login, never the login itself. */
  static String accountKey(String login) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(("backlinks4j quota account " + login).getBytes(StandardCharsets.UTF_8));
      return hex(Arrays.copyOf(digest, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return hex.toString();
  }

  List<String> keys() {
    return keys;
  }

  @Override
  public CompletableFuture<Slot> acquire() {
    CompletableFuture<Slot> ticket = new CompletableFuture<>();
    synchronized (this) {
      queue.addLast(ticket);
    }
    ticket.whenComplete((slot, failure) -> {
      if (ticket.isCancelled()) {
        synchronized (this) {
          queue.remove(ticket);
        }
      }
    });
    pumpAfter(0);
    return ticket;
  }

  /** Asks Redis for the head of the queue after {@code delayNanos}, unless asked by then anyway. */
  private void pumpAfter(long delayNanos) {
    long at = System.nanoTime() + delayNanos;
    synchronized (this) {
      if (pumpAt != Long.MAX_VALUE && pumpAt - at <= 0) {
        return;
      }
      pumpAt = at;
    }
    try {
      worker.schedule(this::pump, delayNanos, TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      failAll(new Unavailable("the shared quota at " + where + " is closed", e));
    }
  }

  /**
   * Gives back the slots of calls that ended and asks for as many of the queue's first calls as
   * the account's quota allows, all in one round trip, and again while there is more to do; on
   * the worker thread.
   */
  private void pump() {
    synchronized (this) {
      pumpAt = Long.MAX_VALUE;
    }
    while (true) {
      List<RedisSlot> releasing = new ArrayList<>();
      for (RedisSlot slot = ended.poll(); slot != null; slot = ended.poll()) {
        releasing.add(slot);
      }
      List<CompletableFuture<Slot>> heads = new ArrayList<>();
      synchronized (this) {
        for (CompletableFuture<Slot> ticket : queue) {
          if (!ticket.isDone()) {
            heads.add(ticket);
            if (heads.size() == maxConcurrent) {
              break; // no more can start at once
            }
          }
        }
      }
      if (releasing.isEmpty() && heads.isEmpty()) {
        return;
      }
      List<String> args = new ArrayList<>();
      args.add(Integer.toString(calls));
      args.add(Integer.toString(maxConcurrent));
      args.add(micros(windowNanos + marginNanos));
      args.add(micros(leaseNanos));
      args.add(Integer.toString(releasing.size()));
      for (RedisSlot slot : releasing) {
        // "This long ago", measured just before sending: Redis places the moment by its own
        // clock, no earlier than it was (later by the trip, which is the safe side).
        args.add(slot.id);
        args.add(Long.toString(slot.agoMicros()));
      }
      List<String> ids = new ArrayList<>(heads.size());
      for (int i = 0; i < heads.size(); i++) {
        String id = processId + ":" + this.ids.incrementAndGet();
        ids.add(id);
        args.add(id);
      }
      int granted;
      long wait;
      try {
        List<?> answer = (List<?>) sync.run(args);
        granted = ((Number) answer.get(0)).intValue();
        wait = ((Number) answer.get(1)).longValue();
      } catch (JedisException | ClassCastException | IndexOutOfBoundsException e) {
        for (RedisSlot slot : releasing) {
          held.remove(slot.id); // its lease expires on its own
        }
        unavailable(e);
        return;
      }
      for (RedisSlot slot : releasing) {
        held.remove(slot.id);
      }
      for (int i = 0; i < granted; i++) {
        RedisSlot slot = new RedisSlot(ids.get(i));
        held.put(slot.id, slot);
        CompletableFuture<Slot> head = heads.get(i);
        synchronized (this) {
          queue.remove(head);
        }
        if (!head.complete(slot)) {
          slot.release(); // cancelled meanwhile: given back with the next round trip
        }
      }
      if (granted < heads.size() && ended.isEmpty()) {
        pumpAfter(wait < 0 ? TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)
            : TimeUnit.MICROSECONDS.toNanos(wait));
        return;
      }
    }
  }

  private void unavailable(Exception e) {
    String message = "the shared quota at " + where + " is unreachable (" + describe(e) + ")";
    if (fallsBackToLocal && warnedUnavailable.compareAndSet(false, true)) {
      warnings.accept(message + "; going on with this process's own quota of " + calls
          + " calls per " + TimeUnit.NANOSECONDS.toMillis(windowNanos) + " ms and "
          + maxConcurrent + " in flight, which does not count the account's other processes");
    }
    failAll(new Unavailable(message, e));
  }

  private void failAll(Unavailable failure) {
    List<CompletableFuture<Slot>> waiting;
    synchronized (this) {
      waiting = new ArrayList<>(queue);
      queue.clear();
    }
    for (CompletableFuture<Slot> ticket : waiting) {
      ticket.completeExceptionally(failure);
    }
  }

  private static String describe(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause(); // the socket's own words: "Connection refused", "Read timed out"
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }

  private void renewLeases() {
    if (held.isEmpty()) {
      return;
    }
    List<String> args = new ArrayList<>();
    args.add(micros(windowNanos + marginNanos));
    args.add(micros(leaseNanos));
    for (RedisSlot slot : held.values()) {
      args.add(slot.id);
      args.add(Long.toString(slot.agoMicros()));
    }
    try {
      long lapsed = ((Number) renew.run(args)).longValue();
      if (lapsed > 0) {
        warnings.accept("the shared quota at " + where + ": " + lapsed + " call(s) of this process"
            + " outlived their lease (the process stalled for more than "
            + TimeUnit.NANOSECONDS.toMillis(leaseNanos) + " ms); others may have had their slots");
      }
    } catch (JedisException | ClassCastException e) {
      warnings.accept("the shared quota at " + where + ": leases not renewed (" + describe(e)
          + "); they expire within " + TimeUnit.NANOSECONDS.toMillis(leaseNanos) + " ms");
    }
  }

  private static String micros(long nanos) {
    return Long.toString(TimeUnit.NANOSECONDS.toMicros(nanos));
  }

  /**
   * Stops talking to Redis at once, as a killed process would: nothing is given back, and the
   * leases of this process's calls expire on their own. Calls still waiting fail.
   */
  void halt() {
    worker.shutdownNow();
    failAll(new Unavailable("the shared quota at " + where + " was halted", new IllegalStateException("halted")));
  }

  /**
   * Lets go of Redis: calls still waiting fail, the renewal and any pump waiting for the window
   * stop, and the thread ends once a round trip under way is over; then the slots of the calls
   * that ended are given back in one more round trip, and a Redis client made from a URI is
   * closed. Calls still in flight keep their slots until their leases expire, as a killed
   * process's do.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    worker.shutdown();
    failAll(new Unavailable("the shared quota at " + where + " is closed",
        new IllegalStateException("closed")));
    try {
      // A round trip under way ends within the client's socket timeout (2 s for one made here).
      worker.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    giveBackEnded();
    if (ownsRedis) {
      redis.close();
    }
  }

  /** Gives back the slots of the calls that ended, on the closing thread; best effort. */
  private void giveBackEnded() {
    List<String> args = new ArrayList<>();
    args.add(Integer.toString(calls));
    args.add(Integer.toString(maxConcurrent));
    args.add(micros(windowNanos + marginNanos));
    args.add(micros(leaseNanos));
    List<RedisSlot> releasing = new ArrayList<>();
    for (RedisSlot slot = ended.poll(); slot != null; slot = ended.poll()) {
      releasing.add(slot);
    }
    if (releasing.isEmpty()) {
      return;
    }
    args.add(Integer.toString(releasing.size()));
    for (RedisSlot slot : releasing) {
      args.add(slot.id);
      args.add(Long.toString(slot.agoMicros()));
      held.remove(slot.id);
    }
    try {
      sync.run(args); // asks for no slot: only gives back
    } catch (JedisException | ClassCastException e) {
      warnings.accept("the shared quota at " + where + ": " + releasing.size() + " slot(s) not given"
          + " back on closing (" + describe(e) + "); they expire within "
          + TimeUnit.NANOSECONDS.toMillis(leaseNanos) + " ms");
    }
  }

  @Override
  public boolean fallsBackToLocal() {
    return fallsBackToLocal;
  }

  @Override
  public int calls() {
    return calls;
  }

  @Override
  public long windowNanos() {
    return windowNanos;
  }

  @Override
  public long marginNanos() {
    return marginNanos;
  }

  @Override
  public int maxConcurrent() {
    return maxConcurrent;
  }

  @Override
  public int inFlight() {
    return held.size();
  }

  @Override
  public synchronized int waiting() {
    return queue.size();
  }

  @Override
  public String toString() {
    return "RedisQuota{" + calls + " calls per " + TimeUnit.NANOSECONDS.toMillis(windowNanos)
        + " ms (+" + TimeUnit.NANOSECONDS.toMillis(marginNanos) + " ms margin), " + maxConcurrent
        + " in flight, shared at " + where + "}";
  }

  /** A call's slot: its lease in Redis, and its write moment as this process saw it. */
  private final class RedisSlot implements Slot {
    final String id;
    private volatile long writtenAt = UNWRITTEN;
    private final AtomicBoolean released = new AtomicBoolean();

    RedisSlot(String id) {
      this.id = id;
    }

    @Override
    public void written(long nanoTime) {
      writtenAt = nanoTime;
    }

    /** How long ago the request was written, in µs, or -1 when it was not. */
    long agoMicros() {
      long at = writtenAt;
      return at == UNWRITTEN ? -1 : Math.max(0, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - at));
    }

    @Override
    public void release() {
      if (released.compareAndSet(false, true)) {
        ended.add(this);
        pumpAfter(0);
      }
    }
  }

  /** A script, run by its SHA-1 and sent whole only when the server does not know it yet. */
  private final class Script {
    private final String text;
    private final String sha1;

    Script(String text) {
      this.text = text;
      try {
        this.sha1 = hex(MessageDigest.getInstance("SHA-1")
            .digest(text.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-1 is missing from this JVM", e);
      }
    }

    Object run(String... args) {
      return run(Arrays.asList(args));
    }

    Object run(List<String> args) {
      try {
        return redis.evalsha(sha1, keys, args);
      } catch (JedisNoScriptException e) {
        return redis.eval(text, keys, args); // loads it for the next time
      }
    }
  }
}
