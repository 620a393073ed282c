package org.backlinks4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the command line in this JVM, for tests outside the CLI's package. */
public final class Cli {
  private Cli() {
  }

  /** What one run of the command line left behind. */
  public record Result(int exitCode, String out, String err) {
  }

  /**
   * Runs {@code backlinks ARGS} with the given environment, as the launcher would.
   *
   * @param env the environment (credentials, DATAFORSEO_BASE_URL)
   * @param args the arguments
   * @return the exit code and what went to standard output and error
   */
  public static Result run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
    return new Result(code, out.toString(), err.toString());
  }
}
