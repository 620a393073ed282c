/*
 * Generated from spec/backlinks-summary.yaml by openapi-generator through tools/openapi-templates.
 * Do not edit: change the spec or a template, then run tools/regenerate.
 */

package org.backlinks4j.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonClass;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.backlinks4j.internal.ModelJson;
import org.jspecify.annotations.Nullable;

/**
 * The account as DataForSEO&#39;s user_data describes it. The answer holds more than is typed here (usage statistics, the prices of every API): the raw JSON keeps it all. 
 *
 * <p>An answer model, as the service sends it: read-only, its lists and maps unmodifiable, so that
 * every part of a program that reads one answer reads the same values. Only
 * {@code UserDataResultJsonAdapter}, generated beside it, makes one, from JSON, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public final class UserDataResult {
  private final @Nullable String login;

  private final @Nullable String timezone;

  private final @Nullable UserDataRates rates;

  private final @Nullable UserDataMoney money;

  private final @Nullable UserDataPrices price;

  private final @Nullable String backlinksSubscriptionExpiryDate;

  /** The model of these values, for its JSON adapter: lists and maps are kept as unmodifiable views. */
  UserDataResult(
      @Nullable String login,
      @Nullable String timezone,
      @Nullable UserDataRates rates,
      @Nullable UserDataMoney money,
      @Nullable UserDataPrices price,
      @Nullable String backlinksSubscriptionExpiryDate) {
    this.login = login;
    this.timezone = timezone;
    this.rates = rates;
    this.money = money;
    this.price = price;
    this.backlinksSubscriptionExpiryDate = backlinksSubscriptionExpiryDate;
  }

  /**
   * The account&#39;s API login.
   *
   * @return {@code login}, or null when absent
   */
  public @Nullable String getLogin() {
    return login;
  }

  /**
   * The time zone set in the account&#39;s profile.
   *
   * @return {@code timezone}, or null when absent
   */
  public @Nullable String getTimezone() {
    return timezone;
  }

  /**
   * The {@code rates} field.
   *
   * @return {@code rates}, or null when absent
   */
  public @Nullable UserDataRates getRates() {
    return rates;
  }

  /**
   * The {@code money} field.
   *
   * @return {@code money}, or null when absent
   */
  public @Nullable UserDataMoney getMoney() {
    return money;
  }

  /**
   * The {@code price} field.
   *
   * @return {@code price}, or null when absent
   */
  public @Nullable UserDataPrices getPrice() {
    return price;
  }

  /**
   * When the account&#39;s Backlinks API subscription expires, as &#x60;yyyy-mm-dd hh:mm:ss +00:00&#x60; (UTC); null when it has none (its Backlinks calls are then refused with 40204). 
   *
   * @return {@code backlinks_subscription_expiry_date}, or null when absent
   */
  public @Nullable String getBacklinksSubscriptionExpiryDate() {
    return backlinksSubscriptionExpiryDate;
  }

  /** Equal when every field is. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    UserDataResult that = (UserDataResult) o;
    return Objects.equals(login, that.login)
        && Objects.equals(timezone, that.timezone)
        && Objects.equals(rates, that.rates)
        && Objects.equals(money, that.money)
        && Objects.equals(price, that.price)
        && Objects.equals(backlinksSubscriptionExpiryDate, that.backlinksSubscriptionExpiryDate);
  }

  /** A hash of every field, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(login, timezone, rates, money, price, backlinksSubscriptionExpiryDate);
  }

  /** Every field by its wire name, for logs and test failures. */
  @Override
  public String toString() {
    return "UserDataResult{"
        + "login=" + login
        + ", timezone=" + timezone
        + ", rates=" + rates
        + ", money=" + money
        + ", price=" + price
        + ", backlinks_subscription_expiry_date=" + backlinksSubscriptionExpiryDate
        + "}";
  }
}

/**
 * Reads and writes {@link UserDataResult} as the wire's JSON, found by Moshi through
 * {@code @JsonClass} (the name Moshi looks for is the model's plus {@code JsonAdapter}).
 *
 * <p>Generated rather than left to Moshi's reflective adapter: names are matched through
 * {@link JsonReader.Options} and values read without reflection, which the benchmarks showed to be
 * faster, and no field needs keeping from R8. The values read go to the model's package-private
 * constructor: an answer model has no other way in. Fields are written in the spec's order; an
 * absent (null) one is left out, an unknown name read is skipped. Strings, numbers and booleans, and maps of
 * them (a null inside such a map kept both ways), are read and written here and through
 * {@code ModelJson}; other fields (models, enums, lists, other maps) through Moshi's adapter for
 * their type; a schema marked {@code x-java-json-array} is a plain JSON array of values (a
 * {@code List<Object>}), written as it is.
 */
final class UserDataResultJsonAdapter extends JsonAdapter<UserDataResult> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "login",
      "timezone",
      "rates",
      "money",
      "price",
      "backlinks_subscription_expiry_date");
  private final JsonAdapter<UserDataRates> ratesAdapter;
  private final JsonAdapter<UserDataMoney> moneyAdapter;
  private final JsonAdapter<UserDataPrices> priceAdapter;

  UserDataResultJsonAdapter(Moshi moshi) {
    this.ratesAdapter = moshi.adapter(UserDataRates.class);
    this.moneyAdapter = moshi.adapter(UserDataMoney.class);
    this.priceAdapter = moshi.adapter(UserDataPrices.class);
  }

  @Override
  public UserDataResult fromJson(JsonReader reader) throws IOException {
    @Nullable String login = null;
    @Nullable String timezone = null;
    @Nullable UserDataRates rates = null;
    @Nullable UserDataMoney money = null;
    @Nullable UserDataPrices price = null;
    @Nullable String backlinksSubscriptionExpiryDate = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          login = ModelJson.nextString(reader);
          break;
        case 2 - 1:
          timezone = ModelJson.nextString(reader);
          break;
        case 3 - 1:
          rates = ratesAdapter.fromJson(reader);
          break;
        case 4 - 1:
          money = moneyAdapter.fromJson(reader);
          break;
        case 5 - 1:
          price = priceAdapter.fromJson(reader);
          break;
        case 6 - 1:
          backlinksSubscriptionExpiryDate = ModelJson.nextString(reader);
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return new UserDataResult(
        login,
        timezone,
        rates,
        money,
        price,
        backlinksSubscriptionExpiryDate);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable UserDataResult value) throws IOException {
    if (value == null) {
      throw new NullPointerException("a null UserDataResult (Moshi wraps this adapter in nullSafe())");
    }
    writer.beginObject();
    writer.name("login");
    writer.value(value.getLogin());
    writer.name("timezone");
    writer.value(value.getTimezone());
    writer.name("rates");
    ratesAdapter.toJson(writer, value.getRates());
    writer.name("money");
    moneyAdapter.toJson(writer, value.getMoney());
    writer.name("price");
    priceAdapter.toJson(writer, value.getPrice());
    writer.name("backlinks_subscription_expiry_date");
    writer.value(value.getBacklinksSubscriptionExpiryDate());
    writer.endObject();
  }
}
