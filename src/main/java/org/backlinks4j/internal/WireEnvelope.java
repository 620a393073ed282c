package org.backlinks4j.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the envelope of every operation has: the call's status, its cost and its tasks. The spec
 * names it in each envelope schema's {@code x-implements}, so that the generated envelopes of all
 * operations are read by one call path.
 *
 * @param <T> the operation's task type
 */
public interface WireEnvelope<T extends WireTask<?>> {
  /**
   * The status of the call as a whole; 20000 is success.
   *
   * @return the code, or null when the answer has none
   */
  @Nullable Integer getStatusCode();

  /**
   * Words for the status code.
   *
   * @return the message, or null
   */
  @Nullable String getStatusMessage();

  /**
   * What the call cost, in USD.
   *
   * @return the cost, or null when the service did not say
   */
  @Nullable Double getCost();

  /**
   * The call's tasks, one for a live call.
   *
   * @return the tasks, or null when the call as a whole failed
   */
  @Nullable List<T> getTasks();
}
