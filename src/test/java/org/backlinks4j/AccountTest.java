package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.backlinks4j.BacklinksException.Origin;
import org.backlinks4j.contract.ContractValidator;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.backlinks4j.model.UserDataPrice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The account as the client sees it: user_data over the wire, the limit a quota learns from it,
 * and the refusals of the account that hold a client's later calls back.
 */
class AccountTest {
  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withClient(b -> b.maxRetries(0));

  private FakeDataForSeo server() {
    return fake.server();
  }

  private RecordedRequest takeUserData() throws InterruptedException {
    RecordedRequest request = server().takeUserDataRequest(10, TimeUnit.SECONDS);
    assertNotNull(request, "no user_data call reached the fake");
    return request;
  }

  @Test
  void userDataIsAGetWithTheCredentialsAndNoBodyAndIsReadTyped() throws Exception {
    server().account().callsPerMinute(2500).balance(12.5).dailySpendingLimit(20);

    UserData data = fake.client().userData();

    RecordedRequest sent = takeUserData();
    assertEquals("GET", sent.getMethod());
    assertEquals("/v3/appendix/user_data", sent.getPath());
    assertEquals(okhttp3.Credentials.basic(FakeServerExtension.LOGIN, FakeServerExtension.PASSWORD),
        sent.getHeader("Authorization"));
    assertEquals(0, sent.getBodySize());
    assertNull(sent.getHeader("Content-Type"));
    assertEquals(FakeServerExtension.LOGIN, data.login());
    assertEquals(2500, data.callsPerMinute());
    assertNull(data.callsPerDay(), "0 says no limit");
    assertEquals(12.5, data.balance());
    assertEquals(20.0, data.dailySpendingLimit());
    assertEquals("2026-12-31 23:59:59 +00:00", data.backlinksSubscriptionExpiry());
    List<UserDataPrice> price = data.livePrice("summary");
    assertEquals(2, price.size());
    assertEquals("per_request", price.get(0).getCostType());
    assertEquals(0.02, price.get(0).getCost());
    assertEquals(0.0, data.cost());
    assertTrue(data.livePrice("no_such_function").isEmpty());
    assertTrue(data.rawJson().contains("\"bulk_pages_summary\""));
    assertEquals(0, server().requestCount(), "no Backlinks call: a user_data call asks nothing first");
    assertEquals(2500, fake.client().quota().calls(), "its answer teaches the quota");
  }

  @Test
  void theFakesUserDataAnswerKeepsToTheSpec() throws Exception {
    UserData data = fake.client().userData();
    ContractValidator.spec().assertValidUserData(data.rawJson());
  }

  @Test
  void aQuotaThatFollowsTheAccountAsksOnceBeforeTheFirstCallAndAdoptsItsLimit() throws Exception {
    server().account().callsPerMinute(2000);
    List<String> arrivals = new java.util.concurrent.CopyOnWriteArrayList<>();
    server().onArrival(request -> arrivals.add(request.getPath()));
    BacklinksClient client = fake.client();
    assertEquals(Quota.DEFAULT_CALLS, client.quota().calls());

    List<CompletableFuture<Summary>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(client.summaryAsync(SummaryRequest.of("site" + i + ".example")));
    }
    for (CompletableFuture<Summary> call : calls) {
      call.get(10, TimeUnit.SECONDS);
    }
    BacklinksClient derived = client.newBuilder().build(); // the same quota: learned already
    derived.summary(SummaryRequest.of("one-more.example"));
    derived.close();

