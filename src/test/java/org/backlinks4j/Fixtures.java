package org.backlinks4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.squareup.moshi.Moshi;
import okhttp3.mockwebserver.MockResponse;

/** Response bodies for tests. */
public final class Fixtures {
  private Fixtures() {
  }

  /** The example answer of DataForSEO's documentation, the one the demo server serves. */
  public static String seedEnvelope() {
    return resource("/org/backlinks4j/cli/demo/summary-explodingtopics.com.json");
  }

  /**
   * An answer whose breakdowns are null ({@code "referring_links_attributes": null}) or hold null
   * counts ({@code {"com": 26012, "": null, "net": null}}), as the live service sends them; its
   * target is example.com.
   */
  public static String nullCountsEnvelope() {
    return resource("/org/backlinks4j/fixtures/summary-null-counts.json");
  }

  /**
   * An answer whose strings and map keys carry what a crawled site may put there: terminal escapes
   * (ESC, BEL, C1 controls such as U+009B), CR LF, bidi overrides and isolates, and spreadsheet
   * formulas; its target is example.com. The file spells every such character as a JSON escape, to
   * be readable; this turns those a JSON writer need not escape (DEL, C1, the bidi controls) back
   * into the raw UTF-8 a service sends, so that the body's own bytes carry them too.
   */
  public static String hostileEnvelope() {
    Matcher escape = Pattern.compile("\\\\u(007f|00[89][0-9a-f]|061c|200[ef]|202[a-e]|206[6-9])")
        .matcher(resource("/org/backlinks4j/fixtures/summary-hostile-text.json"));
    StringBuilder raw = new StringBuilder();
    while (escape.find()) {
      escape.appendReplacement(raw,
          Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
    }
    return escape.appendTail(raw).toString();
  }

  /** A resource of the test or main class path, as text. */
  public static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The first task's result object of an envelope, as a plain JSON value (maps, lists, numbers as
   * Double): what a CLI's {@code --json} output or bulk record must equal.
   */
  public static Object resultOf(String envelopeJson) {
    try {
      Map<?, ?> envelope = (Map<?, ?>) new Moshi.Builder().build().adapter(Object.class)
          .fromJson(envelopeJson);
      Map<?, ?> task = (Map<?, ?>) ((List<?>) envelope.get("tasks")).get(0);
      return ((List<?>) task.get("result")).get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A bulk_pages_summary answer with one item, for {@code target}: the spec's example
   * ({@code BulkPagesSummaryForbes}) cut to its first item, priced as the service prices it.
   */
  public static String bulkPagesSummaryEnvelope(String target) {
    String quoted = target.replace("\\", "\\\\").replace("\"", "\\\"");
    return "{\"version\":\"0.1.20240425\",\"status_code\":20000,\"status_message\":\"Ok.\","
        + "\"time\":\"0.3371 sec.\",\"cost\":0.02003,\"tasks_count\":1,\"tasks_error\":0,"
        + "\"tasks\":[{\"id\":\"04251521-1535-0544-0000-ef1bc7a7a8a3\",\"status_code\":20000,"
        + "\"status_message\":\"Ok.\",\"time\":\"0.2767 sec.\",\"cost\":0.02003,\"result_count\":1,"
        + "\"path\":[\"v3\",\"backlinks\",\"bulk_pages_summary\",\"live\"],"
        + "\"data\":{\"api\":\"backlinks\",\"function\":\"bulk_pages_summary\","
        + "\"targets\":[\"" + quoted + "\"]},"
        + "\"result\":[{\"total_count\":1,\"items_count\":1,\"items\":[{"
        + "\"type\":\"backlinks_bulk_pages_summary\",\"url\":\"" + quoted + "\",\"rank\":934,"
        + "\"main_domain_rank\":934,\"backlinks\":120745681,\"first_seen\":\"2017-01-25 00:07:25 +00:00\","
        + "\"lost_date\":null,\"backlinks_spam_score\":3,\"referring_domains\":1262017,"
        + "\"referring_links_tld\":{\"com\":68102530,\"org\":5380213}}]}]}]}";
  }

  /** A 200 answer with a JSON body. */
  public static MockResponse json(String body) {
    return new MockResponse().setResponseCode(200)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }

  /** An envelope of one task with the given task status and result JSON (e.g. "null" or "[{...}]"). */
  public static String envelope(int taskStatus, String taskMessage, String resultJson) {
    return "{\"version\":\"0.1.20230825\",\"status_code\":20000,\"status_message\":\"Ok.\","
        + "\"time\":\"0.1 sec.\",\"cost\":0.02003,\"tasks_count\":1,\"tasks_error\":"
        + (taskStatus == 20000 ? 0 : 1) + ",\"tasks\":[{\"id\":\"11111111-2222-3333-4444-555555555555\","
        + "\"status_code\":" + taskStatus + ",\"status_message\":\"" + taskMessage + "\","
        + "\"time\":\"0.05 sec.\",\"cost\":0.02003,\"result_count\":"
        + ("null".equals(resultJson) ? 0 : 1) + ",\"path\":[\"v3\",\"backlinks\",\"summary\",\"live\"],"
        + "\"data\":{\"api\":\"backlinks\",\"function\":\"summary\",\"target\":\"example.com\"},"
        + "\"result\":" + resultJson + "}]}";
  }
}
