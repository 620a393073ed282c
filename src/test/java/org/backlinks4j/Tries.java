package org.backlinks4j;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property tests on plain JUnit: a check run on as many generated inputs as asked, each drawn from
 * a seed of its own, and a failure that names the seed which draws the same input again.
 *
 * <pre>{@code
 * @Test
 * void formatsAsJavaTimeDoes() {
 *   Tries.check(2000, gen -> gen.longBetween(FIRST, LAST), millis -> assertEquals(...));
 * }
 * }</pre>
 *
 * <p>The first try draws from the run's seed: {@code -Dtries.seed=SEED} when given (as
 * {@code ./mvnw test -Dtest='ServiceTimeTest' -Dtries.seed=0x5eed}), else a fresh random one. Each
 * next try draws from the next seed of a SplitMix64 sequence. A failing try's message names its own
 * seed and the input; rerun with that seed and the same input is the first one drawn, so it fails
 * again at once. There is no shrinking: the generators keep inputs small and print them whole.
 *
 * <p>Why by hand: jqwik's author asks coding agents not to use it, and the other JVM property
 * libraries (junit-quickcheck, QuickTheories) have had no release for years. What these tests need
 * is small: seeded generators that favour edge values, a number of tries, a reproducible seed.
 */
public final class Tries {
  /** The system property that fixes the first try's seed. */
  public static final String SEED_PROPERTY = "tries.seed";
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private Tries() {
  }

  /**
   * Runs {@code property} on {@code tries} inputs made by {@code generator}; the first failure ends
   * the run with an {@link AssertionError} that names the try, its seed and its input.
   */
  public static <T> void check(int tries, Function<Gen, T> generator, Consumer<? super T> property) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries < 1: " + tries);
    }
    long seed = firstSeed();
    for (int i = 0; i < tries; i++) {
      T input = generator.apply(new Gen(new SplittableRandom(seed)));
      try {
        property.accept(input);
      } catch (AssertionError | RuntimeException failure) {
        String message = String.format("property failed on try %d of %d; seed %s (rerun with -D%s=%s)%n"
            + "input: %s%n%s", i + 1, tries, hex(seed), SEED_PROPERTY, hex(seed), input, failure);
        System.err.println(message);
        throw new AssertionError(message, failure);
      }
      seed = mix(seed + GOLDEN_GAMMA);
    }
  }

  private static long firstSeed() {
    String given = System.getProperty(SEED_PROPERTY, "").trim();
    if (given.isEmpty()) {
      return mix(System.nanoTime() ^ Thread.currentThread().getId() * GOLDEN_GAMMA);
    }
    try {
      return given.startsWith("0x") || given.startsWith("0X")
          ? Long.parseUnsignedLong(given.substring(2), 16) : Long.parseLong(given);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + SEED_PROPERTY + " is not a number: " + given, e);
    }
  }

  static String hex(long seed) {
    return "0x" + Long.toHexString(seed);
  }

  /** SplitMix64's finalizer: consecutive seeds give unrelated streams. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
