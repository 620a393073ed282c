package org.backlinks4j.cli;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.backlinks4j.Summary;
import org.backlinks4j.model.SummaryTaskData;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the result object of each successful answer exactly as the service wrote it, so that the
 * CLI prints the API's own field order, numbers and fields the model does not know yet. The library
 * parses into generated models (right for Java callers); the CLI wants the wire.
 *
 * <p>An OkHttp application interceptor peeks at the body (the library still reads all of it) and
 * files the result's compact JSON under the task id and target; {@link #take(Summary)} hands it
 * out once. Keyed by task rather than by thread because the library may finish a call on
 * another thread than the caller's.
 */
final class RawResults implements okhttp3.Interceptor {
  /** A summary answer is a few kilobytes; one larger than this is left to the model. */
  private static final long MAX_BODY = 16L * 1024 * 1024;
  /** A result nobody takes (the library rejected the answer after all) must not pile up. */
  private static final int MAX_KEPT = 10_000;
  private static final int OK = 20000;

  private final Map<String, String> byTask = new ConcurrentHashMap<>();

  @Override
  public Response intercept(Interceptor.Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.isSuccessful()) {
      try (JsonReader reader = JsonReader.of(response.peekBody(MAX_BODY).source())) {
        remember(reader);
      } catch (IOException | RuntimeException e) {
        // Not the JSON we expected: the library reads the same body and reports what is wrong.
      }
    }
    return response;
  }

  /**
   * The raw result of {@code summary}'s answer as compact JSON, or null when it was not kept.
   *
   * @param summary a summary the client returned
   * @return compact JSON of the result object, or null
   */
  @Nullable String take(Summary summary) {
    SummaryTaskData data = summary.task().getData();
    String target = data == null ? null : data.getTarget();
    String id = summary.taskId();
    return id == null ? null : byTask.remove(key(id, target));
  }

  private static String key(String taskId, @Nullable String target) {
    return taskId + '\n' + target;
  }

  /** Reads the envelope far enough to file the first task's first result. */
  private void remember(JsonReader reader) throws IOException {
    int envelopeStatus = 0;
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (name.equals("status_code") && reader.peek() == JsonReader.Token.NUMBER) {
        envelopeStatus = reader.nextInt();
      } else if (name.equals("tasks") && envelopeStatus == OK
          && reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
        reader.beginArray();
        if (reader.hasNext() && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
          rememberTask(reader);
        }
        return; // one task per call: the rest of the body does not matter here
      } else {
        reader.skipValue();
      }
    }
  }

  private void rememberTask(JsonReader reader) throws IOException {
    String id = null;
    String target = null;
    int status = 0;
    String result = null;
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (name.equals("id") && reader.peek() == JsonReader.Token.STRING) {
        id = reader.nextString();
      } else if (name.equals("status_code") && reader.peek() == JsonReader.Token.NUMBER) {
        status = reader.nextInt();
      } else if (name.equals("data") && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
        target = targetOf(reader);
      } else if (name.equals("result") && reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
        reader.beginArray();
        result = reader.hasNext() ? JsonCopy.compact(reader) : "null";
        while (reader.hasNext()) {
          reader.skipValue();
        }
        reader.endArray();
      } else {
        reader.skipValue();
      }
    }
    if (id != null && status == OK && result != null) {
      if (byTask.size() >= MAX_KEPT) {
        byTask.clear();
      }
      byTask.put(key(id, target), result);
    }
  }

  private static @Nullable String targetOf(JsonReader reader) throws IOException {
    String target = null;
    reader.beginObject();
    while (reader.hasNext()) {
      if (reader.nextName().equals("target") && reader.peek() == JsonReader.Token.STRING) {
        target = reader.nextString();
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    return target;
  }
}
