package org.backlinks4j;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The generators of {@link Tries}: values drawn from one seeded random stream. Numbers favour the
 * edges of their range (the bounds, 0, 1 and -1 where they fit) one time in eight, and lists and
 * strings their shortest and longest sizes, where bugs tend to live.
 */
public final class Gen {
  private static final int EDGE_ODDS = 8;
  private final SplittableRandom random;

  Gen(SplittableRandom random) {
    this.random = random;
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  public int intBetween(int min, int max) {
    return (int) longBetween(min, max);
  }

  /** Any int. */
  public int anyInt() {
    return intBetween(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  public long longBetween(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException(min + " > " + max);
    }
    if (random.nextInt(EDGE_ODDS) == 0) {
      long[] edges = {min, max, 0, 1, -1};
      long edge = edges[random.nextInt(edges.length)];
      if (edge >= min && edge <= max) {
        return edge;
      }
    }
    if (max == Long.MAX_VALUE && min == Long.MIN_VALUE) {
      return random.nextLong();
    }
    if (max - min >= 0 && max - min < Long.MAX_VALUE) {
      return min + random.nextLong(max - min + 1);
    }
    // The span overflows a long: draw until a value falls inside.
    long value;
    do {
      value = random.nextLong();
    } while (value < min || value > max);
    return value;
  }

  /** A number from {@code min} to {@code max} with at most {@code scale} decimals. */
  public double doubleBetween(double min, double max, int scale) {
    double value = random.nextInt(EDGE_ODDS) == 0 ? (random.nextBoolean() ? min : max)
        : min + random.nextDouble() * (max - min);
    double rounded = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN).doubleValue();
    return Math.max(min, Math.min(max, rounded));
  }

  /** A number from 0 (included) to 1 (excluded), with no bias to the edges. */
  public double fraction() {
    return random.nextDouble();
  }

  /** true or false, evenly. */
  public boolean bool() {
    return random.nextBoolean();
  }

  /** true with the given probability. */
  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** One of the values, evenly. */
  public <T> T oneOf(List<? extends T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** One of the values, evenly. */
  public <T> T oneOf(T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** A size from {@code min} to {@code max}, with the bounds favoured. */
  public int size(int min, int max) {
    return intBetween(min, max);
  }

  /** A list of {@code min} to {@code max} elements, each made by {@code element}. */
  public <T> List<T> listOf(int min, int max, Function<Gen, ? extends T> element) {
    int size = size(min, max);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.apply(this));
    }
    return list;
  }

  /** A string of {@code min} to {@code max} characters, each drawn from {@code alphabet}. */
  public String string(int min, int max, String alphabet) {
    int[] codePoints = alphabet.codePoints().toArray();
    int length = size(min, max);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return s.toString();
  }

  /** {@code min} to {@code max} random bytes. */
  public byte[] bytes(int min, int max) {
    byte[] bytes = new byte[size(min, max)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  /** The characters from {@code first} to {@code last}, as an alphabet for {@link #string}. */
  public static String range(char first, char last) {
    StringBuilder s = new StringBuilder();
    for (char c = first; c <= last; c++) {
      s.append(c);
    }
    return s.toString();
  }
}
