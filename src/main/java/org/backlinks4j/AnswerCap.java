package org.backlinks4j;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;

/**
 * Refuses an answer larger than its operation's cap (the spec's {@code x-answer-cap-bytes}, carried
 * by the request's {@link Attempt}; {@link #MAX_BYTES} for a request without one) while it is read, so that no answer, whatever
 * its size, can exhaust the heap: a body that declares a larger {@code Content-Length} is refused
 * before a byte of it is read, and any other stops at the first byte past the cap.
 *
 * <p>An application interceptor, the client's last: the bytes it counts are the ones every reader
 * above it gets (after OkHttp has undone a gzip encoding), and Retrofit's buffering of an error
 * body and any interceptor of the caller's own that peeks at bodies read through it too.
 */
final class AnswerCap implements Interceptor {
  /**
   * 2 MiB, summary's cap: ten times its largest real answer (about 200 KB, six maps of 1000
   * entries at {@code internal_list_limit} 1000). A cap is no larger than its operation needs,
   * because what an answer of the cap's size costs grows faster than its size: Moshi skips a run
   * of whitespace in a time that grows with the square of its length (0.5 s for 1 MiB, 1.5 s for
   * 2 MiB, 35 s for 8 MiB on a busy 2-core machine).
   */
  static final long MAX_BYTES = 2L * 1024 * 1024;

  private final long defaultMaxBytes;

  AnswerCap(long defaultMaxBytes) {
    this.defaultMaxBytes = defaultMaxBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Object tag = chain.request().tag();
    long maxBytes = tag instanceof Attempt ? ((Attempt) tag).maxAnswerBytes : defaultMaxBytes;
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    if (body.contentLength() > maxBytes) {
      response.close();
      throw new TooLarge(maxBytes, response.code());
    }
    int status = response.code();
    // Never more than one byte past the cap: that byte is enough to know.
    Source capped = new ForwardingSource(body.source()) {
      private long read;

      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        long n = super.read(sink, Math.min(byteCount, maxBytes - read + 1));
        if (n > 0) {
          read += n;
          if (read > maxBytes) {
            throw new TooLarge(maxBytes, status);
          }
        }
        return n;
      }
    };
    return response.newBuilder()
        .body(ResponseBody.create(Okio.buffer(capped), body.contentType(), body.contentLength()))
        .build();
  }

  /**
   * The answer passed the cap. An {@link IOException} so that it travels OkHttp's and Retrofit's
   * paths for a failed read (the body is read inside them: Retrofit buffers error bodies); the
   * call maps it to an {@link UnexpectedResponseException} ({@link ResponseReader#failure}).
   */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    final long maxBytes;
    final int httpStatus;

    TooLarge(long maxBytes, int httpStatus) {
      super("answer larger than " + maxBytes + " bytes");
      this.maxBytes = maxBytes;
      this.httpStatus = httpStatus;
    }
  }
}
