package org.backlinks4j;

import com.squareup.moshi.JsonAdapter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.model.BulkPagesSummaryTaskRequest;
import org.backlinks4j.model.RankScale;
import org.jspecify.annotations.Nullable;

/**
 * One bulk_pages_summary request: up to {@value #MAX_TARGETS} targets of at most
 * {@value #MAX_MAIN_DOMAINS} main domains, immutable once built and checked before it can cost
 * anything. For any number of targets, {@link BulkPagesSummaryPlan} makes the fewest valid
 * requests.
 *
 * <pre>{@code
 * BulkPagesSummaryRequest request = BulkPagesSummaryRequest.builder(
 *         Arrays.asList("forbes.com", "https://www.forbes.com/sites/"))
 *     .rankScale(RankScale.ONE_HUNDRED)
 *     .build();
 * BulkPagesSummary answer = client.bulkPagesSummary(request);
 * }</pre>
 *
 * <p>bulk_pages_summary gives nearly summary's numbers for $0.02 a call plus $0.00003 a target
 * with data, where summary costs $0.02003 a target; it takes no filters, status type or list limit,
 * and its items have no {@code info}, {@code crawled_pages} or link counts of the target's own
 * pages.
 *
 * <p>Targets that are the same under {@link Targets the one normalisation} (case of the host,
 * a default port, {@code /} for an empty path) are sent once, in the place of the first: the
 * service would charge for each copy. {@link #targets()} is what is sent; the answer's
 * {@link BulkPagesSummary#itemFor(String)} finds the item for any of the copies.
 */
public final class BulkPagesSummaryRequest {
  /** The most targets one request may hold: the spec's {@code maxItems} of {@code targets}. */
  public static final int MAX_TARGETS = BulkPagesSummaryTaskRequest.TARGETS_MAX_ITEMS;
  /** The most main (registrable) domains the targets of one request may belong to. */
  public static final int MAX_MAIN_DOMAINS = 100;

  private static final JsonAdapter<BulkPagesSummaryTaskRequest> TASKS =
      Wire.MOSHI.adapter(BulkPagesSummaryTaskRequest.class);

  private final BulkPagesSummaryTaskRequest task;
  /** Each target's canonical form, in the order of {@link #targets()}. */
  private final List<String> keys;

  private BulkPagesSummaryRequest(BulkPagesSummaryTaskRequest task, List<String> keys) {
    this.task = task;
    this.keys = keys;
  }

  /**
   * A request for {@code targets} with every option left to the service's defaults.
   *
   * @param targets 1 to 1000 domains, subdomains or page URLs of at most 100 main domains
   * @return the request
   * @throws InvalidRequestException when a target, or their count, breaks the API's rules
   */
  public static BulkPagesSummaryRequest of(String... targets) {
    return builder(Arrays.asList(targets)).build();
  }

  /**
   * A request for {@code targets} with every option left to the service's defaults.
   *
   * @param targets 1 to 1000 domains, subdomains or page URLs of at most 100 main domains
   * @return the request
   * @throws InvalidRequestException when a target, or their count, breaks the API's rules
   */
  public static BulkPagesSummaryRequest of(Collection<String> targets) {
    return builder(targets).build();
  }

  /**
   * A builder for a request about {@code targets}.
   *
   * @param targets the targets, in the order to send them
   * @return the builder
   */
  public static Builder builder(Collection<String> targets) {
    return new Builder(new BulkPagesSummaryTaskRequest().targets(copyOf(targets)));
  }

  private static List<String> copyOf(Collection<String> targets) {
    Objects.requireNonNull(targets, "targets == null");
    List<String> copy = new ArrayList<>(targets);
    for (int i = 0; i < copy.size(); i++) {
      Objects.requireNonNull(copy.get(i), "targets[" + i + "] == null");
    }
    return copy;
  }

  /**
   * A builder holding this request's values, to derive a changed request from it.
   *
   * @return the builder
   */
  public Builder newBuilder() {
    return new Builder(toTask());
  }

  /**
   * The targets this request sends, duplicates left out, in their order.
   *
   * @return the targets, unmodifiable
   */
  public List<String> targets() {
    return Collections.unmodifiableList(task.getTargets());
  }

  /** Each target's canonical form, in the order of {@link #targets()}. */
  List<String> keys() {
    return keys;
  }

  /**
   * A fresh copy of the wire task this request sends; changing it does not change this request.
   *
   * @return the task
   */
  public BulkPagesSummaryTaskRequest toTask() {
    return new BulkPagesSummaryTaskRequest(task).targets(new ArrayList<>(task.getTargets()));
  }

