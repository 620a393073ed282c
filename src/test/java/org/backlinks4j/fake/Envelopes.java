package org.backlinks4j.fake;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okio.Buffer;
import org.backlinks4j.Fixtures;

/**
 * The bodies the fake answers with: the documented example about any target, the documented
 * no-data answer, and error envelopes at task or envelope level with the service's messages.
 */
final class Envelopes {
  /** The seed's target, where it appears: in the task's data echo and in the result. */
  private static final Pattern SEED_TARGET =
      Pattern.compile("(\"target\"\\s*:\\s*)\"explodingtopics\\.com\"");
  private static final Pattern SEED_ID = Pattern.compile("(\"id\"\\s*:\\s*)\"[^\"]*\"");
  /** The seed cut around its task id and its two targets: joining them is all a call costs. */
  private static final String[] SEED_PARTS = seedParts();

  /** The service's messages for the codes tests use; others get a generic one. */
  private static final Map<Integer, String> MESSAGES = new HashMap<>();

  static {
    MESSAGES.put(20000, "Ok.");
    MESSAGES.put(40000, "You can set only one task at a time.");
    MESSAGES.put(40100, "You are not authorized to access this resource.");
    MESSAGES.put(40104, "Please verify your account before using the API.");
    MESSAGES.put(40200, "Payment Required.");
    MESSAGES.put(40201, "Your account has been paused.");
    MESSAGES.put(40202, "Rate limit per minute exceeded.");
    MESSAGES.put(40203, "Cost limit exceeded.");
    MESSAGES.put(40204, "Access denied. Visit Plans and Subscriptions to activate your subscription.");
    MESSAGES.put(40207, "Access denied. Your IP is not whitelisted.");
    MESSAGES.put(40209, "Too many simultaneous requests.");
    MESSAGES.put(40210, "Insufficient funds.");
    MESSAGES.put(40400, "Not Found.");
    MESSAGES.put(40501, "Invalid Field.");
    MESSAGES.put(40502, "POST Data Is Empty.");
    MESSAGES.put(40503, "POST Data Is Invalid.");
    MESSAGES.put(40506, "Unknown Fields in POST Data.");
    MESSAGES.put(50000, "Internal Error.");
    MESSAGES.put(50301, "Third Party Service Unavailable.");
    MESSAGES.put(50401, "Task Execution Timeout.");
  }

  private Envelopes() {
  }

  /** The service's message for {@code code}. */
  static String message(int code) {
    String message = MESSAGES.get(code);
    return message != null ? message : "Error " + code + ".";
  }

  /** The HTTP status the service sends with an envelope-level {@code code}. */
  static int httpStatusOf(int code) {
    if (code == 40100) {
      return 401;
    }
    if (code == 40200) {
      return 402;
    }
    if (code >= 40400 && code <= 40499) {
      return 404;
    }
    if (code == 50000) {
      return 500;
    }
    return 200;
  }

  /** DataForSEO's documented example answer, about {@code target}, with a fresh task id. */
  static String example(String target) {
    String quoted = quote(target);
    return SEED_PARTS[0] + quote(UUID.randomUUID().toString()) + SEED_PARTS[1] + quoted
        + SEED_PARTS[2] + quoted + SEED_PARTS[3];
  }

  /** The documented answer when the service has no data: task 20000, result null, count 0. */
  static String noData(String target) {
    return taskStatus(target, 20000, message(20000));
  }

  /** One task with {@code code} and no result, as the service answers a failed task. */
  static String taskStatus(String target, int code, String message) {
    boolean ok = code == 20000;
    return "{\"version\":\"0.1.20230825\",\"status_code\":20000,\"status_message\":\"Ok.\","
        + "\"time\":\"0.1 sec.\",\"cost\":" + (ok ? "0.02003" : "0") + ","
        + "\"tasks_count\":1,\"tasks_error\":" + (ok ? 0 : 1) + ",\"tasks\":[{"
        + "\"id\":" + quote(UUID.randomUUID().toString()) + ",\"status_code\":" + code + ","
        + "\"status_message\":" + quote(message) + ",\"time\":\"0.1 sec.\","
        + "\"cost\":" + (ok ? "0.02003" : "0") + ",\"result_count\":0,"
        + "\"path\":[\"v3\",\"backlinks\",\"summary\",\"live\"],"
        + "\"data\":{\"api\":\"backlinks\",\"function\":\"summary\",\"target\":" + quote(target) + "},"
        + "\"result\":null}]}";
  }

  /** An envelope whose own status is {@code code}, with no tasks: an account-level failure. */
  static String envelopeStatus(int code, String message) {
    return "{\"version\":\"0.1.20230825\",\"status_code\":" + code + ",\"status_message\":"
        + quote(message) + ",\"time\":\"0 sec.\",\"cost\":0,\"tasks_count\":0,\"tasks_error\":0,"
        + "\"tasks\":null}";
  }

  /** A JSON string literal. */
  static String quote(String s) {
    Buffer buffer = new Buffer();
    try (JsonWriter out = JsonWriter.of(buffer)) {
      out.value(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  private static String[] seedParts() {
    String seed = Fixtures.seedEnvelope();
    Matcher id = SEED_ID.matcher(seed);
    if (!id.find()) {
      throw new IllegalStateException("the documented example has no task id");
    }
    Matcher target = SEED_TARGET.matcher(seed);
    int[] cuts = new int[4];
    int found = 0;
    while (target.find() && found < 2) {
      cuts[found * 2] = target.end(1);
      cuts[found * 2 + 1] = target.end();
      found++;
    }
    if (found != 2 || target.find()) {
      throw new IllegalStateException("the documented example names its target other than twice");
    }
    return new String[] {
        seed.substring(0, id.end(1)),
        seed.substring(id.end(), cuts[0]),
        seed.substring(cuts[1], cuts[2]),
        seed.substring(cuts[3])};
  }
}
