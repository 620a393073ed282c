package org.backlinks4j.cli;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * A MockWebServer that answers each summary call about the requested target, counts the calls
 * per target and keeps their order, can fail a target's first calls, can hold a target's answer
 * until a condition holds, and can answer after a random delay so that calls finish out of order.
 */
final class TestServer implements AutoCloseable {
  /** Past 2^53: a double would round it. */
  static final String BIG = "9007199254740993";

  final MockWebServer server = new MockWebServer();
  final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
  final Map<String, Integer> failureCodes = new ConcurrentHashMap<>();
  final Set<String> withoutData = Collections.newSetFromMap(new ConcurrentHashMap<>());
  /** The targets of the calls in the order they arrived. */
  final List<String> order = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, BooleanSupplier> holds = new ConcurrentHashMap<>();
  /** Targets whose hold ended by its safety limit rather than by its condition. */
  final Set<String> heldTooLong = Collections.newSetFromMap(new ConcurrentHashMap<>());
  volatile int maxDelayMillis;

  TestServer() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String target = targetOf(request.getBody());
        order.add(target);
        requests.computeIfAbsent(target, t -> new AtomicInteger()).incrementAndGet();
        if (maxDelayMillis > 0) {
          Thread.sleep(ThreadLocalRandom.current().nextInt(maxDelayMillis + 1));
        }
        BooleanSupplier hold = holds.get(target);
        if (hold != null) {
          // A safety limit only, so that a broken client fails the test instead of hanging it;
          // the tests assert that it was never reached.
          long limit = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
          while (!hold.getAsBoolean()) {
            if (System.nanoTime() > limit) {
              heldTooLong.add(target);
              break;
            }
            Thread.sleep(5);
          }
        }
        AtomicInteger fail = failuresLeft.get(target);
        if (fail != null && fail.getAndDecrement() > 0) {
          int code = failureCodes.getOrDefault(target, 40204);
          return json(envelope(target, code, code == 40204
              ? "Access denied. Visit Plans and Subscriptions to activate your subscription."
              : "Internal Error.", null));
        }
        return json(envelope(target, 20000, "Ok.", withoutData.contains(target) ? null : result(target)));
      }
    });
    server.start();
  }

  /** Fails the first {@code times} calls about {@code target} with task code 40204. */
  void failFirst(String target, int times) {
    failuresLeft.put(target, new AtomicInteger(times));
  }

  /** Fails the first {@code times} calls about {@code target} with task code {@code code}. */
  void failFirst(String target, int times, int code) {
    failureCodes.put(target, code);
    failFirst(target, times);
  }

  /**
   * Answers each call about {@code target} only once {@code condition} holds (checked every few
   * milliseconds): a slow target whose length the test decides.
   */
  void holdUntil(String target, BooleanSupplier condition) {
    holds.put(target, condition);
  }

  /** The position of the {@code n}th call (0-based) about {@code target} among all calls, or -1. */
  int positionOf(String target, int n) {
    synchronized (order) {
      for (int i = 0; i < order.size(); i++) {
        if (order.get(i).equals(target) && n-- == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  int requestCount() {
    int n = 0;
    for (AtomicInteger count : requests.values()) {
      n += count.get();
    }
    return n;
  }

  int requestCount(String target) {
    AtomicInteger count = requests.get(target);
    return count == null ? 0 : count.get();
  }

  String baseUrl() {
    return server.url("/").toString();
  }

  static Map<String, String> credentials() {
    return Map.of("DATAFORSEO_LOGIN", "login", "DATAFORSEO_PASSWORD", "secret");
  }

  /** A result in the service's field order, with a number past 2^53 and a field the model lacks. */
  static String result(String target) {
    return "{\"target\":\"" + target + "\",\"first_seen\":\"2020-01-18 11:50:58 +00:00\","
        + "\"lost_date\":null,\"rank\":371,\"backlinks\":" + BIG + ",\"backlinks_spam_score\":8,"
        + "\"crawled_pages\":2150,\"info\":{\"server\":\"cloudflare\",\"cms\":null,"
        + "\"platform_type\":[\"unknown\"],\"ip_address\":\"172.67.129.80\",\"country\":\"US\","
        + "\"is_ip\":false,\"target_spam_score\":0},\"referring_domains\":12372,"
        + "\"referring_links_tld\":{\"com\":26012,\"\":15},"
        + "\"a_field_from_the_future\":{\"nested\":[1.50,2e3]},\"backlinks_nofollow\":13103}";
  }

  static String envelope(String target, int taskStatus, String message, String result) {
    return "{\"version\":\"0.1.20230825\",\"status_code\":20000,\"status_message\":\"Ok.\","
        + "\"time\":\"0.1 sec.\",\"cost\":" + (taskStatus == 20000 ? "0.02003" : "0") + ","
        + "\"tasks_count\":1,\"tasks_error\":" + (taskStatus == 20000 ? 0 : 1) + ",\"tasks\":[{"
        + "\"id\":\"" + java.util.UUID.randomUUID() + "\",\"status_code\":" + taskStatus + ","
        + "\"status_message\":\"" + message + "\",\"time\":\"0.1 sec.\","
        + "\"cost\":" + (taskStatus == 20000 ? "0.02003" : "0") + ","
        + "\"result_count\":" + (result == null ? 0 : 1) + ","
        + "\"path\":[\"v3\",\"backlinks\",\"summary\",\"live\"],"
        + "\"data\":{\"api\":\"backlinks\",\"function\":\"summary\",\"target\":\"" + target + "\"},"
        + "\"result\":" + (taskStatus != 20000 ? "null" : result == null ? "null" : "[" + result + "]")
        + "}]}";
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  private static String targetOf(Buffer body) {
    try (JsonReader reader = JsonReader.of(body)) {
      reader.beginArray();
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals("target")) {
          return reader.nextString();
        }
        reader.skipValue();
      }
      return "?";
    } catch (IOException e) {
      return "?";
    }
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
