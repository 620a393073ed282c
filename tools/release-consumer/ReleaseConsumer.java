package example;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.concurrent.atomic.AtomicReference;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.Credentials;
import org.backlinks4j.Summary;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.model.SummaryResult;

/**
 * A stranger's program, as tools/release-check builds it in a throwaway project outside the source
 * tree: it uses only the published API, against a loopback server that answers with the documented
 * example. Arguments: the example's JSON file and the version the User-Agent must name.
 */
public final class ReleaseConsumer {
  public static void main(String[] args) throws Exception {
    byte[] answer = Files.readAllBytes(Paths.get(args[0]));
    String version = args[1];

    AtomicReference<String> userAgent = new AtomicReference<>();
    AtomicReference<String> authorization = new AtomicReference<>();
    AtomicReference<String> body = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v3/backlinks/summary/live", exchange -> {
      userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
      authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
      body.set(new String(readAll(exchange.getRequestBody()), StandardCharsets.UTF_8));
      boolean post = "POST".equals(exchange.getRequestMethod());
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(post ? 200 : 405, post ? answer.length : -1);
      try (OutputStream out = exchange.getResponseBody()) {
        if (post) {
          out.write(answer);
        }
      }
    });
    server.start();
    BacklinksClient client = null;
    try {
      client = BacklinksClient.builder()
          .credentials(Credentials.of("consumer@example.com", "not-a-real-password"))
          .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/")
          .build();
      Summary summary = client.summary(SummaryRequest.builder("explodingtopics.com")
          .internalListLimit(10)
          .build());
      SummaryResult result = summary.requireResult();

      check("rank", 371, result.getRank());
      check("backlinks", 41245L, result.getBacklinks());
      check("the request body names the target", true,
          body.get().contains("\"target\":\"explodingtopics.com\""));
      check("the request body names the limit", true, body.get().contains("\"internal_list_limit\":10"));
      check("Authorization is Basic", true, authorization.get() != null
          && authorization.get().startsWith("Basic "));
      check("User-Agent names the version", true, userAgent.get() != null
          && userAgent.get().startsWith("dataforseo-backlinks/" + version + " "));
      System.out.printf("consumer: %s rank %d, %,d backlinks from %,d domains (task %s)%n",
          result.getTarget(), result.getRank(), result.getBacklinks(), result.getReferringDomains(),
          summary.taskId());
      System.out.println("consumer: User-Agent " + userAgent.get());
    } finally {
      if (client != null) {
        client.okHttpClient().dispatcher().executorService().shutdown();
        client.okHttpClient().connectionPool().evictAll();
      }
      server.stop(0);
    }
  }

  private static void check(String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      throw new AssertionError(what + ": expected " + expected + " but was " + actual);
    }
  }

  private static byte[] readAll(InputStream in) throws java.io.IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) != -1; ) {
      bytes.write(buffer, 0, n);
    }
    return bytes.toByteArray();
  }
}
