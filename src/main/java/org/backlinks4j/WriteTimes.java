package org.backlinks4j;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The {@link Quota}'s write moments, oldest first: a ring of primitive longs.
 *
 * <p>Written by hand, not taken from the JDK: its {@code PriorityQueue<Long>} boxed every moment,
 * and with a window of a second or more at full speed thousands of boxes lived long enough to be
 * promoted, which made the end-to-end benchmark erratic. The quota adds moments read from a
 * monotonic clock under its lock, so they arrive in order and a ring suffices; an out-of-order one
 * is still put in its place (slowly), so the order never depends on that.
 */
final class WriteTimes {
  private long[] ring = new long[16];
  private int head; // index of the oldest
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  /** The oldest moment. */
  long oldest() {
    if (size == 0) {
      throw new NoSuchElementException();
    }
    return ring[head];
  }

  /** Drops the oldest moment. */
  void removeOldest() {
    if (size == 0) {
      throw new NoSuchElementException();
    }
    head = (head + 1) & (ring.length - 1);
    size--;
  }

  /** Adds a moment, in its place among the others. */
  void add(long moment) {
    if (size == ring.length) {
      grow();
    }
    int i = size;
    // Shift the younger ones up by one; with a monotonic clock the loop never runs.
    while (i > 0 && at(i - 1) > moment) {
      ring[index(i)] = at(i - 1);
      i--;
    }
    ring[index(i)] = moment;
    size++;
  }

  /** Removes one occurrence of {@code moment}; false if there is none. */
  boolean remove(long moment) {
    for (int i = 0; i < size; i++) {
      if (at(i) == moment) {
        for (int j = i; j < size - 1; j++) {
          ring[index(j)] = at(j + 1);
        }
        size--;
        return true;
      }
    }
    return false;
  }

  private long at(int i) {
    return ring[index(i)];
  }

  private int index(int i) {
    return (head + i) & (ring.length - 1); // the length is a power of two
  }

  private void grow() {
    long[] bigger = new long[ring.length * 2];
    for (int i = 0; i < size; i++) {
      bigger[i] = at(i);
    }
    ring = bigger;
    head = 0;
  }

  @Override
  public String toString() {
    long[] moments = new long[size];
    for (int i = 0; i < size; i++) {
      moments[i] = at(i);
    }
    return Arrays.toString(moments);
  }
}
