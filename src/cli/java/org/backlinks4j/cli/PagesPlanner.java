package org.backlinks4j.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.backlinks4j.BulkPagesSummaryPlan;
import org.backlinks4j.BulkPagesSummaryRequest;
import org.backlinks4j.InvalidRequestException;

/**
 * Turns a stream of targets into bulk_pages_summary calls with the library's
 * {@link BulkPagesSummaryPlan} (the fewest valid requests), a window at a time so that memory stays
 * flat however long the input: targets gather until the window holds {@link #WINDOW}, which is
 * then planned; the last, partly filled request of a window is not sent but starts the next
 * window, so the input as a whole needs at most one request that is not full. A site whose
 * targets lie far apart in the input (more than a window) may need a request of each window.
 * The dry run and the run plan with this same class, so they agree on the calls.
 *
 * <p>Not thread-safe: one thread adds. Each target carries a payload of the caller's (the run's
 * future for it), handed back with its call.
 *
 * @param <T> the payload
 */
final class PagesPlanner<T> {
  /**
   * Targets a window holds: ten full requests. Planning holds about 300 bytes a target for a
   * moment (about 3 MiB); the run keeps a window and the calls in flight outstanding.
   */
  static final int WINDOW = 10_000;

  /** Where planned calls go. */
  interface Calls<T> {
    /** A call to make: the request, and each of its targets with the input's spellings of it. */
    void call(BulkPagesSummaryRequest request, List<Group<T>> groups);

    /** A target the library refuses for bulk_pages_summary although summary's check let it pass. */
    void refused(T payload, String target, InvalidRequestException e);
  }

  /** One target of a request, with every input line that names it (duplicates, other spellings). */
  static final class Group<T> {
    /** The target as the request sends it. */
    final String target;
    /** Each line's spelling and payload. */
    final List<Member<T>> members = new ArrayList<>(1);

    Group(String target) {
      this.target = target;
    }
  }

  /** One input line of a group. */
  static final class Member<T> {
    final String target;
    final T payload;

    Member(String target, T payload) {
      this.target = target;
      this.payload = payload;
    }
  }

  private final Supplier<BulkPagesSummaryRequest.Builder> options;
  private final int window;
  private final Calls<T> calls;
  private List<String> targets = new ArrayList<>();
  private List<T> payloads = new ArrayList<>();

  /**
   * @param options a fresh builder of the run's options on each call (include_subdomains,
   *     rank_scale, tag); its targets are ignored
   */
  PagesPlanner(Supplier<BulkPagesSummaryRequest.Builder> options, int window, Calls<T> calls) {
    if (window < BulkPagesSummaryRequest.MAX_TARGETS) {
      throw new IllegalArgumentException("a window holds at least one full request: " + window);
    }
    this.options = options;
    this.window = window;
    this.calls = calls;
  }

  /** Adds a target (checked by summary's target rules); plans the window when it is full. */
  void add(String target, T payload) {
    targets.add(target);
    payloads.add(payload);
    if (targets.size() >= window) {
      plan(true);
    }
  }

  /** The input has ended: plans and hands over what is left. */
  void flush() {
    plan(false);
  }

  /** Hands the payloads held and not planned yet to {@code each}, and forgets them. */
  void drop(java.util.function.Consumer<T> each) {
    payloads.forEach(each);
    targets = new ArrayList<>();
    payloads = new ArrayList<>();
  }

  private void plan(boolean keepLast) {
    if (targets.isEmpty()) {
      return;
    }
    BulkPagesSummaryPlan plan;
    try {
      plan = BulkPagesSummaryPlan.of(targets, options.get());
    } catch (InvalidRequestException e) {
      refuseInvalid();
      plan(keepLast);
      return;
    }
    List<BulkPagesSummaryPlan.Batch> batches = plan.batches();
    BulkPagesSummaryPlan.Batch last = batches.get(batches.size() - 1);
    boolean keep = keepLast && last.request().targets().size() < BulkPagesSummaryRequest.MAX_TARGETS;
    for (BulkPagesSummaryPlan.Batch batch : batches) {
      if (!(keep && batch == last)) {
        calls.call(batch.request(), groups(batch));
      }
    }
    List<String> nextTargets = new ArrayList<>();
    List<T> nextPayloads = new ArrayList<>();
    if (keep) {
      for (int position : last.positions()) {
        nextTargets.add(targets.get(position));
        nextPayloads.add(payloads.get(position));
      }
    }
    targets = nextTargets;
    payloads = nextPayloads;
  }

  /**
   * Takes out of the window every target that a request of its own refuses (the library's rules
   * for bulk_pages_summary are summary's target rules, so this is the safety net of a rule that
   * one day differs).
   */
  private void refuseInvalid() {
    List<String> keptTargets = new ArrayList<>();
    List<T> keptPayloads = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      try {
        options.get().targets(Collections.singletonList(targets.get(i))).build();
        keptTargets.add(targets.get(i));
        keptPayloads.add(payloads.get(i));
      } catch (InvalidRequestException e) {
        calls.refused(payloads.get(i), targets.get(i), e);
      }
    }
    targets = keptTargets;
    payloads = keptPayloads;
  }

  /** The batch's input lines, grouped by the target the request sends for them. */
  private List<Group<T>> groups(BulkPagesSummaryPlan.Batch batch) {
    List<String> sent = batch.request().targets();
    Map<String, Group<T>> byTarget = new LinkedHashMap<>();
    for (String target : sent) {
      byTarget.put(target, new Group<>(target));
    }
    for (int position : batch.positions()) {
      String target = targets.get(position);
      Group<T> group = byTarget.get(target);
      if (group == null) {
        group = byTarget.get(sameAs(target, sent));
      }
      group.members.add(new Member<>(target, payloads.get(position)));
    }
    return new ArrayList<>(byTarget.values());
  }

  /**
   * Which of the request's targets {@code spelling} is another spelling of (such as
   * {@code Example.com} of {@code example.com}): the library decides, by leaving one of the two
   * out of a request of both. Only such spellings get here, rarely: the cost does not matter.
   */
  private static String sameAs(String spelling, List<String> sent) {
    for (String target : sent) {
      if (BulkPagesSummaryRequest.of(target, spelling).targets().size() == 1) {
        return target;
      }
    }
    throw new IllegalStateException("the plan put a target in a request that does not send it");
  }

}
