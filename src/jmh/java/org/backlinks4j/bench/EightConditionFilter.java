package org.backlinks4j.bench;

import static org.backlinks4j.filter.BacklinksField.ATTRIBUTES;
import static org.backlinks4j.filter.BacklinksField.BACKLINK_SPAM_SCORE;
import static org.backlinks4j.filter.BacklinksField.DOFOLLOW;
import static org.backlinks4j.filter.BacklinksField.DOMAIN_FROM_COUNTRY;
import static org.backlinks4j.filter.BacklinksField.DOMAIN_FROM_RANK;
import static org.backlinks4j.filter.BacklinksField.FIRST_SEEN;
import static org.backlinks4j.filter.BacklinksField.PAGE_FROM_LANGUAGE;
import static org.backlinks4j.filter.BacklinksField.URL_TO_HTTPS;

import java.util.Arrays;
import java.util.List;
import org.backlinks4j.filter.Filter;

/**
 * The filter of {@link RequestBenchmark}: eight conditions, the most one request may carry, nested
 * two deep and touching every kind of field (bool, num, str, array.str, time, an in-list).
 *
 * <p>Built two ways, as a caller would: with the typed DSL, and as raw JSON values (which the
 * library reads back into the same kind of {@link Filter}, with the same checks).
 */
final class EightConditionFilter {
  private EightConditionFilter() {
  }

  /** The filter with the typed DSL, built anew on every call. */
  static Filter dsl() {
    return DOFOLLOW.isTrue()
        .and(BACKLINK_SPAM_SCORE.lt(50).or(DOMAIN_FROM_RANK.gte(300)))
        .and(DOMAIN_FROM_COUNTRY.in("US", "GB", "DE"))
        .and(ATTRIBUTES.hasNot("sponsored"))
        .and(FIRST_SEEN.after("2021-01-29 15:02:37 +00:00"))
        .and(PAGE_FROM_LANGUAGE.eq("en").or(URL_TO_HTTPS.isTrue()));
  }

  /**
   * {@code dofollow = true and (backlink_spam_score < 50 or domain_from_rank >= 300) and
   * domain_from_country in (US, GB, DE) and attributes has_not sponsored and
   * first_seen > 2021-01-29 15:02:37 +00:00 and (page_from_language = en or url_to_https = true)}
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
        Arrays.asList("first_seen", ">", "2021-01-29 15:02:37 +00:00"),
        "and",
        Arrays.asList(
            Arrays.asList("page_from_language", "=", "en"),
            "or",
            Arrays.asList("url_to_https", "=", true)));
  }
}
