package org.backlinks4j.cli;

import com.squareup.moshi.JsonAdapter;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.model.SummaryEnvelope;
import org.backlinks4j.model.SummaryResult;
import org.backlinks4j.model.SummaryTask;
import org.backlinks4j.model.SummaryTaskData;
import org.jspecify.annotations.Nullable;

/**
 * An offline stand-in for the service on loopback: it answers every summary call with the example
 * of DataForSEO's documentation (explodingtopics.com), re-labelled with the requested target, so
 * that the CLI works on a machine without credentials. The JDK's own HTTP server is enough here;
 * the CLI must not grow a server dependency for a demo.
 */
final class DemoServer implements AutoCloseable {
  static final String SEED = "demo/summary-explodingtopics.com.json";
  private static final String PATH = "/v3/backlinks/summary/live";

  private final HttpServer server;
  private final ExecutorService executor;
  private final String seed;
  private final JsonAdapter<Object> json = Wire.MOSHI.adapter(Object.class);
  private final JsonAdapter<SummaryEnvelope> envelopes = Wire.MOSHI.adapter(SummaryEnvelope.class);

  private DemoServer(HttpServer server, ExecutorService executor, String seed) {
    this.server = server;
    this.executor = executor;
    this.seed = seed;
  }

  /** Starts a demo server on a free loopback port. */
  static DemoServer start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
      Thread thread = new Thread(r, "backlinks-demo-server");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    DemoServer demo = new DemoServer(server, executor, loadSeed());
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
    try (InputStream in = DemoServer.class.getResourceAsStream(SEED)) {
      Objects.requireNonNull(in, "missing resource " + SEED);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) != -1; ) {
        bytes.write(buffer, 0, n);
      }
      return bytes.toString("UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private void handle(HttpExchange exchange) throws IOException {
    try {
      if (!"POST".equals(exchange.getRequestMethod()) || !PATH.equals(exchange.getRequestURI().getPath())) {
        respond(exchange, 404, envelope(40400, "Not Found.", null));
        return;
      }
      Object body;
      try (InputStream in = exchange.getRequestBody()) {
        body = json.fromJson(new String(readAll(in), StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        respond(exchange, 200, envelope(40503, "POST Data Is Invalid.", null));
        return;
      }
      if (!(body instanceof List) || ((List<?>) body).size() != 1
          || !(((List<?>) body).get(0) instanceof Map)) {
        respond(exchange, 200, envelope(40000, "You can set only one task at a time.", null));
        return;
      }
      Map<String, Object> task = (Map<String, Object>) ((List<?>) body).get(0);
      respond(exchange, 200, envelope(20000, "Ok.", task));
    } finally {
      exchange.close();
    }
  }

  /** The seed's envelope, with the task's data and result about the requested target. */
  private SummaryEnvelope envelope(int code, String message, @Nullable Map<String, Object> request)
      throws IOException {
    SummaryEnvelope envelope = Objects.requireNonNull(envelopes.fromJson(seed));
    if (code != 20000 || request == null) {
      return envelope.statusCode(code).statusMessage(message).cost(0.0).tasksCount(0).tasks(null);
    }
    SummaryTask task = Objects.requireNonNull(envelope.getTasks()).get(0);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("api", "backlinks");
    data.put("function", "summary");
    data.putAll(request);
    task.setData(Wire.MOSHI.adapter(SummaryTaskData.class).fromJsonValue(data));
    SummaryResult result = Objects.requireNonNull(task.getResult()).get(0);
    result.setTarget(String.valueOf(request.get("target")));
    return envelope;
  }

  private void respond(HttpExchange exchange, int status, SummaryEnvelope envelope) throws IOException {
    byte[] bytes = envelopes.toJson(envelope).getBytes(StandardCharsets.UTF_8);
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
