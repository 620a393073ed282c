package org.backlinks4j;

import java.util.Locale;
import okhttp3.HttpUrl;
import org.backlinks4j.model.SummaryTaskRequest;
import org.jspecify.annotations.Nullable;

/**
 * Checks a task before anything is sent, and turns a broken rule into the
 * {@link InvalidRequestException} (origin {@link Origin#REQUEST}) whose message names the field and
 * the rule: the rules the spec states, generated from it, and those it cannot state, here.
 *
 * <p>The spec's rules (minimum, maximum, minLength, maxLength, minItems, maxItems of each request
 * schema) are generated into each request model's {@code brokenRule()} and its constants, so that
 * a change of the spec changes what is refused; {@link #checkSpecRules} throws what that finds.
 * Its enums need no check: the builders take them typed. Kept by hand, because JSON Schema cannot
 * say them: the form of a target ({@link #checkTarget}: a domain or subdomain without scheme and
 * {@code www.}, or an absolute http(s) URL of a page on a host that could exist; the spec only says
 * it is not empty), bulk_pages_summary's rule of at most 100 main domains (in
 * {@link BulkPagesSummaryRequest}), and the filter's rules (in the filter DSL: at most 8
 * conditions, known fields, operators that fit them). One task per request needs no check: a
 * request is one task, and the client sends it alone.
 */
final class RequestValidator {
  /** A DNS name: at most 253 characters, labels of at most 63. */
  private static final int MAX_HOST_LENGTH = 253;
  private static final int MAX_LABEL_LENGTH = 63;

  private RequestValidator() {
  }

  /** Checks every field of {@code task}; throws on the first rule it breaks. */
  static void check(SummaryTaskRequest task) {
    checkTarget("target", task.getTarget());
    checkSpecRules(task.brokenRule());
  }

  /**
   * Throws the spec's rule a request model broke, as its generated {@code brokenRule()} gives it
   * ({@code "internal_list_limit: must be between 1 and 1000, was 1001"}); does nothing for null.
   */
  static void checkSpecRules(@Nullable String brokenRule) {
    if (brokenRule != null) {
      // Field and rule apart, as every other refusal is made (the generated message is "field: rule").
      int colon = brokenRule.indexOf(": ");
      throw invalid(brokenRule.substring(0, colon), brokenRule.substring(colon + 2));
    }
  }

  /** A target, of any operation: a domain or subdomain, or an absolute http(s) URL of a page. */
  static void checkTarget(String field, @Nullable String target) {
    if (target == null || target.trim().isEmpty()) {
      throw invalid(field, "must not be blank");
    }
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c <= ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw invalid(field, "must not contain spaces or control characters: " + quoted(target));
      }
    }
    int schemeEnd = target.indexOf("://");
    if (schemeEnd >= 0) {
      checkPage(field, target, target.substring(0, schemeEnd).toLowerCase(Locale.ROOT));
    } else {
      checkDomain(field, target);
    }
  }

  /** A page: an absolute http(s) URL on a host that could exist. */
  private static void checkPage(String field, String target, String scheme) {
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw invalid(field, "a page must be an absolute http:// or https:// URL, not " + scheme
          + "://: " + quoted(target));
    }
    HttpUrl url = HttpUrl.parse(target);
    if (url == null) {
      throw invalid(field, "not a valid URL: " + quoted(target));
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw invalid(field, "a page URL must not carry a user name or password");
    }
    checkHost(field, url.host(), target);
  }

  /** A domain or subdomain: a bare host name, without scheme, {@code www.}, port or path. */
  private static void checkDomain(String field, String target) {
    if (target.regionMatches(true, 0, "www.", 0, 4)) {
      throw invalid(field, "write a domain without 'www.' (example.com, not www.example.com; "
          + "include_subdomains covers www): " + quoted(target));
    }
    if (isIpv6Literal(target)) {
      return;
    }
    for (char c : new char[] {'/', '?', '#', '@', '\\', ':', '[', ']'}) {
      if (target.indexOf(c) >= 0) {
        throw invalid(field, "a domain has no scheme, port, path or query; a page must be an "
            + "absolute http(s) URL such as https://example.com/page: " + quoted(target));
      }
    }
    if (isLowerCaseAscii(target)) {
      // Already the canonical form OkHttp would give it; parsing a URL to get there cost about 2 us
      // per request, a fifth of building one in the benchmarks.
      checkHost(field, target, target);
      return;
    }
    // OkHttp's host parsing turns an internationalized name into punycode (IDNA), lower-cases it
    // and refuses the characters no host may hold; the label rules then apply to its ASCII form.
    HttpUrl url = HttpUrl.parse("http://" + target + "/");
    if (url == null) {
      throw invalid(field, "not a valid domain name: " + quoted(target));
    }
    checkHost(field, url.host(), target);
  }

  /** Only the characters of a canonical host name: a-z, 0-9, '-', '_' and '.'. */
  private static boolean isLowerCaseAscii(String target) {
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIpv6Literal(String host) {
    return host.indexOf(':') >= 0 && host.indexOf('/') < 0 && host.indexOf('[') < 0
        && HttpUrl.parse("http://[" + host + "]/") != null;
  }

  /** {@code host} is OkHttp's canonical form: lower case, punycode, IPv6 without brackets. */
  private static void checkHost(String field, String host, String target) {
    if (host.indexOf(':') >= 0 || isIpv4(host)) {
      return; // an IP literal OkHttp accepted
    }
    if (host.length() > MAX_HOST_LENGTH) {
      throw invalid(field, "a host name has at most " + MAX_HOST_LENGTH + " characters: "
          + quoted(target));
    }
    String[] labels = host.split("\\.", -1);
    if (labels.length < 2) {
      throw invalid(field, "a domain needs a dot and a top-level domain, such as example.com: "
          + quoted(target));
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
        throw invalid(field, "each dot-separated part of a host name must be 1 to "
            + MAX_LABEL_LENGTH + " characters: " + quoted(target));
      }
      if (label.startsWith("-") || label.endsWith("-")) {
        throw invalid(field, "a part of a host name must not start or end with '-': "
            + quoted(target));
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
          throw invalid(field, "a host name holds letters, digits, '-' and '.' only: "
              + quoted(target));
        }
      }
    }
    String tld = labels[labels.length - 1];
    if (isDigits(tld, tld.length())) {
      throw invalid(field, "not a valid IPv4 address or domain name: " + quoted(target));
    }
  }

  /** One to {@code max} ASCII digits (String.matches would compile a pattern on every request). */
  private static boolean isDigits(String text, int max) {
    if (text.isEmpty() || text.length() > max) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (!isDigits(part, 3) || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /**
   * The target in quotes as a message shows it: a target may come from a file of unknown origin,
   * and the message may reach a terminal or a log ({@link PrintableText}).
   */
  static String quoted(String target) {
    return "'" + PrintableText.escape(target) + "'";
  }

  static InvalidRequestException invalid(String field, String rule) {
    return InvalidRequestException.refused(field, rule);
  }
}
