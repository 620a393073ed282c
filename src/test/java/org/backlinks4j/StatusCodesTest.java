package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backlinks4j.BacklinksException.Origin;
import org.backlinks4j.RetryPolicy.Kind;
import org.backlinks4j.StatusCodes.Charge;
import org.backlinks4j.StatusCodes.Family;
import org.backlinks4j.StatusCodes.Meaning;
import org.backlinks4j.StatusCodes.QuotaSignal;
import org.backlinks4j.StatusCodes.Scope;
import org.junit.jupiter.api.Test;

/**
 * The table of what codes mean is the one the exceptions, the retries, the quota and the
 * account's gate follow, and the one the README and {@link BacklinksException#isRetryable()}'s
 * javadoc tell users: each exception the table makes is of its family's type and carries its row's
 * retry kind, and the documents name exactly the codes the table retries.
 */
class StatusCodesTest {
  private static final Pattern CODE = Pattern.compile("\\b[1-5]\\d{4}\\b");

  @Test
  void everyNamedCodeMakesItsFamilysExceptionWithItsRetryKind() {
    for (Map.Entry<Integer, Meaning> row : StatusCodes.named().entrySet()) {
      int code = row.getKey();
      Meaning meaning = row.getValue();
      for (Origin origin : new Origin[] {Origin.ENVELOPE, Origin.TASK}) {
        BacklinksException e = StatusCodes.forCode(origin, code, "m", 200, "id", null);
        assertSame(typeOf(meaning.family), e.getClass(), code + " " + meaning);
        assertEquals(meaning.retry, e.retryKind(), code + " " + meaning);
        assertEquals(meaning.quota, StatusCodes.quotaSignal(e), code + " " + meaning);
        assertEquals(meaning.scope, StatusCodes.scope(e), code + " " + meaning);
        assertEquals(origin, e.origin());
        assertEquals(code, e.statusCode());
      }
    }
  }

  @Test
  void onlyTheRateLimitsTellTheQuota() {
    for (Map.Entry<Integer, Meaning> row : StatusCodes.named().entrySet()) {
      QuotaSignal expected = row.getKey() == 40202 ? QuotaSignal.WINDOW_FULL
          : row.getKey() == 40209 ? QuotaSignal.SLOTS_TAKEN : QuotaSignal.NONE;
      assertEquals(expected, row.getValue().quota, String.valueOf(row.getKey()));
    }
    // An HTTP 429 from something in between tells nothing of the account's own limits.
    assertEquals(QuotaSignal.NONE, StatusCodes.ofHttp(429).quota);
  }

  @Test
  void codesTheTableDoesNotNameLandByRangeAndAreNeverRetried() {
    int[][] cases = {
        {40199, 0}, {40299, 1}, {40777, 2}, {49999, 2}, {50999, 3}, {59999, 3}, {20100, 4},
        {30000, 4}, {-1, 4}};
    Family[] families = {Family.AUTHENTICATION, Family.ACCOUNT, Family.INVALID_REQUEST,
        Family.SERVER, Family.UNEXPECTED};
    for (int[] c : cases) {
      assertNull(StatusCodes.named().get(c[0]));
      Meaning meaning = StatusCodes.ofCode(c[0]);
      assertEquals(families[c[1]], meaning.family, String.valueOf(c[0]));
      assertEquals(Kind.NEVER, meaning.retry, String.valueOf(c[0]));
      assertSame(typeOf(meaning.family),
          StatusCodes.forCode(Origin.ENVELOPE, c[0], "m", 200, null, null).getClass());
    }
    assertEquals(Scope.ACCOUNT, StatusCodes.ofCode(40199).scope);
    assertEquals(Scope.ACCOUNT, StatusCodes.ofCode(40299).scope);
    assertEquals(Scope.CALL, StatusCodes.ofCode(40777).scope);
  }

  @Test
  void httpStatusesWithoutAnEnvelope() {
    for (int http = 100; http <= 599; http++) {
      Meaning meaning = StatusCodes.ofHttp(http);
      BacklinksException e = StatusCodes.forHttp(http, "page", null);
      assertSame(typeOf(meaning.family), e.getClass(), String.valueOf(http));
      assertEquals(Origin.HTTP, e.origin());
      assertEquals(meaning.retry, e.retryKind(), String.valueOf(http));
      boolean retried = http == 429 || http >= 500;
      assertEquals(retried ? Kind.BACKOFF : Kind.NEVER, meaning.retry, String.valueOf(http));
      boolean account = http == 401 || http == 402 || http == 407;
      assertEquals(account ? Scope.ACCOUNT : Scope.CALL, StatusCodes.scope(e), String.valueOf(http));
    }
  }

