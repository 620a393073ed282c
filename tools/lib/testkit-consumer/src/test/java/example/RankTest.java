package example;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.*;

import org.backlinks4j.*;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// docs/testing.md's example, as it is written there: the page promises it runs.
class RankTest {
  @RegisterExtension // a fresh fake for each test, and a client pointed at it
  final FakeServerExtension fake = FakeServerExtension.withClient(b -> b.rateLimit(2000, 1, SECONDS));

  @Test
  void readsTheRankAfterARateLimit() {
    fake.server().target("a.com").result("{\"target\":\"a.com\",\"rank\":512}").failFirst(1, 40202);

    Summary summary = fake.client().summary(SummaryRequest.of("a.com")); // retried once
    assertEquals(512, summary.requireResult().getRank());
    assertEquals(2, fake.server().callsAbout("a.com"));
  }

  @Test
  void anInvalidTarget() {
    fake.server().target("bad.com").refuse();
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> fake.client().summary(SummaryRequest.of("bad.com")));
    assertEquals(40501, e.statusCode());
  }
}
