package org.backlinks4j.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The filter of {@link RequestBenchmark}: eight conditions, the most one request may carry, nested
 * two deep and touching every kind of field (bool, num, str, array.str, time, in-lists).
 *
 * <p>Built as raw JSON values for now. When the typed filter DSL lands, add a {@code dsl()} that
 * builds the same filter with it and a benchmark method that passes it to
 * {@code SummaryRequest.Builder.filter(..)}; the raw one stays as its baseline.
 */
final class EightConditionFilter {
  private EightConditionFilter() {
  }

  /**
   * {@code dofollow = true and (backlink_spam_score < 50 or domain_from_rank >= 300) and
   * domain_from_country in (US, GB, DE) and attributes has_not sponsored and anchor not_like %casino%
   * and first_seen > 2021-01-29 15:02:37 +00:00 and (page_from_language = en or url_to_https = true)}
   * as the nested arrays of {@code backlinks_filters}, built anew on every call as a caller would.
   */
  static List<Object> raw() {
    return Arrays.asList(
        Arrays.asList("dofollow", "=", true),
        "and",
        Arrays.asList(
            Arrays.asList("backlink_spam_score", "<", 50),
            "or",
            Arrays.asList("domain_from_rank", ">=", 300)),
        "and",
        Arrays.asList("domain_from_country", "in", Arrays.asList("US", "GB", "DE")),
        "and",
        Arrays.asList("attributes", "has_not", "sponsored"),
        "and",
        Arrays.asList("anchor", "not_like", "%casino%"),
        "and",
        Arrays.asList("first_seen", ">", "2021-01-29 15:02:37 +00:00"),
        "and",
        Arrays.asList(
            Arrays.asList("page_from_language", "=", "en"),
            "or",
            Arrays.asList("url_to_https", "=", true)));
  }
}
