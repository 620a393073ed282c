package org.backlinks4j.cli;

import java.util.Map;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;

/**
 * The answer the CLI's tests serve: a result in the service's field order, with a number past
 * 2^53, an empty map key and a field the model lacks, which the CLI must pass on exactly.
 */
final class Answers {
  /** Past 2^53: a double would round it. */
  static final String BIG = "9007199254740993";

  private Answers() {
  }

  /** Makes {@code fake} answer every target with {@link #envelope} about it. */
  static FakeDataForSeo serveBigResults(FakeDataForSeo fake) {
    fake.everyTarget().envelopes(target -> envelope(target, result(target)));
    return fake;
  }

  /** The environment with the fake's credentials. */
  static Map<String, String> credentials() {
    return Map.of("DATAFORSEO_LOGIN", FakeServerExtension.LOGIN,
        "DATAFORSEO_PASSWORD", FakeServerExtension.PASSWORD);
  }

  /** A result in the service's field order, with a number past 2^53 and a field the model lacks. */
  static String result(String target) {
    return "{\"target\":\"" + target + "\",\"first_seen\":\"2020-01-18 11:50:58 +00:00\","
        + "\"lost_date\":null,\"rank\":371,\"backlinks\":" + BIG + ",\"backlinks_spam_score\":8,"
        + "\"crawled_pages\":2150,\"info\":{\"server\":\"cloudflare\",\"cms\":null,"
        + "\"platform_type\":[\"unknown\"],\"ip_address\":\"172.67.129.80\",\"country\":\"US\","
        + "\"is_ip\":false,\"target_spam_score\":0},\"referring_domains\":12372,"
        + "\"referring_links_tld\":{\"com\":26012,\"\":15},"
        + "\"a_field_from_the_future\":{\"nested\":[1.50,2e3]},\"backlinks_nofollow\":13103}";
  }

  /** One successful task about {@code target} with this result. */
  static String envelope(String target, String result) {
    return "{\"version\":\"0.1.20230825\",\"status_code\":20000,\"status_message\":\"Ok.\","
        + "\"time\":\"0.1 sec.\",\"cost\":0.02003,\"tasks_count\":1,\"tasks_error\":0,\"tasks\":[{"
        + "\"id\":\"" + java.util.UUID.randomUUID() + "\",\"status_code\":20000,"
        + "\"status_message\":\"Ok.\",\"time\":\"0.1 sec.\",\"cost\":0.02003,\"result_count\":1,"
        + "\"path\":[\"v3\",\"backlinks\",\"summary\",\"live\"],"
        + "\"data\":{\"api\":\"backlinks\",\"function\":\"summary\",\"target\":\"" + target + "\"},"
        + "\"result\":[" + result + "]}]}";
  }
}