  @Test
  void failuresWithoutTheServicesCodeAreNotInTheTable() {
    assertEquals(Scope.CALL, StatusCodes.scope(AccountException.spendingCap("cap")));
    assertEquals(QuotaSignal.NONE,
        StatusCodes.quotaSignal(NetworkException.of("network failed", new IOException())));
    assertInstanceOf(InvalidRequestException.class, InvalidRequestException.refused("tag", "long"));
    assertEquals(Origin.REQUEST, InvalidRequestException.refused("tag", "long").origin());
  }

  @Test
  void theReadmesRetryTableNamesTheCodesTheTableRetries() throws IOException {
    String readme = new String(Files.readAllBytes(Path.of("README.md")), "UTF-8");
    String table = readme.substring(readme.indexOf("**What is retried**"));
    table = table.substring(0, table.indexOf("\n\n", table.indexOf("| failure |")));
    Map<Integer, Kind> documented = new TreeMap<>();
    for (String line : table.split("\n")) {
      String[] cells = line.split("\\|");
      if (cells.length < 4) {
        continue;
      }
      String retried = cells[2].trim();
      Kind kind = retried.equals("once per call") ? Kind.ONCE
          : retried.equals("yes") ? cells[3].contains("a whole window") ? Kind.AFTER_WINDOW
          : Kind.BACKOFF : null;
      Matcher m = CODE.matcher(cells[1]);
      while (kind != null && m.find()) {
        documented.put(Integer.parseInt(m.group()), kind);
      }
    }
    assertEquals(retriedByTheTable(), documented);
  }

  @Test
  void theReadmesRetryTableSaysWhatTheTableSaysOfTheCharge() throws IOException {
    String readme = new String(Files.readAllBytes(Path.of("README.md")), "UTF-8");
    String table = readme.substring(readme.indexOf("**What is retried**"));
    table = table.substring(0, table.indexOf("\n\n", table.indexOf("| failure |")));
    int rows = 0;
    for (String line : table.split("\n")) {
      String[] cells = line.split("\\|");
      if (cells.length < 5 || cells[4].trim().isEmpty() || cells[1].contains("---")
          || cells[1].trim().equals("failure")) {
        continue;
      }
      String said = cells[4].trim();
      Charge documented = said.startsWith("no") ? Charge.NO
          : said.startsWith("unlikely") ? Charge.UNLIKELY : Charge.POSSIBLY;
      Matcher m = CODE.matcher(cells[1]);
      List<Charge> decided = new ArrayList<>();
      while (m.find()) {
        decided.add(StatusCodes.ofCode(Integer.parseInt(m.group())).charge);
      }
      if (cells[1].contains("HTTP 5xx or 429")) {
        decided.add(StatusCodes.ofHttp(500).charge);
        decided.add(StatusCodes.ofHttp(503).charge);
        decided.add(StatusCodes.ofHttp(429).charge);
      }
      if (cells[1].contains("network failure") || cells[1].contains("deadline")) {
        decided.add(StatusCodes.charge(NetworkException.of("network failed", new IOException())));
      }
      assertFalse(decided.isEmpty(), "a row the test cannot tie to the table: " + line);
      for (Charge charge : decided) {
        assertEquals(documented, charge, line);
      }
      rows++;
    }
    assertEquals(7, rows, "the README's rows that say whether a failed call was charged");
    assertEquals(Charge.NO, StatusCodes.charge(InvalidRequestException.refused("tag", "long")));
  }

  @Test
  void isRetryablesJavadocNamesTheCodesTheTableRetries() throws IOException {
    String source = new String(Files.readAllBytes(
        Path.of("src/main/java/org/backlinks4j/BacklinksException.java")), "UTF-8");
    int method = source.indexOf("public boolean isRetryable()");
    String doc = source.substring(source.lastIndexOf("/**", method), method);
    doc = doc.substring(0, doc.indexOf("Nothing else is"));
    Map<Integer, Kind> documented = new TreeMap<>();
    Matcher m = CODE.matcher(doc);
    while (m.find()) {
      documented.put(Integer.parseInt(m.group()), StatusCodes.ofCode(Integer.parseInt(m.group())).retry);
    }
    assertEquals(retriedByTheTable().keySet(), documented.keySet());
    assertFalse(documented.containsValue(Kind.NEVER));
  }

  private static Map<Integer, Kind> retriedByTheTable() {
    Map<Integer, Kind> retried = new TreeMap<>();
    for (Map.Entry<Integer, Meaning> row : StatusCodes.named().entrySet()) {
      if (row.getValue().retry != Kind.NEVER) {
        retried.put(row.getKey(), row.getValue().retry);
      }
    }
    return retried;
  }

  private static Class<? extends BacklinksException> typeOf(Family family) {
    switch (family) {
      case AUTHENTICATION:
        return AuthenticationException.class;
      case ACCOUNT:
        return AccountException.class;
      case RATE_LIMIT:
        return RateLimitException.class;
      case INVALID_REQUEST:
        return InvalidRequestException.class;
      case SERVER:
        return ServerException.class;
      default:
        return UnexpectedResponseException.class;
    }
  }
}
