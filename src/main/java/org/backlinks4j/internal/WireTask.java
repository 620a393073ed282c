package org.backlinks4j.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the task of every operation has: its id, status, cost, time and results. The spec names it
 * in each task schema's {@code x-implements}.
 *
 * @param <R> the operation's result type
 */
public interface WireTask<R> {
  /**
   * The task's id (a UUID).
   *
   * @return the id, or null
   */
  @Nullable String getId();

  /**
   * The task's status; 20000 is success.
   *
   * @return the code, or null
   */
  @Nullable Integer getStatusCode();

  /**
   * Words for the status code.
   *
   * @return the message, or null
   */
  @Nullable String getStatusMessage();

  /**
   * The service's measure of the task's time, such as {@code 0.9619 sec.}.
   *
   * @return the time, or null
   */
  @Nullable String getTime();

  /**
   * What the task cost, in USD.
   *
   * @return the cost, or null
   */
  @Nullable Double getCost();

  /**
   * The task's results.
   *
   * @return the results, or null when there are none
   */
  @Nullable List<R> getResult();
}
