package org.backlinks4j;

import java.util.Locale;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * How bulk_pages_summary's targets are compared: the one normalisation that decides which targets
 * are the same (sent once), which item answers which target, and which main domain a target
 * belongs to. Applies to targets that passed {@link RequestValidator#checkTarget}.
 *
 * <ul>
 *   <li>A page ({@code http://} or {@code https://} URL) is compared in OkHttp's canonical form:
 *       scheme and host in lower case, IDN as punycode, a default port and a fragment dropped, an
 *       empty path written {@code /}; the path and query stay as they are.
 *   <li>A domain is compared as its canonical host name: lower case, punycode, no trailing dot.
 * </ul>
 *
 * A page and its domain are different targets ({@code https://example.com/} is the home page,
 * {@code example.com} the whole domain).
 */
final class Targets {
  private Targets() {
  }

  /** The canonical form of a target, or of an item's {@code url}, for comparing them. */
  static String key(String target) {
    String trimmed = target.trim();
    if (hasScheme(trimmed)) {
      HttpUrl url = HttpUrl.parse(trimmed);
      if (url != null) {
        return url.newBuilder().fragment(null).build().toString();
      }
      return trimmed;
    }
    String host = hostOf(trimmed);
    return host == null ? trimmed.toLowerCase(Locale.ROOT) : host;
  }

  /**
   * The registrable domain a target belongs to, by the Public Suffix List that OkHttp ships
   * ({@code docs.example.co.uk} belongs to {@code example.co.uk}); a host without one (an IP
   * address, a public suffix itself) is its own.
   */
  static String mainDomain(String target) {
    String trimmed = target.trim();
    HttpUrl url = HttpUrl.parse(hasScheme(trimmed) ? trimmed : "http://" + bracketed(trimmed) + "/");
    if (url == null) {
      return key(trimmed);
    }
    String top = url.topPrivateDomain();
    return top != null ? top : url.host();
  }

  private static boolean hasScheme(String target) {
    return target.regionMatches(true, 0, "http://", 0, 7)
        || target.regionMatches(true, 0, "https://", 0, 8);
  }

  private static String bracketed(String host) {
    return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private static @Nullable String hostOf(String domain) {
    String bare = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    HttpUrl url = HttpUrl.parse("http://" + bracketed(bare) + "/");
    return url == null ? null : url.host();
  }
}
