package org.backlinks4j.cli;

import java.util.ArrayList;
import java.util.List;
import org.backlinks4j.BulkPagesSummaryRequest;
import org.backlinks4j.InvalidRequestException;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.filter.Filter;
import org.backlinks4j.model.BacklinksStatusType;
import org.backlinks4j.model.RankScale;
import org.backlinks4j.model.SummaryTaskRequest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of a summary request, shared by {@code summary} and {@code bulk} (a picocli mixin):
 * everything that goes into the task object besides the target. Filter options belong here too.
 */
final class RequestOptions {
  @Option(names = "--include-subdomains", paramLabel = "true|false", arity = "1",
      description = "Count backlinks to the target's subdomains (service default: true).")
  @Nullable Boolean includeSubdomains;

  @Option(names = "--include-indirect-links", paramLabel = "true|false", arity = "1",
      description = "Count links through redirects and canonicals (service default: true).")
  @Nullable Boolean includeIndirectLinks;

  @Option(names = "--exclude-internal-backlinks", paramLabel = "true|false", arity = "1",
      description = "Leave out links from the target's own subdomains (service default: true).")
  @Nullable Boolean excludeInternalBacklinks;

  @Option(names = "--status-type", paramLabel = "all|live|lost",
      description = "Which backlinks count (service default: live).")
  @Nullable String statusType;

  @Option(names = "--internal-list-limit", paramLabel = "N",
      description = "Entries per referring_links_* breakdown, "
          + SummaryTaskRequest.INTERNAL_LIST_LIMIT_MINIMUM + " to "
          + SummaryTaskRequest.INTERNAL_LIST_LIMIT_MAXIMUM + " (service default: 10).")
  @Nullable Integer internalListLimit;

  @Option(names = "--rank-scale", paramLabel = "one_hundred|one_thousand",
      description = "Scale of rank (service default: one_thousand).")
  @Nullable String rankScale;

  @Option(names = "--tag", paramLabel = "TEXT", description = "A label echoed back by the service.")
  @Nullable String tag;

  @Option(names = "--filter", paramLabel = "EXPR",
      description = "Which backlinks count, e.g. \"dofollow = true and (backlink_spam_score < 50 "
          + "or domain_from_rank >= 300)\".")
  @Nullable String filterText;

  @Option(names = "--filter-json", paramLabel = "JSON",
      description = "backlinks_filters as a raw JSON array, checked like --filter.")
  @Nullable String filterJson;

  /** Parsed once: bulk builds thousands of requests from the same options. */
  private @Nullable Filter filter;
  private boolean filterParsed;

  /**
   * The request for {@code target} with these options.
   *
   * @param target the target
   * @return the request
   * @throws IllegalArgumentException when an option is invalid
   * @throws InvalidRequestException when the request breaks one of the API's rules
   */
  SummaryRequest request(String target) {
    SummaryRequest.Builder builder = SummaryRequest.builder(target);
    if (includeSubdomains != null) {
      builder.includeSubdomains(includeSubdomains);
    }
    if (includeIndirectLinks != null) {
      builder.includeIndirectLinks(includeIndirectLinks);
    }
    if (excludeInternalBacklinks != null) {
      builder.excludeInternalBacklinks(excludeInternalBacklinks);
    }
    if (statusType != null) {
      builder.statusType(wireEnum("--status-type", statusType, BacklinksStatusType.values()));
    }
    if (internalListLimit != null) {
      builder.internalListLimit(internalListLimit);
    }
    if (rankScale != null) {
      builder.rankScale(wireEnum("--rank-scale", rankScale, RankScale.values()));
    }
    if (tag != null) {
      builder.tag(tag);
    }
    if (!filterParsed) {
      filter = FilterOption.parse(filterText, filterJson);
      filterParsed = true;
    }
    builder.filter(filter);
    return builder.build();
  }

  /**
   * The options of a bulk_pages_summary request, a fresh builder on each call (its targets are
   * set by whoever plans them): include_subdomains, rank_scale and tag, all that the operation
   * takes.
   *
   * @return the options
   * @throws IllegalArgumentException when an option is given that bulk_pages_summary does not
   *     take (the message names each), or an option is invalid
   */
  java.util.function.Supplier<BulkPagesSummaryRequest.Builder> bulkPagesSummaryOptions() {
    List<String> refused = new ArrayList<>();
    if (filterText != null) {
      refused.add("--filter");
    }
    if (filterJson != null) {
      refused.add("--filter-json");
    }
    if (statusType != null) {
      refused.add("--status-type");
    }
    if (internalListLimit != null) {
      refused.add("--internal-list-limit");
    }
    if (includeIndirectLinks != null) {
      refused.add("--include-indirect-links");
    }
    if (excludeInternalBacklinks != null) {
      refused.add("--exclude-internal-backlinks");
    }
    if (!refused.isEmpty()) {
      throw new IllegalArgumentException("--endpoint " + Endpoint.BULK_PAGES_SUMMARY + " takes no "
          + String.join(", ", refused) + ": bulk_pages_summary has no filters, status type, list "
          + "limit or link switches (it counts as summary does by default); leave "
          + (refused.size() == 1 ? "it" : "them") + " out, or use --endpoint summary");
    }
    RankScale scale = rankScale == null ? null : wireEnum("--rank-scale", rankScale, RankScale.values());
    Boolean subdomains = includeSubdomains;
    String label = tag;
    java.util.function.Supplier<BulkPagesSummaryRequest.Builder> options = () -> {
      BulkPagesSummaryRequest.Builder builder =
          BulkPagesSummaryRequest.builder(java.util.Collections.singletonList("example.com"));
      if (subdomains != null) {
        builder.includeSubdomains(subdomains);
      }
      if (scale != null) {
        builder.rankScale(scale);
      }
      if (label != null) {
        builder.tag(label);
      }
      return builder;
    };
    options.get().build(); // the options' own errors (a tag too long), before anything runs
    return options;
  }

  /** The constant whose wire value (its toString) is {@code text}, or a message naming the choices. */
  private static <E extends Enum<E>> E wireEnum(String option, String text, E[] values) {
    StringBuilder choices = new StringBuilder();
    for (E value : values) {
      if (value.toString().equals(text)) {
        return value;
      }
      choices.append(choices.length() == 0 ? "" : ", ").append(value);
    }
    throw new IllegalArgumentException(option + ": expected one of " + choices + ", got '" + text + "'");
  }
}
