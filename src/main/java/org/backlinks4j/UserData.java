package org.backlinks4j;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.backlinks4j.model.UserDataAmounts;
import org.backlinks4j.model.UserDataEnvelope;
import org.backlinks4j.model.UserDataFunctionPrices;
import org.backlinks4j.model.UserDataLimits;
import org.backlinks4j.model.UserDataMoney;
import org.backlinks4j.model.UserDataPrice;
import org.backlinks4j.model.UserDataPrices;
import org.backlinks4j.model.UserDataRates;
import org.backlinks4j.model.UserDataResult;
import org.backlinks4j.model.UserDataTask;
import org.jspecify.annotations.Nullable;

/**
 * The account as DataForSEO's free {@code GET /v3/appendix/user_data} tells it: its login, rate
 * limits, balance, prices and Backlinks subscription. The figures a program acts on have accessors
 * here; {@link #result()} has the typed rest, and {@link #rawJson()} all of the answer (usage
 * statistics and the prices of every API included).
 *
 * <p>The models it hands out are the generated answer models, read-only: every reader of this
 * answer reads what the service sent.
 */
public final class UserData {
  private final UserDataEnvelope envelope;
  private final UserDataTask task;
  private final byte[] raw;

  UserData(UserDataEnvelope envelope, UserDataTask task, byte[] raw) {
    this.envelope = envelope;
    this.task = task;
    this.raw = raw;
  }

  /**
   * The account's data as the service sent it.
   *
   * @return the result, or null when the service sent none
   */
  public @Nullable UserDataResult result() {
    List<UserDataResult> results = task.getResult();
    return results == null || results.isEmpty() ? null : results.get(0);
  }

  /**
   * The account's API login.
   *
   * @return the login, or null when the service did not say
   */
  public @Nullable String login() {
    UserDataResult result = result();
    return result == null ? null : result.getLogin();
  }

  /**
   * The money left in the account, in USD: what paid calls draw on (a call the balance cannot pay
   * for is refused with 40210).
   *
   * @return the balance, or null when the service did not say
   */
  public @Nullable Double balance() {
    UserDataMoney money = money();
    return money == null ? null : money.getBalance();
  }

  /**
   * How many calls a minute the account may make, all APIs together: the limit the service
   * refuses calls beyond (40202). 10,000 by default since 2026-10-19; accounts can have their own.
   *
   * @return the limit, or null when the service did not say (or said 0)
   */
  public @Nullable Integer callsPerMinute() {
    return count(total(rateLimits(), false));
  }

  /**
   * How many calls a day the account may make, all APIs together.
   *
   * @return the limit, or null when the account has none (the service says 0) or did not say
   */
  public @Nullable Integer callsPerDay() {
    return count(total(rateLimits(), true));
  }

  /**
   * The daily spending limit set in the dashboard, in USD: once the day's calls have cost it, calls
   * are refused with 40203 until 00:00 UTC.
   *
   * @return the limit, or null when none is set (the service says 0) or it did not say
   */
  public @Nullable Double dailySpendingLimit() {
    UserDataMoney money = money();
    Double limit = total(money == null ? null : money.getLimits(), true);
    return limit == null || !(limit > 0) ? null : limit;
  }

  /**
   * When the account's Backlinks API subscription expires, as the service writes it
   * ({@code yyyy-mm-dd hh:mm:ss +00:00}, UTC).
   *
   * @return the date, or null when the account has no subscription (its Backlinks calls are then
   *     refused with 40204)
   */
  public @Nullable String backlinksSubscriptionExpiry() {
    UserDataResult result = result();
    return result == null ? null : result.getBacklinksSubscriptionExpiryDate();
  }

  /**
   * The price of a live call of a Backlinks function, such as {@code summary} or
   * {@code bulk_pages_summary}: its parts, such as a price per call ({@code per_request}) and one
   * per result ({@code per_result}).
   *
   * @param function the function's name in the API, as in its path
   * @return the parts of the price, unmodifiable; empty when the service did not say
   */
  public List<UserDataPrice> livePrice(String function) {
    UserDataResult result = result();
    UserDataPrices prices = result == null ? null : result.getPrice();
    Map<String, @Nullable UserDataFunctionPrices> backlinks =
        prices == null ? null : prices.getBacklinks();
    UserDataFunctionPrices of = backlinks == null ? null : backlinks.get(function);
    List<UserDataPrice> parts = of == null || of.getLive() == null ? null
        : of.getLive().getPriorityNormal();
    return parts == null ? Collections.<UserDataPrice>emptyList() : Collections.unmodifiableList(parts);
  }

  /**
   * The id DataForSEO gave the task (a UUID).
   *
   * @return the task id, or null when the service sent none
   */
  public @Nullable String taskId() {
    return task.getId();
  }

  /**
   * What the call cost, in USD: 0, as user_data is free.
   *
   * @return the cost
   */
  public double cost() {
    return ResponseReader.costOf(envelope, task);
  }

  /**
   * The whole envelope as it came over the wire.
   *
   * @return the envelope
   */
  public UserDataEnvelope envelope() {
    return envelope;
  }

  /**
   * The task as it came over the wire.
   *
   * @return the task
   */
  public UserDataTask task() {
    return task;
  }

  /**
   * The answer exactly as the service sent it (UTF-8 JSON), decoded on each call: everything the
   * typed models leave out.
   *
   * @return the answer's JSON
   */
  public String rawJson() {
    return new String(raw, StandardCharsets.UTF_8);
  }

  private @Nullable UserDataLimits rateLimits() {
    UserDataResult result = result();
    UserDataRates rates = result == null ? null : result.getRates();
    return rates == null ? null : rates.getLimits();
  }

  private @Nullable UserDataMoney money() {
    UserDataResult result = result();
    return result == null ? null : result.getMoney();
  }

  private static @Nullable Double total(@Nullable UserDataLimits limits, boolean day) {
    UserDataAmounts amounts = limits == null ? null : day ? limits.getDay() : limits.getMinute();
    return amounts == null ? null : amounts.getTotal();
  }

  /** A count the service writes as a number: null unless it is at least 1. */
  private static @Nullable Integer count(@Nullable Double value) {
    if (value == null || !(value >= 1)) {
      return null;
    }
    return value >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.floor(value);
  }

  /** Names the login and the limit per minute; never the balance's history or anything secret. */
  @Override
  public String toString() {
    return "UserData{login=" + login() + ", callsPerMinute=" + callsPerMinute() + ", balance="
        + balance() + "}";
  }
}
