package org.backlinks4j.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The targets of a bulk input file, streamed: one a line, blank lines and {@code #} comments
 * skipped, surrounding spaces trimmed, with the line number of each.
 */
final class InputTargets implements Closeable {
  /** What stands in the decoded text for bytes that are not UTF-8. */
  private static final char NOT_UTF_8 = '\uFFFF';

  private final Path file;
  private final BufferedReader reader;
  private int lineNumber;
  private String target = "";

  InputTargets(Path file) throws IOException {
    this.file = file;
    // A decoder that reports malformed bytes would throw when the reader fills its buffer, lines
    // ahead of the one at fault; one that puts a marker in their place lets the line be named.
    // U+FFFF is a noncharacter: no target or comment of a UTF-8 file holds it.
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(String.valueOf(NOT_UTF_8));
    this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
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

  /**
   * Moves to the next target; false at the end of the file.
   *
   * @throws IllegalArgumentException when the file is not UTF-8 text, naming its line
   */
  boolean next() throws IOException {
    String line;
    while ((line = readLine()) != null) {
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

  private @Nullable String readLine() throws IOException {
    String line = reader.readLine();
    if (line != null && line.indexOf(NOT_UTF_8) >= 0) {
      throw new IllegalArgumentException("--input " + file + ": line " + (lineNumber + 1)
          + " is not UTF-8 text (save the file as UTF-8)");
    }
    return line;
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
