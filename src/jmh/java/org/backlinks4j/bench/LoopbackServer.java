package org.backlinks4j.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import okhttp3.HttpUrl;

/**
 * An HTTP server on loopback that answers every request with the same bytes: the server both sides
 * of {@link EndToEndBenchmark} talk to.
 *
 * <p>The JDK's own server rather than MockWebServer: MockWebServer keeps every request it records,
 * which a benchmark making hundreds of thousands of calls would turn into garbage-collector noise.
 */
final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final int bodyLength;

  private LoopbackServer(HttpServer server, int bodyLength) {
    this.server = server;
    this.bodyLength = bodyLength;
  }

  /** Starts a server answering 200 with {@code body} as JSON. */
  static LoopbackServer serving(byte[] body) {
    // The JDK server writes the headers and the body in two segments; with Nagle's algorithm on, the
    // body can wait for the client's delayed ACK (tens of ms) and the benchmark would measure TCP.
    // Read once, when the first server of the JVM starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", exchange -> {
        try (InputStream in = exchange.getRequestBody()) {
          in.readAllBytes();
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.start();
      return new LoopbackServer(server, body.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server's base URL, ending in '/'. */
  HttpUrl url() {
    InetSocketAddress address = server.getAddress();
    return new HttpUrl.Builder()
        .scheme("http")
        .host(address.getAddress().getHostAddress())
        .port(address.getPort())
        .build();
  }

  /** How many bytes every answer's body holds. */
  int bodyLength() {
    return bodyLength;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
