package org.backlinks4j.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Makes a bulk run the one writer of its output: an exclusive lock, the JDK's {@link FileLock}, on
 * {@code FILE.lock} beside the output, taken before the output is opened and held until the run
 * ends. The operating system lets go of such a lock when its process ends, however it ends: a lock
 * left by a killed run ({@code kill -9}, a crash) never blocks the next one, which finds the file
 * and takes its lock.
 *
 * <p>Why a file of its own rather than a lock on the output: on Linux the JDK's locks are POSIX
 * record locks, which a process loses as soon as it closes any descriptor of the locked file, and
 * a run opens its output many times (to read it back, to put it in order); and putting it in order
 * replaces the output with another file, which a second run could then lock. The lock file is
 * opened once, never read by its holder, and deleted by it when the run ends.
 *
 * <p>The lock file holds one line naming its holder (pid, start time), for the message of a run it
 * turns away. A run also refuses an output that is another run's temporary file ({@code FILE.tmp},
 * where a run puts its records in order) and one whose temporary file is another run's output.
 * One run per process: within one JVM (tests) the JVM's own table of locks turns the second away.
 */
final class OutputLock implements AutoCloseable {
  private static final String SUFFIX = ".lock";
  private static final int MAX_ATTEMPTS = 5;

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final @Nullable Object key;
  private boolean released;

  private OutputLock(Path file, FileChannel channel, FileLock lock, @Nullable Object key) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.key = key;
  }

  /** Another run holds the output, or the file it would write through: nothing may be sent. */
  static final class Held extends Exception {
    private static final long serialVersionUID = 1L;

    Held(String message) {
      super(message);
    }
  }

  /**
   * Takes the output's lock, or fails at once.
   *
   * @param output the output as the user named it (the message names it so)
   * @return the lock, to {@link #close()} when the run ends
   * @throws Held when another run holds it, or the output is another run's temporary file
   * @throws IOException when the lock file cannot be made or locked
   */
  static OutputLock acquire(Path output) throws IOException, Held {
    Path canonical = canonical(output);
    OutputLock mine = lock(canonical, output);
    try {
      mine.describe();
      String name = canonical.getFileName().toString();
      List<Path> neighbours = new ArrayList<>();
      neighbours.add(lockFileOf(canonical.resolveSibling(name + ".tmp")));
      if (name.endsWith(".tmp") && name.length() > 4) {
        neighbours.add(lockFileOf(canonical.resolveSibling(name.substring(0, name.length() - 4))));
      }
      for (Path neighbour : neighbours) {
        String holder = holderOf(neighbour);
        if (holder != null) {
          throw new Held("--output " + output + " and another bulk run's output ("
              + neighbour.getFileName().toString().replaceFirst("\\.lock$", "")
              + ") are one the other's temporary file (FILE.tmp, where a run puts its records in"
              + " order); that run" + holder + " holds it: nothing was sent. Name another output.");
        }
      }
      return mine;
    } catch (Held | IOException | RuntimeException e) {
      mine.close();
      throw e;
    }
  }

  /** Locks {@code canonical}'s lock file, the file its path names when the lock is taken. */
  private static OutputLock lock(Path canonical, Path output) throws IOException, Held {
    Path file = lockFileOf(canonical);
    for (int attempt = 1; ; attempt++) {
      Object before = fileKey(file);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = tryLock(channel);
        if (lock == null) {
          throw new Held("--output " + output + " is being written by another bulk run"
              + holderText(channel) + ": nothing was sent. Let that run end (or stop it), then"
              + " run this again.");
        }
      } catch (Held | IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      // A run that ends deletes its lock file: one opened just before that is locked by nobody
      // else, and a third run would lock the new file at the path. The lock counts only when the
      // path names, before and after, the one file (a system without file keys: the file there).
      Object after = fileKey(file);
      boolean same = before != null ? before.equals(after) : after == null && Files.exists(file)
          && !supportsKeys(file);
      if (same) {
        return new OutputLock(file, channel, lock, after);
      }
      lock.release();
      channel.close();
      if (attempt == MAX_ATTEMPTS) {
        throw new IOException("cannot lock " + file + ": other runs keep replacing it");
      }
    }
  }

  /** Writes the holder's line into the lock file, for the message of a run it turns away. */
  private void describe() {
    String line = "pid " + ProcessHandle.current().pid() + ", started "
        + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
    try {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), 0);
    } catch (IOException e) {
      // A full disk: the lock holds all the same, its holder goes unnamed.
    }
  }

  /** " (pid N, started T)" of a lock file's holder, read through its channel; "" if unnamed. */
  private static String holderText(FileChannel channel) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(256);
    channel.read(bytes, 0);
    String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).trim();
    return text.isEmpty() || text.indexOf('\n') >= 0 ? "" : " (" + text + ")";
  }

  /**
   * Whether another run holds this lock file: its holder's text (possibly ""), or null when the
   * file is absent or held by nobody. Takes the lock for a moment to find out.
   */
  private static @Nullable String holderOf(Path lockFile) throws IOException {
    if (!Files.exists(lockFile)) {
      return null;
    }
    try (FileChannel probe = FileChannel.open(lockFile, StandardOpenOption.READ,
        StandardOpenOption.WRITE)) {
      FileLock lock = tryLock(probe);
      if (lock == null) {
        return holderText(probe);
      }
      lock.release();
      return null;
    } catch (NoSuchFileException e) {
      return null; // its run ended meanwhile
    }
  }

  /** The lock, or null when another process (or, in this JVM, another channel) holds it. */
  private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /** The output with its links resolved: two names of one file share one lock. */
  private static Path canonical(Path output) throws IOException {
    if (Files.exists(output)) {
      return output.toRealPath();
    }
    Path absolute = output.toAbsolutePath();
    Path parent = absolute.getParent();
    return parent == null ? absolute : parent.toRealPath().resolve(absolute.getFileName());
  }

  static Path lockFileOf(Path output) {
    return output.resolveSibling(output.getFileName() + SUFFIX);
  }

  /** The file's identity (device and inode) by stat alone: opening it would drop the lock. */
  private static @Nullable Object fileKey(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static boolean supportsKeys(Path file) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    return directory != null && fileKey(directory) != null;
  }

  /** The lock file, for messages and tests. */
  Path file() {
    return file;
  }

  /**
   * Deletes the lock file (while still holding its lock, so that a run that opened it meanwhile
   * sees it gone: {@link #lock}) and lets go. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (released) {
      return;
    }
    released = true;
    try {
      if (key == null || key.equals(fileKey(file))) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // Left behind, it blocks nobody: the next run takes its lock.
    }
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // The process is about to end, and the lock with it.
    }
  }
}
