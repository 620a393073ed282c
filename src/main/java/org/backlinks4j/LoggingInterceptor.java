package org.backlinks4j;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Logs each HTTP exchange, line by line, to a caller's sink, with control characters escaped
 * ({@link PrintableText}) and credentials redacted: the {@code Authorization},
 * {@code Proxy-Authorization}, {@code Cookie} and {@code Set-Cookie} values, and any user name or
 * password in a URL.
 *
 * <p>Hand-written rather than OkHttp's {@code logging-interceptor}: the library's runtime
 * dependencies are Retrofit, Moshi and OkHttp only, and that artifact would be one more (it is
 * also a Kotlin {@code object} API awkward from Java). It runs after the interceptor that adds the
 * credentials, so that what it redacts is what is really sent, and above the answer cap (the last
 * application interceptor), so that the body it logs is read through the cap like any other read.
 * Each attempt of a retried call is a call of its own on the OkHttp client, and is logged.
 */
final class LoggingInterceptor implements Interceptor {
  static final long MAX_LOGGED_BODY_BYTES = 64 * 1024;
  private static final String REDACTED = "<redacted>";
  private static final Charset UTF_8 = Charset.forName("UTF-8");

  private final Consumer<String> sink;
  private final HttpLogLevel level;

  LoggingInterceptor(Consumer<String> sink, HttpLogLevel level) {
    this.sink = sink;
    this.level = level;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (level == HttpLogLevel.NONE) {
      return chain.proceed(request);
    }
    logRequest(request);
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log("<-- HTTP FAILED: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    logResponse(response, millis);
    return response;
  }

  private void logRequest(Request request) throws IOException {
    RequestBody body = request.body();
    log("--> " + request.method() + " " + redact(request.url()));
    if (level == HttpLogLevel.BASIC) {
      return;
    }
    if (body != null && body.contentType() != null && request.header("Content-Type") == null) {
      log("Content-Type: " + body.contentType());
    }
    logHeaders(request.headers());
    if (level == HttpLogLevel.BODY && body != null && !body.isDuplex() && !body.isOneShot()) {
      Buffer buffer = new Buffer();
      body.writeTo(buffer);
      long size = buffer.size();
      logBody(buffer, body.contentType());
      log("--> END " + request.method() + " (" + size + "-byte body)");
    } else {
      log("--> END " + request.method());
    }
  }

  private void logResponse(Response response, long millis) {
    log("<-- " + response.code() + (response.message().isEmpty() ? "" : " " + response.message())
        + " " + redact(response.request().url()) + " (" + millis + " ms)");
    if (level == HttpLogLevel.BASIC) {
      return;
    }
    logHeaders(response.headers());
    ResponseBody body = response.body();
    if (level == HttpLogLevel.BODY && body != null) {
      try {
        // peekBody leaves the body unread for the caller; it buffers at most the logged bytes.
        ResponseBody peeked = response.peekBody(MAX_LOGGED_BODY_BYTES);
        Buffer buffer = new Buffer().write(peeked.bytes());
        long size = buffer.size();
        logBody(buffer, body.contentType());
        log("<-- END HTTP" + (size >= MAX_LOGGED_BODY_BYTES ? " (body cut at " + size + " bytes)"
            : " (" + size + "-byte body)"));
      } catch (IOException e) {
        // The caller's own read meets the same failure and reports it; the log only says so.
        log("<-- END HTTP (body unreadable: " + e.getClass().getSimpleName() + ")");
      }
    } else {
      log("<-- END HTTP");
    }
  }

  private void logHeaders(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      log(name + ": " + (isSecret(name) ? REDACTED : headers.value(i)));
    }
  }

  private void logBody(Buffer buffer, @Nullable MediaType type) {
    Charset charset = type == null ? UTF_8 : type.charset(UTF_8);
    if (charset == null) {
      charset = UTF_8;
    }
    if (!looksLikeText(buffer)) {
      log("(binary body, " + buffer.size() + " bytes, not logged)");
      return;
    }
    for (String line : buffer.readString(charset).split("\r?\n", -1)) {
      log(line);
    }
  }

  private static boolean looksLikeText(Buffer buffer) {
    Buffer prefix = new Buffer();
    buffer.copyTo(prefix, 0, Math.min(buffer.size(), 256));
    while (!prefix.exhausted()) {
      try {
        int codePoint = prefix.readUtf8CodePoint();
        if (Character.isISOControl(codePoint) && !Character.isWhitespace(codePoint)) {
          return false;
        }
      } catch (java.io.EOFException e) {
        return true; // a multi-byte character cut by the prefix
      }
    }
    return true;
  }

  static boolean isSecret(String headerName) {
    String name = headerName.toLowerCase(Locale.ROOT);
    return name.equals("authorization") || name.equals("proxy-authorization")
        || name.equals("cookie") || name.equals("set-cookie");
  }

  /** The URL with any user name and password replaced: OkHttp does not send them, but a log must not show them. */
  static String redact(HttpUrl url) {
    if (url.username().isEmpty() && url.password().isEmpty()) {
      return url.toString();
    }
    return url.newBuilder().username(REDACTED).password("").build().toString();
  }

  /**
   * Hands one line to the sink with every character a terminal would act on escaped
   * ({@link PrintableText}): headers and bodies are the server's text, and the line may be printed.
   */
  private void log(String line) {
    try {
      sink.accept(PrintableText.escape(line));
    } catch (RuntimeException e) {
      // A failing log sink must not fail the call it describes; there is nowhere left to report it.
    }
  }

  @Override
  public String toString() {
    return "LoggingInterceptor{level=" + level + "}";
  }
}
