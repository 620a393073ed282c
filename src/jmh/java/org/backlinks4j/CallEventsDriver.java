package org.backlinks4j;

import org.backlinks4j.internal.Clock;

/**
 * Runs the events of one successful call through {@link CallEvents}, as {@link OperationCall} tells
 * them, for {@code ListenerBenchmark}: benchmark code beside the package-private class it drives.
 */
public final class CallEventsDriver {
  private CallEventsDriver() {
  }

  /**
   * The events of one call that succeeds at its first attempt.
   *
   * @param listener the listener told
   * @return the call, so that the benchmark consumes it
   */
  public static Object oneCall(EventListener listener) {
    CallEvents events = new CallEvents(listener, "summary", Clock.SYSTEM);
    events.started();
    events.askingQuota();
    events.granted(System.nanoTime());
    events.sent(0);
    events.charged(0.02003);
    events.answered(200);
    if (events.ending()) {
      events.ended(null);
    }
    return events;
  }
}
