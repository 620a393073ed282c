package org.backlinks4j.internal;

import java.util.Objects;
import org.backlinks4j.internal.api.BacklinksApi;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * What the client's one call path needs to know of an operation, stated once: its name, its path,
 * the largest answer it reads, and the generated Retrofit method that sends one attempt. The
 * generated {@link BacklinksApi} declares one constant of this type per operation of the spec.
 *
 * @param <B> the request body's type ({@code Void} for an operation without one)
 * @param <E> the envelope the operation answers with
 */
public final class Operation<B, E> {
  /** Sends one attempt of the operation through the generated Retrofit interface. */
  public interface Sender<B, E> {
    /**
     * The Retrofit call of one attempt.
     *
     * @param api the Retrofit interface
     * @param body the request body (null for an operation without one)
     * @param retryAttempt the retry's number, null for the first attempt
     * @param attemptTag the attempt's tag
     * @return the call
     */
    Call<Answer<E>> send(BacklinksApi api, @Nullable B body, @Nullable Integer retryAttempt,
        Object attemptTag);
  }

  private final String name;
  private final String function;
  private final String method;
  private final String path;
  private final long maxAnswerBytes;
  private final Class<E> envelopeType;
  private final Sender<B, E> sender;

  /**
   * An operation.
   *
   * @param name the spec's operationId
   * @param method the HTTP method
   * @param path the path, relative to the base URL
   * @param maxAnswerBytes the largest answer the client reads of it
   * @param envelopeType the envelope's class, to read an error body as one
   * @param sender the generated method that sends it
   */
  public Operation(String name, String method, String path, long maxAnswerBytes,
      Class<E> envelopeType, Sender<B, E> sender) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.method = Objects.requireNonNull(method, "method == null");
    this.path = Objects.requireNonNull(path, "path == null");
    this.function = functionOf(path, name);
    if (maxAnswerBytes <= 0) {
      throw new IllegalArgumentException("maxAnswerBytes <= 0: " + maxAnswerBytes);
    }
    this.maxAnswerBytes = maxAnswerBytes;
    this.envelopeType = Objects.requireNonNull(envelopeType, "envelopeType == null");
    this.sender = Objects.requireNonNull(sender, "sender == null");
  }

  /**
   * The spec's operationId, such as {@code summaryLive}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * DataForSEO's name of the operation's function, such as {@code summary},
   * {@code bulk_pages_summary} or {@code user_data}: the path's segment after the version's and the
   * API's ({@code v3/backlinks/summary/live}, {@code v3/appendix/user_data}), which the service's
   * documentation, its task echo ({@code "function":"summary"}) and its billing use. Events and
   * metrics name the operation by it: it stays the same when the spec's operationId changes.
   *
   * @return the function's name
   */
  public String function() {
    return function;
  }

  /** The path's third segment, or the operationId when the path is shorter. */
  private static String functionOf(String path, String name) {
    String[] segments = (path.startsWith("/") ? path.substring(1) : path).split("/");
    return segments.length >= 3 && !segments[2].isEmpty() ? segments[2] : name;
  }

  /**
   * The HTTP method, such as {@code POST}.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * The path relative to the base URL, such as {@code v3/backlinks/summary/live}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The largest answer, in bytes, that the client reads of this operation (the spec's
   * {@code x-answer-cap-bytes}).
   *
   * @return the cap
   */
  public long maxAnswerBytes() {
    return maxAnswerBytes;
  }

  /**
   * The class of the envelope the operation answers with.
   *
   * @return the class
   */
  public Class<E> envelopeType() {
    return envelopeType;
  }

  /**
   * The Retrofit call of one attempt.
   *
   * @param api the Retrofit interface
   * @param body the request body
   * @param retryAttempt the retry's number, null for the first attempt
   * @param attemptTag the attempt's tag
   * @return the call
   */
  public Call<Answer<E>> send(BacklinksApi api, @Nullable B body, @Nullable Integer retryAttempt,
      Object attemptTag) {
    return sender.send(api, body, retryAttempt, attemptTag);
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