    assertEquals(2000, client.quota().calls());
    assertEquals(1, server().account().userDataCalls(), "one user_data call for the quota");
    assertEquals(21, server().requestCount());
    assertEquals("/v3/appendix/user_data", arrivals.get(0), "it came first");
    assertEquals(22, arrivals.size());
  }

  @Test
  void anAnswerReadBeforeTheFirstPaidCallIsTheOneTheQuotaWaitsFor() throws Exception {
    server().account().callsPerMinute(2000).balance(3.5);
    BacklinksClient client = fake.clientBuilder().build();

    assertEquals(3.5, client.userData().balance()); // say, to hold a run's estimate against it
    client.summary(SummaryRequest.of("a.example"));
    client.summaryAsync(SummaryRequest.of("b.example")).get(10, TimeUnit.SECONDS);

    assertEquals(2000, client.quota().calls());
    assertEquals(1, server().account().userDataCalls(), "the paid calls asked nothing more");
    assertEquals(2, server().requestCount());
    client.close();
  }

  @Test
  void aSetRateWinsAndNothingIsAsked() throws Exception {
    server().account().callsPerMinute(2000);
    BacklinksClient client = fake.clientBuilder().rateLimit(500, 1, TimeUnit.MINUTES).build();

    client.summary(SummaryRequest.of("example.com"));
    client.userData(); // even an answer that names a limit leaves a set rate alone

    assertEquals(500, client.quota().calls());
    assertFalse(client.quota().followsAccount());
    assertEquals(1, server().account().userDataCalls(), "only the one asked for");
    client.close();
  }

  @Test
  void whenTheAccountCannotBeAskedTheDefaultStaysAndTheCallGoesOn() throws Exception {
    server().account().userDataStatus(50000);

    Summary summary = fake.client().summary(SummaryRequest.of("example.com"));

    assertTrue(summary.hasData());
    assertEquals(Quota.DEFAULT_CALLS, fake.client().quota().calls());
    assertEquals(1, server().account().userDataCalls(), "asked once, not retried");
  }

  @Test
  void aSharedQuotaLearnsOnceForAllItsClients() throws Exception {
    server().account().callsPerMinute(3000);
    Quota account = Quota.defaults();
    BacklinksClient a = fake.clientBuilder().quota(account).build();
    BacklinksClient b = fake.clientBuilder().quota(account).build();

    CompletableFuture<Summary> first = a.summaryAsync(SummaryRequest.of("a.example"));
    CompletableFuture<Summary> second = b.summaryAsync(SummaryRequest.of("b.example"));
    first.get(10, TimeUnit.SECONDS);
    second.get(10, TimeUnit.SECONDS);

    assertEquals(3000, account.calls());
    assertEquals(1, server().account().userDataCalls());
    a.close();
    b.close();
  }

  @Test
  void userDataIsFreeSoTheSpendingCapDoesNotHoldItBack() {
    BacklinksClient capped = fake.clientBuilder().spendingCap(0).build();

    assertThrows(AccountException.class, () -> capped.summary(SummaryRequest.of("example.com")));
    assertEquals(0, server().account().userDataCalls(), "a refused call asks the account nothing");
    assertEquals(FakeServerExtension.LOGIN, capped.userData().login());
    assertEquals(0, server().requestCount());
    capped.close();
  }

  @Test
  void aWrongPasswordFailsTheFirstCallAndNoBacklinksCallIsSent() {
    server().account().password("the-right-one");

    AuthenticationException first = assertThrows(AuthenticationException.class,
        () -> fake.client().summary(SummaryRequest.of("example.com")));
    AuthenticationException later = assertThrows(AuthenticationException.class,
        () -> fake.client().summary(SummaryRequest.of("example.org")));

    // The user_data call that learns the limit met the refusal; both calls failed before sending.
    assertEquals(1, server().account().userDataCalls());
    assertEquals(0, server().requestCount());
    assertEquals(Origin.REQUEST, first.origin());
    assertEquals(40100, first.statusCode());
    assertTrue(first.getMessage().startsWith("not sent: the service refused this client's account"),
        first.getMessage());
    assertTrue(first.getMessage().contains("check the API login and password"), first.getMessage());
    assertFalse(first.getMessage().contains("the-right-one"));
    assertFalse(first.getMessage().contains(FakeServerExtension.PASSWORD));
    assertEquals(40100, later.statusCode());
    BacklinksException condition = fake.client().accountFailure();
    assertInstanceOf(AuthenticationException.class, condition);
    assertEquals(401, condition.httpStatus());
    assertSame(condition, first.getCause());
  }

  @Test
  void theSlotARefusedCallFreesSendsNoCallOfTheRefusedAccount() throws Exception {
    server().account().password("the-right-one");
    BacklinksClient one = fake.clientBuilder().maxConcurrent(1)
        .rateLimit(100, 1, TimeUnit.MINUTES).build();

    CompletableFuture<Summary> first = one.summaryAsync(SummaryRequest.of("first.example"));
    CompletableFuture<Summary> queued = one.summaryAsync(SummaryRequest.of("queued.example"));

    java.util.concurrent.ExecutionException e = assertThrows(
        java.util.concurrent.ExecutionException.class, () -> queued.get(10, TimeUnit.SECONDS));
    assertInstanceOf(AuthenticationException.class, e.getCause());
    assertEquals(Origin.REQUEST, ((BacklinksException) e.getCause()).origin());
    assertThrows(java.util.concurrent.ExecutionException.class, () -> first.get(10, TimeUnit.SECONDS));
    assertEquals(1, server().requestCount(), "the queued call took the slot and was not sent");
    one.close();
  }

  @Test
  void accountWideRefusalsHoldBackLaterCallsUntilOneLetThroughPasses() throws Exception {
    FakeClock clock = new FakeClock();
    BacklinksClient client = fake.clientBuilder().clock(clock).maxRetries(0)
        .rateLimit(100, 1, TimeUnit.MINUTES).build();
    server().account().refuseAfter(1, 40210);
    client.summary(SummaryRequest.of("paid.example"));

    AccountException refused = assertThrows(AccountException.class,
        () -> client.summary(SummaryRequest.of("refused.example")));
    assertEquals(Origin.ENVELOPE, refused.origin());
    assertTrue(refused.getMessage().contains("add funds"), refused.getMessage());
    AccountException held = assertThrows(AccountException.class,
        () -> client.summary(SummaryRequest.of("held.example")));
    assertEquals(Origin.REQUEST, held.origin());
    assertTrue(held.getMessage().contains("one call is let through to check in 60 s"),
        held.getMessage());
    assertEquals(2, server().requestCount(), "the held call was not sent");
    assertNotNull(client.userData(), "free: never held back");

    server().account().refuseAfter(-1, 0); // someone added funds
    clock.advance(TimeUnit.SECONDS.toNanos(AccountGate.RETRY_AFTER_SECONDS));
    assertTrue(client.summary(SummaryRequest.of("let-through.example")).hasData());

    assertNull(client.accountFailure(), "the call let through passed: the condition is gone");
    assertTrue(client.summary(SummaryRequest.of("after.example")).hasData());
    assertEquals(4, server().requestCount());
    client.close();
  }

  @Test
  void theDailySpendingLimitHoldsCallsBackUntilMidnightUtcAndSaysSo() {
    FakeClock clock = new FakeClock();
    BacklinksClient client = fake.clientBuilder().clock(clock)
        .rateLimit(100, 1, TimeUnit.MINUTES).build();
    server().account().refuseAfter(0, 40203);

    AccountException refused = assertThrows(AccountException.class,
        () -> client.summary(SummaryRequest.of("example.com")));
    assertEquals(40203, refused.statusCode());
    assertTrue(refused.getMessage().contains("resets at 00:00 UTC (in "), refused.getMessage());

    clock.advance(TimeUnit.SECONDS.toNanos(AccountGate.RETRY_AFTER_SECONDS + 1));
    AccountException held = assertThrows(AccountException.class,
        () -> client.summary(SummaryRequest.of("example.org")));
    assertEquals(Origin.REQUEST, held.origin(), "a minute later it still waits for midnight");
    long untilMidnight = StatusCodes.nextMidnightUtc(clock.currentTimeMillis())
        - clock.currentTimeMillis();
    clock.advance(TimeUnit.MILLISECONDS.toNanos(untilMidnight));
    AccountException again = assertThrows(AccountException.class,
        () -> client.summary(SummaryRequest.of("example.net")));
    assertEquals(Origin.ENVELOPE, again.origin(), "at midnight one call goes to check");
    assertEquals(2, server().requestCount());
    client.close();
  }

  @Test
  void aCallRefusedForItselfHoldsNothingBack() {
    server().target("bad.example").taskStatus(40501);
    BacklinksClient client = fake.client();

    assertThrows(InvalidRequestException.class, () -> client.summary(SummaryRequest.of("bad.example")));

    assertNull(client.accountFailure());
    assertTrue(client.summary(SummaryRequest.of("good.example")).hasData());
  }
}
