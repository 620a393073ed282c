package org.backlinks4j.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Bulk's output file, which is also its memory across runs.
 *
 * <p>During a run the file is an append-only log: each record is one line, written with one
 * {@code write} as soon as its call ends (in whatever order calls end), and forced to disk every
 * second, so a killed run (even {@code kill -9}) loses only the calls in flight and at most one
 * partial last line, which the next run cuts off ({@link #open}). Finished targets are read back
 * as 64-bit hashes only ({@link #successes}), so memory stays small however long the input is.
 *
 * <p>At the end ({@link #finish}) the file must hold one record per input line, in input order. A
 * file already in that shape (calls that happened to end in order, a rerun with nothing to send)
 * stays untouched; otherwise the file is rewritten from the log into a temporary file that
 * atomically replaces it: for each target its successful record if there is one, else its newest.
 * Only an index of offsets is held in memory for that (16 to 32 bytes a record); the records
 * themselves are read back from the file one at a time.
 *
 * <p>A line counts as a record only when it is exactly one complete record
 * ({@link RecordFormat#scan}): two records fused into one line, a line torn in the middle of the
 * file or text that is no record count for no target (their targets are sent again) and are left
 * out when the file is put in order. A write that fails (a full disk) is cut back off the file,
 * so that the lines before it stay whole and a later write starts a line of its own.
 */
final class RecordLog implements Closeable {
  private static final long SYNC_MILLIS = 1000;
  /** How long a signal's closing waits for a write under way before it goes on without it. */
  private static final long STOP_WAIT_MILLIS = 2000;
  /** At most this many line numbers of lines that are no record are named on stderr. */
  private static final int NAMED_LINES = 5;

  /** How appended bytes reach the file: the channel's own write, or a test's full disk. */
  interface Appender {
    /** Writes some of {@code bytes} at the channel's position, as {@link FileChannel#write}. */
    int write(FileChannel channel, ByteBuffer bytes) throws IOException;
  }

  /** Writes with {@link FileChannel#write(ByteBuffer)}. */
  static final Appender DISK = FileChannel::write;

  private final Path path;
  private final RecordFormat format;
  private final FileChannel channel;
  private final Appender appender;
  private final java.io.PrintWriter notes;
  /** Held while a line is written, so that a signal's closing never cuts one in half. */
  private final ReentrantLock writing = new ReentrantLock();
  private long lastSync = System.nanoTime();
  /** Complete records in the file: those found by {@link #successes} plus those appended. */
  private volatile long records;
  /** Set by {@link #stop}: nothing more is written. */
  private volatile boolean stopped;
  /** Set when a failed write could not be cut back off: the file's end is not a line's end. */
  private @Nullable IOException broken;

  private RecordLog(Path path, RecordFormat format, FileChannel channel, Appender appender,
      java.io.PrintWriter notes) {
    this.path = path;
    this.format = format;
    this.channel = channel;
    this.appender = appender;
    this.notes = notes;
  }

  /**
   * Opens the output for appending: cuts a partial last line left by an interrupted run (reported
   * on {@code notes}), checks that the file holds records of {@code format}, writes the header of a
   * new file.
   *
   * @throws IllegalArgumentException when the file holds records of another format
   */
  static RecordLog open(Path path, RecordFormat format, java.io.PrintWriter notes)
      throws IOException {
    return open(path, format, notes, DISK);
  }

  /** {@link #open(Path, RecordFormat, java.io.PrintWriter)}, appending through {@code appender}. */
  static RecordLog open(Path path, RecordFormat format, java.io.PrintWriter notes,
      Appender appender) throws IOException {
    Files.deleteIfExists(temporary(path)); // left by a run killed while rewriting: the log is intact
    FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    try {
      long cut = repair(channel);
      if (cut > 0) {
        notes.println(ErrorLines.PREFIX + path + ": cut a partial last line (" + cut
            + " bytes) left by an interrupted run; its target runs again");
      }
      checkFormat(path, channel, format);
      channel.position(channel.size());
      RecordLog log = new RecordLog(path, format, channel, appender, notes);
      if (channel.size() == 0 && format.header() != null) {
        log.append(format.header().getBytes(StandardCharsets.UTF_8));
      }
      return log;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Truncates the file after its last line break; returns how many bytes were cut. */
  private static long repair(FileChannel channel) throws IOException {
    long size = channel.size();
    long end = size;
    ByteBuffer chunk = ByteBuffer.allocate(8192);
    while (end > 0) {
      long start = Math.max(0, end - chunk.capacity());
      chunk.clear();
      chunk.limit((int) (end - start));
      channel.read(chunk, start);
      for (int i = chunk.position() - 1; i >= 0; i--) {
        if (chunk.get(i) == '\n') {
          long keep = start + i + 1;
          if (keep < size) {
            channel.truncate(keep);
            channel.force(true);
          }
          return size - keep;
        }
      }
      end = start;
    }
    if (size > 0) {
      channel.truncate(0);
      channel.force(true);
    }
    return size;
  }

  private static void checkFormat(Path path, FileChannel channel, RecordFormat format)
      throws IOException {
    if (channel.size() == 0) {
      return;
    }
    ByteBuffer first = ByteBuffer.allocate(1);
    channel.read(first, 0);
    boolean json = first.get(0) == '{';
    String header = format.header();
    boolean matches = header == null ? json : firstLine(path).equals(header);
    if (!matches) {
      throw new IllegalArgumentException(path + " holds " + (json ? "JSON" : "other")
          + " records, not " + format.name() + ": name the format it was written in, or another file");
    }
  }

  private static String firstLine(Path path) throws IOException {
    try (LineReader lines = new LineReader(Files.newInputStream(path))) {
      String line = lines.next();
      return line == null ? "" : line;
    }
  }

  /**
   * The hashes of the targets that have a successful record in the file. Lines that are no
   * complete record count for none; {@code notes} gets how many there are and where.
   */
  HashIndex successes() throws IOException {
    Scan scan = scan(path, format, false);
    records = scan.found;
    long damaged = scan.damaged;
    if (damaged > 0) {
      StringBuilder where = new StringBuilder();
      for (long n : scan.named) {
        where.append(where.length() == 0 ? "" : ", ").append(n);
      }
      notes.println(ErrorLines.PREFIX + path + ": " + damaged + (damaged == 1 ? " line is" : " lines are")
          + " no complete record (line" + (damaged == 1 ? " " : "s ") + where
          + (damaged > scan.named.size() ? ", ..." : "") + "): two records run together, a line cut"
          + " short or text of something else. " + (damaged == 1 ? "It counts" : "They count")
          + " for no target (those targets are sent again) and " + (damaged == 1 ? "is" : "are")
          + " left out when the file is put in order");
    }
    return scan.done;
  }

  /**
   * The hashes of the targets that have a successful record in {@code path}, read without
   * changing the file (the run's plan, a dry run): as {@link #successes()} counts them, but a
   * partial last line, which {@link #open} would cut, counts for nothing. Empty when the file
   * does not exist.
   *
   * @throws IllegalArgumentException when the file holds records of another format
   */
  static HashIndex successes(Path path, RecordFormat format) throws IOException {
    if (!Files.exists(path)) {
      return new HashIndex();
    }
    try (LineReader first = new LineReader(Files.newInputStream(path))) {
      if (first.next() == null || !first.lineEnded()) {
        return new HashIndex(); // not one whole line: what open() would cut
      }
    }
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      checkFormat(path, channel, format);
    }
    return scan(path, format, true).done;
  }

  /** What a read of the file found. */
  private static final class Scan {
    final HashIndex done = new HashIndex();
    long found;
    long damaged;
    final List<Long> named = new ArrayList<>();
  }

  /** Reads every line of the file; {@code wholeLinesOnly} leaves out a last line without a break. */
  private static Scan scan(Path path, RecordFormat format, boolean wholeLinesOnly)
      throws IOException {
    Scan scan = new Scan();
    long lineNumber = 0;
    try (LineReader lines = new LineReader(Files.newInputStream(path))) {
      for (String line; (line = lines.next()) != null; ) {
        if (wholeLinesOnly && !lines.lineEnded()) {
          break;
        }
        lineNumber++;
        RecordFormat.Scanned record = format.scan(line);
        if (record == null) {
          if (!(lineNumber == 1 && line.equals(format.header()))) {
            scan.damaged++;
            if (scan.named.size() < NAMED_LINES) {
              scan.named.add(lineNumber);
            }
          }
          continue;
        }
        scan.found++;
        if (record.succeeded) {
          scan.done.put(HashIndex.hash(record.target), 1);
        }
      }
    }
    return scan;
  }

  /** How many complete records the file holds: the file's own when read, plus those appended. */
  long records() {
    return records;
  }

  /**
   * Appends one record line; it is in the file (if not yet on the disk) when this returns true.
   * A write that fails is cut back off the file and thrown: the file then ends with the line
   * before, and a later append may still succeed (a full disk may have room for a shorter line).
   *
   * @return false when the log is {@linkplain #stop stopped}: nothing was written
   * @throws IOException when the line could not be written; also on every append after a failed
   *     one that could not be cut back off
   */
  boolean append(byte[] line) throws IOException {
    writing.lock();
    try {
      if (stopped) {
        return false;
      }
      IOException damage = broken;
      if (damage != null) {
        throw damage;
      }
      long end = channel.position();
      ByteBuffer buffer = ByteBuffer.allocate(line.length + 1);
      buffer.put(line).put((byte) '\n').flip();
      try {
        while (buffer.hasRemaining()) {
          appender.write(channel, buffer);
        }
      } catch (IOException e) {
        cutBack(end, e);
        throw e;
      }
      records++;
      if (System.nanoTime() - lastSync > SYNC_MILLIS * 1_000_000) {
        lastSync = System.nanoTime();
        channel.force(false);
      }
      return true;
    } finally {
      writing.unlock();
    }
  }

  /** Cuts what a failed write left back to {@code end}; if that fails too, no more writes. */
  private void cutBack(long end, IOException failure) {
    try {
      channel.truncate(end);
      channel.position(end);
    } catch (IOException e) {
      failure.addSuppressed(e);
      broken = failure;
    }
  }

  /**
   * Stops the log for good, for a signal's closing: waits for a write under way (a moment at most,
   * then goes on without it), forces what was written to the disk and closes the file. Appends
   * after it write nothing.
   */
  void stop() {
    boolean locked = false;
    try {
      locked = writing.tryLock(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      stopped = true;
      if (locked) {
        close();
      }
    } catch (IOException e) {
      // What was written is in the file; the process ends now, and the next run reads it back.
    } finally {
      if (locked) {
        writing.unlock();
      }
    }
  }

  @Override
  public void close() throws IOException {
    writing.lock();
    try {
      if (channel.isOpen()) {
        try {
          channel.force(false);
        } finally {
          channel.close();
        }
      }
    } finally {
      writing.unlock();
    }
  }

  /** How the output stands at the end of a run. */
  static final class Outcome {
    /** The input's targets (lines that are neither blank nor comments). */
    final long targets;
    /** How many of them have a successful record. */
    final long succeeded;
    /** Whether the file had to be rewritten into input order. */
    final boolean rewritten;

    Outcome(long targets, long succeeded, boolean rewritten) {
      this.targets = targets;
      this.succeeded = succeeded;
      this.rewritten = rewritten;
    }
  }

  /**
   * Closes the log and leaves the file with one record per input target, in input order.
   *
   * @param input the input file
   * @param succeeded the hashes of the targets with a successful record
   */
  Outcome finish(Path input, HashIndex succeeded) throws IOException {
    close();
    Outcome inOrder = checkOrder(input, succeeded);
    if (inOrder != null) {
      return inOrder;
    }
    try {
      return rewrite(input);
    } catch (IOException e) {
      // The log is intact: only the ordered copy failed (it needs room for a second copy).
      try {
        Files.deleteIfExists(temporary(path));
      } catch (IOException left) {
        e.addSuppressed(left); // the next run deletes it
      }
      throw e;
    }
  }

  /** The outcome when the file already holds exactly one record per target in order, else null. */
  private @Nullable Outcome checkOrder(Path input, HashIndex succeeded) throws IOException {
    long targets = 0;
    long ok = 0;
    try (InputTargets in = new InputTargets(input);
        LineReader lines = new LineReader(Files.newInputStream(path))) {
      if (format.header() != null && !format.header().equals(lines.next())) {
        return null;
      }
      while (in.next()) {
        String line = lines.next();
        RecordFormat.Scanned record = line == null ? null : format.scan(line);
        if (record == null || !record.target.equals(in.target())) {
          return null;
        }
        if (!record.succeeded && succeeded.contains(HashIndex.hash(record.target))) {
          return null; // an old failure of a target that succeeded later: keep the success only
        }
        targets++;
        ok += record.succeeded ? 1 : 0;
      }
      return lines.next() == null ? new Outcome(targets, ok, false) : null;
    }
  }

  private Outcome rewrite(Path input) throws IOException {
    // Where each target's record is: offset * 2, plus 1 when it succeeded. A success wins over
    // any failure; among failures the newest wins.
    HashIndex index = new HashIndex();
    try (LineReader lines = new LineReader(Files.newInputStream(path))) {
      for (String line; (line = lines.next()) != null; ) {
        RecordFormat.Scanned record = format.scan(line);
        if (record == null) {
          continue;
        }
        long hash = HashIndex.hash(record.target);
        long known = index.get(hash);
        if (record.succeeded || known == HashIndex.ABSENT || (known & 1) == 0) {
          index.put(hash, lines.lineOffset() * 2 + (record.succeeded ? 1 : 0));
        }
      }
    }
    Path temporary = temporary(path);
    long targets = 0;
    long ok = 0;
    try (InputTargets in = new InputTargets(input);
        RandomAccessFile log = new RandomAccessFile(path.toFile(), "r");
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
      if (format.header() != null) {
        writeLine(out, format.header());
      }
      while (in.next()) {
        targets++;
        long at = index.get(HashIndex.hash(in.target()));
        String line = at == HashIndex.ABSENT ? null : LineReader.lineAt(log, at / 2);
        RecordFormat.Scanned record = line == null ? null : format.scan(line);
        if (record == null || !record.target.equals(in.target())) {
          // Only when the input changed during the run (or two targets share a hash): say so in
          // the record rather than lose the line.
          line = format.line(BulkRecord.failure(in.target(), 0,
              "no record: the input changed during the run; run again"));
        } else if (record.succeeded) {
          ok++;
        }
        writeLine(out, line);
      }
    }
    try (FileChannel written = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      written.force(true);
    }
    Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return new Outcome(targets, ok, true);
  }

  private static void writeLine(OutputStream out, String line) throws IOException {
    out.write(line.getBytes(StandardCharsets.UTF_8));
    out.write('\n');
  }

  static Path temporary(Path path) {
    return path.resolveSibling(path.getFileName() + ".tmp");
  }
}
