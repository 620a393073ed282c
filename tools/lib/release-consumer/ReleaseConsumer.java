package example;

import org.backlinks4j.BacklinksClient;
import org.backlinks4j.Credentials;
import org.backlinks4j.Summary;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.model.SummaryResult;

/**
 * A stranger's program, as tools/release-check builds it in a throwaway project outside the source
 * tree: it uses only the published API, and makes one call to the base URL it is given (the
 * project's fake server, which answers with the documented example and logs what it received, for
 * tools/release-check to check). Argument: the base URL.
 */
public final class ReleaseConsumer {
  public static void main(String[] args) {
    try (BacklinksClient client = BacklinksClient.builder()
        .credentials(Credentials.of("consumer@example.com", "not-a-real-password"))
        .baseUrl(args[0])
        .build()) {
      Summary summary = client.summary(SummaryRequest.builder("explodingtopics.com")
          .internalListLimit(10)
          .build());
      SummaryResult result = summary.requireResult();

      check("target", "explodingtopics.com", result.getTarget());
      check("rank", 371, result.getRank());
      check("backlinks", 41245L, result.getBacklinks());
      System.out.printf("consumer: %s rank %d, %,d backlinks from %,d domains (task %s)%n",
          result.getTarget(), result.getRank(), result.getBacklinks(), result.getReferringDomains(),
          summary.taskId());
    }
  }

  private static void check(String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      throw new AssertionError(what + ": expected " + expected + " but was " + actual);
    }
  }
}
