package org.backlinks4j.fake;

import java.util.function.UnaryOperator;
import okhttp3.mockwebserver.MockResponse;

/**
 * What one target of a bulk_pages_summary call makes of the call's answer, by the target's
 * {@link TargetRule}. {@link FakeDataForSeo} asks every target of a batch and joins the parts: a
 * {@link WholeCall} wins (the first in request order), then an {@link EnvelopeFailure}, then a
 * {@link TaskFailure}; otherwise the answer holds the {@link Item items}, shaped by the first
 * {@link Shaped} part, if any.
 */
sealed interface BatchPart {
  /**
   * Data about the target: its item, or none.
   *
   * @param rest the item's fields after {@code url}, as JSON text starting with a comma; null
   *     when the service has no data for the target (no item)
   */
  record Item(String rest) implements BatchPart {
    static final Item NONE = new Item(null);
  }

  /** The whole task fails: no items, no cost. */
  record TaskFailure(int code, String message) implements BatchPart {
  }

  /** The whole envelope fails, with no tasks, under the HTTP status the service sends with it. */
  record EnvelopeFailure(int code, String message) implements BatchPart {
  }

  /** The call gets this answer, built from nothing of the batch: a proxy page, silence, etc. */
  record WholeCall(MockResponse response) implements BatchPart {
  }

  /** Data, as {@code item} says, and the batch's answer goes out as {@code shape} makes it. */
  record Shaped(Item item, UnaryOperator<MockResponse> shape) implements BatchPart {
  }
}
