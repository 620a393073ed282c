// A loopback stand-in for the summary endpoint for bulk load and kill tests; not part of the
// build: run it with the JDK's source launcher, `java tools/bulk-check.d/StubServer.java ...`.
//
//   --port-file FILE   write the port it listens on (a free one) to FILE
//   --latency-ms N     answer each call after N ms (default 0)
//   --threads N        handler threads (default 64)
//   --log FILE         append the target of every call to FILE, one a line (for request counts)
//
// Each answer is a successful task about the requested target, with a fresh task id and a
// backlinks count past 2^53. The demo server of the CLI is left alone: it is for people.
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class StubServer {
  private static final Pattern TARGET = Pattern.compile("\"target\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  public static void main(String[] args) throws Exception {
    // Without it the JDK server writes headers and body apart, and Nagle's algorithm meeting the
    // client's delayed ACK adds about 40 ms to every call.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Path portFile = null;
    long latency = 0;
    int threads = 64;
    PrintStream log = null;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--port-file": portFile = Path.of(args[i + 1]); break;
        case "--latency-ms": latency = Long.parseLong(args[i + 1]); break;
        case "--threads": threads = Integer.parseInt(args[i + 1]); break;
        case "--log": log = new PrintStream(new FileOutputStream(args[i + 1], true), true, "UTF-8"); break;
        default: throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    AtomicLong calls = new AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    server.setExecutor(Executors.newFixedThreadPool(threads));
    long sleep = latency;
    PrintStream requests = log;
    server.createContext("/stats", exchange -> respond(exchange, "{\"calls\":" + calls.get() + "}"));
    server.createContext("/v3/backlinks/summary/live", exchange -> {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Matcher m = TARGET.matcher(body);
      String target = m.find() ? m.group(1) : "?";
      calls.incrementAndGet();
      if (requests != null) {
        synchronized (requests) {
          requests.println(target);
        }
      }
      if (sleep > 0) {
        try {
          Thread.sleep(sleep);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      respond(exchange, envelope(target));
    });
    server.start();
    String port = String.valueOf(server.getAddress().getPort());
    if (portFile != null) {
      Files.writeString(portFile, port);
    }
    System.out.println("stub server on 127.0.0.1:" + port);
  }

  private static String envelope(String target) {
    String id = UUID.randomUUID().toString();
    return "{\"version\":\"0.1.20230825\",\"status_code\":20000,\"status_message\":\"Ok.\","
        + "\"time\":\"0.0100 sec.\",\"cost\":0.02003,\"tasks_count\":1,\"tasks_error\":0,"
        + "\"tasks\":[{\"id\":\"" + id + "\",\"status_code\":20000,\"status_message\":\"Ok.\","
        + "\"time\":\"0.0090 sec.\",\"cost\":0.02003,\"result_count\":1,"
        + "\"path\":[\"v3\",\"backlinks\",\"summary\",\"live\"],"
        + "\"data\":{\"api\":\"backlinks\",\"function\":\"summary\",\"target\":\"" + target + "\"},"
        + "\"result\":[{\"target\":\"" + target + "\",\"first_seen\":\"2020-01-18 11:50:58 +00:00\","
        + "\"lost_date\":null,\"rank\":371,\"backlinks\":9007199254740993,\"backlinks_spam_score\":8,"
        + "\"crawled_pages\":2150,\"info\":{\"server\":\"cloudflare\",\"cms\":null,"
        + "\"platform_type\":[\"unknown\"],\"ip_address\":\"172.67.129.80\",\"country\":\"US\","
        + "\"is_ip\":false,\"target_spam_score\":0},\"referring_domains\":12372,"
        + "\"referring_links_tld\":{\"com\":26012,\"net\":1080},\"backlinks_nofollow\":13103}]}]}";
  }

  private static void respond(HttpExchange exchange, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
