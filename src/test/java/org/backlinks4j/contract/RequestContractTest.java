package org.backlinks4j.contract;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.model.BacklinksStatusType;
import org.backlinks4j.model.RankScale;

/** Whatever mix of options a caller sets, the request the builder makes keeps to the spec. */
class RequestContractTest {
  @Property(tries = 200)
  void everyRequestTheBuilderMakesKeepsTheContract(@ForAll("requests") SummaryRequest request) {
    ContractValidator.spec().assertValidRequestBody("[" + request.toJson() + "]");
  }

  @Provide
  Arbitrary<SummaryRequest> requests() {
    Arbitrary<String> targets = Arbitraries.of("explodingtopics.com", "blog.example.com",
        "https://example.com/a/page?x=1", "http://example.org/", "xn--bcher-kva.example");
    return Builders.withBuilder(() -> SummaryRequest.builder("example.com"))
        .use(targets).in(SummaryRequest.Builder::target)
        .use(Arbitraries.of(true, false)).withProbability(0.5).in(SummaryRequest.Builder::includeSubdomains)
        .use(Arbitraries.of(true, false)).withProbability(0.5).in(SummaryRequest.Builder::includeIndirectLinks)
        .use(Arbitraries.of(true, false)).withProbability(0.5)
        .in(SummaryRequest.Builder::excludeInternalBacklinks)
        .use(Arbitraries.integers().between(1, 1000)).withProbability(0.5)
        .in(SummaryRequest.Builder::internalListLimit)
        .use(Arbitraries.of(BacklinksStatusType.class)).withProbability(0.5).in(SummaryRequest.Builder::statusType)
        .use(Arbitraries.of(RankScale.class)).withProbability(0.5).in(SummaryRequest.Builder::rankScale)
        .use(Arbitraries.strings().alpha().numeric().withChars(" -_.:/é漢").ofMaxLength(255))
        .withProbability(0.5).in(SummaryRequest.Builder::tag)
        .use(filters()).withProbability(0.5).in(SummaryRequest.Builder::rawFilters)
        .build(SummaryRequest.Builder::build);
  }

  private static Arbitrary<List<Object>> filters() {
    List<Object> dofollow = Arrays.asList("dofollow", "=", true);
    List<Object> spam = Arrays.asList("backlink_spam_score", "<", 50);
    List<Object> rank = Arrays.asList("domain_from_rank", ">=", 300);
    List<Object> countries = Arrays.asList("domain_from_country", "in", Arrays.asList("US", "GB"));
    List<Object> anchor = Arrays.asList("anchor", "like", "%seo%");
    return Arbitraries.of(dofollow, spam, countries, anchor,
        Arrays.asList(rank, "and", anchor),
        Arrays.asList(dofollow, "and", Arrays.asList(spam, "or", rank)),
        Arrays.asList(countries, "or", spam, "or", dofollow));
  }
}
