package org.backlinks4j.fake;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Credentials;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The account behind {@link FakeDataForSeo}: what {@code GET /v3/appendix/user_data} answers
 * (limits, balance, prices, subscription), and the refusals that concern the account rather than a
 * call: credentials the account does not have (40100, HTTP 401, on every path), and a refusal of
 * every paid call after a number of them (a balance run dry, the daily spending limit, 40203).
 * Configure it with {@link FakeDataForSeo#account()}.
 *
 * <pre>{@code
 * fake.account().callsPerMinute(2000);            // what user_data says (default 10,000)
 * fake.account().password("right");               // any other password: 40100 on every call
 * fake.account().refuseAfter(300, 40203);         // paid calls after the 300th: 40203
 * }</pre>
 *
 * <p>A user_data call counts toward the fake's quota like any call, costs nothing, and is never
 * answered from the fake's queue nor by a target's rule.
 */
public final class FakeAccount {
  /** The path of user_data. */
  public static final String USER_DATA_PATH = "/v3/appendix/user_data";

  private volatile double callsPerMinute = 10_000;
  private volatile double balance = 87.41523;
  private volatile double dailySpendingLimit = 50;
  private volatile @Nullable String subscriptionExpiry = "2026-12-31 23:59:59 +00:00";
  private volatile int userDataStatus;
  private volatile @Nullable String password;
  private volatile long refuseAfter = -1;
  private volatile int refuseCode;
  private final AtomicLong paidCalls = new AtomicLong();
  private final AtomicLong userDataCalls = new AtomicLong();

  FakeAccount() {
  }

  /**
   * The calls a minute user_data says the account may make ({@code rates.limits.minute.total});
   * 0 says nothing.
   *
   * @param calls the limit
   * @return this account
   */
  public FakeAccount callsPerMinute(int calls) {
    this.callsPerMinute = calls;
    return this;
  }

  /**
   * The balance user_data says, in USD.
   *
   * @param dollars the balance
   * @return this account
   */
  public FakeAccount balance(double dollars) {
    this.balance = dollars;
    return this;
  }

  /**
   * The daily spending limit user_data says, in USD; 0 for none.
   *
   * @param dollars the limit
   * @return this account
   */
  public FakeAccount dailySpendingLimit(double dollars) {
    this.dailySpendingLimit = dollars;
    return this;
  }

  /**
   * user_data says the account has no Backlinks subscription.
   *
   * @return this account
   */
  public FakeAccount noSubscription() {
    this.subscriptionExpiry = null;
    return this;
  }

  /**
   * Answers user_data with this envelope status (HTTP as the service sends it), 0 for success.
   *
   * @param code e.g. 50000
   * @return this account
   */
  public FakeAccount userDataStatus(int code) {
    this.userDataStatus = code;
    return this;
  }

  /**
   * The account's API password: a call with any other (or none) is refused with 40100, HTTP 401,
   * whatever its path. Null accepts any.
   *
   * @param password the password
   * @return this account
   */
  public FakeAccount password(@Nullable String password) {
    this.password = password;
    return this;
  }

  /**
   * After {@code calls} paid calls were answered, refuses every further paid call with
   * {@code code} at envelope level, as an account that hit a limit: 40203 (the daily spending
   * limit), 40210 (no funds). user_data stays free and answers.
   *
   * @param calls paid calls answered before the refusals start
   * @param code the refusal
   * @return this account
   */
  public FakeAccount refuseAfter(long calls, int code) {
    this.refuseCode = code;
    this.refuseAfter = calls;
    return this;
  }

  /**
   * How many user_data calls the quota let in, refused ones included.
   *
   * @return the count
   */
  public long userDataCalls() {
    return userDataCalls.get();
  }

  /** Whether the request is user_data's, under any prefix of the base URL (a test's proxy path). */
  static boolean isUserData(RecordedRequest request) {
    String path = String.valueOf(request.getPath());
    int query = path.indexOf('?');
    return (query < 0 ? path : path.substring(0, query)).endsWith(USER_DATA_PATH);
  }

  /**
   * The account's answer to a call the quota let in: user_data's, or a refusal of the account;
   * null when the call is the Backlinks endpoints' to answer.
   */
  @Nullable MockResponse answer(RecordedRequest request) {
    boolean userData = isUserData(request);
    if (userData) {
      userDataCalls.incrementAndGet();
    }
    String expected = password;
    if (expected != null) {
      String authorization = request.getHeader("Authorization");
      String login = loginOf(authorization);
      if (login == null || !Credentials.basic(login, expected).equals(authorization)) {
        return refusal(40100);
      }
    }
    if (userData) {
      return userDataStatus != 0 ? refusal(userDataStatus) : TargetRule.json(200, userData(request));
    }
    long after = refuseAfter;
    if (after >= 0 && paidCalls.incrementAndGet() > after) {
      return refusal(refuseCode);
    }
    return null;
  }

  private static MockResponse refusal(int code) {
    return TargetRule.json(Envelopes.httpStatusOf(code),
        Envelopes.envelopeStatus(code, Envelopes.message(code)));
  }

  /** The login of a Basic Authorization header, or null. */
  private static @Nullable String loginOf(@Nullable String authorization) {
    if (authorization == null || !authorization.startsWith("Basic ")) {
      return null;
    }
    try {
      String pair = new String(java.util.Base64.getDecoder().decode(authorization.substring(6)),
          java.nio.charset.StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon < 0 ? null : pair.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** user_data's answer, shaped as the spec's example, with this account's figures. */
  private String userData(RecordedRequest request) {
    Buffer body = new Buffer();
    try (JsonWriter out = JsonWriter.of(body)) {
      out.setSerializeNulls(true);
      out.beginObject();
      out.name("version").value("0.1.20261019");
      out.name("status_code").value(20000);
      out.name("status_message").value("Ok.");
      out.name("time").value("0.0312 sec.");
      out.name("cost").value(0);
      out.name("tasks_count").value(1);
      out.name("tasks_error").value(0);
      out.name("tasks").beginArray().beginObject();
      out.name("id").value(UUID.randomUUID().toString());
      out.name("status_code").value(20000);
      out.name("status_message").value("Ok.");
      out.name("time").value("0.0151 sec.");
      out.name("cost").value(0);
      out.name("result_count").value(1);
      out.name("path").beginArray().value("v3").value("appendix").value("user_data").endArray();
      out.name("data").beginObject().name("api").value("appendix")
          .name("function").value("user_data").endObject();
      out.name("result").beginArray().beginObject();
      String login = loginOf(request.getHeader("Authorization"));
      out.name("login").value(login == null ? "fake@example.com" : login);
      out.name("timezone").value("UTC");
      out.name("rates").beginObject().name("limits").beginObject();
      amounts(out.name("day"), 0);
      amounts(out.name("minute"), callsPerMinute);
      out.endObject().endObject();
      out.name("money").beginObject();
      out.name("total").value(150);
      number(out.name("balance"), balance);
      out.name("limits").beginObject();
      amounts(out.name("day"), dailySpendingLimit);
      amounts(out.name("minute"), 0);
      out.endObject().endObject();
      out.name("price").beginObject().name("backlinks").beginObject();
      price(out.name("summary"));
      price(out.name("bulk_pages_summary"));
      out.endObject().endObject();
      out.name("backlinks_subscription_expiry_date").value(subscriptionExpiry);
      out.endObject().endArray();
      out.endObject().endArray();
      out.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return body.readUtf8();
  }

  private static void amounts(JsonWriter out, double total) throws IOException {
    out.beginObject();
    number(out.name("total"), total);
    number(out.name("total_backlinks"), total);
    out.endObject();
  }

  /** A number as the service writes it: whole ones without a fraction. */
  private static void number(JsonWriter out, double value) throws IOException {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      out.value((long) value);
    } else {
      out.value(value);
    }
  }

  private static void price(JsonWriter out) throws IOException {
    out.beginObject().name("live").beginObject().name("priority_normal").beginArray();
    out.beginObject().name("cost_type").value("per_request").name("cost").value(0.02).endObject();
    out.beginObject().name("cost_type").value("per_result").name("cost").value(0.00003).endObject();
    out.endArray().endObject().endObject();
  }

  @Override
  public String toString() {
    return "FakeAccount{callsPerMinute=" + callsPerMinute + ", balance=" + balance
        + ", password " + (password == null ? "any" : "set") + ", refuseAfter="
        + (refuseAfter < 0 ? "never" : refuseAfter + ":" + refuseCode) + "}";
  }
}
