package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.backlinks4j.fake.FakeServerExtension;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a client tells its {@link EventListener}, in which order, over a real socket; and that a
 * listener that throws changes nothing. The clock runs backoffs at once; no duration is asserted.
 */
class EventListenerTest {
  private final InstantClock clock = new InstantClock();
  private final Recorder recorder = new Recorder();
  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withClient(builder -> builder
      .clock(clock)
      .eventListener(recorder));

  /** Every event as a line of text, and every call object it was told about. */
  static final class Recorder extends EventListener {
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    final Set<Call> calls = ConcurrentHashMap.newKeySet();

    private void add(Call call, String event) {
      calls.add(call);
      events.add(call.operation() + " " + event);
    }

    @Override
    public void callStart(Call call) {
      add(call, "callStart");
    }

    @Override
    public void quotaAcquired(Call call, long waitNanos) {
      add(call, "quotaAcquired" + (waitNanos >= 0 ? "" : " negative wait"));
    }

    @Override
    public void attemptStart(Call call, int attempt) {
      add(call, "attemptStart " + attempt);
    }

    @Override
    public void attemptEnd(Call call, int attempt, int statusCode, int httpStatus, double cost,
        long durationNanos, @Nullable BacklinksException failure) {
      add(call, "attemptEnd " + attempt + " " + statusCode + " " + httpStatus + " " + cost
          + (failure == null ? "" : " " + failure.getClass().getSimpleName()));
    }

    @Override
    public void refused(Call call, int code) {
      add(call, "refused " + code);
    }

    @Override
    public void retryScheduled(Call call, int attempt, BacklinksException failure,
        long delayNanos) {
      add(call, "retryScheduled " + attempt + " after " + failure.statusCode());
    }

    @Override
    public void callEnd(Call call, long durationNanos) {
      add(call, "callEnd");
    }

    @Override
    public void callFailed(Call call, BacklinksException failure, long durationNanos) {
      add(call, "callFailed " + failure.getClass().getSimpleName() + " " + failure.getMessage());
    }

    @Override
    public void callCanceled(Call call, long durationNanos) {
      add(call, "callCanceled");
    }
  }

  @Test
  void aRetriedCallIsToldStepByStepBeforeItsCallerHasTheOutcome() {
    fake.server().target("flaky.com").failFirst(1, 40202);

    fake.client().summary(SummaryRequest.of("flaky.com"));

    // The call returned: every event was told already, in order, about one call object.
    assertEquals(Arrays.asList(
        "summary callStart",
        "summary quotaAcquired",
        "summary attemptStart 0",
        "summary attemptEnd 0 40202 200 0.0 RateLimitException",
        "summary refused 40202",
        "summary retryScheduled 1 after 40202",
        "summary quotaAcquired",
        "summary attemptStart 1",
        "summary attemptEnd 1 20000 200 0.02003",
        "summary callEnd"), recorder.events);
    assertEquals(1, recorder.calls.size());
  }

  @Test
  void aFailedCallEndsOnceWithTheFailureItsCallerGets() {
    fake.server().target("broke.com").envelopeStatus(40200);

    AccountException thrown = assertThrows(AccountException.class,
        () -> fake.client().summary(SummaryRequest.of("broke.com")));

    assertEquals(Arrays.asList(
        "summary callStart",
        "summary quotaAcquired",
        "summary attemptStart 0",
        "summary attemptEnd 0 40200 402 0.0 AccountException",
        "summary callFailed AccountException " + thrown.getMessage()), recorder.events);
  }

  @Test
  void aCallRefusedBeforeSendingHasNoAttempt() {
    BacklinksClient capped = fake.client().newBuilder().spendingCap(0).build();
    try {
      assertThrows(AccountException.class, () -> capped.summary(SummaryRequest.of("a.com")));
    } finally {
      capped.close();
    }
    assertEquals(2, recorder.events.size(), recorder.events.toString());
    assertEquals("summary callStart", recorder.events.get(0));
    assertTrue(recorder.events.get(1).startsWith("summary callFailed AccountException spending cap"),
        recorder.events.get(1));
    assertEquals(0, fake.server().requestCount());
  }

