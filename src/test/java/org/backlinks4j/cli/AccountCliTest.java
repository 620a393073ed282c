package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backlinks4j.Fixtures;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.backlinks4j.internal.Wire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The account from the command line: {@code backlinks account} against the fake and the demo, and
 * a bulk run that meets a refusal of the account (wrong credentials, the daily spending limit).
 */
class AccountCliTest {
  @TempDir Path dir;
  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  private FakeDataForSeo server;

  @BeforeEach
  void setUp() {
    server = fake.server();
  }

  private Cli.Result cli(Map<String, String> env, String... args) {
    return Cli.run(env, args);
  }

  private Cli.Result bulk(Map<String, String> env, Path input, Path output, String... extra) {
    List<String> args = new ArrayList<>(List.of("bulk", "--input", input.toString(), "--output",
        output.toString(), "--base-url", server.baseUrl(), "--progress", "none"));
    args.addAll(List.of(extra));
    return cli(env, args.toArray(new String[0]));
  }

  private Path targets(int n) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      lines.add("site" + i + ".example.com");
    }
    Path input = dir.resolve("targets-" + n + ".txt");
    Files.write(input, lines, StandardCharsets.UTF_8);
    return input;
  }

  private static Map<String, String> wrongPassword() {
    return Map.of("DATAFORSEO_LOGIN", FakeServerExtension.LOGIN, "DATAFORSEO_PASSWORD", "wrong");
  }

  @Test
  void theAccountScreenShowsWhatAPersonReads() {
    server.account().callsPerMinute(2000).balance(12.34).dailySpendingLimit(25);

    Cli.Result result = cli(Answers.credentials(), "account", "--base-url", server.baseUrl());

    assertEquals(0, result.exitCode(), result.err());
    String out = result.out();
    assertTrue(out.contains("Account          " + FakeServerExtension.LOGIN + "\n"), out);
    assertTrue(out.contains("Balance          $12.34 left of $150.00 deposited\n"), out);
    assertTrue(out.contains("Spending limit   $25.00 a day (then 40203 until 00:00 UTC)\n"), out);
    assertTrue(out.contains("Rate limit       2,000 calls a minute, no daily limit\n"), out);
    assertTrue(out.contains("This tool sends  2,000 calls a minute (the account's), 30 at once"), out);
    assertTrue(out.contains("Prices, live     summary: $0.02 a call + $0.00003 a result\n"), out);
    assertTrue(out.contains("                 bulk_pages_summary: $0.02 a call + $0.00003 a result\n"),
        out);
    assertTrue(out.contains("Backlinks API    subscribed until 2026-12-31 23:59:59 +00:00\n"), out);
    assertEquals(1, server.account().userDataCalls(), "one call: its answer is also the limit");
    assertEquals(0, server.requestCount(), "nothing paid");
  }

  @Test
  void theAccountAsJsonIsUserDatasResultAsTheApiSentIt() throws IOException {
    server.account().noSubscription();

    Cli.Result result = cli(Answers.credentials(), "account", "--json", "--base-url",
        server.baseUrl());

    assertEquals(0, result.exitCode(), result.err());
    Map<?, ?> json = (Map<?, ?>) Wire.MOSHI.adapter(Object.class).fromJson(result.out());
    assertEquals(FakeServerExtension.LOGIN, json.get("login"));
    assertEquals(10000.0, ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) json.get("rates")).get("limits"))
        .get("minute")).get("total"));
    assertTrue(json.containsKey("backlinks_subscription_expiry_date"));
    assertEquals(null, json.get("backlinks_subscription_expiry_date"));
  }

  @Test
  void theDemoAnswersTheAccountAndSaysItIsDemoData() {
    Cli.Result screen = cli(Map.of(), "account");
    Cli.Result json = cli(Map.of(), "account", "--json");

    assertEquals(0, screen.exitCode(), screen.err());
    assertTrue(screen.err().contains("showing DEMO data"), screen.err());
    assertTrue(screen.out().contains("Account          demo@example.com\n"), screen.out());
    assertTrue(screen.out().contains("Balance          $87.41523 left of $150.00 deposited"), screen.out());
    assertEquals(0, json.exitCode(), json.err());
    assertEquals(Fixtures.resultOf(Fixtures.resource("/org/backlinks4j/cli/demo/user-data.json")),
        parse(json.out()));
  }

  @Test
  void aWrongPasswordIsOneLineAndExit1() {
    server.account().password(FakeServerExtension.PASSWORD);

    Cli.Result result = cli(wrongPassword(), "account", "--base-url", server.baseUrl());

    assertEquals(1, result.exitCode());
    assertEquals(1, result.err().strip().lines().count(), result.err());
    assertTrue(result.err().startsWith("backlinks: DataForSEO status 40100: "), result.err());
    assertTrue(result.err().contains("check the API login and password"), result.err());
    assertFalse(result.err().contains("wrong"), "no password in the message");
  }

  @Test
  void aWrongPasswordStopsBulkAtTheFirstRefusalAndTheSameCommandResumes() throws IOException {
    server.account().password(FakeServerExtension.PASSWORD);
    Path input = targets(2000);
    Path output = dir.resolve("out.jsonl");

    Cli.Result refused = bulk(wrongPassword(), input, output);

    assertEquals(1, refused.exitCode(), refused.err());
    List<String> lines = withoutEstimate(refused.err());
    assertEquals(2, lines.size(), "one error line, then the closing line: " + refused.err());
    assertTrue(lines.get(0).startsWith("backlinks: stopped: DataForSEO status 40100: "),
        lines.get(0));
    assertTrue(lines.get(0).contains("check the API login and password"), lines.get(0));
    assertTrue(lines.get(0).endsWith("run the same command again to send them"), lines.get(0));
    assertTrue(lines.get(1).contains("0 of 2000 targets have a successful record"), lines.get(1));
    // The user_data call that learns the limit met the refusal: no summary call was sent.
    assertEquals(1, server.account().userDataCalls());
    assertEquals(0, server.requestCount());
    assertEquals("", Files.readString(output), "no record: the targets were not judged");

    Cli.Result resumed = bulk(Answers.credentials(), input, output);

    assertEquals(0, resumed.exitCode(), resumed.err());
    assertEquals(2000, Files.readAllLines(output).size());
    assertEquals(2000, server.requestCount());
  }

  /**
   * A bulk run of 2000 targets with a wrong password and {@code --rate 10000/1m}, then
   * {@code extra}: it stops with one line naming the refusal, and no record.
   */
  private void refusedWithASetRate(String... extra) throws IOException {
    server.account().password(FakeServerExtension.PASSWORD);
    Path output = dir.resolve("out.jsonl");
    List<String> options = new ArrayList<>(List.of("--rate", "10000/1m"));
    options.addAll(List.of(extra));

    Cli.Result refused = bulk(wrongPassword(), targets(2000), output,
        options.toArray(new String[0]));

    assertEquals(1, refused.exitCode(), refused.err());
    assertEquals(2, withoutEstimate(refused.err()).size(), refused.err());
    assertTrue(withoutEstimate(refused.err()).get(0).startsWith(
        "backlinks: stopped: DataForSEO status 40100"), refused.err());
    assertEquals("", Files.readString(output));
  }

  @Test
  void withASetRateTheBalanceIsStillReadAndItsRefusalStopsTheRunBeforeAnyPaidCall()
      throws IOException {
    refusedWithASetRate();

    assertEquals(1, server.account().userDataCalls(), "the balance, read though the rate is set");
    assertEquals(0, server.requestCount(), "its refusal held every paid call back");
  }

  @Test
  void withASetRateAndNoBalanceCheckTheRefusalsAreTheCallsInFlightAtTheFirstOne()
      throws IOException {
    refusedWithASetRate("--allow-over-balance");

    assertEquals(0, server.account().userDataCalls(),
        "a set rate and --allow-over-balance ask the account nothing");
    // At most the calls in flight at the first refusal (30), and one more: no call leaves after it.
    assertTrue(server.requestCount() <= 31, "calls sent: " + server.requestCount());
  }

  @Test
  void theDailySpendingLimitMidRunStopsTheRunAndNamesTheReset() throws IOException {
    server.account().refuseAfter(300, 40203);
    Path input = targets(1000);
    Path output = dir.resolve("out.jsonl");

    Cli.Result stopped = bulk(Answers.credentials(), input, output);

    assertEquals(1, stopped.exitCode(), stopped.err());
    List<String> lines = withoutEstimate(stopped.err());
    assertEquals(2, lines.size(), stopped.err());
    assertTrue(lines.get(0).startsWith("backlinks: stopped: DataForSEO status 40203: "), lines.get(0));
    assertTrue(lines.get(0).contains("it resets at 00:00 UTC (in "), lines.get(0));
    int sent = server.requestCount();
    assertTrue(sent <= 300 + 31, "calls sent: " + sent);
    assertTrue(lines.get(1).contains(", calls " + sent + ", "),
        "the closing line counts the calls that reached the service, not those held back: "
            + lines.get(1));
    assertEquals(300, Files.readAllLines(output).size(), "the records of the calls that passed");

    server.account().refuseAfter(-1, 0); // the next day
    Cli.Result resumed = bulk(Answers.credentials(), input, output);

    assertEquals(0, resumed.exitCode(), resumed.err());
    assertEquals(1000, Files.readAllLines(output).size());
    assertEquals(sent + 700, server.requestCount(), "only the targets without a record");
  }

  /** stderr's lines after the estimate every bulk run prints before it sends. */
  private static List<String> withoutEstimate(String err) {
    List<String> lines = err.strip().lines().toList();
    assertTrue(lines.get(0).startsWith("bulk: to send "), err);
    return lines.subList(1, lines.size());
  }

  private static Object parse(String json) {
    try {
      return Wire.MOSHI.adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
