package org.backlinks4j.cli;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okio.Buffer;
import org.backlinks4j.model.BulkPagesSummaryItem;

/**
 * An offline stand-in for the service on loopback: it answers every summary call with the example
 * of DataForSEO's documentation (explodingtopics.com), re-labelled with the requested target, so
 * that the CLI works on a machine without credentials; a bulk_pages_summary call gets an item of
 * the same figures for each of its targets, and user_data a made-up demo account (login
 * {@code demo@example.com}, the spec's example). The JDK's own HTTP server is enough here; the CLI
 * must not grow a server dependency for a demo.
 *
 * <p>The answer is the documented JSON copied token by token (field order and numbers as
 * published), with the task's id, its {@code data} echo and the result's target replaced. Handlers
 * share nothing but the seed text, so concurrent calls (a bulk run) are fine.
 */
final class DemoServer implements AutoCloseable {
  static final String SEED = "demo/summary-explodingtopics.com.json";
  /** The demo account's user_data answer: the spec's example, which SpecExampleTest holds equal. */
  static final String USER_DATA = "demo/user-data.json";
  private static final String PATH = "/v3/backlinks/summary/live";
  private static final String USER_DATA_PATH = "/v3/appendix/user_data";
  private static final String BULK_PATH = "/v3/backlinks/bulk_pages_summary/live";
  /**
   * The item of a bulk_pages_summary answer, read and written by the generated model's adapter:
   * the fields an item has, no re-declared list of them.
   */
  private static final JsonAdapter<BulkPagesSummaryItem> ITEM =
      new Moshi.Builder().build().adapter(BulkPagesSummaryItem.class);
  private static final int THREADS = 8;

  private final HttpServer server;
  private final ExecutorService executor;
  private final String seed;
  private final String userData;
  /**
   * The seed's result as an item's JSON values, the model's fields only (each answer sets its url
   * for each target); never changed once made.
   */
  private final Map<String, Object> item;

  private DemoServer(HttpServer server, ExecutorService executor, String seed, String userData)
      throws IOException {
    this.server = server;
    this.executor = executor;
    this.seed = seed;
    this.userData = userData;
    BulkPagesSummaryItem read = Objects.requireNonNull(ITEM.fromJson(JsonCopy.firstResult(seed)),
        "the seed has no result");
    @SuppressWarnings("unchecked") // the adapter writes an item as a JSON object
    Map<String, Object> fields = (Map<String, Object>) ITEM.toJsonValue(read);
    fields.put("type", "backlinks_bulk_pages_summary");
    fields.put("main_domain_rank", read.getRank()); // a domain target's own rank
    this.item = fields;
  }

  /** Starts a demo server on a free loopback port. */
  static DemoServer start() throws IOException {
    // Without it the JDK server writes headers and body apart, and Nagle's algorithm meeting the
    // client's delayed ACK adds about 40 ms to every call. Read once, when the server first starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
      Thread thread = new Thread(r, "backlinks-demo-server");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    DemoServer demo = new DemoServer(server, executor, loadSeed(), load(USER_DATA));
    server.createContext("/", demo::handle);
    server.start();
    return demo;
  }

