package org.backlinks4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.backlinks4j.Tries;
import org.junit.jupiter.api.Test;

/** The hand-written service times, checked against java.time (which the tests may use). */
class ServiceTimeTest {
  private static final DateTimeFormatter SERVICE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
  // 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z
  private static final long FIRST = -62_167_219_200_000L;
  private static final long LAST = 253_402_300_799_999L;

  @Test
  void formatsAsJavaTimeDoes() {
    Tries.check(2000, gen -> gen.longBetween(FIRST, LAST), ServiceTimeTest::formatsAsJavaTimeDoes);
  }

  private static void formatsAsJavaTimeDoes(long millis) {
    String expected = SERVICE.format(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC)) + " +00:00";
    assertEquals(expected, ServiceTime.format(millis));
    assertEquals(millis - Math.floorMod(millis, 1000), ServiceTime.parse(expected));
  }

  /** Fields of a service time, each one step past its valid range at most. */
  private record Fields(int year, int month, int day, int hour, int minute, int second, boolean west,
      int offsetHours, int offsetMinutes) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d %s%02d:%02d", year, month,
          day, hour, minute, second, west ? "-" : "+", offsetHours, offsetMinutes);
    }
  }

  @Test
  void parsesAndRefusesAsJavaTimeDoes() {
    Tries.check(3000, gen -> new Fields(gen.intBetween(0, 9999), gen.intBetween(0, 13),
        gen.intBetween(0, 32), gen.intBetween(0, 24), gen.intBetween(0, 60), gen.intBetween(0, 60),
        gen.bool(), gen.intBetween(0, 24), gen.intBetween(0, 60)), ServiceTimeTest::parsesAsJavaTimeDoes);
  }

  private static void parsesAsJavaTimeDoes(Fields f) {
    String text = f.toString();
    Long expected;
    try {
      long local = LocalDateTime.of(f.year(), f.month(), f.day(), f.hour(), f.minute(), f.second())
          .toInstant(ZoneOffset.UTC).toEpochMilli();
      long offset = (f.offsetHours() * 60L + f.offsetMinutes()) * 60_000L * (f.west() ? -1 : 1);
      expected = f.offsetHours() > 23 || f.offsetMinutes() > 59 ? null : local - offset;
    } catch (DateTimeException invalid) {
      expected = null;
    }
    assertEquals(expected, ServiceTime.parse(text), text);
  }

  @Test
  void knownTimesAndShapes() {
    assertEquals(1_611_932_557_000L, ServiceTime.parse("2021-01-29 15:02:37 +00:00"));
    assertEquals(1_611_932_557_000L - 5_400_000L, ServiceTime.parse("2021-01-29 15:02:37 +01:30"));
    assertEquals(1_611_932_557_000L + 3_600_000L, ServiceTime.parse("2021-01-29 15:02:37 -01:00"));
    assertEquals("2024-02-29 00:00:00 +00:00",
        ServiceTime.format(ServiceTime.parse("2024-02-29 00:00:00 +00:00")));
    assertEquals("1969-12-31 23:59:59 +00:00", ServiceTime.format(-1));
    assertNull(ServiceTime.parse("2023-02-29 00:00:00 +00:00"));
    assertNull(ServiceTime.parse("1900-02-29 00:00:00 +00:00"));
    assertEquals(951_782_400_000L, ServiceTime.parse("2000-02-29 00:00:00 +00:00"));
    assertNull(ServiceTime.parse("2021-01-29T15:02:37 +00:00"));
    assertNull(ServiceTime.parse("2021-01-29 15:02:37 00:00"));
    assertNull(ServiceTime.parse("2021-01-29 15:02:37 +00:00 "));
    assertNull(ServiceTime.parse("2021-1-29 15:02:37 +00:00"));
    assertNull(ServiceTime.parse("２０２１-01-29 15:02:37 +00:00")); // digits, but not ASCII ones
    assertEquals("2021-01-29 15:02:38 +00:00", ServiceTime.shift("2021-01-29 15:02:37 +00:00", 1));
  }
}
