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
 * <p>A mutable wire model, as the service sends and takes it; fields not marked
 * {@code @Nullable} are required by the spec. Moshi reads and writes it through
 * {@code UserDataResultJsonAdapter}, generated beside it, with no reflection.
 */
@JsonClass(generateAdapter = true, generator = "tools/openapi-templates")
public class UserDataResult {
  private @Nullable String login;

  private @Nullable String timezone;

  private @Nullable UserDataRates rates;

  private @Nullable UserDataMoney money;

  private @Nullable UserDataPrices price;

  private @Nullable String backlinksSubscriptionExpiryDate;

  /** An empty model; set its fields with the chained setters. */
  public UserDataResult() {
  }

  /**
   * A shallow copy of {@code other}: the copy's fields are {@code other}'s, lists and maps shared.
   *
   * @param other the model to copy
   */
  public UserDataResult(UserDataResult other) {
    this.login = other.login;
    this.timezone = other.timezone;
    this.rates = other.rates;
    this.money = other.money;
    this.price = other.price;
    this.backlinksSubscriptionExpiryDate = other.backlinksSubscriptionExpiryDate;
  }

  /**
   * Sets {@code login} and returns this model.
   *
   * @param login the new value, or null to leave it out
   * @return this model
   */
  public UserDataResult login(@Nullable String login) {
    this.login = login;
    return this;
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
   * Sets {@code login}.
   *
   * @param login the new value, or null to leave it out
   */
  public void setLogin(@Nullable String login) {
    this.login = login;
  }

  /**
   * Sets {@code timezone} and returns this model.
   *
   * @param timezone the new value, or null to leave it out
   * @return this model
   */
  public UserDataResult timezone(@Nullable String timezone) {
    this.timezone = timezone;
    return this;
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
   * Sets {@code timezone}.
   *
   * @param timezone the new value, or null to leave it out
   */
  public void setTimezone(@Nullable String timezone) {
    this.timezone = timezone;
  }

  /**
   * Sets {@code rates} and returns this model.
   *
   * @param rates the new value, or null to leave it out
   * @return this model
   */
  public UserDataResult rates(@Nullable UserDataRates rates) {
    this.rates = rates;
    return this;
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
   * Sets {@code rates}.
   *
   * @param rates the new value, or null to leave it out
   */
  public void setRates(@Nullable UserDataRates rates) {
    this.rates = rates;
  }

  /**
   * Sets {@code money} and returns this model.
   *
   * @param money the new value, or null to leave it out
   * @return this model
   */
  public UserDataResult money(@Nullable UserDataMoney money) {
    this.money = money;
    return this;
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
   * Sets {@code money}.
   *
   * @param money the new value, or null to leave it out
   */
  public void setMoney(@Nullable UserDataMoney money) {
    this.money = money;
  }

  /**
   * Sets {@code price} and returns this model.
   *
   * @param price the new value, or null to leave it out
   * @return this model
   */
  public UserDataResult price(@Nullable UserDataPrices price) {
    this.price = price;
    return this;
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
   * Sets {@code price}.
   *
   * @param price the new value, or null to leave it out
   */
  public void setPrice(@Nullable UserDataPrices price) {
    this.price = price;
  }

  /**
   * Sets {@code backlinks_subscription_expiry_date} and returns this model.
   *
   * @param backlinksSubscriptionExpiryDate the new value, or null to leave it out
   * @return this model
   */
  public UserDataResult backlinksSubscriptionExpiryDate(@Nullable String backlinksSubscriptionExpiryDate) {
    this.backlinksSubscriptionExpiryDate = backlinksSubscriptionExpiryDate;
    return this;
  }

  /**
   * When the account&#39;s Backlinks API subscription expires, as &#x60;yyyy-mm-dd hh:mm:ss +00:00&#x60; (UTC); null when it has none (its Backlinks calls are then refused with 40204). 
   *
   * @return {@code backlinks_subscription_expiry_date}, or null when absent
   */
  public @Nullable String getBacklinksSubscriptionExpiryDate() {
    return backlinksSubscriptionExpiryDate;
  }

  /**
   * Sets {@code backlinks_subscription_expiry_date}.
   *
   * @param backlinksSubscriptionExpiryDate the new value, or null to leave it out
   */
  public void setBacklinksSubscriptionExpiryDate(@Nullable String backlinksSubscriptionExpiryDate) {
    this.backlinksSubscriptionExpiryDate = backlinksSubscriptionExpiryDate;
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
 * {@link JsonReader.Options} and fields set directly, which the benchmarks showed to be faster, and
 * no field needs keeping from R8 for reflection. Fields are written in the spec's order; an absent
 * (null) one is left out, an unknown name read is skipped. Strings, numbers and booleans, and maps of
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
    UserDataResult value = new UserDataResult();
    reader.beginObject();
    while (reader.hasNext()) {
      // The index of the name in NAMES (the template counts from 1), or -1 for an unknown name.
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          value.setLogin(ModelJson.nextString(reader));
          break;
        case 2 - 1:
          value.setTimezone(ModelJson.nextString(reader));
          break;
        case 3 - 1:
          value.setRates(ratesAdapter.fromJson(reader));
          break;
        case 4 - 1:
          value.setMoney(moneyAdapter.fromJson(reader));
          break;
        case 5 - 1:
          value.setPrice(priceAdapter.fromJson(reader));
          break;
        case 6 - 1:
          value.setBacklinksSubscriptionExpiryDate(ModelJson.nextString(reader));
          break;
        default:
          reader.skipName();
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    return value;
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
