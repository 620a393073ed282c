package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.redis.RedisLimiterKeys;
import org.backlinks4j.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** {@code --shared-quota} and {@code --shared-quota-fallback}, against a real Redis and the fake. */
class SharedQuotaOptionTest {
  private TestRedis redis;
  private FakeDataForSeo fake;

  @BeforeEach
  void start() throws Exception {
    redis = TestRedis.start();
    fake = FakeDataForSeo.start();
  }

  @AfterEach
  void stop() throws Exception {
    fake.close();
    redis.close();
  }

  private Map<String, String> env() {
    return Map.of("DATAFORSEO_LOGIN", "cli-user", "DATAFORSEO_PASSWORD", "secret",
        "DATAFORSEO_BASE_URL", fake.baseUrl());
  }

  @Test
  void theCallsCountInTheAccountsWindowInRedis() throws Exception {
    Cli.Result result = Cli.run(env(), "summary", "example.com", "--json",
        "--shared-quota", redis.uri().toString(), "--rate", "5/1m", "--max-concurrent", "2");
    assertEquals(0, result.exitCode(), result.err());
    try (RedisClient inspect = RedisClient.create(redis.uri())) {
      String window = RedisLimiterKeys.of("cli-user").get(0);
      assertEquals(1, inspect.zcard(window), "the call's write moment, kept for the window");
      assertFalse(inspect.keys("*").toString().contains("cli-user"));
    }
  }

  @Test
  void theEnvironmentNamesItToo() {
    Map<String, String> env = new java.util.HashMap<>(env());
    env.put("DATAFORSEO_SHARED_QUOTA", redis.uri().toString());
    redis.stopQuietly();
    Cli.Result result = Cli.run(env, "summary", "example.com");
    assertEquals(1, result.exitCode(), result.err());
    assertTrue(result.err().contains("the shared quota at " + redis.uri() + " is unreachable"),
        result.err());
  }

  @Test
  void redisGoneFailsWithOneLineByDefault() {
    redis.stopQuietly();
    Cli.Result result = Cli.run(env(), "summary", "example.com",
        "--shared-quota", redis.uri().toString());
    assertEquals(1, result.exitCode(), result.err());
    assertEquals(1, result.err().strip().lines().count(), result.err());
    assertTrue(result.err().contains("unreachable"), result.err());
    assertEquals(0, fake.requestCount(), "nothing sent without the quota");
  }

  @Test
  void bulkStopsWithOneLineAndLeavesTheUnsentTargetsForARerun(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path input = dir.resolve("targets.txt");
    java.nio.file.Path output = dir.resolve("out.jsonl");
    java.nio.file.Files.write(input, java.util.List.of("a.com", "b.com", "c.com", "d.com"));
    redis.stopQuietly();
    Cli.Result result = Cli.run(env(), "bulk", "--input", input.toString(), "--output",
        output.toString(), "--progress", "none", "--shared-quota", redis.uri().toString());
    assertEquals(1, result.exitCode(), result.err());
    java.util.List<String> lines = result.err().strip().lines().toList();
    assertEquals(3, lines.size(), "the plan, one error line, then the closing line: "
        + result.err());
    assertTrue(lines.get(0).startsWith("bulk: to send 4 targets in 4 calls"), lines.get(0));
    assertTrue(lines.get(1).startsWith("backlinks: stopped: the shared quota at " + redis.uri()
        + " is unreachable"), lines.get(1));
    assertTrue(lines.get(2).contains("0 of 4 targets have a successful record"), lines.get(2));
    assertEquals(0, fake.requestCount(), "nothing sent");
    assertEquals("", java.nio.file.Files.readString(output), "no record: a rerun sends them all");
  }

  @Test
  void redisGoneFallsBackToTheLocalQuotaWhenAskedAndSaysSo() {
    redis.stopQuietly();
    Cli.Result result = Cli.run(env(), "summary", "example.com", "--json",
        "--shared-quota", redis.uri().toString(), "--shared-quota-fallback", "local");
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.err().contains("going on with this process's own quota"), result.err());
    assertEquals(1, fake.requestCount());
  }

  @Test
  void aBadUriOrFallbackIsRefusedBeforeAnythingIsSent() {
    for (String[] args : new String[][] {
        {"--shared-quota", "http://localhost:6379"},
        {"--shared-quota", "redis://:hunter2@localhost:6379/x"},
        {"--shared-quota", "redis://localhost:6379/0", "--shared-quota-fallback", "maybe"}}) {
      String[] all = new String[args.length + 2];
      all[0] = "summary";
      all[1] = "example.com";
      System.arraycopy(args, 0, all, 2, args.length);
      Cli.Result result = Cli.run(env(), all);
      assertEquals(2, result.exitCode(), String.join(" ", args) + ": " + result.err());
      assertFalse(result.err().contains("hunter2"), result.err());
    }
    assertEquals(0, fake.requestCount());
  }

  @Test
  void theDefaultPortIsRedisOwn() {
    ThrottleOptions options = new ThrottleOptions();
    new picocli.CommandLine(options).parseArgs("--shared-quota", "redis://cache.internal");
    assertEquals(6379, options.sharedQuota(Map.of()).getPort());
    assertEquals(null, new ThrottleOptions().sharedQuota(Map.of()));
  }
}
