package org.backlinks4j;

import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.util.List;
import okhttp3.ResponseBody;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.model.SummaryEnvelope;
import org.backlinks4j.model.SummaryTask;
import org.jspecify.annotations.Nullable;
import retrofit2.Response;

/**
 * Turns an HTTP answer into a {@link Summary} or a {@link BacklinksException}: the one place that
 * reads DataForSEO's status codes (HTTP, envelope, task).
 */
final class ResponseReader {
  static final int OK = 20000;

  private ResponseReader() {
  }

  static Summary read(Response<SummaryEnvelope> response) {
    int http = response.code();
    if (!response.isSuccessful()) {
      SummaryEnvelope envelope = parseQuietly(response.errorBody());
      if (envelope != null && envelope.getStatusCode() != null) {
        throw failure(envelope.getStatusCode(), envelope.getStatusMessage(), http, null);
      }
      throw new BacklinksException(0, "HTTP " + http + " " + response.message(), http, null,
          http >= 500 || http == 429, null);
    }
    SummaryEnvelope envelope = response.body();
    if (envelope == null || envelope.getStatusCode() == null) {
      throw new BacklinksException(0, "the answer is not a DataForSEO envelope", http, null, false,
          null);
    }
    if (envelope.getStatusCode() != OK) {
      throw failure(envelope.getStatusCode(), envelope.getStatusMessage(), http, null);
    }
    List<SummaryTask> tasks = envelope.getTasks();
    if (tasks == null || tasks.isEmpty() || tasks.get(0) == null) {
      throw new BacklinksException(0, "the answer holds no task", http, null, false, null);
    }
    SummaryTask task = tasks.get(0);
    Integer taskStatus = task.getStatusCode();
    if (taskStatus == null) {
      throw new BacklinksException(0, "the task has no status code", http, task.getId(), false, null);
    }
    if (taskStatus != OK) {
      throw failure(taskStatus, task.getStatusMessage(), http, task.getId());
    }
    return new Summary(envelope, task);
  }

  private static BacklinksException failure(
      int code, @Nullable String message, int http, @Nullable String taskId) {
    return new BacklinksException(code, message == null ? "(no message)" : message, http, taskId,
        RetryPolicy.isRetryableCode(code), null);
  }

  private static @Nullable SummaryEnvelope parseQuietly(@Nullable ResponseBody body) {
    if (body == null) {
      return null;
    }
    try {
      return Wire.MOSHI.adapter(SummaryEnvelope.class).fromJson(body.source());
    } catch (IOException | JsonDataException e) {
      return null; // an HTML page from a proxy, or no body at all: the HTTP status speaks instead
    } finally {
      body.close();
    }
  }
}
