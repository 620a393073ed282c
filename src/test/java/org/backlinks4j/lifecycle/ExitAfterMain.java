package org.backlinks4j.lifecycle;

import org.backlinks4j.BacklinksClient;
import org.backlinks4j.SummaryRequest;

/**
 * A user's program, on the public API only: one sync and one async call, then {@code main}
 * returns and prints the moment it did, for {@code tools/limits-check exit} to time how long the
 * JVM lives on after it.
 *
 * <pre>
 * java -cp ... org.backlinks4j.lifecycle.ExitAfterMain BASE_URL close|no-close
 * </pre>
 *
 * <p>{@code close} makes the client in try-with-resources, as the README's quick start does;
 * {@code no-close} forgets to close it.
 */
public final class ExitAfterMain {
  private ExitAfterMain() {
  }

  /**
   * Runs the program.
   *
   * @param args the fake's base URL, then {@code close} or {@code no-close}
   */
  public static void main(String[] args) {
    if (args.length != 2 || !args[1].matches("close|no-close")) {
      throw new IllegalArgumentException("usage: ExitAfterMain BASE_URL close|no-close");
    }
    BacklinksClient.Builder builder = BacklinksClient.builder()
        .credentials("login@example.com", "s3cret-pass")
        .baseUrl(args[0]);
    if (args[1].equals("close")) {
      try (BacklinksClient client = builder.build()) {
        twoCalls(client);
      }
    } else {
      twoCalls(builder.build());
    }
    System.out.println("main returned at " + System.currentTimeMillis());
  }

  private static void twoCalls(BacklinksClient client) {
    client.summary(SummaryRequest.of("example.com"));
    client.summaryAsync(SummaryRequest.of("example.org")).join();
  }
}
