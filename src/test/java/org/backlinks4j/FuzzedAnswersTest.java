package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated answers, served on a real socket: whatever the body, a call returns a summary
 * or throws one of the library's own exceptions, never a Moshi, OkHttp or JDK exception.
 */
class FuzzedAnswersTest {
  private static final String PASSWORD = "s3cret-pass";
  private static final List<Integer> STATUSES = Arrays.asList(200, 200, 200, 200, 401, 402, 404, 429,
      500, 502);
  private static final List<String> CONTENT_TYPES = Arrays.asList("application/json; charset=utf-8",
      "application/json", "text/html", "text/plain; charset=iso-8859-1", "application/octet-stream");
  /** Values of every JSON type, and numbers at the edges of int, long and double. */
  private static final List<String> SWAPS = Arrays.asList("\"x\"", "\"\"", "1", "-1", "0", "1.5",
      "1e999", "-1e999", "2147483648", "-2147483649", "9223372036854775808", "1e19", "NaN", "true",
      "false", "null", "{}", "[]", "[null]", "{\"a\":1}", "\"\\u0000\"", "\"\\ud800\"", "0x10", "01");
  private static final Pattern SCALAR = Pattern.compile(
      "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null");

  private static final Logger QUIET = Logger.getLogger(MockWebServer.class.getName());
  private static MockWebServer server;
  private static BacklinksClient client;
  private static List<String> seeds;

  @BeforeAll
  static void start() throws IOException {
    // MockWebServer logs every request at INFO: a thousand lines of noise that also slow each try.
    QUIET.setLevel(Level.WARNING);
    server = new MockWebServer();
    server.start();
    client = newClient();
    seeds = Arrays.asList(Fixtures.seedEnvelope(),
        Fixtures.envelope(20000, "Ok.", "null"),
        Fixtures.envelope(40501, "Invalid Field.", "null"),
        "{\"status_code\":40100,\"status_message\":\"You are not authorized.\",\"tasks\":null}");
  }

  private static BacklinksClient newClient() {
    return BacklinksClient.builder()
        .credentials("login@example.com", PASSWORD)
        .baseUrl(server.url("/").toString())
        // A set rate: no user_data call first, which would take the answer meant for the call.
        .rateLimit(Quota.DEFAULT_CALLS, 1, TimeUnit.MINUTES)
        .maxRetries(0) // each answer is one outcome here; RetriesTest covers what is retried
        .readTimeout(2, TimeUnit.SECONDS)
        .callTimeout(5, TimeUnit.SECONDS)
        .build();
  }

  @AfterAll
  static void stop() throws IOException {
    server.shutdown();
  }

  /** An answer: HTTP status, content type and body bytes. */
  record Answer(int status, String contentType, byte[] body, String mutation) {
    @Override
    public String toString() {
      return status + " " + contentType + " [" + mutation + "] "
          + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
    }
  }

  /** Each try is one call bounded by the client's 5 s call timeout; a thousand take seconds. */
  @Test
  void onlyTheLibrarysOwnExceptionsEscape() {
    Map<String, Integer> outcomes = new TreeMap<>();
    Tries.check(1000, FuzzedAnswersTest::answer, answer -> outcomes.merge(outcome(answer), 1, Integer::sum));
    System.out.println("FuzzedAnswersTest outcomes of 1000 tries: " + outcomes);
    // The mutations must reach both sides: usable successes and several kinds of failure.
    assertTrue(outcomes.containsKey("success"), outcomes::toString);
    assertTrue(outcomes.containsKey("UnexpectedResponseException"), outcomes::toString);
    assertTrue(outcomes.size() >= 4, outcomes::toString);
  }

