package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.ClientInternals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ThrottleOptionsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
  }

  @Test
  void durations() {
    assertEquals(500, ThrottleOptions.parseDurationMillis("500ms"));
    assertEquals(5_000, ThrottleOptions.parseDurationMillis("5s"));
    assertEquals(60_000, ThrottleOptions.parseDurationMillis("1m"));
    assertEquals(7_200_000, ThrottleOptions.parseDurationMillis("2h"));
    assertEquals(5_000, ThrottleOptions.parseDurationMillis(" 5S "));
    for (String bad : new String[] {"", "5", "s", "0s", "-5s", "1.5s", "5 s", "5sec", "9999h",
        "99999999999999999999ms"}) {
      assertThrows(IllegalArgumentException.class, () -> ThrottleOptions.parseDurationMillis(bad),
          bad);
    }
  }

  @Test
  void rates() {
    ThrottleOptions.Rate rate = ThrottleOptions.parseRate("100/5s");
    assertEquals(100, rate.calls);
    assertEquals(5_000, rate.windowMillis);
    assertEquals(60_000, ThrottleOptions.parseRate("2000/1m").windowMillis);
    assertEquals(60_000, ThrottleOptions.parseRate("2000/m").windowMillis);
    assertEquals(500, ThrottleOptions.parseRate("3/500ms").windowMillis);
    for (String bad : new String[] {"", "100", "100/", "/5s", "0/5s", "100/0s", "-1/5s", "100/5",
        "100 per 5s", "99999999999/1s"}) {
      assertThrows(IllegalArgumentException.class, () -> ThrottleOptions.parseRate(bad), bad);
    }
  }

  @Test
  void theOptionsReachTheClient() {
    ThrottleOptions options = new ThrottleOptions();
    new CommandLine(options).parseArgs(
        "--rate", "100/5s", "--max-concurrent", "4", "--max-retries", "0", "--timeout", "30s");
    BacklinksClient.Builder builder = BacklinksClient.builder().credentials("a", "b");
    options.applyTo(builder);
    BacklinksClient client = builder.build();

    assertEquals(100, client.quota().calls());
    assertEquals(5, client.quota().window(TimeUnit.SECONDS));
    assertEquals(4, client.quota().maxConcurrent());
    assertEquals(0, client.maxRetries());
    assertEquals(30_000, ClientInternals.okHttp(client).callTimeoutMillis());
  }

  @Test
  void leftOutTheLibraryDefaultsApply() {
    ThrottleOptions options = new ThrottleOptions();
    new CommandLine(options).parseArgs();
    BacklinksClient.Builder builder = BacklinksClient.builder().credentials("a", "b");
    options.applyTo(builder);
    BacklinksClient client = builder.build();

    assertEquals(2000, client.quota().calls());
    assertEquals(60, client.quota().window(TimeUnit.SECONDS));
    assertEquals(30, client.quota().maxConcurrent());
    assertEquals(2, client.maxRetries());
  }

  @Test
  void theSummaryCommandTakesThem() {
    int code = run("summary", "explodingtopics.com", "--json", "--rate", "100/5s",
        "--max-concurrent", "4", "--max-retries", "0", "--timeout", "30s");

    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("\"backlinks\": 41245"), out.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--rate=0/1s", "--rate=abc", "--rate=100/0s", "--max-concurrent=0",
      "--max-concurrent=x", "--max-retries=-1", "--timeout=5x", "--timeout=0s"})
  void invalidValuesExit2BeforeAnythingIsSent(String option) {
    assertEquals(2, run("summary", "explodingtopics.com", option));
    assertTrue(err.toString().contains(option.substring(0, option.indexOf('='))), err.toString());
  }
}
