package org.backlinks4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.InvalidRequestException;

/**
 * The lines a command prints on stderr when it stops short, each worded here once: input refused
 * before anything was sent, a call or the connection that failed, an output file that cannot be
 * used, a run that stopped sending. Each is one line that needs no stack trace.
 */
final class ErrorLines {
  /** What every line of the tool's own on stderr begins with. */
  static final String PREFIX = "backlinks: ";

  private ErrorLines() {
  }

  /**
   * Input refused before anything was sent: says what is wrong with it.
   *
   * @return {@link Main#INVALID}, the exit code that goes with it
   */
  static int invalidInput(PrintWriter err, String what) {
    err.println(PREFIX + "invalid input: " + what);
    return Main.INVALID;
  }

  /** {@link #invalidInput(PrintWriter, String)} with the message of the check that refused it. */
  static int invalidInput(PrintWriter err, Exception refused) {
    return invalidInput(err, refused.getMessage());
  }

  /**
   * A call or the connection failed: the library's message, one line by construction, which names
   * DataForSEO's status code and message; never a stack trace, whatever {@code --verbose} says.
   *
   * @return {@link Main#INVALID} for a request the library refused before sending, else
   *     {@link Main#FAILED}
   */
  static int failed(PrintWriter err, BacklinksException e) {
    err.println(PREFIX + e.getMessage());
    return e instanceof InvalidRequestException && e.origin() == BacklinksException.Origin.REQUEST
        ? Main.INVALID : Main.FAILED;
  }

  /** The demo server could not start, or another I/O failure of the connection's setup. */
  static int failed(PrintWriter err, IOException e) {
    err.println(PREFIX + e.getMessage());
    return Main.FAILED;
  }

  /**
   * The line saying that {@code what} (lock, open, read, write) could not be done to the output
   * {@code file}, and why in the system's words.
   */
  static String cannot(String what, Path file, IOException e) {
    return PREFIX + "cannot " + what + " " + file + ": " + describe(e);
  }

  /**
   * The line saying that a bulk run stopped sending, why, and what it spent: the targets not sent
   * have no record, so the same command sends them.
   */
  static String stopped(String why, String spent) {
    return PREFIX + "stopped: " + why + "; " + spent + " spent (the cost the service reported); the"
        + " targets not sent have no record: run the same command again to send them";
  }

  /**
   * An I/O failure in the user's words: the system's message ("No space left on device"), not
   * the exception's class. A file system exception's message is its file, which the caller names.
   */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    String message = e instanceof FileSystemException
        ? ((FileSystemException) e).getReason() : e.getMessage();
    return message == null || message.isEmpty() ? e.getClass().getSimpleName() : message;
  }
}
