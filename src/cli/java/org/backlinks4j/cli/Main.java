package org.backlinks4j.cli;

import java.io.PrintWriter;
import org.backlinks4j.PrintableText;
import org.backlinks4j.BacklinksClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code backlinks} command line: {@code summary} of one target, {@code bulk} of a file of them,
 * {@code account} for the account's limits and balance.
 */
@Command(
    name = "backlinks",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Backlink summaries from DataForSEO's Backlinks Summary API.",
    subcommands = {SummaryCommand.class, BulkCommand.class, AccountCommand.class,
        CommandLine.HelpCommand.class},
    footer = {
        "",
        "Credentials come from DATAFORSEO_LOGIN and DATAFORSEO_PASSWORD. Without them (and without "
            + "--base-url or --sandbox) the commands run against an offline demo server and say so.",
        "",
        "Exit codes: 0 success; 1 the API or the network failed (bulk: some target has no "
            + "successful record); 2 invalid input, nothing sent.",
        "",
        "Examples:",
        "  backlinks summary explodingtopics.com",
        "  backlinks summary explodingtopics.com --json",
        "  backlinks bulk --input domains.txt --output summaries.jsonl",
        "  backlinks account",
        "  backlinks help bulk"
    })
public final class Main implements Runnable {
  /** Exit code of a success. */
  static final int OK = 0;
  /** Exit code of a failure of the API or the network. */
  static final int FAILED = 1;
  /** Exit code of invalid input, rejected before anything was sent. */
  static final int INVALID = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "name a command: summary, bulk or account");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
        System.getenv()));
  }

  /**
   * Runs the command line with the given streams and environment, for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @param env the environment
   * @return the exit code
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> env) {
    CommandLine commandLine = new CommandLine(new Main(), new EnvFactory(env));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      // An unexpected failure is a bug: say so in one line; a stack trace helps nobody at 3 a.m.
      err.println(ErrorLines.PREFIX + "internal error: " + PrintableText.escape(String.valueOf(e)));
      return FAILED;
    });
    // Picocli's own handler, but with the message (which quotes the arguments) made printable.
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      CommandLine failed = e.getCommandLine();
      PrintWriter printTo = failed.getErr();
      printTo.println(failed.getColorScheme().errorText(PrintableText.escape(e.getMessage())));
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, printTo)) {
        failed.usage(printTo, failed.getColorScheme());
      }
      return failed.getCommandSpec().exitCodeOnInvalidInput();
    });
    return commandLine.execute(args);
  }

  /** Gives commands the environment the CLI was started with. */
  static final class EnvFactory implements CommandLine.IFactory {
    private final java.util.Map<String, String> env;

    EnvFactory(java.util.Map<String, String> env) {
      this.env = env;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == SummaryCommand.class) {
        return cls.cast(new SummaryCommand(env));
      }
      if (cls == BulkCommand.class) {
        return cls.cast(new BulkCommand(env));
      }
      if (cls == AccountCommand.class) {
        return cls.cast(new AccountCommand(env));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /** Reads the version from the one place the build writes it. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"dataforseo-backlinks " + BacklinksClient.VERSION};
    }
  }
}
