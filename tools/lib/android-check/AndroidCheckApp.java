package example;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import org.backlinks4j.AuthenticationException;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.BulkPagesSummary;
import org.backlinks4j.BulkPagesSummaryPlan;
import org.backlinks4j.BulkPagesSummaryRequest;
import org.backlinks4j.Credentials;
import org.backlinks4j.Summary;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.UnexpectedResponseException;
import org.backlinks4j.UserData;
import org.backlinks4j.filter.BacklinksField;
import org.backlinks4j.filter.Filter;
import org.backlinks4j.model.BacklinksStatusType;
import org.backlinks4j.model.BulkPagesSummaryItem;
import org.backlinks4j.model.RankScale;
import org.backlinks4j.model.SummaryResult;

/**
 * An app as an Android release build would ship it: tools/android-check compiles it against the
 * installed library, shrinks and obfuscates it with its whole closure by R8 with only the rules
 * the dependencies ship, and runs the result against the project's fake server. Each line it prints
 * is one use of the library that an R8 rule could break. Arguments: the fake's base URL, the
 * library's version (the User-Agent must name it), and the targets the fake was told to answer
 * with null map values, a failed authentication and an unreadable body.
 */
public final class AndroidCheckApp {
  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    String version = args[1];
    String nullsTarget = args[2];
    String authTarget = args[3];
    String unreadableTarget = args[4];