  @Test
  void cancelledAndClosedCallsAreToldSo() throws InterruptedException {
    fake.server().target("never.com").noAnswer();
    BacklinksClient client = fake.client();
    CompletableFuture<Summary> cancelled = client.summaryAsync(SummaryRequest.of("never.com"));
    fake.server().takeRequest();
    cancelled.cancel(true);
    assertEquals("summary callCanceled", recorder.events.get(recorder.events.size() - 1));

    recorder.events.clear();
    CompletableFuture<Summary> closed = client.summaryAsync(SummaryRequest.of("never.com"));
    fake.server().takeRequest();
    client.close();
    assertTrue(closed.isCompletedExceptionally());
    assertTrue(recorder.events.contains("summary callFailed ClientClosedException the client was "
        + "closed while the call was in flight: an attempt was sent, and may have been charged"),
        recorder.events.toString());
  }

  @Test
  void eventsCarryNoCredentialsNorTheRequest() {
    fake.server().target("secret-target.com").failFirst(1, 50000);
    fake.server().target("broke.com").envelopeStatus(40100);
    fake.client().summary(SummaryRequest.of("secret-target.com"));
    assertThrows(AuthenticationException.class,
        () -> fake.client().summary(SummaryRequest.of("broke.com")));

    String told = String.join("\n", recorder.events);
    assertFalse(told.contains(FakeServerExtension.PASSWORD), told);
    assertFalse(told.contains(FakeServerExtension.LOGIN), told);
    assertFalse(told.contains("secret-target"), told);
    assertFalse(told.contains("broke.com"), told);
    for (EventListener.Call call : recorder.calls) {
      assertEquals("Call{summary}", call.toString());
    }
  }

  @Test
  void aListenerThatThrowsChangesNothing() {
    for (Throwable thrown : Arrays.<Throwable>asList(new IllegalStateException("listener bug"),
        new NoSuchMethodError("a Micrometer of another version"))) {
      BacklinksClient client = fake.clientBuilder().clock(clock).eventListener(throwing(thrown))
          .build();
      try {
        fake.server().target("flaky.com").failFirst(1, 50000);
        assertTrue(client.summary(SummaryRequest.of("flaky.com")).hasData());
        fake.server().target("window.com").failFirst(1, 40202); // refused, then retried
        assertTrue(client.summary(SummaryRequest.of("window.com")).hasData());
        assertTrue(client.summaryAsync(SummaryRequest.of("a.com")).join().hasData());
        fake.server().target("broke.com").envelopeStatus(40200);
        assertThrows(AccountException.class, () -> client.summary(SummaryRequest.of("broke.com")));
        CompletableFuture<Summary> cancelled = client.summaryAsync(SummaryRequest.of("a.com"));
        cancelled.cancel(true);
        assertTrue(cancelled.isCancelled());
      } finally {
        client.close();
      }
    }
  }

  @Test
  void theDefaultListenerIsNoneAndADerivedClientKeepsItsListener() {
    BacklinksClient derived = fake.client().newBuilder().maxRetries(0).build();
    try {
      derived.summary(SummaryRequest.of("a.com"));
    } finally {
      derived.close();
    }
    assertEquals("summary callEnd", recorder.events.get(recorder.events.size() - 1));
    assertSame(EventListener.NONE, BacklinksClient.builder().listener);
    assertThrows(NullPointerException.class, () -> BacklinksClient.builder().eventListener(null));
  }

  private static EventListener throwing(Throwable thrown) {
    return new EventListener() {
      private void fail() {
        if (thrown instanceof Error) {
          throw (Error) thrown;
        }
        throw (RuntimeException) thrown;
      }

      @Override
      public void callStart(Call call) {
        fail();
      }

      @Override
      public void quotaAcquired(Call call, long waitNanos) {
        fail();
      }

      @Override
      public void attemptStart(Call call, int attempt) {
        fail();
      }

      @Override
      public void attemptEnd(Call call, int attempt, int statusCode, int httpStatus, double cost,
          long durationNanos, @Nullable BacklinksException failure) {
        fail();
      }

      @Override
      public void refused(Call call, int code) {
        fail();
      }

      @Override
      public void retryScheduled(Call call, int attempt, BacklinksException failure,
          long delayNanos) {
        fail();
      }

      @Override
      public void callEnd(Call call, long durationNanos) {
        fail();
      }

      @Override
      public void callFailed(Call call, BacklinksException failure, long durationNanos) {
        fail();
      }

      @Override
      public void callCanceled(Call call, long durationNanos) {
        fail();
      }
    };
  }
}
