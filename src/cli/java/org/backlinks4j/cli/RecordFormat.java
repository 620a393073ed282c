package org.backlinks4j.cli;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import org.backlinks4j.PrintableText;
import org.jspecify.annotations.Nullable;

/**
 * How bulk writes a record as one line, and reads back which target a line is about and whether it
 * succeeded (all that resuming needs). Every record is exactly one line in both formats.
 */
enum RecordFormat {
  /**
   * {@code {"target","status_code","status_message","cost","endpoint","result"}}, one JSON object
   * a line, every string exactly as sent (control characters in JSON's escapes). {@code result} is
   * summary's result or bulk_pages_summary's item, as {@code endpoint} says.
   */
  JSON {
    @Override
    @Nullable String header() {
      return null;
    }

    @Override
    String line(BulkRecord record) {
      Buffer buffer = new Buffer();
      try (JsonWriter out = JsonWriter.of(buffer)) {
        out.setSerializeNulls(true);
        out.beginObject();
        out.name("target").value(record.target);
        out.name("status_code").value(record.statusCode);
        out.name("status_message").value(record.statusMessage);
        out.name("cost");
        JsonCopy.raw(out, cost(record.cost));
        out.name("endpoint").value(record.endpoint == null ? null : record.endpoint.cliName);
        out.name("result");
        JsonCopy.raw(out, record.resultJson == null ? "null" : record.resultJson);
        out.endObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // The same JSON value with DEL, C1 and bidi controls escaped too (the writer escapes C0
      // only): someone will cat this file to a terminal. A compact line has no line break to keep.
      return PrintableText.escape(buffer.readUtf8());
    }

    @Override
    @Nullable Scanned scan(String line) {
      // target and status_code come first: the rest of a long line is never parsed.
      try (JsonReader in = JsonReader.of(new Buffer().writeUtf8(line))) {
        String target = null;
        Integer status = null;
        in.beginObject();
        while (in.hasNext() && (target == null || status == null)) {
          String name = in.nextName();
          if (name.equals("target") && in.peek() == JsonReader.Token.STRING) {
            target = in.nextString();
          } else if (name.equals("status_code") && in.peek() == JsonReader.Token.NUMBER) {
            status = in.nextInt();
          } else {
            in.skipValue();
          }
        }
        if (target == null || status == null || !line.endsWith("}")) {
          return null;
        }
        return new Scanned(target, status == BulkRecord.OK);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
  },

  /**
   * A header row, then one row a target with the headline metrics; failed rows leave them empty,
   * and so do rows of an endpoint without the column (bulk_pages_summary has no crawled pages,
   * link counts of the target's own pages, nofollow backlinks or target spam score).
   */
  CSV {
    @Override
    @Nullable String header() {
      return Csv.row(CsvColumns.NAMES);
    }

    @Override
    String line(BulkRecord record) {
      List<String> row = new ArrayList<>(CsvColumns.NAMES.size());
      row.add(record.target);
      row.add(String.valueOf(record.statusCode));
      row.add(oneLine(record.statusMessage));
      row.add(cost(record.cost));
      for (CsvColumns.Metric metric : CsvColumns.METRICS) {
        Object value = metric.of(record.result, record.item);
        row.add(value == null ? "" : oneLine(value.toString()));
      }
      return Csv.row(row);
    }

    @Override
    @Nullable Scanned scan(String line) {
      if (line.equals(header())) {
        return null;
      }
      List<String> fields = Csv.leading(line, CsvColumns.NAMES.size());
      if (fields == null) {
        return null;
      }
      return new Scanned(fields.get(0), fields.get(1).equals(String.valueOf(BulkRecord.OK)));
    }

    /** One row, one line: a line break inside a text would split the row for the resume scan. */
    private String oneLine(String text) {
      return text.replace('\r', ' ').replace('\n', ' ');
    }
  };

  /** The first line of a file in this format, or null when it has none. */
  abstract @Nullable String header();

  /** The record as one line, without the line break. */
  abstract String line(BulkRecord record);

  /** The target and outcome of a line, or null when it is no complete record (or the header). */
  abstract @Nullable Scanned scan(String line);

  /** A cost as JSON/CSV number text: plain decimal, never exponent notation. */
  static String cost(double cost) {
    return BigDecimal.valueOf(cost).stripTrailingZeros().toPlainString();
  }

  /** What resuming reads from a record line. */
  static final class Scanned {
    final String target;
    final boolean succeeded;

    Scanned(String target, boolean succeeded) {
      this.target = target;
      this.succeeded = succeeded;
    }
  }
}
