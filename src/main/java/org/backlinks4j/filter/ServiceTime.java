package org.backlinks4j.filter;

import org.jspecify.annotations.Nullable;

/**
 * Date-times the service's way, {@code "2021-01-29 15:02:37 +00:00"} (not ISO-8601), in the
 * proleptic Gregorian calendar.
 *
 * <p>Written by hand, not with a library: java.time is missing on Android API 24, which the
 * library supports, and {@code SimpleDateFormat} (this class's first version) cost 3.4 us per
 * time in a filter, about a third of building and serializing a whole eight-condition request in
 * the benchmarks; it is also not thread-safe and uses the Julian calendar before 1582. The day
 * arithmetic is the well-known days-from-civil algorithm (H. Hinnant, "chrono-Compatible Low-Level
 * Date Algorithms"); ServiceTimeTest checks both directions against java.time.
 */
final class ServiceTime {
  private static final long MILLIS_PER_DAY = 86_400_000L;
  private static final String SHAPE = "dddd-dd-dd dd:dd:dd +dd:dd"; // d a digit, + either sign

  private ServiceTime() {
  }

  static String format(java.util.Date time) {
    return format(time.getTime());
  }

  /** {@code epochMillis} in UTC, to the second (milliseconds are dropped, not rounded). */
  static String format(long epochMillis) {
    long days = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
    long secondOfDay = Math.floorMod(epochMillis, MILLIS_PER_DAY) / 1000;
    // civil_from_days: the year, month and day of a day count from 1970-01-01.
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097L);
    long dayOfEra = z - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long shiftedMonth = (5 * dayOfYear + 2) / 153; // March is 0
    long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("the service writes years 0000 to 9999, not " + year);
    }
    StringBuilder out = new StringBuilder(26);
    pad(out, year, 4).append('-');
    pad(out, month, 2).append('-');
    pad(out, day, 2).append(' ');
    pad(out, secondOfDay / 3600, 2).append(':');
    pad(out, secondOfDay / 60 % 60, 2).append(':');
    pad(out, secondOfDay % 60, 2);
    return out.append(" +00:00").toString();
  }

  /** The instant {@code text} names, in epoch milliseconds, or null if it is not a valid service time. */
  static @Nullable Long parse(String text) {
    if (text.length() != SHAPE.length()) {
      return null;
    }
    for (int i = 0; i < SHAPE.length(); i++) {
      char expected = SHAPE.charAt(i);
      char c = text.charAt(i);
      boolean fits = expected == 'd' ? c >= '0' && c <= '9'
          : expected == '+' ? c == '+' || c == '-'
          : c == expected;
      if (!fits) {
        return null;
      }
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    int offsetHours = digits(text, 21, 2);
    int offsetMinutes = digits(text, 24, 2);
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23
        || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) {
      return null;
    }
    long local = daysFromCivil(year, month, day) * MILLIS_PER_DAY
        + ((hour * 60L + minute) * 60 + second) * 1000;
    long offset = (offsetHours * 60L + offsetMinutes) * 60_000L;
    return local - (text.charAt(20) == '-' ? -offset : offset);
  }

  /** A valid service time moved by {@code seconds}, written in UTC. */
  static String shift(String text, int seconds) {
    Long millis = parse(text);
    if (millis == null) {
      throw new IllegalArgumentException("not a service time: " + text);
    }
    return format(millis + seconds * 1000L);
  }

  /** days_from_civil: the days from 1970-01-01 to a date of the proleptic Gregorian calendar. */
  private static long daysFromCivil(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400L);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  private static int daysIn(int year, int month) {
    if (month == 2) {
      boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static StringBuilder pad(StringBuilder out, long value, int width) {
    String digits = Long.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }
}
