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
  void costsAreWrittenAsPlainDecimals() {
    assertEquals("0.02003", RecordFormat.cost(0.02003));
    assertEquals("0.0001", RecordFormat.cost(1e-4));
    assertEquals("0", RecordFormat.cost(0));
  }
}
