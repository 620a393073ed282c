package org.backlinks4j.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.Objects;
import org.backlinks4j.EventListener;

/**
 * A client's calls in Micrometer: how they end, how long they take, how often they are retried or
 * refused, how long they wait for the quota, and what they cost.
 *
 * <pre>{@code
 * MeterRegistry registry = new SimpleMeterRegistry(); // or the one Spring Boot or Quarkus gives
 * BacklinksClient client = BacklinksClient.builder()
 *     .credentials(Credentials.fromEnv())
 *     .eventListener(BacklinksMetrics.of(registry))
 *     .build();
 * }</pre>
 *
 * <table>
 *   <caption>The meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what it counts</th></tr>
 *   <tr><td>{@value #CALLS}</td><td>counter</td><td>operation, outcome, code</td>
 *       <td>calls ended, as their callers saw them</td></tr>
 *   <tr><td>{@value #CALL_DURATION}</td><td>timer</td><td>operation, outcome</td>
 *       <td>each call from start to end, waits and retries included</td></tr>
 *   <tr><td>{@value #ATTEMPTS}</td><td>counter</td><td>operation, retry</td>
 *       <td>attempts sent</td></tr>
 *   <tr><td>{@value #REFUSALS}</td><td>counter</td><td>code</td>
 *       <td>attempts the service refused for the account's quota</td></tr>
 *   <tr><td>{@value #QUOTA_WAIT}</td><td>timer</td><td></td>
 *       <td>each attempt's wait for the client's quota (0 when it had room)</td></tr>
 *   <tr><td>{@value #COST}</td><td>counter, USD</td><td>operation</td>
 *       <td>what the service's answers said it charged</td></tr>
 * </table>
 *
 * <p>Tags: {@code operation} is DataForSEO's function name ({@code summary},
 * {@code bulk_pages_summary}, {@code user_data}: see {@link EventListener.Call#operation()});
 * {@code outcome} is {@code success} or {@code failure}; {@code code} is DataForSEO's status code
 * ({@code 20000} for a success), else the HTTP status, else {@code none} (no answer: the network
 * failed, or the call was refused before sending) or {@code cancelled} (the caller cancelled it);
 * {@code retry} is {@code false} for a call's first attempt and {@code true} for every later one;
 * a refusal's {@code code} is {@code 40202} (the window), {@code 40209} (concurrency) or
 * {@code 429}. No tag names a target or a task, so the number of series stays small and fixed.
 *
 * <p>Meters appear when first used, each once per registry: clients that record into the same
 * registry with the same tags add up. The timers have Micrometer's defaults (count, total, max);
 * percentiles or histograms are the registry's to configure (a {@code MeterFilter}, or Spring
 * Boot's {@code management.metrics.distribution.*}). Micrometer 1.x of any recent version serves:
 * this uses only API it has had from its first releases.
 */
public final class BacklinksMetrics {
  /** Calls ended: a counter tagged {@code operation}, {@code outcome} and {@code code}. */
  public static final String CALLS = "dataforseo.calls";
  /** Calls from start to end, retries included: a timer tagged {@code operation}, {@code outcome}. */
  public static final String CALL_DURATION = "dataforseo.call.duration";
  /** Attempts sent: a counter tagged {@code operation} and {@code retry}. */
  public static final String ATTEMPTS = "dataforseo.attempts";
  /** Attempts the service refused for the account's quota: a counter tagged {@code code}. */
  public static final String REFUSALS = "dataforseo.refusals";
  /** Each attempt's wait for the quota: a timer. */
  public static final String QUOTA_WAIT = "dataforseo.quota.wait";
  /** What the service said it charged, in USD: a counter tagged {@code operation}. */
  public static final String COST = "dataforseo.cost";

  private BacklinksMetrics() {
  }

  /**
   * A listener that records a client's calls in {@code registry}.
   *
   * @param registry the registry
   * @return the listener, for {@link org.backlinks4j.BacklinksClient.Builder#eventListener}
   */
  public static EventListener of(MeterRegistry registry) {
    return of(registry, Tags.empty());
  }

  /**
   * A listener that records a client's calls in {@code registry}, every meter with {@code tags}
   * added: to tell apart clients of several accounts in one registry, say.
   *
   * @param registry the registry
   * @param tags tags every meter carries besides its own
   * @return the listener, for {@link org.backlinks4j.BacklinksClient.Builder#eventListener}
   */
  public static EventListener of(MeterRegistry registry, Iterable<Tag> tags) {
    Objects.requireNonNull(registry, "registry == null");
    Objects.requireNonNull(tags, "tags == null");
    return new MetricsListener(registry, Tags.of(tags));
  }
}
