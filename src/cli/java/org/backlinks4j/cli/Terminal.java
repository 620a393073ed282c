package org.backlinks4j.cli;

import java.util.Map;
import picocli.CommandLine;

/** What the CLI knows of the terminal it writes to: its width, and whether stderr is one. */
final class Terminal {
  /** Set by tools/backlinks to 1 when stderr is a terminal ({@code test -t 2}), 0 when not. */
  static final String STDERR_TTY_ENV = "BACKLINKS_STDERR_TTY";
  static final int DEFAULT_WIDTH = 80;

  private Terminal() {
  }

  /**
   * The width to fit output to: {@code COLUMNS} when set, else the terminal's own width as picocli
   * detects it when standard output is a terminal, else 80.
   */
  static int width(Map<String, String> env) {
    String columns = env.get("COLUMNS");
    if (columns != null) {
      try {
        int width = Integer.parseInt(columns.trim());
        if (width > 0) {
          return width;
        }
      } catch (NumberFormatException e) {
        // fall through to detection
      }
    }
    if (System.console() != null) {
      // picocli asks the terminal (stty / mode con) and falls back to its default when it cannot.
      int detected = new CommandLine.Model.UsageMessageSpec().autoWidth(true).width();
      if (detected > 0) {
        return detected;
      }
    }
    return DEFAULT_WIDTH;
  }

  /**
   * Whether standard error is a terminal. Java cannot ask that of stderr alone: the launcher tells
   * (it can run {@code test -t 2}); without it, a console on stdin and stdout is taken as one.
   */
  static boolean stderrIsTerminal(Map<String, String> env) {
    String told = env.get(STDERR_TTY_ENV);
    if (told != null) {
      return told.trim().equals("1");
    }
    return System.console() != null;
  }
}
