package org.backlinks4j.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The targets of a bulk input file, streamed: one a line, blank lines and {@code #} comments
 * skipped, surrounding spaces trimmed, with the line number of each.
 */
final class InputTargets implements Closeable {
  private final BufferedReader reader;
  private int lineNumber;
  private String target = "";

  InputTargets(Path file) throws IOException {
    this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  /** How many targets {@code file} holds. */
  static long count(Path file) throws IOException {
    long targets = 0;
    try (InputTargets in = new InputTargets(file)) {
      while (in.next()) {
        targets++;
      }
    }
    return targets;
  }

  /** Moves to the next target; false at the end of the file. */
  boolean next() throws IOException {
    String line;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1); // a byte order mark some editors write
      }
      String trimmed = line.trim();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        target = trimmed;
        return true;
      }
    }
    return false;
  }

  /** The current target. */
  String target() {
    return target;
  }

  /** The 1-based line number of the current target. */
  int lineNumber() {
    return lineNumber;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
