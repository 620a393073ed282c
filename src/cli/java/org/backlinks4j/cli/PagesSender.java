package org.backlinks4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.BulkPagesSummary;
import org.backlinks4j.BulkPagesSummaryRequest;
import org.backlinks4j.InvalidRequestException;
import org.backlinks4j.PrintableText;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.model.BulkPagesSummaryItem;
import org.jspecify.annotations.Nullable;

/**
 * Sends a bulk run's targets in bulk_pages_summary calls of up to 1000, planned by
 * {@link PagesPlanner}, and gives each target its part of its call's answer.
 *
 * <p>A failing call costs one target, not a thousand: when the service refuses the task as
 * invalid (40501) and its message names targets of the call, those targets get the failure and
 * the rest is sent again without them, once; when it names none, the call is sent again as two
 * halves, until the culprit stands alone. A failed task is not charged, so no target is paid for
 * twice because of another. Any other failure, after the library's retries, is every target's.
 *
 * <p>At most {@link #maxCallsInFlight} calls are in flight at once, fewer than the quota allows in
 * a small heap: each answer of 1000 items is over 10 MiB while it is read and taken apart. The
 * calls of a window wait here until a slot frees; a call sent again after a refusal keeps its
 * slot.
 */
final class PagesSender implements TargetSender {
  /** Heap kept for everything but the answers being read: the run's indexes, windows and records. */
  private static final long HEAP_KEPT = 32L << 20;
  /**
   * Heap one answer of 1000 items may take while it is read and taken apart: its bytes (about
   * 1.2 MB from the fake, 2 MB from the service at ten entries a map), its models (about 7 KB an
   * item), the text the CLI takes the items from, their JSON and their record lines.
   */
  private static final long HEAP_PER_CALL = 20L << 20;
  private static final int INVALID_FIELD = 40501;

  private final Connection connection;
  private final SpendingLimit limit;
  private final PagesPlanner<CompletableFuture<TargetAnswer>> planner;
  private final int maxInFlight;
  private final AtomicLong answered = new AtomicLong();
  private final AtomicLong unmatched = new AtomicLong();
  private volatile @Nullable String firstUnmatched;

  // Guarded by this.
  private final ArrayDeque<Call> ready = new ArrayDeque<>();
  private int inFlight;
  private @Nullable String stopped;

  PagesSender(Connection connection, Supplier<BulkPagesSummaryRequest.Builder> options,
      SpendingLimit limit) {
    this.connection = connection;
    this.limit = limit;
    this.maxInFlight = maxCallsInFlight(connection.maxConcurrent(),
        Runtime.getRuntime().maxMemory());
    this.planner = new PagesPlanner<>(options, PagesPlanner.WINDOW,
        new PagesPlanner.Calls<CompletableFuture<TargetAnswer>>() {
          @Override
          public void call(BulkPagesSummaryRequest request,
              List<PagesPlanner.Group<CompletableFuture<TargetAnswer>>> groups) {
            synchronized (PagesSender.this) {
              ready.add(new Call(request, groups, new AtomicInteger()));
            }
          }

          @Override
          public void refused(CompletableFuture<TargetAnswer> payload, String target,
              InvalidRequestException e) {
            payload.completeExceptionally(e);
          }
        });
  }

  /**
   * How many calls may be in flight in a heap of {@code maxHeap} bytes: what it holds beyond
   * {@link #HEAP_KEPT} in answers of {@link #HEAP_PER_CALL}, at least 1 and at most the quota's
   * {@code maxConcurrent}: 1 in {@code -Xmx64m}, 4 in 128 MiB, the quota's 30 from 640 MiB.
   */
  static int maxCallsInFlight(int maxConcurrent, long maxHeap) {
    long fit = (maxHeap - HEAP_KEPT) / HEAP_PER_CALL;
    return (int) Math.max(1, Math.min(maxConcurrent, fit));
  }

  /**
   * Why bulk_pages_summary refuses {@code target} (the field and the rule), or null when it can be
   * sent: its targets follow summary's rules, checked before anything is sent.
   */
  static @Nullable String refusal(String target) {
    try {
      SummaryRequest.of(target);
      return null;
    } catch (InvalidRequestException e) {
      return e.statusMessage();
    }
  }

  @Override
  public CompletableFuture<TargetAnswer> send(String target) {
    CompletableFuture<TargetAnswer> answer = new CompletableFuture<>();
    planner.add(target, answer);
    pump();
    return answer;
  }

