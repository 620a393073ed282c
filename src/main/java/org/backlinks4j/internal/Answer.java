package org.backlinks4j.internal;

import org.jspecify.annotations.Nullable;

/**
 * An answer's body as the client's converter read it: the parsed envelope with the bytes it was
 * parsed from, or, for a body that is not the JSON the operation describes, what was wrong with it.
 * The generated Retrofit interface returns {@code Call<Answer<E>>} for every operation, so that
 * one converter, chosen by this type, reads the answers of all of them and never throws on a bad
 * body (the response reader reports it with the answer's HTTP status).
 *
 * @param <E> the operation's envelope type
 */
public final class Answer<E> {
  private final @Nullable E envelope;
  private final byte @Nullable [] raw;
  private final @Nullable String problem;
  private final @Nullable Throwable cause;

  private Answer(@Nullable E envelope, byte @Nullable [] raw, @Nullable String problem,
      @Nullable Throwable cause) {
    this.envelope = envelope;
    this.raw = raw;
    this.problem = problem;
    this.cause = cause;
  }

  /**
   * A parsed envelope and the bytes it came from.
   *
   * @param envelope the envelope
   * @param raw the body's bytes, or null when they are not kept (an error's body)
   * @param <E> the envelope type
   * @return the answer
   */
  public static <E> Answer<E> parsed(E envelope, byte @Nullable [] raw) {
    return new Answer<>(envelope, raw, null, null);
  }

  /**
   * A body that could not be read as an envelope.
   *
   * @param problem what was wrong, for a message (never the body itself)
   * @param cause the parser's exception, if any
   * @param <E> the envelope type
   * @return the answer
   */
  public static <E> Answer<E> unreadable(String problem, @Nullable Throwable cause) {
    return new Answer<>(null, null, problem, cause);
  }

  /**
   * The parsed envelope.
   *
   * @return the envelope, or null when the body was unreadable
   */
  public @Nullable E envelope() {
    return envelope;
  }

  /**
   * The body's bytes.
   *
   * @return the bytes, or null when the body was unreadable or its bytes were not kept
   */
  public byte @Nullable [] raw() {
    return raw;
  }

  /**
   * What was wrong with an unreadable body.
   *
   * @return the problem, or null when the body was parsed
   */
  public @Nullable String problem() {
    return problem;
  }

  /**
   * The parser's exception for an unreadable body.
   *
   * @return the cause, or null
   */
  public @Nullable Throwable cause() {
    return cause;
  }
}
