package org.backlinks4j.fake;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.backlinks4j.contract.ContractValidator;

/**
 * The bodies the fake answers with: the documented example about any target, the documented
 * no-data answer, and error envelopes at task or envelope level with the service's messages; for
 * bulk_pages_summary, its envelopes, and the item a summary answer makes about a target.
 */
final class Envelopes {
  /**
   * DataForSEO's documented example answer (explodingtopics.com), shipped in the kit's jar: the
   * build copies it from the CLI's demo fixture, which {@code SpecExampleTest} holds equal to the
   * spec's example.
   */
  private static final String SEED = resource("summary-explodingtopics.com.json");
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

  /** The price of a bulk_pages_summary call, in micro-dollars: $0.02 a call, $0.00003 an item. */
  static final long BULK_CALL_MICROS = 20_000;
  static final long BULK_ITEM_MICROS = 30;
  /** What an item's {@code type} says. */
  static final String ITEM_TYPE = "backlinks_bulk_pages_summary";
  /** The item's fields, in the spec's order: a summary result lends it those it has. */
  private static final Set<String> ITEM_FIELDS =
      ContractValidator.spec().schemaProperties("BulkPagesSummaryItem");
  /** The documented example's item, after its url: the same for every target. */
  private static final String EXAMPLE_ITEM_REST =
      ((BatchPart.Item) partOf("explodingtopics.com", SEED)).rest();

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

