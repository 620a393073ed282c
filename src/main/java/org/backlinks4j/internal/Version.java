package org.backlinks4j.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library's name and version, as the build wrote them into {@code version.properties}. */
public final class Version {
  /** The artifact name, such as {@code dataforseo-backlinks}. */
  public static final String NAME;
  /** The version, such as {@code 0.1.0}. */
  public static final String VERSION;

  static {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException ignored) {
      // Fall through to the defaults below: a missing version must not stop a client from working.
    }
    NAME = properties.getProperty("name", "dataforseo-backlinks");
    VERSION = properties.getProperty("version", "unknown");
  }

  private Version() {
  }

  /**
   * The User-Agent every request carries: {@code NAME/VERSION (Java x; okhttp/y)}.
   *
   * @return the User-Agent value
   */
  public static String userAgent() {
    return NAME + "/" + VERSION + " (Java " + System.getProperty("java.version", "?")
        + "; okhttp/" + okhttp3.OkHttp.VERSION + ")";
  }
}
