package org.backlinks4j;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.backlinks4j.model.BulkPagesSummaryEnvelope;
import org.backlinks4j.model.BulkPagesSummaryItem;
import org.backlinks4j.model.BulkPagesSummaryResult;
import org.backlinks4j.model.BulkPagesSummaryTask;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a successful bulk_pages_summary call: an item for each target the service has
 * data for, the call's cost, time and task id.
 *
 * <p>Items are matched to the request's targets by their {@code url}, never by their position
 * (the service documents no order), under the normalisation of {@link BulkPagesSummaryRequest}: a
 * target without an item is one the service has no data for, a success as in summary
 * ({@link #itemFor(String)} is null). An item whose {@code url} matches no target of the request,
 * or a second item for one target, is given to no target: {@link #unmatchedItems()} holds it.
 *
 * <p>The models it hands out are the generated answer models, read-only: every reader of this
 * answer reads what the service sent.
 */
public final class BulkPagesSummary {
  private final BulkPagesSummaryEnvelope envelope;
  private final BulkPagesSummaryTask task;
  private final byte[] raw;
  private final BulkPagesSummaryRequest request;
  private final Map<String, BulkPagesSummaryItem> byKey;
  private final List<BulkPagesSummaryItem> unmatched;

  BulkPagesSummary(BulkPagesSummaryEnvelope envelope, BulkPagesSummaryTask task, byte[] raw,
      BulkPagesSummaryRequest request) {
    this.envelope = envelope;
    this.task = task;
    this.raw = raw;
    this.request = request;
    Map<String, BulkPagesSummaryItem> byKey = new HashMap<>();
    List<BulkPagesSummaryItem> unmatched = new ArrayList<>();
    java.util.Set<String> asked = new java.util.HashSet<>(request.keys());
    for (BulkPagesSummaryItem item : items()) {
      String url = item == null ? null : item.getUrl();
      String key = url == null ? null : Targets.key(url);
      if (key != null && asked.contains(key) && !byKey.containsKey(key)) {
        byKey.put(key, item);
      } else if (item != null) {
        unmatched.add(item);
      }
    }
    this.byKey = byKey;
    this.unmatched = Collections.unmodifiableList(unmatched);
  }

  /**
   * The result as the service sent it, or null when it sent none.
   *
   * @return the result, or null
   */
  public @Nullable BulkPagesSummaryResult result() {
    List<BulkPagesSummaryResult> results = task.getResult();
    return results == null || results.isEmpty() ? null : results.get(0);
  }

  /**
   * Every item of the answer, in the service's order.
   *
   * @return the items, unmodifiable; empty when the service has data for no target
   */
  public List<BulkPagesSummaryItem> items() {
    BulkPagesSummaryResult result = result();
    List<BulkPagesSummaryItem> items = result == null ? null : result.getItems();
    return items == null ? Collections.emptyList() : Collections.unmodifiableList(items);
  }

  /**
   * The item for {@code target}, one of the request's targets in any of its spellings.
   *
   * @param target a target of the request
   * @return its item, or null when the service has no data for it
   * @throws IllegalArgumentException when {@code target} was not in the request
   */
  public @Nullable BulkPagesSummaryItem itemFor(String target) {
    String key = Targets.key(Objects.requireNonNull(target, "target == null"));
    BulkPagesSummaryItem item = byKey.get(key);
    if (item == null && !request.keys().contains(key)) {
      throw new IllegalArgumentException("not a target of this request: "
          + PrintableText.escape(target));
    }
    return item;
  }

  /**
   * Whether the service had data for {@code target}.
   *
   * @param target a target of the request
   * @return true when {@link #itemFor(String)} is not null
   * @throws IllegalArgumentException when {@code target} was not in the request
   */
  public boolean hasData(String target) {
    return itemFor(target) != null;
  }

  /**
   * Items given to no target: their {@code url} matches no target of the request, or another item
   * answered that target already.
   *
   * @return the items, unmodifiable; normally empty
   */
  public List<BulkPagesSummaryItem> unmatchedItems() {
    return unmatched;
  }

  /**
   * The request this answers.
   *
   * @return the request
   */
  public BulkPagesSummaryRequest request() {
    return request;
  }

  /**
   * The id DataForSEO gave the task (a UUID); quote it to their support.
   *
   * @return the task id, or null when the service sent none
   */
  public @Nullable String taskId() {
    return task.getId();
  }

  /**
   * What the call cost, in USD (0 when the service did not say): $0.02 plus $0.00003 an item.
   *
   * @return the cost
   */
  public double cost() {
    return ResponseReader.costOf(envelope, task);
  }

  /**
   * The service's own measure of the task's time, such as {@code 0.2767 sec.}.
   *
   * @return the time, or null when the service did not say
   */
  public @Nullable String time() {
    return task.getTime();
  }

  /**
   * The whole envelope as it came over the wire.
   *
   * @return the envelope
   */
  public BulkPagesSummaryEnvelope envelope() {
    return envelope;
  }

  /**
   * The task as it came over the wire.
   *
   * @return the task
   */
  public BulkPagesSummaryTask task() {
    return task;
  }

  /**
   * The answer exactly as the service sent it (UTF-8 JSON), decoded on each call.
   *
   * @return the answer's JSON
   */
  public String rawJson() {
    return new String(raw, StandardCharsets.UTF_8);
  }

  /** Names the task id, the cost and the counts, for logs. */
  @Override
  public String toString() {
    return "BulkPagesSummary{taskId=" + taskId() + ", cost=" + cost() + ", targets="
        + request.targets().size() + ", items=" + items().size() + "}";
  }
}