  /** The base URL to send to. */
  String baseUrl() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
        + server.getAddress().getPort() + "/";
  }

  /** The documentation's example answer, as JSON text. */
  static String loadSeed() {
    return load(SEED);
  }

  private static String load(String resource) {
    try (InputStream in = DemoServer.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, "missing resource " + resource);
      return new String(readAll(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      if ("GET".equals(exchange.getRequestMethod())
          && USER_DATA_PATH.equals(exchange.getRequestURI().getPath())) {
        respond(exchange, 200, userData);
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if (!"POST".equals(exchange.getRequestMethod())
          || !(PATH.equals(path) || BULK_PATH.equals(path))) {
        respond(exchange, 404, error(40400, "Not Found."));
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = readAll(in);
      }
      respond(exchange, 200, PATH.equals(path) ? answer(body) : bulkAnswer(body));
    } finally {
      exchange.close();
    }
  }

  /** The answer to a request body: the seed about the requested target, or an error envelope. */
  String answer(byte[] requestBody) throws IOException {
    String task;
    String target = null;
    try (JsonReader in = JsonReader.of(new Buffer().write(requestBody))) {
      if (in.peek() != JsonReader.Token.BEGIN_ARRAY) {
        return error(40503, "POST Data Is Invalid.");
      }
      in.beginArray();
      if (!in.hasNext() || in.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return error(40502, "POST Data Is Empty.");
      }
      task = JsonCopy.compact(in);
      if (in.hasNext()) {
        return error(40000, "You can set only one task at a time.");
      }
    } catch (IOException e) {
      return error(40503, "POST Data Is Invalid.");
    }
    // The data echo is the request's task with the endpoint's api and function in front.
    Buffer data = new Buffer();
    try (JsonReader in = JsonReader.of(new Buffer().writeUtf8(task)); JsonWriter out = JsonWriter.of(data)) {
      out.setSerializeNulls(true);
      in.beginObject();
      out.beginObject();
      out.name("api").value("backlinks");
      out.name("function").value("summary");
      while (in.hasNext()) {
        String name = in.nextName();
        if (name.equals("target") && in.peek() == JsonReader.Token.STRING) {
          target = in.nextString();
          out.name(name).value(target);
        } else {
          out.name(name);
          JsonCopy.copy(in, out, null);
        }
      }
      in.endObject();
      out.endObject();
    }
    if (target == null) {
      return error(40501, "Invalid Field: 'target'.");
    }
    String dataJson = data.readUtf8();
    String targetJson = quote(target);
    String idJson = quote(UUID.randomUUID().toString());
    Buffer answer = new Buffer();
    try (JsonReader in = JsonReader.of(new Buffer().writeUtf8(seed)); JsonWriter out = JsonWriter.of(answer)) {
      JsonCopy.copy(in, out, path -> {
        switch (path) {
          case "$.tasks[0].id":
            return idJson;
          case "$.tasks[0].data":
            return dataJson;
          case "$.tasks[0].result[0].target":
            return targetJson;
          default:
            return null;
        }
      });
    }
    return answer.readUtf8();
  }

  /**
   * The answer to a bulk_pages_summary body: an item of the seed's figures for each distinct
   * target, at the documented price ($0.02 + $0.00003 an item), or an error envelope.
   */
  String bulkAnswer(byte[] requestBody) throws IOException {
    java.util.Set<String> targets = new java.util.LinkedHashSet<>();
    Buffer data = new Buffer();
    try (JsonReader in = JsonReader.of(new Buffer().write(requestBody));
        JsonWriter out = JsonWriter.of(data)) {
      if (in.peek() != JsonReader.Token.BEGIN_ARRAY) {
        return error(40503, "POST Data Is Invalid.");
      }
      in.beginArray();
      if (!in.hasNext() || in.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return error(40502, "POST Data Is Empty.");
      }
      // The data echo is the request's task with the endpoint's api and function in front.
      out.setSerializeNulls(true);
      in.beginObject();
      out.beginObject();
      out.name("api").value("backlinks");
      out.name("function").value("bulk_pages_summary");
      while (in.hasNext()) {
        String name = in.nextName();
        if (name.equals("targets") && in.peek() == JsonReader.Token.BEGIN_ARRAY) {
          out.name(name).beginArray();
          in.beginArray();
          while (in.hasNext()) {
            if (in.peek() != JsonReader.Token.STRING) {
              return error(40501, "Invalid Field: 'targets'.");
            }
            String target = in.nextString();
            targets.add(target);
            out.value(target);
          }
          in.endArray();
          out.endArray();
        } else {
          out.name(name);
          JsonCopy.copy(in, out, null);
        }
      }
      in.endObject();
      out.endObject();
      if (in.hasNext()) {
        return error(40000, "You can set only one task at a time.");
      }
    } catch (IOException e) {
      return error(40503, "POST Data Is Invalid.");
    }
    if (targets.isEmpty()) {
      return error(40501, "Invalid Field: 'targets'.");
    }
    String cost = java.math.BigDecimal.valueOf(20_000 + 30L * targets.size(), 6)
        .stripTrailingZeros().toPlainString();
    Buffer answer = new Buffer();
    try (JsonWriter out = JsonWriter.of(answer)) {
      out.beginObject();
      out.name("version").value("0.1.20240425");
      out.name("status_code").value(20000);
      out.name("status_message").value("Ok.");
      out.name("time").value("0.3371 sec.");
      out.name("cost");
      JsonCopy.raw(out, cost);
      out.name("tasks_count").value(1);
      out.name("tasks_error").value(0);
      out.name("tasks").beginArray().beginObject();
      out.name("id").value(UUID.randomUUID().toString());
      out.name("status_code").value(20000);
      out.name("status_message").value("Ok.");
      out.name("time").value("0.2767 sec.");
      out.name("cost");
      JsonCopy.raw(out, cost);
      out.name("result_count").value(1);
      out.name("path").beginArray().value("v3").value("backlinks").value("bulk_pages_summary")
          .value("live").endArray();
      out.name("data");
      JsonCopy.raw(out, data.readUtf8());
      out.name("result").beginArray().beginObject();
      out.name("total_count").value(targets.size());
      out.name("items_count").value(targets.size());
      out.name("items").beginArray();
      for (String target : targets) {
        Map<String, Object> one = new LinkedHashMap<>(item);
        one.put("url", target);
        // Through the model, so that the item's fields come in its order and with its types.
        ITEM.toJson(out, ITEM.fromJsonValue(one));
      }
      out.endArray();
      out.endObject().endArray();
      out.endObject().endArray();
      out.endObject();
    }
    return answer.readUtf8();
  }

  private static String error(int code, String message) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter out = JsonWriter.of(buffer)) {
      out.setSerializeNulls(true);
      out.beginObject();
      out.name("version").value("0.1.20230825");
      out.name("status_code").value(code);
      out.name("status_message").value(message);
      out.name("time").value("0 sec.");
      out.name("cost").value(0);
      out.name("tasks_count").value(0);
      out.name("tasks_error").value(0);
      out.name("tasks").nullValue();
      out.endObject();
    }
    return buffer.readUtf8();
  }

  private static String quote(String s) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter out = JsonWriter.of(buffer)) {
      out.value(s);
    }
    return buffer.readUtf8();
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) != -1; ) {
      bytes.write(buffer, 0, n);
    }
    return bytes.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
