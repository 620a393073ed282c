package org.backlinks4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.Credentials;
import org.backlinks4j.HttpLogLevel;
import org.backlinks4j.Quota;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where requests go and how the client sends them, shared by the commands (a picocli mixin). {@link #open} is the one place that builds the {@link BacklinksClient};
 * {@link #applyTo} the one place that turns these options into client builder settings.
 */
final class ConnectionOptions {
  @Option(names = "--base-url", paramLabel = "URL",
      description = "Send to this server (env DATAFORSEO_BASE_URL).")
  @Nullable String baseUrl;

  @Option(names = "--sandbox", description = "Send to DataForSEO's free sandbox (dummy data).")
  boolean sandbox;

  @Option(names = "--demo", description = "Use the offline demo server, even with credentials.")
  boolean demo;

  /** --rate, --max-concurrent, --max-retries and --timeout: the client's quota and retries. */
  @Mixin ThrottleOptions throttle = new ThrottleOptions();

  @Option(names = "--verbose",
      description = "Log the HTTP exchange to stderr (credentials redacted), and the calls' "
          + "figures at the end.")
  boolean verbose;

  @Option(names = "--max-cost", paramLabel = "DOLLARS", converter = DollarsConverter.class,
      description = "Spend at most this much, e.g. 5 or 0.50: a run whose estimate (DataForSEO's "
          + "prices) is above it does not start; one that would pass it stops sending, and says "
          + "what it spent (the service's reported cost).")
  @Nullable Long maxCostNanos;

  /**
   * Opens a connection: the demo server when asked for or when there are no credentials (said on
   * {@code err}), else the live service, the sandbox or {@code --base-url}.
   *
   * @param env the environment (credentials, DATAFORSEO_BASE_URL)
   * @param err where to tell the user about the demo
   * @return the connection; close it when done
   * @throws IllegalArgumentException when the options are invalid or credentials are missing
   * @throws IOException when the demo server cannot start
   */
  Connection open(Map<String, String> env, PrintWriter err) throws IOException {
    boolean useDemo = check(env);
    String base = baseUrl != null ? baseUrl : env.get("DATAFORSEO_BASE_URL");
    Credentials credentials = credentials(env);
    BacklinksClient.Builder builder = BacklinksClient.builder();
    DemoServer demoServer = null;
    if (useDemo) {
      demoServer = DemoServer.start();
      err.println(ErrorLines.PREFIX + (demo ? "--demo" : "no credentials set")
          + ": showing DEMO data from an offline server (examples shaped as DataForSEO documents "
          + "them), not live figures.");
      builder.baseUrl(demoServer.baseUrl()).credentials("demo", "demo");
    } else {
      builder.credentials(Objects.requireNonNull(credentials, "credentials"));
      if (sandbox) {
        builder.sandbox();
      } else if (base != null) {
        builder.baseUrl(base);
      }
    }
    try {
      applyTo(builder, err);
      CallFigures figures = verbose ? new CallFigures() : null;
      if (figures != null) {
        builder.eventListener(figures);
      }
      java.net.URI redis = throttle.sharedQuota(env);
      if (redis != null) {
        // After applyTo: the builder's own rate and cap give way to the account's shared quota.
        builder.quota(throttle.sharedQuota(redis,
            useDemo ? "demo" : Objects.requireNonNull(credentials, "credentials").login(), err));
      }
      return new Connection(builder.build(), demoServer, figures, err);
    } catch (RuntimeException e) {
      if (demoServer != null) {
        demoServer.close();
      }
      throw e;
    }
  }

  /** What a command does with an open connection. */
  interface Use {
    /** Makes the command's calls and prints their answers on {@code out}. */
    void on(Connection connection, PrintWriter out) throws IOException;
  }

  /**
   * Opens a connection ({@link #open}), runs {@code use} on it and closes it: exit code 0. A
   * failure of either is one line on {@code err} and its exit code: 2 for input refused before
   * sending, else 1.
   */
  int run(Map<String, String> env, PrintWriter out, PrintWriter err, Use use) {
    try (Connection connection = open(env, err)) {
      use.on(connection, out);
      out.flush();
      return Main.OK;
    } catch (BacklinksException e) {
      return ErrorLines.failed(err, e);
    } catch (IllegalArgumentException e) {
      return ErrorLines.invalidInput(err, e);
    } catch (IOException e) {
      return ErrorLines.failed(err, e);
    }
  }

  /**
   * Checks the options without opening anything.
   *
   * @param env the environment
   * @return whether the demo server will answer
   * @throws IllegalArgumentException when the options are invalid or credentials are missing
   */
  boolean check(Map<String, String> env) {
    String base = baseUrl != null ? baseUrl : env.get("DATAFORSEO_BASE_URL");
    if (base != null && HttpUrl.parse(base) == null) {
      throw new IllegalArgumentException("--base-url is not an http(s) URL: " + base);
    }
    Credentials credentials = credentials(env);
    throttle.sharedQuota(env); // checks it
    boolean useDemo = demo || (credentials == null && base == null && !sandbox);
    if (!useDemo && credentials == null) {
      throw new IllegalArgumentException(
          "set DATAFORSEO_LOGIN and DATAFORSEO_PASSWORD (or use --demo)");
    }
    return useDemo;
  }

  /** The credentials in the environment, or null when either variable is unset or blank. */
  static @Nullable Credentials credentials(Map<String, String> env) {
    String login = env.get(Credentials.LOGIN_ENV);
    String password = env.get(Credentials.PASSWORD_ENV);
    if (login == null || login.trim().isEmpty() || password == null || password.isEmpty()) {
      return null;
    }
    return Credentials.of(login.trim(), password);
  }

  /** {@code --max-cost} in nano-dollars, or null when there is no cap. */
  @Nullable Long maxCostNanos() {
    return maxCostNanos;
  }

  /** How many calls may be in flight at once: {@code --max-concurrent}, or the quota's default. */
  int maxConcurrent() {
    return throttle.maxConcurrent != null ? throttle.maxConcurrent : Quota.DEFAULT_MAX_CONCURRENT;
  }

  /**
   * Applies these options to the client builder: the one place where CLI options become client
   * settings (rate, retries, timeouts and logging join here). Everything else is the library's
   * default.
   */
  void applyTo(BacklinksClient.Builder builder, PrintWriter err) {
    throttle.applyTo(builder);
    if (maxCostNanos != null) {
      // The client refuses every call once the costs the service reported reach the cap: the
      // backstop behind the commands' own checks, which keep a run within it.
      builder.spendingCap(Prices.dollars(maxCostNanos));
    }
    if (verbose) {
      builder.logger(line -> err.println("http: " + line), HttpLogLevel.BODY);
    }
  }

  /** Picocli's hook for {@code --max-cost}. */
  static final class DollarsConverter implements picocli.CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Prices.parseDollars(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
