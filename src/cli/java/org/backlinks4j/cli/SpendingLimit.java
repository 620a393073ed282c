package org.backlinks4j.cli;

/**
 * {@code --max-cost} while a run sends: a call goes out only when what the run's answered calls
 * cost (as the service reported it) plus the estimates of the calls in flight plus its own
 * estimate stay within the cap. As long as the service charges no more than {@link Prices} says,
 * a run therefore never spends more than the cap, calls in flight included; the client's own
 * spending cap, set to the same amount, refuses every call once the reported total reaches it.
 * Thread-safe.
 */
final class SpendingLimit {
  /** No cap. */
  static final SpendingLimit NONE = new SpendingLimit(Long.MAX_VALUE);

  private final long capNanos;
  private long spentNanos;
  private long reservedNanos;

  SpendingLimit(long capNanos) {
    this.capNanos = capNanos;
  }

  /**
   * Reserves a call's estimate, when it fits under the cap.
   *
   * @return false when the call would pass the cap: do not send it
   */
  synchronized boolean tryReserve(long estimateNanos) {
    if (capNanos != Long.MAX_VALUE
        && spentNanos + reservedNanos + estimateNanos > capNanos) {
      return false;
    }
    reservedNanos += estimateNanos;
    return true;
  }

  /** A reserved call has ended: its estimate gives way to what the service reported it cost. */
  synchronized void settle(long estimateNanos, long reportedNanos) {
    reservedNanos -= estimateNanos;
    spentNanos += reportedNanos;
  }

  /** Why a call was not sent, for the run's stop line. */
  String reason() {
    return "--max-cost " + Prices.format(capNanos) + " reached (the next call would pass it)";
  }
}
