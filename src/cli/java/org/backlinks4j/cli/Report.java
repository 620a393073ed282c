package org.backlinks4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backlinks4j.PrintableText;
import org.backlinks4j.Summary;
import org.backlinks4j.model.SummaryResult;
import org.backlinks4j.model.SummaryTargetInfo;
import org.jspecify.annotations.Nullable;

/**
 * Renders a summary as a report a person reads in a terminal: headline metrics with thousands
 * separators, the target's info, and each {@code referring_links_*} breakdown as its top entries
 * with counts, shares of the backlinks and a bar. No line is wider than the width it is given.
 *
 * <p>Every text of the answer (and the target) is shown in its printable form
 * ({@link PrintableText}, tabs as spaces) before the columns are measured: what the report aligns
 * is what the terminal shows. A count the service sent as null is shown as unknown ({@code -}),
 * never as 0.
 */
final class Report {
  /** Narrower than this, nothing useful fits; the report is cut at this width instead. */
  static final int MIN_WIDTH = 40;
  private static final int TOP = 10;
  private static final int LABEL = 24;
  private static final int BREAKDOWN_LABEL = 16;
  private static final int MAX_BAR = 30;

  private final int width;

  Report(int width) {
    this.width = Math.max(MIN_WIDTH, width);
  }

  String render(String target, Summary summary) {
    List<String> lines = new ArrayList<>();
    lines.add("Backlinks summary of " + shown(target));
    SummaryResult r = summary.result();
    if (r == null) {
      lines.add("");
      lines.add("The service has no backlink data for this target.");
    } else {
      headline(lines, r);
      info(lines, r.getInfo());
      long backlinks = r.getBacklinks() == null ? 0 : r.getBacklinks();
      breakdown(lines, "Top-level domains", r.getReferringLinksTld(), backlinks);
      breakdown(lines, "Link types", r.getReferringLinksTypes(), backlinks);
      breakdown(lines, "Link attributes", r.getReferringLinksAttributes(), backlinks);
      breakdown(lines, "Platform types", r.getReferringLinksPlatformTypes(), backlinks);
      breakdown(lines, "Semantic locations", r.getReferringLinksSemanticLocations(), backlinks);
      breakdown(lines, "Countries", r.getReferringLinksCountries(), backlinks);
    }
    lines.add("");
    String taskId = summary.taskId();
    String time = summary.time();
    lines.add("Task " + (taskId == null ? "-" : shown(taskId)));
    lines.add(String.format(Locale.ROOT, "Cost $%.5f, %s", summary.cost(),
        time == null ? "time not given" : shown(time)));
    StringBuilder s = new StringBuilder();
    for (String line : lines) {
      s.append(fit(line)).append('\n');
    }
    return s.toString();
  }

  private void headline(List<String> lines, SummaryResult r) {
    lines.add("");
    Rows rows = new Rows();
    rows.add("Rank", r.getRank(), null);
    rows.add("Backlinks", r.getBacklinks(), r.getBacklinksNofollow());
    rows.add("Referring domains", r.getReferringDomains(), r.getReferringDomainsNofollow());
    rows.add("Referring main domains", r.getReferringMainDomains(),
        r.getReferringMainDomainsNofollow());
    rows.add("Referring pages", r.getReferringPages(), r.getReferringPagesNofollow());
    rows.add("Referring IPs", r.getReferringIps(), null);
    rows.add("Referring subnets", r.getReferringSubnets(), null);
    rows.add("Backlinks spam score", r.getBacklinksSpamScore(), null);
    rows.add("Broken backlinks", r.getBrokenBacklinks(), null);
    rows.add("Broken pages", r.getBrokenPages(), null);
    rows.add("Crawled pages", r.getCrawledPages(), null);
    rows.add("Internal links", r.getInternalLinksCount(), null);
    rows.add("External links", r.getExternalLinksCount(), null);
    rows.render(lines);
    text(lines, "First seen", r.getFirstSeen());
    text(lines, "Lost", r.getLostDate());
  }

  private void info(List<String> lines, @Nullable SummaryTargetInfo info) {
    if (info == null) {
      return;
    }
    lines.add("");
    lines.add("Target");
    text(lines, "Server", info.getServer());
    text(lines, "CMS", info.getCms());
    text(lines, "IP address", info.getIpAddress());
    text(lines, "Country", info.getCountry());
    List<String> platforms = info.getPlatformType();
    text(lines, "Platform", platforms == null ? null : String.join(", ", platforms));
    text(lines, "Is an IP", info.getIsIp() == null ? null : info.getIsIp() ? "yes" : "no");
    text(lines, "Target spam score",
        info.getTargetSpamScore() == null ? null : number(info.getTargetSpamScore()));
  }

  private void text(List<String> lines, String label, @Nullable String value) {
    lines.add("  " + pad(label, labelWidth()) + " " + (value == null ? "-" : shown(value)));
  }

