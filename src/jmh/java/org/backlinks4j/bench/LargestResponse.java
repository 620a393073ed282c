package org.backlinks4j.bench;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backlinks4j.Fixtures;

/**
 * The largest answer the endpoint gives: the documented example with {@code internal_list_limit}
 * 1000, so each of the six {@code referring_links_*} maps holds 1000 entries. Made the same way on
 * every run (fixed seed), so runs compare.
 */
final class LargestResponse {
  static final int ENTRIES = 1000;
  static final String[] MAPS = {
      "referring_links_tld", "referring_links_types", "referring_links_attributes",
      "referring_links_platform_types", "referring_links_semantic_locations",
      "referring_links_countries",
  };

  private LargestResponse() {
  }

  /** The answer as UTF-8 bytes. */
  static byte[] bytes() {
    String json = Fixtures.seedEnvelope();
    SplittableRandom random = new SplittableRandom(1000);
    for (String map : MAPS) {
      // The example's maps are flat objects of string to number: no nested brace to trip on.
      Matcher matcher = Pattern.compile("\"" + map + "\"\\s*:\\s*\\{[^}]*\\}").matcher(json);
      if (!matcher.find()) {
        throw new IllegalStateException("the example has no " + map);
      }
      json = json.substring(0, matcher.start()) + "\"" + map + "\": " + entries(map, random)
          + json.substring(matcher.end());
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** 1000 distinct keys shaped like the map's real ones, counts falling from about 2^32 down. */
  private static String entries(String map, SplittableRandom random) {
    StringBuilder out = new StringBuilder("{");
    long count = 4_000_000_000L;
    for (int i = 0; i < ENTRIES; i++) {
      if (i > 0) {
        out.append(", ");
      }
      // The service sends "" as a key too (semantic locations outside any element).
      String key = i == 0 && map.endsWith("semantic_locations") ? "" : key(map, i);
      count -= random.nextLong(1, count / (ENTRIES - i) + 2);
      out.append('"').append(key).append("\": ").append(Math.max(count, 1));
    }
    return out.append('}').toString();
  }

  private static String key(String map, int i) {
    String base = Integer.toString(i, 36);
    switch (map) {
      case "referring_links_tld":
        return i % 3 == 0 ? "co." + base : base;
      case "referring_links_countries":
        return i < 26 * 26 ? letters(i, 2) : letters(i, 3);
      default:
        return map.substring("referring_links_".length()) + "-" + base;
    }
  }

  /** {@code i} as {@code length} capital letters: "AA", "AB", ... like country codes. */
  private static String letters(int i, int length) {
    char[] out = new char[length];
    for (int k = length - 1, n = i; k >= 0; k--, n /= 26) {
      out[k] = (char) ('A' + n % 26);
    }
    return new String(out);
  }
}