    // The app's own OkHttpClient, as apps share one: it also lets the app see the User-Agent sent.
    AtomicReference<String> userAgent = new AtomicReference<>();
    OkHttpClient http = new OkHttpClient.Builder()
        .addNetworkInterceptor(chain -> {
          userAgent.set(chain.request().header("User-Agent"));
          return chain.proceed(chain.request());
        })
        .build();
    try (BacklinksClient client = BacklinksClient.builder()
        .credentials(Credentials.of("app@example.com", "not-a-real-password"))
        .baseUrl(baseUrl)
        .okHttpClient(http)
        .maxRetries(0)
        .build()) {
      // The filter DSL: its field types hold their operators in EnumSets.
      Filter typed = BacklinksField.DOFOLLOW.isTrue()
          .and(BacklinksField.BACKLINK_SPAM_SCORE.lt(50).or(BacklinksField.DOMAIN_FROM_RANK.gte(300)));
      SummaryRequest request = SummaryRequest.builder("explodingtopics.com")
          .filter(typed)
          .statusType(BacklinksStatusType.LIVE) // written by Moshi's enum adapter
          .rankScale(RankScale.ONE_THOUSAND)
          .internalListLimit(10)
          .build();
      check("typed filter: the request's JSON", true, request.toJson().contains(
          "\"backlinks_filters\":[[\"dofollow\",\"=\",true],\"and\",[[\"backlink_spam_score\",\"<\",50],"
              + "\"or\",[\"domain_from_rank\",\">=\",300]]]"));
      check("enums: the request's JSON", true, request.toJson().contains("\"backlinks_status_type\":\"live\"")
          && request.toJson().contains("\"rank_scale\":\"one_thousand\""));
      Summary summary = client.summary(request);
      SummaryResult result = summary.requireResult();
      check("typed filter: rank", 371, result.getRank());
      check("typed filter: backlinks", 41245L, result.getBacklinks());
      check("User-Agent names the library's version", true,
          userAgent.get() != null && userAgent.get().startsWith("dataforseo-backlinks/" + version + " "));
      System.out.printf("app: sync, typed filter: %s rank %d, %d backlinks (task %s)%n",
          result.getTarget(), result.getRank(), result.getBacklinks(), summary.taskId());
      System.out.println("app: User-Agent " + userAgent.get());

      Filter parsed = Filter.parse(
          "dofollow = true and (backlink_spam_score < 50 or domain_from_rank >= 300)");
      check("the parsed filter equals the typed one", typed, parsed);
      result = client.summary(SummaryRequest.builder("explodingtopics.com").filter(parsed).build())
          .requireResult();
      check("parsed filter: referring domains", 12372L, result.getReferringDomains());
      System.out.printf("app: sync, parsed filter %s: %d referring domains%n", parsed,
          result.getReferringDomains());

      Summary async = client.summaryAsync(SummaryRequest.of("explodingtopics.com"))
          .get(30, TimeUnit.SECONDS);
      check("async: rank", 371, async.requireResult().getRank());
      System.out.printf("app: async: rank %d, cost %s%n", async.requireResult().getRank(), async.cost());

      // The second operation: its request, plan, generated models and the item matched by url.
      java.util.List<String> targets = java.util.Arrays.asList("explodingtopics.com", nullsTarget);
      BulkPagesSummaryPlan plan = BulkPagesSummaryPlan.of(targets);
      check("bulk_pages_summary: one request", 1, plan.batches().size());
      BulkPagesSummary bulk = client.bulkPagesSummary(plan.batches().get(0).request());
      BulkPagesSummaryItem item = bulk.itemFor("explodingtopics.com");
      check("bulk_pages_summary: backlinks", 41245L, item.getBacklinks());
      check("bulk_pages_summary: the null map value's key", true,
          bulk.itemFor(nullsTarget).getReferringLinksTld().containsKey(""));
      BulkPagesSummary bulkAsync = client.bulkPagesSummaryAsync(BulkPagesSummaryRequest.of(targets))
          .get(30, TimeUnit.SECONDS);
      check("bulk_pages_summary async: items", 2, bulkAsync.items().size());
      System.out.printf("app: bulk_pages_summary: %d items, %s: %d backlinks, cost %s%n",
          bulk.items().size(), item.getUrl(), item.getBacklinks(), bulk.cost());

      Map<String, Long> tld = client.summary(SummaryRequest.of(nullsTarget)).requireResult()
          .getReferringLinksTld();
      check("null map value: the map", true, tld != null);
      check("null map value: com", 26012L, tld.get("com"));
      check("null map value: the empty key is there", true, tld.containsKey(""));
      check("null map value: its value", null, tld.get(""));
      System.out.println("app: referring_links_tld " + tld);

      UserData account = client.userData();
      check("user_data: the account's calls a minute", 10_000, account.callsPerMinute());
      check("user_data: a live price", 2, account.livePrice("summary").size());
      check("user_data: the quota took the account's limit", 10_000, client.quota().calls());
      System.out.println("app: user_data: " + account);

      try {
        client.summary(SummaryRequest.of(unreadableTarget));
        throw new AssertionError("unreadable answer: no exception");
      } catch (UnexpectedResponseException e) {
        check("unreadable answer: origin", BacklinksException.Origin.RESPONSE, e.origin());
        // The message names Moshi's exception by its own name, not the one R8 gave it.
        check("unreadable answer: the message names the parse failure", true,
            e.getMessage().contains(": JsonEncodingException: "));
        System.out.println("app: UnexpectedResponseException " + e.getMessage());
      }

      // Last: a refusal of the account holds the client's later calls back.
      try {
        client.summary(SummaryRequest.of(authTarget));
        throw new AssertionError("authentication: no exception");
      } catch (AuthenticationException e) {
        check("authentication: status code", 40100, e.statusCode());
        check("authentication: origin", BacklinksException.Origin.ENVELOPE, e.origin());
        System.out.println("app: AuthenticationException " + e.statusCode() + " " + e.statusMessage());
      }
      try {
        client.summary(SummaryRequest.of("explodingtopics.com"));
        throw new AssertionError("after a refusal of the account: no exception");
      } catch (AuthenticationException e) {
        check("after a refusal of the account: not sent", BacklinksException.Origin.REQUEST,
            e.origin());
        check("the client's condition", 40100, client.accountFailure().statusCode());
        System.out.println("app: held back: " + e.getMessage());
      }
      System.out.println("app: OK");
    } finally {
      // close() leaves a shared OkHttpClient to its owner.
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private static void check(String what, Object expected, Object actual) {
    if (expected == null ? actual != null : !expected.equals(actual)) {
      throw new AssertionError(what + ": expected " + expected + " but was " + actual);
    }
  }
}