  @Override
  public boolean isFull(int outstanding) {
    // A window and a call more than the calls in flight hold: the next window fills while the
    // last one's calls are out. More than a window, or a window could never fill.
    return outstanding >= PagesPlanner.WINDOW
        + (maxInFlight + 1) * BulkPagesSummaryRequest.MAX_TARGETS;
  }

  @Override
  public void endOfInput(boolean send) {
    if (send) {
      planner.flush();
      pump();
    } else {
      String reason = "the run stopped";
      planner.drop(answer -> answer.completeExceptionally(new NotSent(reason)));
      stop(reason);
    }
  }

  @Override
  public long callsAnswered() {
    return answered.get();
  }

  @Override
  public @Nullable String note() {
    long count = unmatched.get();
    if (count == 0) {
      return null;
    }
    return "bulk_pages_summary answered " + count + " item(s) whose url matches no target of their "
        + "call (the first: " + firstUnmatched + "); a target without an item is recorded as "
        + "having no data";
  }

  /** Sends the waiting calls that have a slot; once stopped, ends every waiting call unsent. */
  private void pump() {
    List<Call> go = new ArrayList<>();
    List<Call> dropped = new ArrayList<>();
    String why;
    synchronized (this) {
      why = stopped;
      if (why != null) {
        dropped.addAll(ready);
        ready.clear();
      }
      while (why == null && inFlight < maxInFlight && !ready.isEmpty()) {
        go.add(ready.poll());
        inFlight++;
      }
    }
    for (Call call : dropped) {
      call.fail(new NotSent(why));
    }
    for (Call call : go) {
      dispatch(call);
    }
  }

  /** Stops sending: the calls waiting for a slot are not sent. */
  private void stop(String reason) {
    List<Call> dropped;
    synchronized (this) {
      if (stopped == null) {
        stopped = reason;
      }
      dropped = new ArrayList<>(ready);
      ready.clear();
    }
    for (Call call : dropped) {
      call.fail(new NotSent(reason));
    }
  }

  /** Sends one call of a slot (the slot's first, or one sent again after a refusal). */
  private void dispatch(Call call) {
    call.live.incrementAndGet();
    String why;
    synchronized (this) {
      why = stopped;
    }
    long estimate = Prices.bulkPagesSummaryCall(call.request.targets().size());
    if (why == null && !limit.tryReserve(estimate)) {
      why = limit.reason();
      stop(why);
    }
    if (why != null) {
      call.fail(new NotSent(why));
      end(call);
      return;
    }
    CompletableFuture<BulkPagesSummary> sent;
    try {
      sent = connection.bulkPagesSummaryAsync(call.request);
    } catch (RuntimeException e) {
      limit.settle(estimate, 0);
      call.fail(e);
      end(call);
      return;
    }
    sent.whenComplete((answer, failure) -> {
      limit.settle(estimate, answer == null ? 0 : Prices.nanos(answer.cost()));
      if (TargetSender.reachedTheService(failure)) {
        answered.incrementAndGet();
      }
      try {
        if (failure == null) {
          answer(call, answer);
        } else {
          failed(call, failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause() : failure);
        }
      } catch (RuntimeException e) {
        call.fail(e); // whatever went wrong, every target of the call gets its outcome
      } finally {
        end(call);
      }
    });
  }

  /** A call of the slot has ended; the last frees the slot. */
  private void end(Call call) {
    if (call.live.decrementAndGet() == 0) {
      synchronized (this) {
        inFlight--;
      }
      pump();
    }
  }