  /** The task itself, for the client to send: never changed after build(), never handed out. */
  BulkPagesSummaryTaskRequest wireTask() {
    return task;
  }

  /**
   * The task as the JSON object that goes over the wire.
   *
   * @return the JSON object
   */
  public String toJson() {
    return TASKS.toJson(task);
  }

  /** Equal when the tasks the two requests send are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BulkPagesSummaryRequest && task.equals(((BulkPagesSummaryRequest) o).task);
  }

  /** A hash of the task this request sends, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return task.hashCode();
  }

  /** The number of targets and the options, for logs (not every target: there may be 1000). */
  @Override
  public String toString() {
    return "BulkPagesSummaryRequest{targets=" + task.getTargets().size()
        + (task.getIncludeSubdomains() == null ? "" : ", include_subdomains=" + task.getIncludeSubdomains())
        + (task.getRankScale() == null ? "" : ", rank_scale=" + task.getRankScale())
        + (task.getTag() == null ? "" : ", tag=" + PrintableText.escape(task.getTag())) + "}";
  }

  /** Builds a {@link BulkPagesSummaryRequest}; each setter replaces the option's previous value. */
  public static final class Builder {
    private final BulkPagesSummaryTaskRequest task;

    Builder(BulkPagesSummaryTaskRequest task) {
      this.task = task;
    }

    /**
     * The targets, replacing those given before.
     *
     * @param targets the targets, in the order to send them
     * @return this builder
     */
    public Builder targets(Collection<String> targets) {
      task.setTargets(copyOf(targets));
      return this;
    }

    /**
     * Whether backlinks to the targets' subdomains count too (the service's default: true).
     *
     * @param include whether to include subdomains
     * @return this builder
     */
    public Builder includeSubdomains(boolean include) {
      task.setIncludeSubdomains(include);
      return this;
    }

    /**
     * The scale of {@code rank} and {@code main_domain_rank}: 0 to 100, or 0 to 1000 (the default).
     *
     * @param rankScale the scale
     * @return this builder
     */
    public Builder rankScale(RankScale rankScale) {
      task.setRankScale(Objects.requireNonNull(rankScale, "rankScale == null"));
      return this;
    }

    /**
     * A label of the caller's choosing, at most {@value BulkPagesSummaryTaskRequest#TAG_MAX_LENGTH}
     * characters, echoed back in the task's data.
     *
     * @param tag the tag
     * @return this builder
     */
    public Builder tag(String tag) {
      task.setTag(Objects.requireNonNull(tag, "tag == null"));
      return this;
    }

    /**
     * The request, checked against the API's rules before it can cost anything: each target by
     * summary's rules ({@link SummaryRequest.Builder#build()}), the spec's rules (1 to
     * {@value #MAX_TARGETS} targets once duplicates are left out, {@code tag} at most
     * {@value BulkPagesSummaryTaskRequest#TAG_MAX_LENGTH} characters), and at most
     * {@value #MAX_MAIN_DOMAINS} main domains among the targets.
     *
     * @return the request
     * @throws InvalidRequestException when a rule is broken; its message names the target (with its
     *     place in the list) or the count, and its {@link BacklinksException#origin() origin} is
     *     {@link BacklinksException.Origin#REQUEST}
     */
    public BulkPagesSummaryRequest build() {
      List<String> given = task.getTargets();
      Map<String, String> distinct = new LinkedHashMap<>(); // canonical form -> the target as given
      Set<String> domains = new LinkedHashSet<>();
      for (int i = 0; i < given.size(); i++) {
        String target = given.get(i);
        RequestValidator.checkTarget("targets[" + i + "]", target);
        if (distinct.putIfAbsent(Targets.key(target), target) == null) {
          domains.add(Targets.mainDomain(target));
        }
      }
      BulkPagesSummaryTaskRequest sent = new BulkPagesSummaryTaskRequest(task)
          .targets(Collections.unmodifiableList(new ArrayList<>(distinct.values())));
      // The spec's rules (the count of targets, the tag) on what is sent, duplicates left out.
      RequestValidator.checkSpecRules(sent.brokenRule());
      // One the spec cannot state.
      if (domains.size() > MAX_MAIN_DOMAINS) {
        throw RequestValidator.invalid("targets", "the targets of one request may belong to at most "
            + MAX_MAIN_DOMAINS + " main domains, these belong to " + domains.size()
            + ": BulkPagesSummaryPlan splits them into valid requests");
      }
      return new BulkPagesSummaryRequest(sent,
          Collections.unmodifiableList(new ArrayList<>(distinct.keySet())));
    }
  }
}
