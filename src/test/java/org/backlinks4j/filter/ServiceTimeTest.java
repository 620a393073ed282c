package org.backlinks4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The hand-written service times, checked against java.time (which the tests may use). */
class ServiceTimeTest {
  private static final DateTimeFormatter SERVICE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
  // 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z
  private static final long FIRST = -62_167_219_200_000L;
  private static final long LAST = 253_402_300_799_999L;

  @Property(tries = 2000)
  void formatsAsJavaTimeDoes(@ForAll @LongRange(min = FIRST, max = LAST) long millis) {
    String expected = SERVICE.format(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC)) + " +00:00";
    assertEquals(expected, ServiceTime.format(millis));
    assertEquals(millis - Math.floorMod(millis, 1000), ServiceTime.parse(expected));
  }

  @Property(tries = 3000)
  void parsesAndRefusesAsJavaTimeDoes(@ForAll @IntRange(max = 9999) int year,
      @ForAll @IntRange(max = 13) int month, @ForAll @IntRange(max = 32) int day,
      @ForAll @IntRange(max = 24) int hour, @ForAll @IntRange(max = 60) int minute,
      @ForAll @IntRange(max = 60) int second, @ForAll boolean west,
      @ForAll @IntRange(max = 24) int offsetHours, @ForAll @IntRange(max = 60) int offsetMinutes) {
    String text = String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d %s%02d:%02d", year, month,
        day, hour, minute, second, west ? "-" : "+", offsetHours, offsetMinutes);
    Long expected;
    try {
      long local = LocalDateTime.of(year, month, day, hour, minute, second)
          .toInstant(ZoneOffset.UTC).toEpochMilli();
      long offset = (offsetHours * 60L + offsetMinutes) * 60_000L * (west ? -1 : 1);
      expected = offsetHours > 23 || offsetMinutes > 59 ? null : local - offset;
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
