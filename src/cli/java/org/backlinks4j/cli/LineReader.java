package org.backlinks4j.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a UTF-8 file line by line and tells the byte offset each line starts at, which
 * {@link java.io.BufferedReader} cannot; the record log needs offsets to find records again.
 */
final class LineReader implements Closeable {
  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private long offset;
  private long lineOffset;
  /** Whether the line {@link #next()} returned last ended with a line break. */
  private boolean lastEnded;
  private byte[] line = new byte[256];

  LineReader(InputStream in) {
    this.in = in;
  }

  /** The next line without its line break (and without a trailing CR), or null at the end. */
  @Nullable String next() throws IOException {
    int length = 0;
    lineOffset = offset;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          lastEnded = false;
          return length == 0 && offset == lineOffset ? null : decode(length);
        }
      }
      byte b = buffer[position++];
      offset++;
      if (b == '\n') {
        lastEnded = true;
        return decode(length);
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, line.length * 2);
      }
      line[length++] = b;
    }
  }

  /**
   * Whether the line {@link #next()} returned last ended with a line break: false for a partial
   * last line, such as a killed writer leaves.
   */
  boolean lineEnded() {
    return lastEnded;
  }

  /** The byte offset of the line {@link #next()} returned last. */
  long lineOffset() {
    return lineOffset;
  }

  private String decode(int length) {
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new String(line, 0, length, StandardCharsets.UTF_8);
  }

  /** The line that starts at {@code offset} in {@code file}, without its line break. */
  static String lineAt(RandomAccessFile file, long offset) throws IOException {
    file.seek(offset);
    byte[] chunk = new byte[8192];
    byte[] line = new byte[0];
    int length = 0;
    while (true) {
      int n = file.read(chunk);
      if (n <= 0) {
        break;
      }
      int end = 0;
      while (end < n && chunk[end] != '\n') {
        end++;
      }
      if (length + end > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + end));
      }
      System.arraycopy(chunk, 0, line, length, end);
      length += end;
      if (end < n) {
        break;
      }
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new String(line, 0, length, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
