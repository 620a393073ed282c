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
import java.util.function.DoubleConsumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.backlinks4j.BacklinksException.Origin;
import java.lang.reflect.ParameterizedType;
import org.backlinks4j.internal.Answer;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.internal.WireEnvelope;
import org.backlinks4j.internal.WireTask;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Turns an HTTP answer of any operation into its outcome or a {@link BacklinksException}: the one
 * place that reads answers and their status codes (HTTP, envelope, task); {@link StatusCodes} says
 * what each code means.
 *
 * <p>Bodies are parsed by {@link #converterFactory()}, which never throws on a bad body: it reads
 * the bytes (an I/O error there is the network's) and hands an unreadable one on as an
 * {@linkplain Answer#unreadable unreadable} {@link Answer}, so that {@link #read} can report it
 * with the answer's HTTP status.
 */
final class ResponseReader {
  private ResponseReader() {
  }

  /** Makes an operation's outcome from its successful answer. */
  interface Outcome<E, T, O> {
    O of(E envelope, T task, byte[] raw);
  }

  /**
   * The outcome of a successful answer, or the exception for any other; tells {@code charged}
   * the cost the service reported either way.
   *
   * @param envelopeType the operation's envelope, to read an error body as one
   * @param charged told what the answer says the call cost, in USD, once an envelope is read
   */
  static <E extends WireEnvelope<T>, T extends WireTask<?>, O> O read(
      Response<Answer<E>> response, Class<E> envelopeType, DoubleConsumer charged,
      Outcome<E, T, O> outcome) {
    int http = response.code();
    if (http >= 300 && http <= 399) {
      throw redirect(response);
    }
    Long retryAfter = retryAfterMillis(response.headers());
    Answer<E> answer = response.isSuccessful()
        ? response.body()
        : parse(response.errorBody(), Wire.MOSHI.adapter(envelopeType));
    E envelope = answer == null ? null : answer.envelope();
    if (answer != null && envelope == null) {
      String problem = Objects.requireNonNull(answer.problem());
      if (!response.isSuccessful()) {
        // An HTML page from a proxy or a server in trouble: the HTTP status is all there is.
        throw StatusCodes.forHttp(http, problem, retryAfter);
      }
      throw UnexpectedResponseException.unreadable(problem, http, null, answer.cause());
    }
    if (envelope == null) {
      if (!response.isSuccessful()) {
        throw StatusCodes.forHttp(http, "an error without a body", retryAfter);
      }
      throw unexpected("an empty answer (no body)", http, null);
    }
    charged.accept(costOf(envelope));
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
    List<T> tasks = envelope.getTasks();
    if (tasks == null || tasks.isEmpty() || tasks.get(0) == null) {
      throw unexpected("the envelope holds no task", http, null);
    }
    T task = tasks.get(0);
    Integer taskStatus = task.getStatusCode();
    if (taskStatus == null) {
      throw unexpected("the task has no status_code", http, task.getId());
    }
    if (taskStatus != Summary.STATUS_OK) {
      throw StatusCodes.forCode(Origin.TASK, taskStatus, task.getStatusMessage(), http, task.getId(),
          retryAfter);
    }
    byte[] raw = answer == null ? null : answer.raw();
    if (raw == null) {
      // Only answers that came through converterFactory() reach here: it always keeps the bytes.
      throw unexpected("the answer's bytes were not kept", http, task.getId());
    }
    return outcome.of(envelope, task, raw);
  }

  /**
   * A redirect, which the API never sends and the client never follows (it could send the task,
   * and the credentials, anywhere): the exception names where it pointed.
   */
  private static UnexpectedResponseException redirect(Response<?> response) {
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
    return UnexpectedResponseException.redirect("a redirect " + where
        + ", not followed: the API never redirects", response.code());
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
      return UnexpectedResponseException.unreadable("an answer larger than "
          + (tooLarge.maxBytes >> 20) + " MiB, refused while reading it: the largest real answers "
          + "of this operation are several times smaller", tooLarge.httpStatus, null, thrown);
    }
    if (deadlineMillis > 0 && RetryPolicy.isDeadline(thrown)) {
      return NetworkException.of("network timed out: no whole answer within the attempt's "
          + "deadline of " + seconds(deadlineMillis) + " (connecting, sending, the service's work "
          + "and reading the answer)", thrown);
    }
    String what = thrown instanceof InterruptedIOException ? "timed out or interrupted" : "failed";
    return NetworkException.of("network " + what + ": " + describe(thrown), thrown);
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
    return UnexpectedResponseException.unreadable(problem, http, taskId, null);
  }

  /** What a successful call cost: the envelope's total, else its task's (0 when neither says). */
  static double costOf(WireEnvelope<?> envelope, WireTask<?> task) {
    Double cost = envelope.getCost() != null ? envelope.getCost() : task.getCost();
    return cost == null ? 0 : cost;
  }

  /** What the call cost: the envelope's total, else its tasks' sum (0 when the service said neither). */
  static double costOf(WireEnvelope<?> envelope) {
    Double cost = envelope.getCost();
    if (cost != null) {
      return cost;
    }
    double sum = 0;
    List<? extends WireTask<?>> tasks = envelope.getTasks();
    if (tasks != null) {
      for (WireTask<?> task : tasks) {
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

  /** Parses an error body; an unreadable one comes back as an unreadable {@link Answer}. */
  private static <E> @Nullable Answer<E> parse(@Nullable ResponseBody body, JsonAdapter<E> adapter) {
    if (body == null) {
      return null;
    }
    try {
      return parse(readAll(body), body, adapter, null); // an error's bytes are not kept
    } catch (IOException e) {
      // Only error bodies come here, and Retrofit has buffered them already.
      return Answer.unreadable("the body could not be read: " + describe(e), e);
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

  /**
   * The envelope in {@code bytes}, with {@code raw} (the same bytes, copied before the parser
   * consumes the buffer) when they are to be kept. The body's content type is parsed only for a
   * message about an unreadable body.
   */
  private static <E> Answer<E> parse(Buffer bytes, ResponseBody body, JsonAdapter<E> adapter,
      byte @Nullable [] raw) {
    long length = bytes.size();
    if (length == 0) {
      return Answer.unreadable("an empty body" + typeOf(body, 0), null);
    }
    boolean html = looksLikeHtml(bytes); // the parser consumes the buffer: look first
    try {
      JsonReader reader = JsonReader.of(bytes);
      E envelope = adapter.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        return Answer.unreadable("JSON followed by more text" + typeOf(body, length), null);
      }
      return envelope == null
          ? Answer.unreadable("JSON null instead of an envelope", null)
          : Answer.parsed(envelope, raw);
    } catch (IOException | RuntimeException e) {
      // Moshi reports a body that is not JSON or is cut short as an IOException (JsonEncodingException,
      // EOFException) and a wrong shape as a JsonDataException; a hostile body could provoke others
      // (number formats, nesting): none of them may escape as anything but an unexpected answer.
      // The body itself stays out of the message: a proxy's page could echo anything back.
      if (html) {
        return Answer.unreadable("an HTML page, not JSON" + typeOf(body, length), e);
      }
      return Answer.unreadable("not the JSON the API describes" + typeOf(body, length) + ": "
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

  /**
   * The converter of every operation's answers, chosen by the type {@code Answer<E>} that the
   * generated interface returns: reads the body fully, then parses it as {@code E} without
   * throwing.
   */
  static Converter.Factory converterFactory() {
    return new Converter.Factory() {
      @Override
      public @Nullable Converter<ResponseBody, ?> responseBodyConverter(
          Type type, Annotation[] annotations, Retrofit retrofit) {
        if (!(type instanceof ParameterizedType)
            || ((ParameterizedType) type).getRawType() != Answer.class) {
          return null;
        }
        JsonAdapter<Object> adapter =
            Wire.MOSHI.adapter(((ParameterizedType) type).getActualTypeArguments()[0]);
        // An IOException from reading the body is the network's (it broke off) or the cap's:
        // Retrofit passes it on.
        return (Converter<ResponseBody, Answer<Object>>) body -> {
          try {
            Buffer bytes = readAll(body);
            byte[] raw = copyOf(bytes); // before the parser consumes the buffer
            return parse(bytes, body, adapter, raw);
          } finally {
            body.close(); // a body given up half-read must still let its connection go
          }
        };
      }
    };
  }
}
