package org.backlinks4j.cli;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.List;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.model.BacklinksStatusType;
import org.backlinks4j.model.RankScale;
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
      description = "Entries per referring_links_* breakdown, 1 to 1000 (service default: 10).")
  @Nullable Integer internalListLimit;

  @Option(names = "--rank-scale", paramLabel = "one_hundred|one_thousand",
      description = "Scale of rank (service default: one_thousand).")
  @Nullable String rankScale;

  @Option(names = "--tag", paramLabel = "TEXT", description = "A label echoed back by the service.")
  @Nullable String tag;

  @Option(names = "--filter-json", paramLabel = "JSON",
      description = "backlinks_filters as a raw JSON array.")
  @Nullable String filterJson;

  /** Parsed once: bulk builds thousands of requests from the same options. */
  private @Nullable List<Object> parsedFilters;

  /**
   * The request for {@code target} with these options.
   *
   * @param target the target
   * @return the request
   * @throws IllegalArgumentException when an option or the target is invalid
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
      builder.statusType(BacklinksStatusType.fromValue(statusType));
    }
    if (internalListLimit != null) {
      builder.internalListLimit(internalListLimit);
    }
    if (rankScale != null) {
      builder.rankScale(RankScale.fromValue(rankScale));
    }
    if (tag != null) {
      builder.tag(tag);
    }
    if (filterJson != null) {
      if (parsedFilters == null) {
        parsedFilters = parseFilterJson(filterJson);
      }
      builder.rawFilters(parsedFilters);
    }
    return builder.build();
  }

  private static List<Object> parseFilterJson(String text) {
    JsonAdapter<List<Object>> adapter =
        Wire.MOSHI.adapter(Types.newParameterizedType(List.class, Object.class));
    try {
      List<Object> filters = adapter.fromJson(text);
      if (filters == null) {
        throw new IllegalArgumentException("--filter-json: expected a JSON array, got null");
      }
      return filters;
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException("--filter-json: not a JSON array: " + e.getMessage());
    }
  }
}
