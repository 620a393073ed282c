package org.backlinks4j.contract;

import java.util.Arrays;
import java.util.List;
import org.backlinks4j.Gen;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.Tries;
import org.backlinks4j.model.BacklinksStatusType;
import org.backlinks4j.model.RankScale;
import org.junit.jupiter.api.Test;

/** Whatever mix of options a caller sets, the request the builder makes keeps to the spec. */
class RequestContractTest {
  private static final List<String> TARGETS = Arrays.asList("explodingtopics.com", "blog.example.com",
      "https://example.com/a/page?x=1", "http://example.org/", "xn--bcher-kva.example");
  private static final String TAG_CHARS = Gen.range('a', 'z') + Gen.range('A', 'Z') + Gen.range('0', '9')
      + " -_.:/é漢";

  @Test
  void everyRequestTheBuilderMakesKeepsTheContract() {
    Tries.check(200, RequestContractTest::request,
        request -> ContractValidator.spec().assertValidRequestBody("[" + request.toJson() + "]"));
  }

  /** The target always, and each other option with probability one half. */
  private static SummaryRequest request(Gen gen) {
    SummaryRequest.Builder builder = SummaryRequest.builder("example.com").target(gen.oneOf(TARGETS));
    if (gen.bool()) {
      builder.includeSubdomains(gen.bool());
    }
    if (gen.bool()) {
      builder.includeIndirectLinks(gen.bool());
    }
    if (gen.bool()) {
      builder.excludeInternalBacklinks(gen.bool());
    }
    if (gen.bool()) {
      builder.internalListLimit(gen.intBetween(1, 1000));
    }
    if (gen.bool()) {
      builder.statusType(gen.oneOf(BacklinksStatusType.values()));
    }
    if (gen.bool()) {
      builder.rankScale(gen.oneOf(RankScale.values()));
    }
    if (gen.bool()) {
      builder.tag(gen.string(0, 255, TAG_CHARS));
    }
    if (gen.bool()) {
      builder.rawFilters(gen.oneOf(FILTERS));
    }
    return builder.build();
  }

  private static final List<Object> DOFOLLOW = Arrays.asList("dofollow", "=", true);
  private static final List<Object> SPAM = Arrays.asList("backlink_spam_score", "<", 50);
  private static final List<Object> RANK = Arrays.asList("domain_from_rank", ">=", 300);
  private static final List<Object> COUNTRIES = Arrays.asList("domain_from_country", "in", Arrays.asList("US", "GB"));
  private static final List<Object> ANCHOR = Arrays.asList("anchor", "like", "%seo%");
  private static final List<List<Object>> FILTERS = Arrays.asList(DOFOLLOW, SPAM, COUNTRIES, ANCHOR,
      Arrays.asList(RANK, "and", ANCHOR),
      Arrays.asList(DOFOLLOW, "and", Arrays.asList(SPAM, "or", RANK)),
      Arrays.asList(COUNTRIES, "or", SPAM, "or", DOFOLLOW));
}
