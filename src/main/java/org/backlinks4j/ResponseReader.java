package org.backlinks4j;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.backlinks4j.BacklinksException.Origin;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.model.SummaryEnvelope;
import org.backlinks4j.model.SummaryTask;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Turns an HTTP answer into a {@link Summary} or a {@link BacklinksException}: the one place that
 * reads answers and their status codes (HTTP, envelope, task); {@link StatusCodes} says what each
 * code means.
 *
 * <p>Bodies are parsed by {@link #converterFactory()}, which never throws on a bad body: it reads
 * the bytes (an I/O error there is the network's) and hands an unreadable one on as an
 * {@link Unreadable} envelope, so that {@link #read} can report it with the answer's HTTP status.
 */
final class ResponseReader {
  private static final JsonAdapter<SummaryEnvelope> ENVELOPES = Wire.MOSHI.adapter(SummaryEnvelope.class);

  private ResponseReader() {
  }

  /**
   * The summary of a successful answer, or the exception for any other; records the cost the
   * service reported either way.
   */
  static Summary read(Response<SummaryEnvelope> response, CostMeter costs) {
    int http = response.code();
    if (http >= 300 && http <= 399) {
      throw redirect(response);
    }
    Long retryAfter = retryAfterMillis(response.headers());
    SummaryEnvelope envelope = response.isSuccessful() ? response.body() : parse(response.errorBody());
    byte[] raw = null;
    if (envelope instanceof Answered) {
      raw = ((Answered) envelope).raw;
      envelope = ((Answered) envelope).parsed;
    }
    if (envelope instanceof Unreadable) {
      if (!response.isSuccessful()) {
        // An HTML page from a proxy or a server in trouble: the HTTP status is all there is.
        throw StatusCodes.forHttp(http, ((Unreadable) envelope).problem, retryAfter);
      }
      Unreadable unreadable = (Unreadable) envelope;
      throw new UnexpectedResponseException(Origin.RESPONSE, 0, unreadable.problem, http, null,
          null, unreadable.cause);
    }
    if (envelope == null) {
      if (!response.isSuccessful()) {
        throw StatusCodes.forHttp(http, "an error without a body", retryAfter);
      }
      throw unexpected("an empty answer (no body)", http, null);
    }
    costs.add(costOf(envelope));
    Integer status = envelope.getStatusCode();
    if (status == null) {
      if (!response.isSuccessful()) {
        throw StatusCodes.forHttp(http, "JSON without a status_code", retryAfter);
      }
      throw unexpected("JSON without a status_code: not a DataForSEO envelope", http, null);
    }
    if (status != Summary.STATUS_OK) {
      throw StatusCodes.forCode(Origin.ENVELOPE, status, envelope.getStatusMessage(), http, null,
          retryAfter);
    }
    if (!response.isSuccessful()) {
      // Status 20000 in an HTTP error: believe the HTTP status, the body is someone else's.
      throw StatusCodes.forHttp(http, "an error status with an Ok envelope", retryAfter);
    }
    List<SummaryTask> tasks = envelope.getTasks();
    if (tasks == null || tasks.isEmpty() || tasks.get(0) == null) {
      throw unexpected("the envelope holds no task", http, null);
    }
    SummaryTask task = tasks.get(0);
    Integer taskStatus = task.getStatusCode();
    if (taskStatus == null) {
      throw unexpected("the task has no status_code", http, task.getId());
    }
    if (taskStatus != Summary.STATUS_OK) {
      throw StatusCodes.forCode(Origin.TASK, taskStatus, task.getStatusMessage(), http, task.getId(),
          retryAfter);
    }
    if (raw == null) {
      // Only answers that came through converterFactory() reach here: it always keeps the bytes.
      throw unexpected("the answer's bytes were not kept", http, task.getId());
    }
    return new Summary(envelope, task, raw);
  }

  /**
   * A redirect, which the API never sends and the client never follows (it could send the task,
   * and the credentials, anywhere): the exception names where it pointed.
   */
  private static UnexpectedResponseException redirect(Response<SummaryEnvelope> response) {
    String location = response.headers().get("Location");
    String where;
    if (location == null) {
      where = "without a Location";
    } else {
      HttpUrl url = response.raw().request().url().resolve(location);
      where = url == null
          ? "to an invalid Location \"" + shorten(location) + "\""
          // A user name or password in the Location is nobody's business in a message.
          : "to " + shorten(url.newBuilder().username("").password("").build().toString());
    }
    return new UnexpectedResponseException(Origin.HTTP, 0, "a redirect " + where
        + ", not followed: the API never redirects", response.code(), null, null, null);
  }

  private static String shorten(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }

  /**
   * The exception for a call that failed without a whole answer (connection refused or broken off,
   * a timeout, an answer over the {@linkplain AnswerCap cap}): for the synchronous and the
   * asynchronous call paths alike.
   *
   * @param deadlineMillis the attempt's deadline, to name it when it is what ended the attempt
   *     (0 when there was none)
   */
  static BacklinksException failure(IOException thrown, long deadlineMillis) {
    if (thrown instanceof AnswerCap.TooLarge) {
      AnswerCap.TooLarge tooLarge = (AnswerCap.TooLarge) thrown;
      return new UnexpectedResponseException(Origin.RESPONSE, 0, "an answer larger than "
          + (tooLarge.maxBytes >> 20) + " MiB, refused while reading it: real answers are at most "
          + "a few hundred KB",
          tooLarge.httpStatus, null, null, thrown);
    }
    if (deadlineMillis > 0 && RetryPolicy.isDeadline(thrown)) {
      return new NetworkException(Origin.NETWORK, 0, "network timed out: no whole answer within "
          + "the attempt's deadline of " + seconds(deadlineMillis) + " (connecting, sending, the "
          + "service's work and reading the answer)", 0, null, null, thrown);
    }
    String what = thrown instanceof InterruptedIOException ? "timed out or interrupted" : "failed";
    return new NetworkException(Origin.NETWORK, 0, "network " + what + ": " + describe(thrown), 0,
        null, null, thrown);
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static String describe(Throwable thrown) {
    String message = thrown.getMessage();
    if (message != null) {
      // Moshi's advice to the programmer who wrote the parser, not to whoever reads this message.
      message = message.replace("Use JsonReader.setLenient(true) to accept malformed JSON",
          "malformed JSON");
    }
    return thrown.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static UnexpectedResponseException unexpected(String problem, int http,
      @Nullable String taskId) {
    return new UnexpectedResponseException(Origin.RESPONSE, 0, problem, http, taskId, null, null);
  }

  /** What the call cost: the envelope's total, else its tasks' sum (0 when the service said neither). */
  static double costOf(SummaryEnvelope envelope) {
    if (envelope.getCost() != null) {
      return envelope.getCost();
    }
    double sum = 0;
    if (envelope.getTasks() != null) {
      for (SummaryTask task : envelope.getTasks()) {
        if (task != null && task.getCost() != null) {
          sum += task.getCost();
        }
      }
    }
    return sum;
  }

  /** The server's {@code Retry-After}, in seconds or as an HTTP date, in milliseconds from now. */
  static @Nullable Long retryAfterMillis(Headers headers) {
    String value = headers.get("Retry-After");
    if (value == null) {
      return null;
    }
    try {
      long seconds = Long.parseLong(value.trim());
      return seconds < 0 ? null : Math.min(seconds, Long.MAX_VALUE / 1000) * 1000;
    } catch (NumberFormatException notSeconds) {
      Date date = headers.getDate("Retry-After");
      return date == null ? null : Math.max(0, date.getTime() - System.currentTimeMillis());
    }
  }

  /** Parses an envelope from a body; an unreadable one comes back as an {@link Unreadable}. */
  static @Nullable SummaryEnvelope parse(@Nullable ResponseBody body) {
    if (body == null) {
      return null;
    }
    try {
      return parse(readAll(body), body);
    } catch (IOException e) {
      // Only error bodies come here, and Retrofit has buffered them already.
      return new Unreadable("the body could not be read: " + describe(e), e);
    } finally {
      body.close();
    }
  }

  /**
   * The whole body, moved into a buffer the parser reads directly: no copy into a byte array and
   * back, which a 3 KB answer paid on every call.
   */
  private static Buffer readAll(ResponseBody body) throws IOException {
    Buffer buffer = new Buffer();
    body.source().readAll(buffer);
    return buffer;
  }

  /**
   * The buffer's bytes, copied straight from its segments: a peek or a snapshot would mark the
   * segments shared, and shared segments never go back to Okio's pool.
   */
  private static byte[] copyOf(Buffer bytes) {
    byte[] raw = new byte[(int) bytes.size()];
    try (Buffer.UnsafeCursor cursor = bytes.readUnsafe()) {
      int at = 0;
      for (int n = cursor.seek(0); n != -1; n = cursor.next()) {
        System.arraycopy(Objects.requireNonNull(cursor.data), cursor.start, raw, at, n);
        at += n;
      }
    }
    return raw;
  }

  /** The body's content type is parsed only for a message about an unreadable body. */
  private static SummaryEnvelope parse(Buffer bytes, ResponseBody body) {
    long length = bytes.size();
    if (length == 0) {
      return new Unreadable("an empty body" + typeOf(body, 0), null);
    }
    boolean html = looksLikeHtml(bytes); // the parser consumes the buffer: look first
    try {
      JsonReader reader = JsonReader.of(bytes);
      SummaryEnvelope envelope = ENVELOPES.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        return new Unreadable("JSON followed by more text" + typeOf(body, length), null);
      }
      return envelope == null ? new Unreadable("JSON null instead of an envelope", null) : envelope;
    } catch (IOException | RuntimeException e) {
      // Moshi reports a body that is not JSON or is cut short as an IOException (JsonEncodingException,
      // EOFException) and a wrong shape as a JsonDataException; a hostile body could provoke others
      // (number formats, nesting): none of them may escape as anything but an unexpected answer.
      // The body itself stays out of the message: a proxy's page could echo anything back.
      if (html) {
        return new Unreadable("an HTML page, not JSON" + typeOf(body, length), e);
      }
      return new Unreadable("not the JSON the API describes" + typeOf(body, length) + ": "
          + describe(e), e);
    } finally {
      // Whatever the parser left (a final newline, the rest of a bad body) goes back to Okio's
      // segment pool with its segment; left to the garbage collector, it cost a new 8 KB segment
      // on every call (the request's body then found the pool empty).
      bytes.clear();
    }
  }

  private static String typeOf(ResponseBody body, long length) {
    MediaType type = body.contentType();
    return " (" + (type == null ? "" : type.type() + "/" + type.subtype() + ", ") + length + " bytes)";
  }

  private static boolean looksLikeHtml(Buffer bytes) {
    long i = 0;
    while (i < bytes.size() && i < 64 && Character.isWhitespace(bytes.getByte(i))) {
      i++;
    }
    return i < bytes.size() && bytes.getByte(i) == '<';
  }

  /** The converter of answers: reads the body fully, then parses it without throwing. */
  static Converter.Factory converterFactory() {
    return new Converter.Factory() {
      @Override
      public @Nullable Converter<ResponseBody, ?> responseBodyConverter(
          Type type, Annotation[] annotations, Retrofit retrofit) {
        if (type != SummaryEnvelope.class) {
          return null;
        }
        // An IOException from reading the body is the network's (it broke off) or the cap's:
        // Retrofit passes it on.
        return (Converter<ResponseBody, SummaryEnvelope>) body -> {
          try {
            Buffer bytes = readAll(body);
            byte[] raw = copyOf(bytes); // before the parser consumes the buffer
            SummaryEnvelope envelope = parse(bytes, body);
            return envelope instanceof Unreadable ? envelope : new Answered(envelope, raw);
          } finally {
            body.close(); // a body given up half-read must still let its connection go
          }
        };
      }
    };
  }

  /**
   * A parsed envelope with the bytes it was parsed from, for {@link Summary#rawJson()}. A subclass
   * of the generated model only to travel through Retrofit's typed call; {@link #read} unwraps it.
   */
  static final class Answered extends SummaryEnvelope {
    final SummaryEnvelope parsed;
    final byte[] raw;

    Answered(SummaryEnvelope parsed, byte[] raw) {
      this.parsed = parsed;
      this.raw = raw;
    }
  }

  /**
   * Stands in for an envelope whose body could not be parsed, carrying what was wrong with it. A
   * subclass of the generated model so that it travels through Retrofit's typed call like an
   * envelope; it never leaves this class's callers.
   */
  static final class Unreadable extends SummaryEnvelope {
    final String problem;
    final @Nullable Throwable cause;

    Unreadable(String problem, @Nullable Throwable cause) {
      this.problem = problem;
      this.cause = cause;
    }
  }
}
