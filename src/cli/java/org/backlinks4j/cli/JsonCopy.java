package org.backlinks4j.cli;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * Copies JSON token by token, keeping every number as the text it was written with and every
 * object's fields in their order. Reading into a model and writing it back would round numbers
 * past 2^53 (as doubles), sort fields alphabetically and drop fields the model does not know.
 */
final class JsonCopy {
  /** Supplies raw JSON to write instead of the value at a path such as {@code $.tasks[0].id}. */
  interface Replacement {
    /**
     * The replacement of the value at {@code path}, or null to copy the value as it is.
     *
     * @param path the JSON path of the value, as {@link JsonReader#getPath()} names it
     * @return raw JSON, or null
     */
    @Nullable String at(String path);
  }

  private JsonCopy() {
  }

  /** The next value of {@code in} as compact JSON text. */
  static String compact(JsonReader in) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter out = JsonWriter.of(buffer)) {
      copy(in, out, null);
    }
    return buffer.readUtf8();
  }

  /**
   * The first result of the first task of a summary answer, as compact JSON: {@code
   * tasks[0].result[0]}, or "null" when the task has no result.
   *
   * @param envelope the answer's JSON, a successful envelope
   */
  static String firstResult(String envelope) throws IOException {
    try (JsonReader in = JsonReader.of(new Buffer().writeUtf8(envelope))) {
      if (!enter(in, "tasks") || !enterFirst(in) || !enter(in, "result") || !enterFirst(in)) {
        return "null";
      }
      return compact(in);
    }
  }

  /**
   * The items of a bulk_pages_summary answer as compact JSON, in the answer's order ({@code
   * tasks[0].result[0].items}, the order of the library's {@code items()}); empty when there are
   * none.
   *
   * @param envelope the answer's JSON, a successful envelope
   */
  static List<String> items(String envelope) throws IOException {
    List<String> items = new ArrayList<>();
    try (JsonReader in = JsonReader.of(new Buffer().writeUtf8(envelope))) {
      if (!enter(in, "tasks") || !enterFirst(in) || !enter(in, "result") || !enterFirst(in)
          || !enter(in, "items") || in.peek() != JsonReader.Token.BEGIN_ARRAY) {
        return items;
      }
      in.beginArray();
      while (in.hasNext()) {
        items.add(compact(in));
      }
    }
    return items;
  }

  /** Moves into the object's field {@code name}; false when it is missing or null. */
  private static boolean enter(JsonReader in, String name) throws IOException {
    if (in.peek() != JsonReader.Token.BEGIN_OBJECT) {
      return false;
    }
    in.beginObject();
    while (in.hasNext()) {
      if (in.nextName().equals(name)) {
        return in.peek() != JsonReader.Token.NULL;
      }
      in.skipValue();
    }
    return false;
  }

  /** Moves onto the array's first element; false when the array is empty. */
  private static boolean enterFirst(JsonReader in) throws IOException {
    if (in.peek() != JsonReader.Token.BEGIN_ARRAY) {
      return false;
    }
    in.beginArray();
    return in.hasNext();
  }

  /** {@code json} re-indented with two spaces, fields, order and numbers unchanged. */
  static String indent(String json) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonReader in = JsonReader.of(new Buffer().writeUtf8(json));
        JsonWriter out = JsonWriter.of(buffer)) {
      out.setIndent("  ");
      copy(in, out, null);
    }
    return buffer.readUtf8();
  }

  /** Copies the next value of {@code in} to {@code out}, replacing what {@code replacement} names. */
  static void copy(JsonReader in, JsonWriter out, @Nullable Replacement replacement)
      throws IOException {
    // Without this a null field is dropped rather than written.
    out.setSerializeNulls(true);
    switch (in.peek()) {
      case BEGIN_ARRAY:
        in.beginArray();
        out.beginArray();
        while (in.hasNext()) {
          copy(in, out, replacement);
        }
        in.endArray();
        out.endArray();
        break;
      case BEGIN_OBJECT:
        in.beginObject();
        out.beginObject();
        while (in.hasNext()) {
          out.name(in.nextName());
          String raw = replacement == null ? null : replacement.at(in.getPath());
          if (raw != null) {
            in.skipValue();
            raw(out, raw);
          } else {
            copy(in, out, replacement);
          }
        }
        in.endObject();
        out.endObject();
        break;
      case STRING:
        out.value(in.nextString());
        break;
      case NUMBER:
        // nextString() gives a number's literal text: no trip through double.
        raw(out, in.nextString());
        break;
      case BOOLEAN:
        out.value(in.nextBoolean());
        break;
      case NULL:
        in.nextNull();
        out.nullValue();
        break;
      default:
        throw new IOException("unexpected " + in.peek() + " at " + in.getPath());
    }
  }

  /** Writes {@code json}, which must be one complete JSON value, as the next value of {@code out}. */
  static void raw(JsonWriter out, String json) throws IOException {
    try (BufferedSink sink = out.valueSink()) {
      sink.writeUtf8(json);
    }
  }
}
