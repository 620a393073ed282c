package org.backlinks4j.cli;

import java.util.Arrays;

/**
 * A map from a target's 64-bit hash to a long, in two flat arrays (32 to 64 bytes a target). Bulk
 * keeps which targets are finished, and where their records are, for inputs of any length in a
 * small heap: a HashSet of the strings takes 100+ bytes a target, and the primitive collections
 * libraries are megabytes of jar for these thirty lines.
 *
 * <p>Two different targets share a 64-bit hash with a chance of about n²/2⁶⁵ (3·10⁻¹⁰ for 100,000
 * targets); the record log checks the target text wherever a mix-up would matter.
 */
final class HashIndex {
  /** What {@link #get} returns for a hash that is not in the map. */
  static final long ABSENT = Long.MIN_VALUE;

  private long[] keys = new long[1024];
  private long[] values = new long[1024];
  private int size;

  /** The 64-bit hash of a target: FNV-1a over its chars, then a mixer that spreads the bits. */
  static long hash(String target) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < target.length(); i++) {
      h ^= target.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h; // 0 marks a free slot
  }

  int size() {
    return size;
  }

  boolean contains(long hash) {
    return get(hash) != ABSENT;
  }

  long get(long hash) {
    int mask = keys.length - 1;
    for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
      if (keys[i] == hash) {
        return values[i];
      }
      if (keys[i] == 0) {
        return ABSENT;
      }
    }
  }

  void put(long hash, long value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
      if (keys[i] == hash) {
        values[i] = value;
        return;
      }
      if (keys[i] == 0) {
        keys[i] = hash;
        values[i] = value;
        size++;
        return;
      }
    }
  }

  private static int slot(long hash, int mask) {
    return (int) (hash ^ (hash >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i], oldValues[i]);
      }
    }
    Arrays.fill(oldKeys, 0);
  }
}
