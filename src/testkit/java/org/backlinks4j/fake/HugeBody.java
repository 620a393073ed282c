package org.backlinks4j.fake;

import okio.Buffer;

/**
 * A valid envelope of any length, padded by an unknown string field, whose padding segments all
 * share one 8 KiB array: Okio's {@code copyTo} shares a segment instead of copying it, and shared
 * segments are never written to nor recycled, so MockWebServer streams the body from that array.
 */
final class HugeBody {
  private static final int SEGMENT = 8192;
  private static final Buffer PADDING = new Buffer();

  static {
    byte[] x = new byte[SEGMENT];
    java.util.Arrays.fill(x, (byte) 'x');
    PADDING.write(x);
  }

  private HugeBody() {
  }

  /** {@code envelope} (a JSON object) padded to {@code bytes} bytes by a field put first. */
  static Buffer of(String envelope, long bytes) {
    String prefix = "{\"padding\":\"";
    String suffix = "\"," + envelope.substring(1);
    long padding = bytes - prefix.length()
        - suffix.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (padding < 0) {
      throw new IllegalArgumentException("an envelope takes more than " + bytes + " bytes");
    }
    Buffer body = new Buffer().writeUtf8(prefix);
    for (long left = padding; left > 0; left -= SEGMENT) {
      PADDING.copyTo(body, 0, Math.min(SEGMENT, left));
    }
    return body.writeUtf8(suffix);
  }
}
