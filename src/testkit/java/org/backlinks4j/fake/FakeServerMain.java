package org.backlinks4j.fake;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link FakeDataForSeo} as a process of its own, for tests outside the JVM (a Python or
 * shell test, a CLI's end-to-end check):
 * {@code java -jar dataforseo-backlinks-testkit-VERSION-standalone.jar --port 8080}. It serves both
 * operations, summary and bulk_pages_summary, under one quota, on loopback. It runs until killed
 * (SIGTERM), then prints its {@link FakeStats} line on standard output (and writes it to
 * {@code --stats-file}). This project's tools run it through {@code tools/fake-server}.
 *
 * <pre>
 * java -jar dataforseo-backlinks-testkit-VERSION-standalone.jar --port 8080 \
 *     --quota 2000/60000/30 --result example.com=example.json --fail-first flaky.com=1:40202 \
 *     --fault cut.com=disconnect --delay '*=50' --config more-rules.conf
 * </pre>
 *
 * <p>{@code --help} lists every option (the rules of {@link TargetRule} by target, the quota, a
 * request log, a port file, a stats file); {@code --config FILE} reads more of them, one a line
 * ({@code --fault a.com=disconnect}), blank lines and {@code #} comments skipped.
 *
 * <p>The target {@code *} means every target without a rule of its own. Options repeat. A rule
 * applies to a target wherever it is asked for: alone in a summary call, or in a bulk call's batch,
 * where it acts on the whole call as {@link TargetRule} says (a fixture gives the target's item, a
 * failure or a fault is the whole call's, the longest delay is the call's). While it runs,
 * {@code GET /fake/stats} answers the counts as JSON and {@code GET /fake/contract-violations} the
 * requests' breaches of the spec, each naming its rule, as a JSON array of strings. Invalid options
 * exit with status 2, a port that cannot be bound with 1.
 */
public final class FakeServerMain {
  private FakeServerMain() {
  }

  /**
   * Starts the fake and waits to be killed.
   *
   * @param args the options above
   * @throws Exception if the fake cannot start
   */
  public static void main(String[] args) throws Exception {
    if (Arrays.asList(args).contains("--help")) {
      System.out.print(USAGE);
      return;
    }
    try {
      args = withConfigFiles(args);
    } catch (IllegalArgumentException e) {
      System.err.println("fake-server: " + e.getMessage());
      System.exit(2);
      return;
    }
    int port = 0;
    Path portFile = null;
    Path statsFile = null;
    Path requestLog = null;
    try {
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--port")) {
          port = number(value(args, ++i), "--port");
        } else if (args[i].equals("--port-file")) {
          portFile = Paths.get(value(args, ++i));
        } else if (args[i].equals("--stats-file")) {
          statsFile = Paths.get(value(args, ++i));
        } else if (args[i].equals("--request-log")) {
          requestLog = Paths.get(value(args, ++i));
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println("fake-server: " + e.getMessage());
      System.exit(2);
      return;
    }
    FakeDataForSeo fake;
    try {
      fake = FakeDataForSeo.start(port);
    } catch (IOException e) {
      System.err.println("fake-server: cannot listen on port " + port + ": " + e.getMessage());
      System.exit(1);
      return;
    }
    fake.recordRequests(false);
    try {
      configure(fake, args);
    } catch (IllegalArgumentException e) {
      System.err.println("fake-server: " + e.getMessage());
      fake.close();
      System.exit(2);
      return;
    }
    Writer log = requestLog == null ? null : Files.newBufferedWriter(requestLog, StandardCharsets.UTF_8);
    fake.logRequestsTo(log);

    CountDownLatch stopped = new CountDownLatch(1);
    Path finalStatsFile = statsFile;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        fake.close();
      } catch (IOException e) {
        System.err.println("fake-server: " + e.getMessage());
      }
      String line = fake.stats().toString();
      System.out.println(line);
      System.out.flush();
      try {
        if (log != null) {
          log.close();
        }
        if (finalStatsFile != null) {
          Files.write(finalStatsFile, (line + "\n").getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        System.err.println("fake-server: " + e.getMessage());
      }
      stopped.countDown();
    }, "fake-server-stop"));

    if (portFile != null) {
      // Written whole, then renamed: a reader polling for the file never sees half a port.
      Path partial = portFile.resolveSibling(portFile.getFileName() + ".partial");
      Files.write(partial, (fake.port() + "\n").getBytes(StandardCharsets.UTF_8));
      Files.move(partial, portFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    System.out.println("fake-server: listening on " + fake.baseUrl());
    System.out.flush();
    stopped.await();
  }

  private static final String USAGE = String.join("\n",
      "usage: java -jar dataforseo-backlinks-testkit-VERSION-standalone.jar [OPTIONS]",
      "A fake DataForSEO Backlinks API (summary, bulk_pages_summary) on loopback; stop it with SIGTERM.",
      "  --port N                  the port, 0 (default) for a free one",
      "  --port-file FILE          where to write the port once listening",
      "  --config FILE             more options, one a line (# comments)",
      "  --quota CALLS/WINDOW_MS/CONCURRENT   the service's strict quota, e.g. 2000/60000/30",
      "  --latency MS              every answer's delay",
      "  --delay TARGET=MS         one target's delay",
      "  --task-status TARGET=CODE       a failed task, e.g. example.com=40501",
      "  --envelope-status TARGET=CODE   an account-level failure, e.g. example.com=40100",
      "  --fail-first TARGET=N:CODE      fail N calls with CODE, then answer, e.g. a.com=1:40202",
      "  --no-data TARGET          the documented no-data answer",
      "  --refuse TARGET           40501 Invalid Field: 'target' (TARGET).",
      "  --fixture TARGET=FILE     this envelope",
      "  --result TARGET=FILE      the documented envelope around this result object",
      "  --fault TARGET=KIND       disconnect | silence | unreadable | html:STATUS | trickle:MS |",
      "                            redirect:STATUS:URL | huge:BYTES | huge-chunked:BYTES",
      "  --request-log FILE        one JSON line per call (no credentials)",
      "  --stats-file FILE         the final stats line",
      "  --no-contract-check       do not check requests against the spec",
      "TARGET * is every target without a rule of its own. GET /fake/stats answers the counts,",
      "GET /fake/contract-violations the requests' breaches of the spec.",
      "");

  /**
   * The arguments with each {@code --config FILE} replaced by the options the file holds: one a
   * line, the option and its value apart by the first run of blanks (a value may hold blanks),
   * blank lines and lines starting with {@code #} skipped.
   */
  static String[] withConfigFiles(String[] args) {
    List<String> expanded = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].equals("--config")) {
        expanded.add(args[i]);
        continue;
      }
      String file = value(args, ++i);
      List<String> lines;
      try {
        lines = Files.readAllLines(Paths.get(file), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalArgumentException("--config: cannot read " + file + ": " + e.getMessage());
      }
      for (String line : lines) {
        String option = line.strip();
        if (option.isEmpty() || option.startsWith("#")) {
          continue;
        }
        String[] parts = option.split("\\s+", 2);
        if (parts[0].equals("--config")) {
          throw new IllegalArgumentException("--config: " + file + " names another --config");
        }
        expanded.addAll(Arrays.asList(parts));
      }
    }
    return expanded.toArray(new String[0]);
  }

  /** Applies the rule options; the process options were read already. */
  static void configure(FakeDataForSeo fake, String[] args) {
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--port", "--port-file", "--stats-file", "--request-log" -> i++;
        case "--no-contract-check" -> fake.checkRequests(false);
        case "--quota" -> {
          String[] parts = value(args, ++i).split("/");
          if (parts.length != 3) {
            throw new IllegalArgumentException("--quota wants CALLS/WINDOW_MS/CONCURRENT, not " + args[i]);
          }
          fake.quota(number(parts[0], option), number(parts[1], option), TimeUnit.MILLISECONDS,
              number(parts[2], option));
        }
        case "--latency" -> fake.everyTarget().delay(number(value(args, ++i), option), TimeUnit.MILLISECONDS);
        case "--no-data" -> rule(fake, value(args, ++i)).noData();
        case "--refuse" -> rule(fake, value(args, ++i)).refuse();
        case "--delay", "--task-status", "--envelope-status", "--fail-first", "--fixture", "--result",
            "--fault" -> {
          String pair = value(args, ++i);
          int eq = pair.lastIndexOf('=');
          if (option.equals("--fault") || option.equals("--fixture") || option.equals("--result")) {
            eq = pair.indexOf('='); // a URL or a path may hold '='; a target does not
          }
          if (eq <= 0) {
            throw new IllegalArgumentException(option + " wants TARGET=VALUE, not " + pair);
          }
          TargetRule rule = rule(fake, pair.substring(0, eq));
          String value = pair.substring(eq + 1);
          apply(rule, option, value);
        }
        default -> throw new IllegalArgumentException("unknown option " + option
            + " (see --help)");
      }
    }
  }

  private static void apply(TargetRule rule, String option, String value) {
    switch (option) {
      case "--delay" -> rule.delay(number(value, option), TimeUnit.MILLISECONDS);
      case "--task-status" -> rule.taskStatus(number(value, option));
      case "--envelope-status" -> rule.envelopeStatus(number(value, option));
      case "--fail-first" -> {
        String[] parts = value.split(":");
        if (parts.length != 2) {
          throw new IllegalArgumentException("--fail-first wants TARGET=N:CODE, not " + value);
        }
        rule.failFirst(number(parts[0], option), number(parts[1], option));
      }
      case "--fixture" -> {
        try {
          rule.fixture(Files.readString(Paths.get(value)));
        } catch (IOException e) {
          throw new IllegalArgumentException("--fixture: cannot read " + value + ": " + e.getMessage());
        }
      }
      case "--result" -> {
        try {
          rule.result(Files.readString(Paths.get(value)));
        } catch (IOException e) {
          throw new IllegalArgumentException("--result: cannot read " + value + ": " + e.getMessage());
        }
      }
      case "--fault" -> fault(rule, value);
      default -> throw new IllegalStateException(option);
    }
  }

  private static void fault(TargetRule rule, String kind) {
    String[] parts = kind.split(":", 3);
    switch (parts[0]) {
      case "disconnect" -> rule.disconnectMidAnswer();
      case "silence" -> rule.noAnswer();
      case "unreadable" -> rule.unreadableBody();
      case "html" -> rule.htmlPage(parts.length > 1 ? number(parts[1], "--fault html") : 502);
      case "trickle" -> rule.trickle(parts.length > 1 ? number(parts[1], "--fault trickle") : 1000,
          TimeUnit.MILLISECONDS);
      case "redirect" -> {
        if (parts.length != 3) {
          throw new IllegalArgumentException("--fault redirect wants redirect:STATUS:URL");
        }
        rule.redirect(number(parts[1], "--fault redirect"), parts[2]);
      }
      case "huge" -> rule.huge(parts.length > 1 ? number(parts[1], "--fault huge") : 48L << 20);
      case "huge-chunked" -> rule.hugeChunked(
          parts.length > 1 ? number(parts[1], "--fault huge-chunked") : 48L << 20);
      default -> throw new IllegalArgumentException("unknown fault " + parts[0]
          + " (disconnect, silence, unreadable, html:STATUS, trickle:MS, redirect:STATUS:URL,"
          + " huge:BYTES, huge-chunked:BYTES)");
    }
  }

  private static TargetRule rule(FakeDataForSeo fake, String target) {
    return target.equals("*") ? fake.everyTarget() : fake.target(target);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " wants a value");
    }
    return args[i];
  }

  private static int number(String text, String option) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " wants a number, not '" + text + "'");
    }
  }
}
