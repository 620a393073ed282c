package org.backlinks4j.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the JSON adapters generated beside the models (tools/openapi-templates/jsonAdapter.mustache)
 * call to read and write plain values, and what the models' constructors call to hold lists and
 * maps read-only: written once here rather than inline in every adapter, so that each adapter
 * stays small (every operation's models bring theirs into the jar, whose size tools/footprint
 * holds to a budget). Moshi has these steps only inside its own
 * adapters, each looked up and wrapped per type; calling the reader directly is what makes the
 * generated adapters faster than its reflective one.
 */
public final class ModelJson {
  private ModelJson() {
  }

  /** Reads one value of a map; the item readers below fit it. */
  public interface ItemReader<T> {
    /**
     * Reads the next value.
     *
     * @param reader the reader, before a value
     * @return the value, or null for JSON null
     * @throws IOException when the JSON cannot be read
     */
    @Nullable T read(JsonReader reader) throws IOException;
  }

  /**
   * The next string, or null for JSON null.
   *
   * @param reader the reader, before a value
   * @return the value
   * @throws IOException when the JSON cannot be read, or the value is not a string
   */
  public static @Nullable String nextString(JsonReader reader) throws IOException {
    return reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
  }

  /**
   * The next number as an int, or null for JSON null.
   *
   * @param reader the reader, before a value
   * @return the value
   * @throws IOException when the JSON cannot be read, or the value is not an int
   */
  public static @Nullable Integer nextInt(JsonReader reader) throws IOException {
    return reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull()
        : Integer.valueOf(reader.nextInt());
  }

  /**
   * The next number as a long, exact past 2^53, or null for JSON null.
   *
   * @param reader the reader, before a value
   * @return the value
   * @throws IOException when the JSON cannot be read, or the value is not a long
   */
  public static @Nullable Long nextLong(JsonReader reader) throws IOException {
    return reader.peek() == JsonReader.Token.NULL ? reader.<Long>nextNull()
        : Long.valueOf(reader.nextLong());
  }

  /**
   * The next number as a double, or null for JSON null.
   *
   * @param reader the reader, before a value
   * @return the value
   * @throws IOException when the JSON cannot be read, or the value is not a number
   */
  public static @Nullable Double nextDouble(JsonReader reader) throws IOException {
    return reader.peek() == JsonReader.Token.NULL ? reader.<Double>nextNull()
        : Double.valueOf(reader.nextDouble());
  }

  /**
   * The next boolean, or null for JSON null.
   *
   * @param reader the reader, before a value
   * @return the value
   * @throws IOException when the JSON cannot be read, or the value is not a boolean
   */
  public static @Nullable Boolean nextBoolean(JsonReader reader) throws IOException {
    return reader.peek() == JsonReader.Token.NULL ? reader.<Boolean>nextNull()
        : Boolean.valueOf(reader.nextBoolean());
  }

  /**
   * The next JSON object as a map in the answer's order, or null for JSON null. Moshi's map
   * adapter goes through a string adapter per key and a tree map; this read the largest answer's
   * maps faster. As there, a name given twice is refused.
   *
   * @param reader the reader, before a value
   * @param items reads each value
   * @param <T> the values' type
   * @return the map
   * @throws IOException when the JSON cannot be read, or is not such an object
   */
  public static <T> @Nullable Map<String, @Nullable T> nextMap(JsonReader reader, ItemReader<T> items)
      throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    Map<String, @Nullable T> map = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String key = reader.nextName();
      if (map.put(key, items.read(reader)) != null) {
        throw new JsonDataException(
            "Map key '" + key + "' has multiple values at path " + reader.getPath());
      }
    }
    reader.endObject();
    return map;
  }

  /**
   * Writes a map of plain values (strings, numbers, booleans) as a JSON object in the map's order,
   * or null. A null value inside the map is written as {@code null} whatever the writer's
   * {@code serializeNulls}: in a breakdown such as {@code {"com": 26012, "": null}} the entry is
   * data (a count the service does not know), which Moshi's map adapter would drop.
   *
   * @param writer the writer
   * @param map the map
   * @throws IOException when writing fails
   */
  public static void writeMap(JsonWriter writer, @Nullable Map<String, ?> map) throws IOException {
    if (map == null) {
      writer.nullValue();
      return;
    }
    boolean serializeNulls = writer.getSerializeNulls();
    writer.beginObject();
    writer.setSerializeNulls(true);
    try {
      for (Map.Entry<String, ?> entry : map.entrySet()) {
        if (entry.getKey() == null) {
          throw new JsonDataException("Map key is null at " + writer.getPath());
        }
        writer.name(entry.getKey());
        writePlain(writer, entry.getValue());
      }
    } finally {
      writer.setSerializeNulls(serializeNulls);
    }
    writer.endObject();
  }

  /**
   * Writes a plain JSON value: a list of them, a string, a boolean, a number or null. Moshi's
   * {@code JsonWriter.jsonValue} does the same but tests for maps first and writes every number
   * through its string form; this wrote an eight-condition filter about a quarter faster.
   *
   * @param writer the writer
   * @param value the value
   * @throws IOException when writing fails
   */
  public static void writePlain(JsonWriter writer, @Nullable Object value) throws IOException {
    // Final classes first: an instanceof test against them is one comparison, against the List
    // interface a search of the class's supertypes (it showed in the profile).
    if (value instanceof String) {
      writer.value((String) value);
    } else if (value instanceof List) {
      writer.beginArray();
      for (Object item : (List<?>) value) {
        writePlain(writer, item);
      }
      writer.endArray();
    } else if (value instanceof Boolean) {
      writer.value(((Boolean) value).booleanValue());
    } else if (value instanceof Integer || value instanceof Long) {
      writer.value(((Number) value).longValue());
    } else {
      writer.jsonValue(value); // other numbers, null, and anything a caller put in a raw list
    }
  }

  /**
   * An unmodifiable view of a list the adapter read, which no one else holds: an answer model's
   * getter hands it out, and the caller cannot change what another reader of the answer sees.
   *
   * @param list the list, or null
   * @param <T> the items' type
   * @return the view, or null
   */
  public static <T> @Nullable List<T> readOnly(@Nullable List<T> list) {
    return list == null ? null : Collections.unmodifiableList(list);
  }

  /**
   * An unmodifiable view of a map the adapter read, as {@link #readOnly(List)}.
   *
   * @param map the map, or null
   * @param <V> the values' type
   * @return the view, or null
   */
  public static <V> @Nullable Map<String, V> readOnly(@Nullable Map<String, V> map) {
    return map == null ? null : Collections.unmodifiableMap(map);
  }

  /**
   * A plain JSON array made unmodifiable at every depth: its nested arrays (a filter's groups and
   * conditions) and objects too.
   *
   * @param array the array Moshi read, or null
   * @return the unmodifiable array, or null
   */
  public static @Nullable List<Object> readOnlyJson(@Nullable List<Object> array) {
    if (array == null) {
      return null;
    }
    List<Object> copy = new ArrayList<>(array.size());
    for (Object item : array) {
      copy.add(readOnlyValue(item));
    }
    return Collections.unmodifiableList(copy);
  }

  @SuppressWarnings("unchecked") // Moshi reads a JSON array as a List<Object>, an object as a Map<String, Object>
  private static @Nullable Object readOnlyValue(@Nullable Object value) {
    if (value instanceof List) {
      return readOnlyJson((List<Object>) value);
    }
    if (value instanceof Map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) value).entrySet()) {
        copy.put(entry.getKey(), readOnlyValue(entry.getValue()));
      }
      return Collections.unmodifiableMap(copy);
    }
    return value;
  }
}
