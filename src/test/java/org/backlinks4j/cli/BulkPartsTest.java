package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small parts bulk stands on: the hash index, CSV quoting, record scans. */
class BulkPartsTest {
  @Test
  void theHashIndexKeepsEveryEntryAcrossGrowth() {
    HashIndex index = new HashIndex();
    Set<Long> hashes = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      long hash = HashIndex.hash("site" + i + ".example.com");
      hashes.add(hash);
      index.put(hash, i);
    }
    assertEquals(100_000, hashes.size(), "no two of 100,000 targets share a hash");
    assertEquals(100_000, index.size());
    for (int i = 0; i < 100_000; i += 7) {
      assertEquals(i, index.get(HashIndex.hash("site" + i + ".example.com")));
    }
    assertFalse(index.contains(HashIndex.hash("site100000.example.com")));
    assertEquals(HashIndex.ABSENT, index.get(HashIndex.hash("other.example.com")));
    index.put(HashIndex.hash("site5.example.com"), -1);
    assertEquals(-1, index.get(HashIndex.hash("site5.example.com")));
    assertEquals(100_000, index.size());
  }

  @Test
  void csvQuotesWhatNeedsQuotingAndReadsItBack() {
    String row = Csv.row(Arrays.asList("plain", "with,comma", "with \"quote\"", "", "two\nlines"));
    assertEquals("plain,\"with,comma\",\"with \"\"quote\"\"\",,\"two\nlines\"", row);
    assertEquals(Arrays.asList("plain", "with,comma", "with \"quote\"", ""),
        Csv.leading(row, 4));
    assertNull(Csv.leading("a,\"unterminated", 2), "a torn row is no record");
    assertNull(Csv.leading("a,b", 3), "a short row is no record");
  }

  @Test
  void recordScansFindTargetAndOutcomeAndRejectTornLines() {
    String ok = RecordFormat.JSON.line(BulkRecord.invalid("x y", Endpoint.SUMMARY, "target: contains whitespace"));
    RecordFormat.Scanned scanned = RecordFormat.JSON.scan(ok);
    assertNotNull(scanned);
    assertEquals("x y", scanned.target);
    assertFalse(scanned.succeeded);
    assertNull(RecordFormat.JSON.scan(ok.substring(0, ok.length() - 3)));
    assertNull(RecordFormat.JSON.scan("{\"target\":\"a.com\",\"status_co"));

    String header = RecordFormat.CSV.header();
    assertNotNull(header);
    assertNull(RecordFormat.CSV.scan(header));
    String row = RecordFormat.CSV.line(BulkRecord.failure("a,b.com", 0, "network failure: \"x\"\nmore"));
    assertFalse(row.contains("\n"), "one record, one line");
    RecordFormat.Scanned csv = RecordFormat.CSV.scan(row);
    assertNotNull(csv);
    assertEquals("a,b.com", csv.target);
    assertNull(RecordFormat.CSV.scan(row.substring(0, row.length() / 2)));
  }

  @Test
  void aLineCountsAsARecordOnlyWhenItIsExactlyOneCompleteRecord() {
    String ok = RecordFormat.JSON.line(BulkRecord.failure("a.com", 50000, "x"));
    assertNotNull(RecordFormat.JSON.scan(ok));
    String success = ok.replace("\"status_code\":50000", "\"status_code\":20000")
        .replace("\"result\":null", "\"result\":{\"rank\":1}");
    assertNotNull(RecordFormat.JSON.scan(success));
    // Records written before there were two endpoints have no endpoint; they are still records.
    assertNotNull(RecordFormat.JSON.scan(success.replace("\"endpoint\":null,", "")));
    assertNotNull(RecordFormat.JSON.scan(
        success.replace("\"endpoint\":null", "\"endpoint\":\"bulk-pages-summary\"")));
    for (String damaged : new String[] {
        ok.replace("\"endpoint\":null", "\"endpoint\":7"),
        ok + ok,                                                   // two records fused
        ok + "{\"target\":\"b.com\",\"status_co",                   // a torn one after it
        ok + " x",
        ok.replace("\"cost\":0,", ""),                               // a field missing
        ok.replace("\"cost\":0", "\"cost\":0,\"extra\":1"),          // a field records lack
        ok.replace("\"cost\":0", "\"cost\":0,\"target\":\"b.com\""),   // a field twice
        ok.replace("\"status_code\":50000", "\"status_code\":\"50000\""),
        ok.replace("\"status_code\":50000", "\"status_code\":2.5"),
        ok.replace("\"result\":null", "\"result\":[]"),
        "[" + ok + "]", "hello", ""}) {
      assertNull(RecordFormat.JSON.scan(damaged), damaged);
    }

    String row = RecordFormat.CSV.line(BulkRecord.failure("a.com", 50000, "x"));
    assertNotNull(RecordFormat.CSV.scan(row));
    assertNull(RecordFormat.CSV.scan(row + row), "two rows fused");
    assertNull(RecordFormat.CSV.scan(row + ",x"), "a field too many");
    assertNull(RecordFormat.CSV.scan("a.com,20000,Ok."), "too few");
    assertNull(RecordFormat.CSV.scan(row.replace(",50000,", ",ok,")), "a status that is no code");
    assertNull(Csv.fields("\"a\"b,c"), "text after a closing quote");
  }

  @Test
  void costsAreWrittenAsPlainDecimals() {
    assertEquals("0.02003", RecordFormat.cost(0.02003));
    assertEquals("0.0001", RecordFormat.cost(1e-4));
    assertEquals("0", RecordFormat.cost(0));
  }
}