  /** The documented example as a bulk target's item, after its url. */
  static String exampleItemRest() {
    return EXAMPLE_ITEM_REST;
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

  /** One task that worked, about {@code target}, whose one result is {@code resultJson}. */
  static String withResult(String target, String resultJson) {
    return "{\"version\":\"0.1.20230825\",\"status_code\":20000,\"status_message\":\"Ok.\","
        + "\"time\":\"0.1 sec.\",\"cost\":0.02003,\"tasks_count\":1,\"tasks_error\":0,\"tasks\":[{"
        + "\"id\":" + quote(UUID.randomUUID().toString()) + ",\"status_code\":20000,"
        + "\"status_message\":\"Ok.\",\"time\":\"0.1 sec.\",\"cost\":0.02003,\"result_count\":1,"
        + "\"path\":[\"v3\",\"backlinks\",\"summary\",\"live\"],"
        + "\"data\":{\"api\":\"backlinks\",\"function\":\"summary\",\"target\":" + quote(target) + "},"
        + "\"result\":[" + resultJson + "]}]}";
  }

  /**
   * A JSON object, compact, its numbers as written.
   *
   * @throws IllegalArgumentException if the text is not one JSON object
   */
  static String compactObject(String json) {
    Buffer out = new Buffer();
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
        JsonWriter writer = JsonWriter.of(out)) {
      writer.setSerializeNulls(true);
      boolean object = reader.peek() == JsonReader.Token.BEGIN_OBJECT;
      if (object) {
        copy(reader, writer);
      }
      if (!object || reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("not one JSON object: " + json);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON object (" + e.getMessage() + "): " + json, e);
    }
    return out.readUtf8();
  }

  /**
   * The message of a 40501 that refuses one target, as third-party clients quote the service:
   * the target as sent, between {@code "Invalid Field: 'target' ("} and {@code ")."}.
   */
  static String refused(String target) {
    return "Invalid Field: 'target' (" + target + ").";
  }

  /**
   * What a summary envelope about {@code target} makes of a bulk call naming it: an item from its
   * first task's first result (none when the result is null or empty), a task failure with the
   * task's code (a 40501 names the target, as the service does in a batch), an envelope failure
   * with the envelope's code; null when the text is no envelope the fake can read.
   */
  static @Nullable BatchPart partOf(String target, String summaryEnvelope) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(summaryEnvelope))) {
      Map<String, String> envelope = rawFields(reader);
      long envelopeCode = code(envelope.get("status_code"));
      if (envelopeCode != 20000) {
        return new BatchPart.EnvelopeFailure((int) envelopeCode, text(envelope.get("status_message")));
      }
      String tasks = envelope.get("tasks");
      if (tasks == null || tasks.equals("null")) {
        return BatchPart.Item.NONE;
      }
      JsonReader taskReader = JsonReader.of(new Buffer().writeUtf8(tasks));
      taskReader.beginArray();
      if (!taskReader.hasNext()) {
        return BatchPart.Item.NONE;
      }
      Map<String, String> task = rawFields(taskReader);
      int taskCode = (int) code(task.get("status_code"));
      if (taskCode != 20000) {
        return new BatchPart.TaskFailure(taskCode,
            taskCode == 40501 ? refused(target) : text(task.get("status_message")));
      }
      String results = task.get("result");
      if (results == null || results.equals("null")) {
        return BatchPart.Item.NONE;
      }
      JsonReader resultReader = JsonReader.of(new Buffer().writeUtf8(results));
      resultReader.beginArray();
      if (!resultReader.hasNext() || resultReader.peek() == JsonReader.Token.NULL) {
        return BatchPart.Item.NONE;
      }
      return new BatchPart.Item(itemRest(rawFields(resultReader)));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** One item of a bulk answer: its type, the target as sent, then {@code rest}. */
  static String item(String target, String rest) {
    return "{\"type\":\"" + ITEM_TYPE + "\",\"url\":" + quote(target) + rest + "}";
  }

  /** A bulk envelope whose task worked, holding these items, at the documented price. */
  static String bulkAnswer(String data, List<String> items) {
    String cost = bulkCost(items.size());
    StringBuilder json = new StringBuilder(256 + items.size() * EXAMPLE_ITEM_REST.length())
        .append("{\"version\":\"0.1.20240425\",\"status_code\":20000,\"status_message\":\"Ok.\",")
        .append("\"time\":\"0.1 sec.\",\"cost\":").append(cost)
        .append(",\"tasks_count\":1,\"tasks_error\":0,\"tasks\":[{\"id\":")
        .append(quote(UUID.randomUUID().toString()))
        .append(",\"status_code\":20000,\"status_message\":\"Ok.\",\"time\":\"0.1 sec.\",\"cost\":")
        .append(cost).append(",\"result_count\":1,")
        .append("\"path\":[\"v3\",\"backlinks\",\"bulk_pages_summary\",\"live\"],\"data\":")
        .append(data).append(",\"result\":[{\"total_count\":").append(items.size())
        .append(",\"items_count\":").append(items.size()).append(",\"items\":[");
    for (int i = 0; i < items.size(); i++) {
      json.append(i == 0 ? "" : ",").append(items.get(i));
    }
    return json.append("]}]}]}").toString();
  }

  /**
   * The cost of a bulk call with {@code items} items, as the JSON number the service writes:
   * counted in micro-dollars, so 0.02006 is written so and not as 0.020059999999999998.
   */
  static String bulkCost(long items) {
    BigDecimal dollars = BigDecimal.valueOf(BULK_CALL_MICROS + BULK_ITEM_MICROS * items, 6);
    return dollars.stripTrailingZeros().toPlainString();
  }

  /** A bulk envelope whose one task failed with {@code code}: no result, no cost. */
  static String bulkTaskStatus(String data, int code, String message) {
    return "{\"version\":\"0.1.20240425\",\"status_code\":20000,\"status_message\":\"Ok.\","
        + "\"time\":\"0.1 sec.\",\"cost\":0,\"tasks_count\":1,\"tasks_error\":1,\"tasks\":[{"
        + "\"id\":" + quote(UUID.randomUUID().toString()) + ",\"status_code\":" + code + ","
        + "\"status_message\":" + quote(message) + ",\"time\":\"0.1 sec.\",\"cost\":0,"
        + "\"result_count\":0,\"path\":[\"v3\",\"backlinks\",\"bulk_pages_summary\",\"live\"],"
        + "\"data\":" + data + ",\"result\":null}]}";
  }

  /**
   * A bulk task's {@code data}: the api, the function, the targets as sent (none if null) and the
   * other fields as sent, their JSON copied.
   */
  static String bulkData(List<String> targets, Map<String, String> fields) {
    StringBuilder json = new StringBuilder("{\"api\":\"backlinks\",\"function\":\"bulk_pages_summary\"");
    if (targets != null) {
      json.append(",\"targets\":[");
      for (int i = 0; i < targets.size(); i++) {
        json.append(i == 0 ? "" : ",").append(quote(targets.get(i)));
      }
      json.append(']');
    }
    fields.forEach((name, value) -> json.append(',').append(quote(name)).append(':').append(value));
    return json.append('}').toString();
  }

  /** The fields after {@code url} of the item a summary result makes (raw JSON values by name). */
  private static String itemRest(Map<String, String> result) {
    StringBuilder rest = new StringBuilder();
    for (String field : ITEM_FIELDS) {
      String value = result.get(field);
      if (field.equals("main_domain_rank") && value == null) {
        value = result.get("rank"); // summary has no main domain rank: a domain target's own
      }
      if (value != null && !field.equals("type") && !field.equals("url")) {
        rest.append(',').append(quote(field)).append(':').append(value);
      }
    }
    return rest.toString();
  }

  /**
   * The object the reader is at, as its fields' JSON values by name, compact (a 1000-item answer
   * made of the pretty-printed example would be a third blanks) and with each number as written.
   */
  private static Map<String, String> rawFields(JsonReader reader) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new IOException("not an object");
    }
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      Buffer value = new Buffer();
      try (JsonWriter writer = JsonWriter.of(value)) {
        writer.setSerializeNulls(true);
        copy(reader, writer);
      }
      fields.put(name, value.readUtf8());
    }
    reader.endObject();
    return fields;
  }

  /** Copies the next value, token by token. */
  private static void copy(JsonReader reader, JsonWriter writer) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        reader.beginObject();
        writer.beginObject();
        while (reader.hasNext()) {
          writer.name(reader.nextName());
          copy(reader, writer);
        }
        reader.endObject();
        writer.endObject();
      }
      case BEGIN_ARRAY -> {
        reader.beginArray();
        writer.beginArray();
        while (reader.hasNext()) {
          copy(reader, writer);
        }
        reader.endArray();
        writer.endArray();
      }
      case STRING -> writer.value(reader.nextString());
      case NUMBER -> {
        try (okio.BufferedSink sink = writer.valueSink()) {
          sink.writeUtf8(reader.nextString()); // as written: a double would turn 41245 into 41245.0
        }
      }
      case BOOLEAN -> writer.value(reader.nextBoolean());
      case NULL -> {
        reader.nextNull();
        writer.nullValue();
      }
      default -> throw new IOException("unexpected " + reader.peek());
    }
  }

  /** A status code's raw JSON; a fixture that leaves it out or null is taken to have worked. */
  private static long code(String raw) {
    return raw == null || raw.equals("null") ? 20000 : new BigDecimal(raw).longValueExact();
  }

  private static String text(String raw) throws IOException {
    if (raw == null || raw.equals("null")) {
      return "";
    }
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(raw))) {
      return reader.nextString();
    }
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

  /** A resource of the kit's package, as UTF-8 text. */
  private static String resource(String name) {
    try (InputStream in = Envelopes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the test kit's jar has no " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] seedParts() {
    String seed = SEED;
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
