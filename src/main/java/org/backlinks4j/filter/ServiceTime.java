package org.backlinks4j.filter;

import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Date-times the service's way, {@code "2021-01-29 15:02:37 +00:00"} (not ISO-8601). Written with
 * {@link SimpleDateFormat} because the library runs on Android API 24, which has no java.time.
 */
final class ServiceTime {
  private static final Pattern SHAPE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}) ([+-])(\\d{2}):(\\d{2})");

  private ServiceTime() {
  }

  static String format(java.util.Date time) {
    return format(time.getTime());
  }

  static String format(long epochMillis) {
    return utc().format(new Date(epochMillis)) + " +00:00";
  }

  /** The instant {@code text} names, in epoch milliseconds, or null if it is not a valid service time. */
  static @Nullable Long parse(String text) {
    Matcher matcher = SHAPE.matcher(text);
    if (!matcher.matches()) {
      return null;
    }
    ParsePosition position = new ParsePosition(0);
    String local = matcher.group(1);
    Date date = utc().parse(local, position);
    int hours = Integer.parseInt(matcher.group(3));
    int minutes = Integer.parseInt(matcher.group(4));
    if (date == null || position.getIndex() != local.length() || hours > 23 || minutes > 59) {
      return null;
    }
    long offset = (hours * 60L + minutes) * 60_000L;
    return date.getTime() - ("-".equals(matcher.group(2)) ? -offset : offset);
  }

  /** A valid service time moved by {@code seconds}, written in UTC. */
  static String shift(String text, int seconds) {
    Long millis = parse(text);
    if (millis == null) {
      throw new IllegalArgumentException("not a service time: " + text);
    }
    return format(millis + seconds * 1000L);
  }

  private static SimpleDateFormat utc() {
    // A new one each time: SimpleDateFormat is not thread-safe, and this is far from any hot path.
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    format.setTimeZone(TimeZone.getTimeZone("UTC"));
    format.setLenient(false);
    return format;
  }
}
