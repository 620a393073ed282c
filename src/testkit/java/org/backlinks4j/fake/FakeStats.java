package org.backlinks4j.fake;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link FakeDataForSeo} counted, at one moment.
 *
 * @param calls every call that arrived, to either operation (or any other path), {@code GET
 *     /fake/stats} apart
 * @param accepted the calls within the quota (all of them without a quota)
 * @param rateViolations calls that broke the sliding window (answered 40202)
 * @param concurrencyViolations calls over the concurrency cap (answered 40209)
 * @param peakInFlight the most accepted calls in flight at once
 * @param contractViolations problems the spec check found in requests (and checked answers)
 * @param worstShortfallMillis the most any 40202 call came too early by, in ms
 * @param callsPerTarget calls per requested target ("?" when a request named none); a bulk call
 *     counts once for each target it names
 * @param callsPerPath calls per path, as the spec names it (a prefix before {@code /v3/} and the
 *     query dropped): {@link FakeDataForSeo#SUMMARY_PATH}, {@link
 *     FakeDataForSeo#BULK_PAGES_SUMMARY_PATH}, or any other a call was sent to
 * @param bulkCallsPerTarget bulk_pages_summary calls per target they named, once a call
 */
public record FakeStats(long calls, long accepted, long rateViolations, long concurrencyViolations,
    int peakInFlight, long contractViolations, double worstShortfallMillis,
    Map<String, Long> callsPerTarget, Map<String, Long> callsPerPath,
    Map<String, Long> bulkCallsPerTarget) {
  /** The most targets the stats line lists one by one. */
  private static final int LISTED_TARGETS = 20;

  /**
   * Freezes the counts, sorted by target and path.
   *
   * @param calls see the record's description
   * @param accepted see the record's description
   * @param rateViolations see the record's description
   * @param concurrencyViolations see the record's description
   * @param peakInFlight see the record's description
   * @param contractViolations see the record's description
   * @param worstShortfallMillis see the record's description
   * @param callsPerTarget see the record's description
   * @param callsPerPath see the record's description
   * @param bulkCallsPerTarget see the record's description
   */
  public FakeStats {
    callsPerTarget = Collections.unmodifiableMap(new TreeMap<>(callsPerTarget));
    callsPerPath = Collections.unmodifiableMap(new TreeMap<>(callsPerPath));
    bulkCallsPerTarget = Collections.unmodifiableMap(new TreeMap<>(bulkCallsPerTarget));
  }

  /**
   * The calls sent to one path.
   *
   * @param path e.g. {@link FakeDataForSeo#BULK_PAGES_SUMMARY_PATH}
   * @return the count, 0 if none
   */
  public long callsTo(String path) {
    return callsPerPath.getOrDefault(path, 0L);
  }

  /**
   * Calls beyond either bound of the quota.
   *
   * @return rate plus concurrency violations
   */
  public long violations() {
    return rateViolations + concurrencyViolations;
  }

  /**
   * The most calls any one target received: above 1, some target was asked about twice.
   *
   * @return the largest per-target count, 0 before any call
   */
  public long maxCallsPerTarget() {
    long max = 0;
    for (long n : callsPerTarget.values()) {
      max = Math.max(max, n);
    }
    return max;
  }

  /**
   * One line for logs and tools: calls, violations, peak concurrency, calls per target (each target
   * when there are at most 20, else their number and the largest count), calls per path.
   */
  @Override
  public String toString() {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
        "fake-server stats: calls=%d accepted=%d violations=%d (40202=%d 40209=%d) "
            + "peak_in_flight=%d contract_violations=%d worst_shortfall_ms=%.1f targets=%d "
            + "max_calls_per_target=%d",
        calls, accepted, violations(), rateViolations, concurrencyViolations, peakInFlight,
        contractViolations, worstShortfallMillis, callsPerTarget.size(), maxCallsPerTarget()));
    if (callsPerTarget.size() <= LISTED_TARGETS) {
      line.append(" calls_per_target=").append(callsPerTarget);
    }
    // Last: tools match the fields before it with their spaces around them.
    return line.append(" calls_per_path=").append(callsPerPath).toString();
  }

  /** The stats as a JSON object (the {@code /fake/stats} answer). */
  String toJson() {
    StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
        "{\"calls\":%d,\"accepted\":%d,\"violations\":%d,\"rate_violations\":%d,"
            + "\"concurrency_violations\":%d,\"peak_in_flight\":%d,\"contract_violations\":%d,"
            + "\"worst_shortfall_ms\":%.3f,",
        calls, accepted, violations(), rateViolations, concurrencyViolations, peakInFlight,
        contractViolations, worstShortfallMillis));
    appendCounts(json.append("\"calls_per_path\":"), callsPerPath);
    appendCounts(json.append(",\"bulk_calls_per_target\":"), bulkCallsPerTarget);
    appendCounts(json.append(",\"calls_per_target\":"), callsPerTarget);
    return json.append('}').toString();
  }

  private static void appendCounts(StringBuilder json, Map<String, Long> counts) {
    json.append('{');
    boolean first = true;
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      json.append(first ? "" : ",").append(Envelopes.quote(entry.getKey())).append(':')
          .append(entry.getValue());
      first = false;
    }
    json.append('}');
  }
}
