package org.backlinks4j.filter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The backlink fields a filter can test, each typed so that only the operators that fit it are
 * offered:
 *
 * <pre>{@code
 * Filter filter = BacklinksField.DOFOLLOW.isTrue()
 *     .and(BacklinksField.BACKLINK_SPAM_SCORE.lt(50).or(BacklinksField.DOMAIN_FROM_RANK.gte(300)));
 * }</pre>
 *
 * <p>This class is the catalogue's one home in code; its data source is
 * {@code spec/backlinks-filter-fields.tsv} (48 fields of a backlink object with their filter types),
 * and {@code BacklinksFieldTest} fails the build when the two differ, in names, types or order. The
 * constants are written out rather than generated at build time: typed constants need Java source
 * anyway, a generator would be a second build step (and plugin) for 48 lines that change a few times
 * a year, and the test gives the same drift check as the regenerated {@code generated/} tree.
 * Fields the service adds later are reached through {@link Filters#num(String)} and its siblings.
 */
public final class BacklinksField {
  // Declared before the constants, which register themselves here as the class initialises.
  private static final Map<String, FilterField> BY_NAME = new LinkedHashMap<>();

  /** {@code type} (str). */
  public static final StrField TYPE = str("type");

  /** {@code domain_from} (str). */
  public static final StrField DOMAIN_FROM = str("domain_from");

  /** {@code url_from} (str). */
  public static final StrField URL_FROM = str("url_from");

  /** {@code url_from_https} (bool). */
  public static final BoolField URL_FROM_HTTPS = bool("url_from_https");

  /** {@code domain_to} (str). */
  public static final StrField DOMAIN_TO = str("domain_to");

  /** {@code url_to} (str). */
  public static final StrField URL_TO = str("url_to");

  /** {@code url_to_https} (bool). */
  public static final BoolField URL_TO_HTTPS = bool("url_to_https");

  /** {@code tld_from} (str). */
  public static final StrField TLD_FROM = str("tld_from");

  /** {@code is_new} (bool). */
  public static final BoolField IS_NEW = bool("is_new");

  /** {@code is_lost} (bool). */
  public static final BoolField IS_LOST = bool("is_lost");

  /** {@code backlink_spam_score} (num). */
  public static final NumField BACKLINK_SPAM_SCORE = num("backlink_spam_score");

  /** {@code rank} (num). */
  public static final NumField RANK = num("rank");

  /** {@code page_from_rank} (num). */
  public static final NumField PAGE_FROM_RANK = num("page_from_rank");

  /** {@code domain_from_rank} (num). */
  public static final NumField DOMAIN_FROM_RANK = num("domain_from_rank");

  /** {@code domain_from_platform_type} (array.str). */
  public static final StrArrayField DOMAIN_FROM_PLATFORM_TYPE = strArray("domain_from_platform_type");

  /** {@code domain_from_is_ip} (bool). */
  public static final BoolField DOMAIN_FROM_IS_IP = bool("domain_from_is_ip");

  /** {@code domain_from_ip} (str). */
  public static final StrField DOMAIN_FROM_IP = str("domain_from_ip");

  /** {@code domain_from_country} (str). */
  public static final StrField DOMAIN_FROM_COUNTRY = str("domain_from_country");

  /** {@code page_from_external_links} (num). */
  public static final NumField PAGE_FROM_EXTERNAL_LINKS = num("page_from_external_links");

  /** {@code page_from_internal_links} (num). */
  public static final NumField PAGE_FROM_INTERNAL_LINKS = num("page_from_internal_links");

  /** {@code page_from_size} (num). */
  public static final NumField PAGE_FROM_SIZE = num("page_from_size");

  /** {@code page_from_encoding} (str). */
  public static final StrField PAGE_FROM_ENCODING = str("page_from_encoding");

  /** {@code page_from_language} (str). */
  public static final StrField PAGE_FROM_LANGUAGE = str("page_from_language");

  /** {@code page_from_title} (str). */
  public static final StrField PAGE_FROM_TITLE = str("page_from_title");

  /** {@code page_from_status_code} (num). */
  public static final NumField PAGE_FROM_STATUS_CODE = num("page_from_status_code");

  /** {@code first_seen} (time). */
  public static final TimeField FIRST_SEEN = time("first_seen");

  /** {@code prev_seen} (time). */
  public static final TimeField PREV_SEEN = time("prev_seen");

  /** {@code last_seen} (time). */
  public static final TimeField LAST_SEEN = time("last_seen");

  /** {@code item_type} (str). */
  public static final StrField ITEM_TYPE = str("item_type");

  /** {@code attributes} (array.str). */
  public static final StrArrayField ATTRIBUTES = strArray("attributes");

  /** {@code dofollow} (bool). */
  public static final BoolField DOFOLLOW = bool("dofollow");

  /** {@code original} (bool). */
  public static final BoolField ORIGINAL = bool("original");

  /** {@code alt} (str). */
  public static final StrField ALT = str("alt");

  /** {@code image_url} (str). */
  public static final StrField IMAGE_URL = str("image_url");

  /** {@code anchor} (str). */
  public static final StrField ANCHOR = str("anchor");

  /** {@code text_pre} (str). */
  public static final StrField TEXT_PRE = str("text_pre");

  /** {@code text_post} (str). */
  public static final StrField TEXT_POST = str("text_post");

  /** {@code semantic_location} (str). */
  public static final StrField SEMANTIC_LOCATION = str("semantic_location");

  /** {@code links_count} (num). */
  public static final NumField LINKS_COUNT = num("links_count");

  /** {@code group_count} (num). */
  public static final NumField GROUP_COUNT = num("group_count");

  /** {@code is_broken} (bool). */
  public static final BoolField IS_BROKEN = bool("is_broken");

  /** {@code url_to_status_code} (num). */
  public static final NumField URL_TO_STATUS_CODE = num("url_to_status_code");

  /** {@code url_to_spam_score} (num). */
  public static final NumField URL_TO_SPAM_SCORE = num("url_to_spam_score");

  /** {@code url_to_redirect_target} (str). */
  public static final StrField URL_TO_REDIRECT_TARGET = str("url_to_redirect_target");

  /** {@code is_indirect_link} (bool). */
  public static final BoolField IS_INDIRECT_LINK = bool("is_indirect_link");

  /**
   * {@code ranked_keywords_info.page_from_keywords_count_top_3} (num): a field of a nested
   * object, by its dotted path (not yet confirmed against the live service).
   */
  public static final NumField RANKED_KEYWORDS_INFO_PAGE_FROM_KEYWORDS_COUNT_TOP_3 =
      num("ranked_keywords_info.page_from_keywords_count_top_3");

  /**
   * {@code ranked_keywords_info.page_from_keywords_count_top_10} (num): a field of a nested
   * object, by its dotted path (not yet confirmed against the live service).
   */
  public static final NumField RANKED_KEYWORDS_INFO_PAGE_FROM_KEYWORDS_COUNT_TOP_10 =
      num("ranked_keywords_info.page_from_keywords_count_top_10");

  /**
   * {@code ranked_keywords_info.page_from_keywords_count_top_100} (num): a field of a nested
   * object, by its dotted path (not yet confirmed against the live service).
   */
  public static final NumField RANKED_KEYWORDS_INFO_PAGE_FROM_KEYWORDS_COUNT_TOP_100 =
      num("ranked_keywords_info.page_from_keywords_count_top_100");

  private BacklinksField() {
  }

  /**
   * Every field of the catalogue, in the order of {@code spec/backlinks-filter-fields.tsv}.
   *
   * @return the fields, unmodifiable
   */
  public static List<FilterField> all() {
    return Collections.unmodifiableList(new ArrayList<>(BY_NAME.values()));
  }

  /**
   * The catalogue's field named {@code name}.
   *
   * @param name a name such as {@code dofollow}
   * @return the field, or null if the catalogue does not know it
   */
  public static @Nullable FilterField named(String name) {
    return BY_NAME.get(name);
  }

  /** The catalogue's name closest to {@code name} (a typo or two away), for "did you mean" hints. */
  static @Nullable String nearest(String name) {
    String best = null;
    int bestDistance = Math.max(2, name.length() / 4) + 1;
    for (String candidate : BY_NAME.keySet()) {
      int distance = distance(name, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Levenshtein distance: the fewest single-character edits from a to b. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static <F extends FilterField> F register(F field) {
    BY_NAME.put(field.name(), field);
    return field;
  }

  private static NumField num(String name) {
    return register(new NumField(name));
  }

  private static StrField str(String name) {
    return register(new StrField(name));
  }

  private static BoolField bool(String name) {
    return register(new BoolField(name));
  }

  private static TimeField time(String name) {
    return register(new TimeField(name));
  }

  private static StrArrayField strArray(String name) {
    return register(new StrArrayField(name));
  }
}
