package org.backlinks4j;

/**
 * How much of each HTTP exchange the client's logger sees; credentials are redacted at every level.
 *
 * @see BacklinksClient.Builder#logger(java.util.function.Consumer, HttpLogLevel)
 */
public enum HttpLogLevel {
  /** Nothing is logged. */
  NONE,
  /** One line out ({@code --> POST url}) and one back ({@code <-- 200 OK url (12 ms)}) per call. */
  BASIC,
  /** BASIC plus the request's and the answer's headers, {@code Authorization} redacted. */
  HEADERS,
  /** HEADERS plus the request's body and the first 64 KiB of the answer's. */
  BODY
}