  /** Gives each target of the call its item (or none: no data) and its share of the cost. */
  private void answer(Call call, BulkPagesSummary answer) {
    List<BulkPagesSummaryItem> items = answer.items();
    List<String> itemJson;
    try {
      itemJson = JsonCopy.items(answer.rawJson());
    } catch (IOException e) {
      // The library has parsed these very bytes into the items: they are JSON of this shape.
      throw new UncheckedIOException("the answer's JSON could not be read again", e);
    }
    if (itemJson.size() != items.size()) {
      throw new IllegalStateException("the answer's items could not be read again");
    }
    Map<BulkPagesSummaryItem, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) != null) {
        index.put(items.get(i), i);
      }
    }
    int members = 0;
    for (PagesPlanner.Group<CompletableFuture<TargetAnswer>> group : call.groups) {
      members += group.members.size();
    }
    // The call's cost in equal shares, to the nano-dollar: the shares add up to it exactly.
    long cost = Prices.nanos(answer.cost());
    long share = cost / members;
    long rest = cost % members;
    String message = answer.task().getStatusMessage();
    int k = 0;
    for (PagesPlanner.Group<CompletableFuture<TargetAnswer>> group : call.groups) {
      BulkPagesSummaryItem item = answer.itemFor(group.target);
      String json = item == null ? "null" : itemJson.get(index.get(item));
      for (PagesPlanner.Member<CompletableFuture<TargetAnswer>> member : group.members) {
        long nanos = share + (k++ < rest ? 1 : 0);
        member.payload.complete(TargetAnswer.ofItem(Prices.dollars(nanos), message, json, item));
      }
    }
    List<BulkPagesSummaryItem> strays = answer.unmatchedItems();
    if (!strays.isEmpty() && unmatched.getAndAdd(strays.size()) == 0) {
      firstUnmatched = "'" + PrintableText.escape(String.valueOf(strays.get(0).getUrl())) + "'";
    }
  }

  /** What to do after the call failed (the library's retries are behind it). */
  private void failed(Call call, Throwable cause) {
    if (cause instanceof BacklinksException) {
      BacklinksException e = (BacklinksException) cause;
      if (TargetSender.notSentForTheRun(e)) {
        // No target has an outcome, and nothing more goes out.
        stop(e.statusMessage());
        call.fail(e);
        return;
      }
      if (e.statusCode() == INVALID_FIELD && call.groups.size() > 1) {
        sendAgainWithout(call, e);
        return;
      }
    }
    call.fail(cause);
  }

  /**
   * The service refused the whole task as invalid: the targets its message names get the failure,
   * the rest of the call goes again without them. When it names none, the call goes again in two
   * halves (each refused half is halved again, down to the one target it is about).
   */
  private void sendAgainWithout(Call call, BacklinksException e) {
    Set<String> named = new HashSet<>(named(e.statusMessage(), call.request.targets()));
    List<PagesPlanner.Group<CompletableFuture<TargetAnswer>>> rest = new ArrayList<>();
    for (PagesPlanner.Group<CompletableFuture<TargetAnswer>> group : call.groups) {
      if (named.contains(group.target)) {
        for (PagesPlanner.Member<CompletableFuture<TargetAnswer>> member : group.members) {
          member.payload.completeExceptionally(e);
        }
      } else {
        rest.add(group);
      }
    }
    if (rest.size() < call.groups.size()) {
      if (!rest.isEmpty()) {
        dispatch(call.part(rest));
      }
      return;
    }
    int half = rest.size() / 2;
    dispatch(call.part(new ArrayList<>(rest.subList(0, half))));
    dispatch(call.part(new ArrayList<>(rest.subList(half, rest.size()))));
  }

  /**
   * The targets {@code message} names: those it contains (ignoring case), leaving out any that is
   * part of another it contains ({@code a.com} of {@code data.com}).
   */
  static List<String> named(String message, List<String> targets) {
    String text = message.toLowerCase(Locale.ROOT);
    List<String> found = new ArrayList<>();
    for (String target : targets) {
      if (text.contains(target.toLowerCase(Locale.ROOT))) {
        found.add(target);
      }
    }
    List<String> named = new ArrayList<>();
    for (String target : found) {
      boolean part = false;
      for (String other : found) {
        part |= other.length() > target.length()
            && other.toLowerCase(Locale.ROOT).contains(target.toLowerCase(Locale.ROOT));
      }
      if (!part) {
        named.add(target);
      }
    }
    return named;
  }

  /** One bulk_pages_summary call and the targets it answers; {@code live} counts its slot's calls. */
  private static final class Call {
    final BulkPagesSummaryRequest request;
    final List<PagesPlanner.Group<CompletableFuture<TargetAnswer>>> groups;
    final AtomicInteger live;

    Call(BulkPagesSummaryRequest request,
        List<PagesPlanner.Group<CompletableFuture<TargetAnswer>>> groups, AtomicInteger live) {
      this.request = request;
      this.groups = groups;
      this.live = live;
    }

    /** A call of some of these targets, in the same slot, with the same options. */
    Call part(List<PagesPlanner.Group<CompletableFuture<TargetAnswer>>> some) {
      List<String> targets = new ArrayList<>(some.size());
      for (PagesPlanner.Group<CompletableFuture<TargetAnswer>> group : some) {
        targets.add(group.target);
      }
      return new Call(request.newBuilder().targets(targets).build(), some, live);
    }

    /** Every target of the call gets {@code failure}, but those that have an outcome already. */
    void fail(Throwable failure) {
      for (PagesPlanner.Group<CompletableFuture<TargetAnswer>> group : groups) {
        for (PagesPlanner.Member<CompletableFuture<TargetAnswer>> member : group.members) {
          member.payload.completeExceptionally(failure);
        }
      }
    }
  }
}
