package org.backlinks4j.cli;

import org.backlinks4j.InvalidRequestException;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.filter.Filter;
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
