package org.backlinks4j.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.backlinks4j.InvalidRequestException;
import org.backlinks4j.SummaryRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backlinks summary TARGET}: the backlinks overview of one target. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Print the backlinks summary of one target: a report fitted to the terminal, "
        + "or the result object as JSON.",
    footer = {
        "",
        "Examples:",
        "  backlinks summary explodingtopics.com",
        "  backlinks summary https://example.com/page --json",
        "  backlinks summary example.com --status-type all --internal-list-limit 100",
        "  backlinks summary example.com --sandbox   # needs DATAFORSEO_LOGIN/PASSWORD",
        "",
        "A target the service has no data for is a success: an empty report, or null with --json."
    })
final class SummaryCommand implements Callable<Integer> {
  private final Map<String, String> env;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TARGET",
      description = "A domain or subdomain without https:// and www., or an absolute URL of a page.")
  String target;

  @Option(names = "--json",
      description = "Print the result object as JSON, as the API sends it (null when no data).")
  boolean json;

  @Mixin RequestOptions requestOptions;

  @Mixin ConnectionOptions connectionOptions;

  SummaryCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = PrintableWriter.around(spec.commandLine().getOut());
    PrintWriter err = PrintableWriter.around(spec.commandLine().getErr());
    SummaryRequest request;
    try {
      request = requestOptions.request(target);
    } catch (IllegalArgumentException | InvalidRequestException e) {
      // Checked before sending (SummaryRequest.Builder.build()): nothing left the machine.
      return ErrorLines.invalidInput(err, e);
    }
    Long maxCost = connectionOptions.maxCostNanos();
    if (maxCost != null && Prices.summaryCall() > maxCost) {
      return ErrorLines.invalidInput(err, "a summary call costs "
          + Prices.format(Prices.summaryCall()) + " (" + Prices.source() + "), above --max-cost "
          + Prices.format(maxCost) + ": nothing sent");
    }
    return connectionOptions.run(env, out, err, (connection, printTo) -> {
      Connection.Answer answer = connection.summary(request);
      printTo.print(json ? JsonCopy.indent(answer.resultJson()) + System.lineSeparator()
          : new Report(Terminal.width(env)).render(target, answer.summary));
    });
  }
}
