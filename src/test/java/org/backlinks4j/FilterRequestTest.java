package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.backlinks4j.filter.BacklinksField;
import org.backlinks4j.filter.Filter;
import org.backlinks4j.filter.InvalidFilterException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A request's filter goes over the wire as the exact nested JSON, and a bad one never leaves. */
class FilterRequestTest {
  private static final String NESTED = "\"backlinks_filters\":[[\"dofollow\",\"=\",true],\"and\","
      + "[[\"backlink_spam_score\",\"<\",50],\"or\",[\"domain_from_rank\",\">=\",300]]]";

  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withDefaultClient();

  private FakeDataForSeo server;
  private BacklinksClient client;

  @BeforeEach
  void start() {
    server = fake.server();
    client = fake.client();
  }

  @Test
  void aFilterIsSentAsTheExactNestedJson() throws Exception {
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));

    client.summary(SummaryRequest.builder("explodingtopics.com")
        .filter(BacklinksField.DOFOLLOW.isTrue()
            .and(BacklinksField.BACKLINK_SPAM_SCORE.lt(50).or(BacklinksField.DOMAIN_FROM_RANK.gte(300))))
        .build());

    assertEquals("[{\"target\":\"explodingtopics.com\"," + NESTED + "}]", server.takeRequest().getBody().readUtf8());
  }

  @Test
  void theTextFormAndRawJsonSendTheSame() throws Exception {
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));
    List<Object> raw = Arrays.asList(Arrays.asList("dofollow", "=", true), "and",
        Arrays.asList(Arrays.asList("backlink_spam_score", "<", 50.0), "or",
            Arrays.asList("domain_from_rank", ">=", 300)));

    // newBuilder() and build() copy the request: the filter keeps its numbers as written through both.
    client.summary(SummaryRequest.builder("explodingtopics.com")
        .filter(Filter.parse("dofollow = true and (backlink_spam_score < 50 or domain_from_rank >= 300)"))
        .build().newBuilder().build());
    client.summary(SummaryRequest.builder("explodingtopics.com").rawFilters(raw).build());

    assertTrue(server.takeRequest().getBody().readUtf8().contains(NESTED));
    assertTrue(server.takeRequest().getBody().readUtf8().contains(NESTED));
  }

  @Test
  void rawFiltersGetTheSameChecksAndNothingIsSent() {
    InvalidFilterException e = assertThrows(InvalidFilterException.class,
        () -> SummaryRequest.builder("explodingtopics.com")
            .rawFilters(Arrays.asList("dofollow", "=", "true")));
    assertTrue(e.getMessage().contains("dofollow is a boolean field"), e.getMessage());
    assertEquals(0, server.requestCount());
  }
}
