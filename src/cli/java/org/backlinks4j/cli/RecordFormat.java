package org.backlinks4j.cli;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
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
      // The whole line, as exactly one record: two records fused into one line (two writers, or
      // a write that failed halfway and was followed by another), a line torn in the middle of
      // the file or text that is no record must not pass for the record of its first target.
      try (JsonReader in = JsonReader.of(new Buffer().writeUtf8(line))) {
        String target = null;
        int status = 0;
        int seen = 0; // one bit a field
        in.beginObject();
        while (in.hasNext()) {
          int field = FIELDS.indexOf(in.nextName());
          if (field < 0 || (seen & 1 << field) != 0) {
            return null; // a field records do not have, or one twice
          }
          seen |= 1 << field;
          JsonReader.Token token = in.peek();
          switch (field) {
            case 0:
              if (token != JsonReader.Token.STRING) {
                return null;
              }
              target = in.nextString();
              break;
            case 1:
              if (token != JsonReader.Token.NUMBER) {
                return null;
              }
              status = in.nextInt(); // throws unless an int
              break;
            case 2:
              if (token != JsonReader.Token.STRING) {
                return null;
              }
              in.skipValue();
              break;
            case 3:
              if (token != JsonReader.Token.NUMBER) {
                return null;
              }
              in.skipValue();
              break;
            case 4:
              if (token != JsonReader.Token.STRING && token != JsonReader.Token.NULL) {
                return null;
              }
              in.skipValue();
              break;
            default:
              if (token != JsonReader.Token.BEGIN_OBJECT && token != JsonReader.Token.NULL) {
                return null;
              }
              in.skipValue();
          }
        }
        in.endObject();
        // A strict reader throws on a second value after the first: so must nothing follow.
        if ((seen & REQUIRED) != REQUIRED || in.peek() != JsonReader.Token.END_DOCUMENT) {
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
      return Csv.row(CsvColumns.row(record));
    }

    @Override
    @Nullable Scanned scan(String line) {
      if (line.equals(header())) {
        return null;
      }
      // The whole row, as exactly one record: fused or torn rows have another number of fields.
      List<String> fields = Csv.fields(line);
      if (fields == null || fields.size() != CsvColumns.NAMES.size()
          || !fields.get(CsvColumns.STATUS_CODE).matches("-?\\d{1,10}")
          || !fields.get(CsvColumns.COST).matches("\\d+(\\.\\d+)?")) {
        return null;
      }
      return new Scanned(fields.get(0),
          fields.get(CsvColumns.STATUS_CODE).equals(String.valueOf(BulkRecord.OK)));
    }
  };

  /**
   * The format {@code --format} names: json (or jsonl) or csv, in any case.
   *
   * @throws IllegalArgumentException for any other name
   */
  static RecordFormat named(String format) {
    switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "json":
      case "jsonl":
        return JSON;
      case "csv":
        return CSV;
      default:
        throw new IllegalArgumentException("--format must be json or csv: " + format);
    }
  }

  /** The first line of a file in this format, or null when it has none. */
  abstract @Nullable String header();

  /** The record as one line, without the line break. */
  abstract String line(BulkRecord record);

  /**
   * The target and outcome of a line, or null unless the line is exactly one complete record of
   * this format (the header is none).
   */
  abstract @Nullable Scanned scan(String line);

  /** The fields of a JSON record, in the order {@link #line} writes them. */
  private static final List<String> FIELDS =
      Arrays.asList("target", "status_code", "status_message", "cost", "endpoint", "result");
  /**
   * The fields every JSON record has, one bit a field: all but {@code endpoint}, which records
   * written before there were two endpoints lack (they are summary's).
   */
  private static final int REQUIRED = (1 << FIELDS.size()) - 1 & ~(1 << FIELDS.indexOf("endpoint"));

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
