package org.backlinks4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backlinks4j.Summary;
import org.backlinks4j.model.SummaryResult;
import org.backlinks4j.model.SummaryTargetInfo;
import org.jspecify.annotations.Nullable;

/** Renders a summary as a report a person reads in a terminal. */
final class Report {
  private static final int TOP = 10;
  private final int width;

  Report(int width) {
    this.width = Math.max(60, Math.min(width, 120));
  }

  static int terminalWidth(Map<String, String> env) {
    try {
      return Integer.parseInt(env.getOrDefault("COLUMNS", "80").trim());
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  String render(String target, Summary summary) {
    StringBuilder s = new StringBuilder();
    SummaryResult r = summary.result();
    s.append("Backlinks summary of ").append(target).append('\n');
    if (r == null) {
      s.append("\nThe service has no backlink data for this target.\n");
      footer(s, summary);
      return s.toString();
    }
    s.append('\n');
    row(s, "Rank", r.getRank());
    row(s, "Backlinks", r.getBacklinks(), "nofollow", r.getBacklinksNofollow());
    row(s, "Referring domains", r.getReferringDomains(), "nofollow", r.getReferringDomainsNofollow());
    row(s, "Referring main domains", r.getReferringMainDomains(), "nofollow",
        r.getReferringMainDomainsNofollow());
    row(s, "Referring pages", r.getReferringPages(), "nofollow", r.getReferringPagesNofollow());
    row(s, "Referring IPs", r.getReferringIps());
    row(s, "Referring subnets", r.getReferringSubnets());
    row(s, "Backlinks spam score", r.getBacklinksSpamScore());
    row(s, "Broken backlinks", r.getBrokenBacklinks());
    row(s, "Broken pages", r.getBrokenPages());
    row(s, "Crawled pages", r.getCrawledPages());
    row(s, "Internal links", r.getInternalLinksCount());
    row(s, "External links", r.getExternalLinksCount());
    text(s, "First seen", r.getFirstSeen());
    text(s, "Lost", r.getLostDate());
    SummaryTargetInfo info = r.getInfo();
    if (info != null) {
      s.append("\nTarget\n");
      text(s, "Server", info.getServer());
      text(s, "CMS", info.getCms());
      text(s, "IP address", info.getIpAddress());
      text(s, "Country", info.getCountry());
      text(s, "Platform", info.getPlatformType() == null ? null : String.join(", ", info.getPlatformType()));
      text(s, "Is an IP", info.getIsIp() == null ? null : info.getIsIp() ? "yes" : "no");
      row(s, "Target spam score", info.getTargetSpamScore());
    }
    long denominator = r.getBacklinks() == null ? 0 : r.getBacklinks();
    breakdown(s, "Top-level domains", r.getReferringLinksTld(), denominator);
    breakdown(s, "Link types", r.getReferringLinksTypes(), denominator);
    breakdown(s, "Link attributes", r.getReferringLinksAttributes(), denominator);
    breakdown(s, "Platform types", r.getReferringLinksPlatformTypes(), denominator);
    breakdown(s, "Semantic locations", r.getReferringLinksSemanticLocations(), denominator);
    breakdown(s, "Countries", r.getReferringLinksCountries(), denominator);
    footer(s, summary);
    return s.toString();
  }

  private static void footer(StringBuilder s, Summary summary) {
    s.append(String.format(Locale.ROOT, "%nTask %s, cost $%.5f, %s%n",
        summary.taskId() == null ? "-" : summary.taskId(), summary.cost(),
        summary.time() == null ? "-" : summary.time()));
  }

  private static void row(StringBuilder s, String label, @Nullable Number value) {
    s.append(String.format(Locale.ROOT, "  %-24s %14s%n", label, number(value)));
  }

  private static void row(StringBuilder s, String label, @Nullable Number value, String aside,
      @Nullable Number asideValue) {
    s.append(String.format(Locale.ROOT, "  %-24s %14s   (%s %s)%n", label, number(value), aside,
        number(asideValue)));
  }

  private static void text(StringBuilder s, String label, @Nullable String value) {
    s.append(String.format(Locale.ROOT, "  %-24s %14s%n", label, value == null ? "-" : value));
  }

  static String number(@Nullable Number value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%,d", value.longValue());
  }

  private void breakdown(StringBuilder s, String title, @Nullable Map<String, Long> counts,
      long backlinks) {
    if (counts == null || counts.isEmpty()) {
      return;
    }
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> Long.compare(value(b.getValue()), value(a.getValue())));
    long max = value(entries.get(0).getValue());
    long total = backlinks;
    if (total <= 0) {
      for (Map.Entry<String, Long> e : entries) {
        total += value(e.getValue());
      }
    }
    s.append('\n').append(title).append(" (share of backlinks)\n");
    int labelWidth = 16;
    int barWidth = Math.max(10, width - labelWidth - 14 - 8 - 6);
    for (Map.Entry<String, Long> e : entries.subList(0, Math.min(TOP, entries.size()))) {
      long n = value(e.getValue());
      String label = e.getKey().isEmpty() ? "(none)" : e.getKey();
      if (label.length() > labelWidth) {
        label = label.substring(0, labelWidth - 1) + "~";
      }
      double share = total == 0 ? 0 : 100.0 * n / total;
      int bar = max == 0 ? 0 : (int) Math.round((double) barWidth * n / max);
      s.append(String.format(Locale.ROOT, "  %-" + labelWidth + "s %14s %6.1f%%  %s%n", label,
          number(n), share, repeat('#', bar)));
    }
    if (entries.size() > TOP) {
      s.append(String.format(Locale.ROOT, "  ... and %d more%n", entries.size() - TOP));
    }
  }

  private static long value(@Nullable Long n) {
    return n == null ? 0 : n;
  }

  private static String repeat(char c, int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(c);
    }
    return s.toString();
  }
}
