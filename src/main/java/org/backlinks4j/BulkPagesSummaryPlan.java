package org.backlinks4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Any number of targets split into the fewest valid bulk_pages_summary requests: at most
 * {@value BulkPagesSummaryRequest#MAX_TARGETS} targets and
 * {@value BulkPagesSummaryRequest#MAX_MAIN_DOMAINS} main domains each, every target's place in the
 * input kept, so that a caller with 100,000 targets never has to know the rules.
 *
 * <pre>{@code
 * BulkPagesSummaryPlan plan = BulkPagesSummaryPlan.of(targets);
 * for (BulkPagesSummaryPlan.Batch batch : plan.batches()) {
 *   BulkPagesSummary answer = client.bulkPagesSummary(batch.request());
 *   for (int position : batch.positions()) {
 *     BulkPagesSummaryItem item = answer.itemFor(targets.get(position)); // null: no data
 *   }
 * }
 * }</pre>
 *
 * <p>How it packs: targets are grouped by main domain; a domain with more than 1000 targets fills
 * whole requests of its own, and the rest go, largest domain first, into one request until it
 * holds 1000 targets (a domain may then continue in the next) or 100 domains. Every request but
 * the last is full by one of the two limits, so the plan needs at most one request more than
 * {@code max(ceil(targets / 1000), ceil(domains / 100))}, and exactly that in the common cases
 * (few domains, or many small ones). Duplicates (the same target under
 * {@link BulkPagesSummaryRequest their normalisation}) are planned once; every position of a copy
 * is in the batch that sends it.
 */
public final class BulkPagesSummaryPlan {
  private final List<Batch> batches;
  private final int targets;

  private BulkPagesSummaryPlan(List<Batch> batches, int targets) {
    this.batches = batches;
    this.targets = targets;
  }

  /**
   * Plans {@code targets} into requests with the service's default options.
   *
   * @param targets any number of domains, subdomains or page URLs
   * @return the plan
   * @throws InvalidRequestException when a target breaks the API's rules (the message names its
   *     place in the list); nothing is planned then
   */
  public static BulkPagesSummaryPlan of(List<String> targets) {
    return of(targets, BulkPagesSummaryRequest.builder(Collections.emptyList()));
  }

  /**
   * Plans {@code targets} into requests with the options of {@code options} (its targets are
   * ignored).
   *
   * @param targets any number of domains, subdomains or page URLs
   * @param options the options of every request (include_subdomains, rank_scale, tag)
   * @return the plan
   * @throws InvalidRequestException when a target or an option breaks the API's rules
   */
  public static BulkPagesSummaryPlan of(List<String> targets, BulkPagesSummaryRequest.Builder options) {
    Objects.requireNonNull(targets, "targets == null");
    Objects.requireNonNull(options, "options == null");
    // Per main domain, its distinct targets in input order, each with every position it holds.
    Map<String, List<Planned>> byDomain = new LinkedHashMap<>();
    Map<String, Planned> byKey = new HashMap<>();
    for (int i = 0; i < targets.size(); i++) {
      String target = Objects.requireNonNull(targets.get(i), "targets[" + i + "] == null");
      RequestValidator.checkTarget("targets[" + i + "]", target);
      Planned planned = byKey.get(Targets.key(target));
      if (planned == null) {
        planned = new Planned(target);
        byKey.put(Targets.key(target), planned);
        byDomain.computeIfAbsent(Targets.mainDomain(target), d -> new ArrayList<>()).add(planned);
      }
      planned.positions.add(i); // a copy rides in the batch of the first spelling
    }
    List<List<Planned>> domains = new ArrayList<>(byDomain.values());
    domains.sort((a, b) -> Integer.compare(b.size(), a.size())); // stable: ties keep input order
    List<Batch> batches = new ArrayList<>();
    Packer packer = new Packer(batches, options);
    for (List<Planned> domain : domains) {
      packer.add(domain);
    }
    packer.flush();
    return new BulkPagesSummaryPlan(Collections.unmodifiableList(batches), targets.size());
  }

  /** A distinct target and the places it holds in the input. */
  private static final class Planned {
    final String target;
    final List<Integer> positions = new ArrayList<>(1);

    Planned(String target) {
      this.target = target;
    }
  }

  /**
   * The requests, in the order they were planned.
   *
   * @return the batches, unmodifiable
   */
  public List<Batch> batches() {
    return batches;
  }

  /**
   * How many targets were planned, duplicates included: the size of the input.
   *
   * @return the number of targets
   */
  public int targetCount() {
    return targets;
  }

  /** Names the number of targets and of requests. */
  @Override
  public String toString() {
    return "BulkPagesSummaryPlan{targets=" + targets + ", requests=" + batches.size() + "}";
  }

  /** Fills one request after another, up to both limits. */
  private static final class Packer {
    private final List<Batch> batches;
    private final BulkPagesSummaryRequest.Builder options;
    private final List<String> targets = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private int domains;

    Packer(List<Batch> batches, BulkPagesSummaryRequest.Builder options) {
      this.batches = batches;
      this.options = options;
    }

    void add(List<Planned> domain) {
      boolean counted = false;
      for (Planned target : domain) {
        if (targets.size() == BulkPagesSummaryRequest.MAX_TARGETS
            || !counted && domains == BulkPagesSummaryRequest.MAX_MAIN_DOMAINS) {
          flush();
          counted = false;
        }
        if (!counted) {
          domains++;
          counted = true;
        }
        targets.add(target.target);
        positions.addAll(target.positions);
      }
    }

    void flush() {
      if (targets.isEmpty()) {
        return;
      }
      Collections.sort(positions);
      BulkPagesSummaryRequest request = options.targets(targets).build();
      batches.add(new Batch(request, toArray(positions)));
      targets.clear();
      positions.clear();
      domains = 0;
    }

    private static int[] toArray(List<Integer> list) {
      int[] array = new int[list.size()];
      for (int i = 0; i < array.length; i++) {
        array[i] = list.get(i);
      }
      return array;
    }
  }

  /** One planned request and the places in the input of the targets it sends. */
  public static final class Batch {
    private final BulkPagesSummaryRequest request;
    private final int[] positions;

    Batch(BulkPagesSummaryRequest request, int[] positions) {
      this.request = request;
      this.positions = positions;
    }

    /**
     * The request, valid by construction.
     *
     * @return the request
     */
    public BulkPagesSummaryRequest request() {
      return request;
    }

    /**
     * The places (from 0) in the planned list of every target this request answers, in
     * ascending order; a duplicate's every place is here.
     *
     * @return a fresh array of positions
     */
    public int[] positions() {
      return positions.clone();
    }

    /** Names the number of targets and positions. */
    @Override
    public String toString() {
      return "Batch{targets=" + request.targets().size() + ", positions=" + positions.length + "}";
    }
  }
}
