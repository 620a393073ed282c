package org.backlinks4j.filter;

import java.util.Date;

/**
 * A field of type {@code time}: before ({@code <}) or after ({@code >}) a date-time, sent the
 * service's way, {@code "2021-01-29 15:02:37 +00:00"}. {@code <=} and {@code >=} are not offered: the
 * service documents only {@code <} and {@code >} for time fields.
 */
public final class TimeField extends FilterField {
  TimeField(String name) {
    super(name, FieldType.TIME);
  }

  /**
   * {@code field < time}.
   *
   * @param time the instant, sent in UTC to the second
   * @return the condition
   */
  public Condition before(Date time) {
    return is(Operator.LT, ServiceTime.format(time));
  }

  /**
   * {@code field < time}.
   *
   * @param epochMillis the instant in milliseconds since 1970-01-01T00:00:00Z, sent to the second
   * @return the condition
   */
  public Condition before(long epochMillis) {
    return is(Operator.LT, ServiceTime.format(epochMillis));
  }

  /**
   * {@code field < time}.
   *
   * @param time the date-time as the service writes it, {@code "yyyy-MM-dd HH:mm:ss +00:00"}
   * @return the condition
   */
  public Condition before(String time) {
    return is(Operator.LT, time);
  }

  /**
   * {@code field > time}.
   *
   * @param time the instant, sent in UTC to the second
   * @return the condition
   */
  public Condition after(Date time) {
    return is(Operator.GT, ServiceTime.format(time));
  }

  /**
   * {@code field > time}.
   *
   * @param epochMillis the instant in milliseconds since 1970-01-01T00:00:00Z, sent to the second
   * @return the condition
   */
  public Condition after(long epochMillis) {
    return is(Operator.GT, ServiceTime.format(epochMillis));
  }

  /**
   * {@code field > time}.
   *
   * @param time the date-time as the service writes it, {@code "yyyy-MM-dd HH:mm:ss +00:00"}
   * @return the condition
   */
  public Condition after(String time) {
    return is(Operator.GT, time);
  }
}
