package org.backlinks4j.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.backlinks4j.Quota;
import org.backlinks4j.UserData;
import org.backlinks4j.model.UserDataMoney;
import org.backlinks4j.model.UserDataPrice;
import org.backlinks4j.model.UserDataResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code backlinks account}: the account as DataForSEO's free user_data tells it, on one screen, or
 * its answer as JSON.
 */
@Command(
    name = "account",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Print the account: login, balance, limits, the prices of the calls this tool "
        + "makes, the Backlinks subscription. Free: user_data costs nothing.",
    footer = {
        "",
        "Examples:",
        "  backlinks account",
        "  backlinks account --json"
    })
final class AccountCommand implements Callable<Integer> {
  /** The Backlinks functions this project calls, as the API names them. */
  private static final List<String> FUNCTIONS = List.of("summary", "bulk_pages_summary");

  private final Map<String, String> env;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--json",
      description = "Print user_data's result object as the API sends it.")
  boolean json;

  @Mixin ConnectionOptions connectionOptions;

  AccountCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = PrintableWriter.around(spec.commandLine().getOut());
    PrintWriter err = PrintableWriter.around(spec.commandLine().getErr());
    return connectionOptions.run(env, out, err, (connection, printTo) -> {
      UserData data = connection.userData();
      printTo.print(json
          ? JsonCopy.indent(JsonCopy.firstResult(data.rawJson())) + System.lineSeparator()
          : screen(data, connection.quota()));
    });
  }

  /** The screen: one labelled line a figure, the way a person reads an account. */
  static String screen(UserData data, Quota quota) {
    UserDataResult result = data.result();
    UserDataMoney money = result == null ? null : result.getMoney();
    StringBuilder s = new StringBuilder();
    line(s, "Account", or(data.login(), "(the service did not say)"));
    Double balance = data.balance();
    Double deposited = money == null ? null : money.getTotal();
    line(s, "Balance", balance == null ? "(the service did not say)"
        : dollars(balance) + (deposited == null ? "" : " left of " + dollars(deposited)
            + " deposited"));
    Double spending = data.dailySpendingLimit();
    line(s, "Spending limit", spending == null ? "none a day"
        : dollars(spending) + " a day (then 40203 until 00:00 UTC)");
    Integer perMinute = data.callsPerMinute();
    Integer perDay = data.callsPerDay();
    line(s, "Rate limit", (perMinute == null ? "not said (DataForSEO's default is "
        + count(Quota.DEFAULT_CALLS) + ")" : count(perMinute)) + " calls a minute, "
        + (perDay == null ? "no daily limit" : count(perDay) + " a day"));
    line(s, "This tool sends", count(quota.calls()) + " calls a minute ("
        + (quota.followsAccount() ? "the account's" : "--rate") + "), " + quota.maxConcurrent()
        + " at once (" + (quota.maxConcurrent() == Quota.DEFAULT_MAX_CONCURRENT
            ? "DataForSEO's documented limit" : "--max-concurrent") + ")");
    String label = "Prices, live";
    for (String function : FUNCTIONS) {
      line(s, label, function + ": " + price(data.livePrice(function)));
      label = "";
    }
    String expiry = data.backlinksSubscriptionExpiry();
    line(s, "Backlinks API", expiry == null
        ? "no subscription: Backlinks calls are refused (40204)" : "subscribed until " + expiry);
    return s.toString();
  }

  private static void line(StringBuilder s, String label, String value) {
    s.append(String.format(Locale.ROOT, "%-16s %s%n", label, value));
  }

  private static String or(@Nullable String value, String otherwise) {
    return value == null ? otherwise : value;
  }

  private static String price(List<UserDataPrice> parts) {
    if (parts.isEmpty()) {
      return "(the service did not say)";
    }
    StringBuilder s = new StringBuilder();
    for (UserDataPrice part : parts) {
      if (s.length() > 0) {
        s.append(" + ");
      }
      s.append(part.getCost() == null ? "?" : dollars(part.getCost()));
      String type = part.getCostType();
      s.append("per_request".equals(type) ? " a call" : "per_result".equals(type) ? " a result"
          : type == null ? "" : " " + type);
    }
    return s.toString();
  }

  /** USD to the cent, or to the last digit the service wrote: $0.00003, $87.41523, $150.00. */
  private static String dollars(double value) {
    BigDecimal amount = BigDecimal.valueOf(value).stripTrailingZeros();
    return "$" + (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();
  }

  private static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