  private static String outcome(Answer answer) {
    server.enqueue(new MockResponse().setResponseCode(answer.status())
        .setHeader("Content-Type", answer.contentType())
        .setBody(new Buffer().write(answer.body())));
    String outcome;
    try {
      Summary summary = client.summary(SummaryRequest.of("example.com"));
      // A success must be usable without tripping on a null.
      summary.hasData();
      summary.result();
      summary.cost();
      summary.time();
      summary.taskId();
      assertNotNull(summary.toString());
      outcome = "success";
    } catch (BacklinksException e) {
      String message = e.getMessage();
      assertNotNull(message);
      assertFalse(message.contains("\n"), message);
      assertFalse(message.contains(PASSWORD), message);
      assertEquals(e.isRetryable(), e instanceof RateLimitException || e instanceof NetworkException
          || e instanceof ServerException && e.isRetryable());
      outcome = e.getClass().getSimpleName();
      if (client.accountFailure() != null) {
        // A refusal of the account holds the client's later calls back: the next try gets a
        // client of its own, so that its answer is read.
        client.close();
        client = newClient();
      }
    } catch (Throwable t) {
      throw new AssertionError("escaped: " + t + " for " + answer, t);
    }
    try {
      assertNotNull(server.takeRequest(5, TimeUnit.SECONDS),
          "the call reached the server (outcome: " + outcome + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    return outcome;
  }

  private static Answer answer(Gen gen) {
    return mutate(gen.intBetween(0, 9), gen.fraction(), gen.bytes(1, 48), gen.oneOf(seeds),
        gen.oneOf(SWAPS), gen.oneOf(STATUSES), gen.oneOf(CONTENT_TYPES));
  }

  private static Answer mutate(int kind, double position, byte[] junk, String seed, String swap,
      int status, String type) {
    byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
    int at = (int) (position * bytes.length);
    switch (kind) {
      case 0:
        return new Answer(status, type, Arrays.copyOf(bytes, at), "truncated");
      case 1:
        return new Answer(status, type, deleteNth(seed, "{}[]", position), "deleted brace");
      case 2:
        return new Answer(status, type, swapNthScalar(seed, swap, position), "type swap");
      case 3:
        return new Answer(status, type, concat(Arrays.copyOf(bytes, at), junk,
            Arrays.copyOfRange(bytes, at, bytes.length)), "random bytes inserted");
      case 4:
        byte[] overwritten = bytes.clone();
        System.arraycopy(junk, 0, overwritten, at, Math.min(junk.length, overwritten.length - at));
        return new Answer(status, type, overwritten, "random bytes overwritten");
      case 5:
        return new Answer(status, type, junk, "random bytes only");
      case 6:
        return new Answer(status, type, deleteNth(seed, "\":,", position), "deleted punctuation");
      case 7:
        return new Answer(status, type, renameNthKey(seed, position), "renamed key");
      case 8:
        return new Answer(status, type, nest(at % 400), "deep nesting");
      default:
        return new Answer(status, type, swap.getBytes(StandardCharsets.UTF_8), "bare value");
    }
  }

  private static byte[] deleteNth(String text, String chars, double position) {
    int count = 0;
    for (char c : text.toCharArray()) {
      count += chars.indexOf(c) >= 0 ? 1 : 0;
    }
    int target = (int) (position * count);
    StringBuilder s = new StringBuilder(text);
    for (int i = 0, seen = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0 && seen++ == target) {
        s.deleteCharAt(i);
        break;
      }
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] swapNthScalar(String text, String replacement, double position) {
    Matcher matcher = SCALAR.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    int target = (int) (position * count);
    matcher.reset();
    for (int i = 0; matcher.find(); i++) {
      if (i == target) {
        return (text.substring(0, matcher.start()) + replacement + text.substring(matcher.end()))
            .getBytes(StandardCharsets.UTF_8);
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] renameNthKey(String text, double position) {
    String[] keys = {"\"status_code\"", "\"tasks\"", "\"result\"", "\"id\""};
    String key = keys[(int) (position * keys.length) % keys.length];
    return text.replace(key, key.replace("\"", "\"_")).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] nest(int depth) {
    return ("{\"status_code\":20000,\"tasks\":[{\"status_code\":20000,\"result\":[{\"info\":"
        + "[".repeat(depth) + "]".repeat(depth) + "}]}]}").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    Buffer buffer = new Buffer();
    for (byte[] part : parts) {
      buffer.write(part);
    }
    return buffer.readByteArray();
  }
}