  /** Labels get 24 columns, less on a narrow terminal so that the figures still fit. */
  private int labelWidth() {
    return Math.min(LABEL, width - 2 - 1 - 15);
  }

  /** Headline rows: numbers right-aligned in one column, nofollow beside them when it fits. */
  private final class Rows {
    private final List<String[]> rows = new ArrayList<>();

    void add(String label, @Nullable Number value, @Nullable Number nofollow) {
      rows.add(new String[] {label, number(value), nofollow == null ? null : number(nofollow)});
    }

    void render(List<String> lines) {
      int numbers = 1;
      for (String[] row : rows) {
        numbers = Math.max(numbers, row[1].length());
      }
      int label = Math.min(LABEL, width - 3 - numbers);
      for (String[] row : rows) {
        String line = "  " + pad(row[0], label) + " " + leftPad(row[1], numbers);
        if (row[2] != null) {
          String aside = "   nofollow " + row[2];
          if (line.length() + aside.length() <= width) {
            line += aside;
          } else {
            lines.add(line);
            line = "  " + pad("  nofollow", label) + " " + leftPad(row[2], numbers);
          }
        }
        lines.add(line);
      }
    }
  }

  private void breakdown(List<String> lines, String title,
      @Nullable Map<String, @Nullable Long> counts, long backlinks) {
    if (counts == null || counts.isEmpty()) {
      return;
    }
    List<Map.Entry<String, @Nullable Long>> entries = new ArrayList<>(counts.entrySet());
    // Largest first; a count the service does not know after every known one, in the answer's order.
    entries.sort((a, b) -> a.getValue() == null || b.getValue() == null
        ? Boolean.compare(a.getValue() == null, b.getValue() == null)
        : Long.compare(b.getValue(), a.getValue()));
    long max = 0;
    long known = 0;
    for (Map.Entry<String, @Nullable Long> e : entries) {
      if (e.getValue() != null) {
        max = Math.max(max, e.getValue());
        known += e.getValue();
      }
    }
    long total = backlinks > 0 ? backlinks : known;
    List<Map.Entry<String, @Nullable Long>> top = entries.subList(0, Math.min(TOP, entries.size()));
    List<String> labelsShown = new ArrayList<>(top.size());
    int labels = 6;
    int numbers = 1;
    for (Map.Entry<String, @Nullable Long> e : top) {
      String label = e.getKey().isEmpty() ? "(none)" : shown(e.getKey());
      labelsShown.add(label);
      labels = Math.max(labels, label.length());
      numbers = Math.max(numbers, number(e.getValue()).length());
    }
    // "  label count  share%  bar": whatever the label and the figures leave is the bar's.
    int fixed = 2 + 1 + numbers + 1 + 6 + 2;
    labels = Math.min(labels, Math.min(BREAKDOWN_LABEL, width - fixed - 1));
    int bar = Math.min(MAX_BAR, width - fixed - labels);
    lines.add("");
    lines.add(title + " (share of backlinks)");
    for (int i = 0; i < top.size(); i++) {
      Long count = top.get(i).getValue();
      String start = "  " + pad(labelsShown.get(i), labels) + " " + leftPad(number(count), numbers);
      if (count == null) {
        lines.add(start); // unknown: no share, no bar
        continue;
      }
      long n = count;
      double share = total == 0 ? 0 : 100.0 * n / total;
      int length = max == 0 || bar <= 0 ? 0 : (int) Math.round((double) bar * n / max);
      if (n > 0 && length == 0 && bar > 0) {
        length = 1; // a present entry shows, however small
      }
      lines.add(String.format(Locale.ROOT, "%s %5.1f%%  %s", start, share, repeat('#', length))
          .replaceAll("\\s+$", ""));
    }
    if (entries.size() > TOP) {
      lines.add(String.format(Locale.ROOT, "  ... and %d more", entries.size() - TOP));
    }
  }

  /** Text of the answer or the target as the terminal should show it, one column a character. */
  private static String shown(String text) {
    return PrintableText.escape(text).replace('\t', ' ');
  }

  /** Cuts a line to the width, marking the cut. */
  private String fit(String line) {
    return line.length() <= width ? line : line.substring(0, width - 1) + "~";
  }

  static String number(@Nullable Number value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%,d", value.longValue());
  }

  private static String pad(String s, int width) {
    if (s.length() > width) {
      return s.substring(0, Math.max(0, width - 1)) + "~";
    }
    return s + repeat(' ', width - s.length());
  }

  private static String leftPad(String s, int width) {
    return repeat(' ', width - s.length()) + s;
  }

  private static String repeat(char c, int n) {
    StringBuilder s = new StringBuilder(Math.max(0, n));
    for (int i = 0; i < n; i++) {
      s.append(c);
    }
    return s.toString();
  }
}
