package org.backlinks4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.Credentials;
import org.backlinks4j.HttpLogLevel;
import org.backlinks4j.InvalidRequestException;
import org.backlinks4j.Summary;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.model.BacklinksStatusType;
import org.backlinks4j.model.RankScale;
import org.backlinks4j.model.SummaryResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backlinks summary TARGET}: the backlinks overview of one target. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = "Print the backlinks summary of one target.",
    footer = {
        "",
        "Examples:",
        "  backlinks summary explodingtopics.com",
        "  backlinks summary https://example.com/page --json",
        "  backlinks summary example.com --status-type all --internal-list-limit 100"
    })
final class SummaryCommand implements Callable<Integer> {
  private final Map<String, String> env;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TARGET",
      description = "A domain or subdomain without https:// and www., or an absolute URL of a page.")
  String target;

  @Option(names = "--json", description = "Print the result as JSON with the API's field names.")
  boolean json;

  @Option(names = "--include-subdomains", paramLabel = "true|false", arity = "1")
  @Nullable Boolean includeSubdomains;

  @Option(names = "--include-indirect-links", paramLabel = "true|false", arity = "1")
  @Nullable Boolean includeIndirectLinks;

  @Option(names = "--exclude-internal-backlinks", paramLabel = "true|false", arity = "1")
  @Nullable Boolean excludeInternalBacklinks;

  @Option(names = "--status-type", paramLabel = "all|live|lost",
      description = "Which backlinks count (default: live).")
  @Nullable String statusType;

  @Option(names = "--internal-list-limit", paramLabel = "N",
      description = "Entries per breakdown, 1 to 1000 (default 10).")
  @Nullable Integer internalListLimit;

  @Option(names = "--rank-scale", paramLabel = "one_hundred|one_thousand")
  @Nullable String rankScale;

  @Option(names = "--tag", paramLabel = "TEXT", description = "A label echoed back by the service.")
  @Nullable String tag;

  @Option(names = "--filter", paramLabel = "EXPR",
      description = "Which backlinks count, e.g. \"dofollow = true and (backlink_spam_score < 50 "
          + "or domain_from_rank >= 300)\".")
  @Nullable String filterText;

  @Option(names = "--filter-json", paramLabel = "JSON",
      description = "backlinks_filters as a raw JSON array, checked like --filter.")
  @Nullable String filterJson;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Send to this server (env DATAFORSEO_BASE_URL).")
  @Nullable String baseUrl;

  @Option(names = "--sandbox", description = "Send to DataForSEO's free sandbox (dummy data).")
  boolean sandbox;

  @Option(names = "--demo", description = "Use the offline demo server, even with credentials.")
  boolean demo;

  @Option(names = "--verbose",
      description = "Log the HTTP exchange to stderr (credentials redacted).")
  boolean verbose;

  SummaryCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SummaryRequest request;
    try {
      request = buildRequest();
    } catch (IllegalArgumentException | InvalidRequestException e) {
      // Checked before sending (SummaryRequest.Builder.build()): nothing left the machine.
      err.println("backlinks: invalid input: " + e.getMessage());
      return Main.INVALID;
    }
    String base = baseUrl != null ? baseUrl : env.get("DATAFORSEO_BASE_URL");
    Credentials credentials = Credentials.fromEnvOrNull(env);
    boolean useDemo = demo || (credentials == null && base == null && !sandbox);
    if (!useDemo && credentials == null) {
      err.println("backlinks: set DATAFORSEO_LOGIN and DATAFORSEO_PASSWORD (or use --demo)");
      return Main.INVALID;
    }
    DemoServer demoServer = null;
    try {
      BacklinksClient.Builder builder = BacklinksClient.builder();
      if (verbose) {
        builder.logger(line -> err.println("http: " + line), HttpLogLevel.BODY);
      }
      if (useDemo) {
        demoServer = DemoServer.start();
        err.println("backlinks: no credentials set: showing DEMO data from an offline server "
            + "(DataForSEO's documented example), not live figures.");
        builder.baseUrl(demoServer.baseUrl()).credentials("demo", "demo");
      } else {
        builder.credentials(credentials);
        if (sandbox) {
          builder.sandbox();
        } else if (base != null) {
          builder.baseUrl(base);
        }
      }
      BacklinksClient client = builder.build();
      Summary summary;
      try {
        summary = client.summary(request);
      } finally {
        client.okHttpClient().dispatcher().executorService().shutdown();
        client.okHttpClient().connectionPool().evictAll();
      }
      print(out, summary);
      return Main.OK;
    } catch (BacklinksException e) {
      // One line naming DataForSEO's status code and message (the message is one line by
      // construction); never a stack trace, whatever --verbose says.
      err.println("backlinks: " + e.getMessage());
      return e instanceof InvalidRequestException && e.origin() == BacklinksException.Origin.REQUEST
          ? Main.INVALID : Main.FAILED;
    } catch (IllegalArgumentException e) {
      err.println("backlinks: invalid input: " + e.getMessage());
      return Main.INVALID;
    } catch (IOException e) {
      err.println("backlinks: cannot start the demo server: " + e.getMessage());
      return Main.FAILED;
    } finally {
      if (demoServer != null) {
        demoServer.close();
      }
    }
  }

  private SummaryRequest buildRequest() {
    SummaryRequest.Builder builder = SummaryRequest.builder(target);
    if (includeSubdomains != null) {
      builder.includeSubdomains(includeSubdomains);
    }
    if (includeIndirectLinks != null) {
      builder.includeIndirectLinks(includeIndirectLinks);
    }
    if (excludeInternalBacklinks != null) {
      builder.excludeInternalBacklinks(excludeInternalBacklinks);
    }
    if (statusType != null) {
      builder.statusType(wireEnum("--status-type", statusType, BacklinksStatusType.values()));
    }
    if (internalListLimit != null) {
      builder.internalListLimit(internalListLimit);
    }
    if (rankScale != null) {
      builder.rankScale(wireEnum("--rank-scale", rankScale, RankScale.values()));
    }
    if (tag != null) {
      builder.tag(tag);
    }
    builder.filter(FilterOption.parse(filterText, filterJson));
    return builder.build();
  }

  /** The constant whose wire value (its toString) is {@code text}, or a message naming the choices. */
  private static <E extends Enum<E>> E wireEnum(String option, String text, E[] values) {
    StringBuilder choices = new StringBuilder();
    for (E value : values) {
      if (value.toString().equals(text)) {
        return value;
      }
      choices.append(choices.length() == 0 ? "" : ", ").append(value);
    }
    throw new IllegalArgumentException(option + ": expected one of " + choices + ", got '" + text + "'");
  }

  private void print(PrintWriter out, Summary summary) {
    SummaryResult result = summary.result();
    if (json) {
      out.println(result == null ? "null"
          : Wire.MOSHI.adapter(SummaryResult.class).serializeNulls().indent("  ").toJson(result));
    } else {
      out.print(new Report(Report.terminalWidth(env)).render(target, summary));
    }
    out.flush();
  }
}
