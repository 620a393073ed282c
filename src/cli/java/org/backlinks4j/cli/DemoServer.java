package org.backlinks4j.cli;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
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
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okio.Buffer;

/**
 * An offline stand-in for the service on loopback: it answers every summary call with the example
 * of DataForSEO's documentation (explodingtopics.com), re-labelled with the requested target, and
 * user_data with a made-up demo account (login {@code demo@example.com}, the spec's example), so
 * that the CLI works on a machine without credentials. The JDK's own HTTP server is enough here;
 * the CLI must not grow a server dependency for a demo.
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
  private static final int THREADS = 8;

  private final HttpServer server;
  private final ExecutorService executor;
  private final String seed;
  private final String userData;

  private DemoServer(HttpServer server, ExecutorService executor, String seed, String userData) {
    this.server = server;
    this.executor = executor;
    this.seed = seed;
    this.userData = userData;
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
      if (!"POST".equals(exchange.getRequestMethod()) || !PATH.equals(exchange.getRequestURI().getPath())) {
        respond(exchange, 404, error(40400, "Not Found."));
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = readAll(in);
      }
      respond(exchange, 200, answer(body));
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
