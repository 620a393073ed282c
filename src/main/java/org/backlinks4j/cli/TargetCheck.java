package org.backlinks4j.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Rejects input lines that cannot be a target of any kind (a domain, a subdomain or a page's
 * http(s) URL) before anything is sent: a stray word or a half-pasted line in a bulk file should
 * cost neither money nor a round trip. The request's own rules live in
 * {@link org.backlinks4j.SummaryRequest.Builder#build()}, which runs after this.
 */
final class TargetCheck {
  private TargetCheck() {
  }

  /** Why {@code target} cannot be a target, or null when it may be one. */
  static @Nullable String reason(String target) {
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return "contains whitespace or a control character";
      }
    }
    if (target.contains("://")) {
      return urlReason(target);
    }
    if (target.contains("/")) {
      return "a path needs the page's absolute URL (https://...)";
    }
    return hostReason(target);
  }

  private static @Nullable String urlReason(String target) {
    URI uri;
    try {
      uri = new URI(target);
    } catch (URISyntaxException e) {
      return "not a valid URL: " + e.getReason();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "a page's URL must be http:// or https://";
    }
    if (uri.getHost() == null) {
      return "the URL has no host";
    }
    return hostReason(uri.getHost());
  }

  private static @Nullable String hostReason(String host) {
    if (host.length() > 253) {
      return "longer than a domain name can be (253 characters)";
    }
    if (!host.contains(".")) {
      return "not a domain name (no dot)";
    }
    if (host.startsWith(".") || host.endsWith(".") || host.contains("..")) {
      return "not a domain name (empty label)";
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      // Letters beyond ASCII are internationalized domain names, which the service accepts.
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == ':' || c == '_')) {
        return "not a domain name (character '" + c + "')";
      }
    }
    return null;
  }
}
