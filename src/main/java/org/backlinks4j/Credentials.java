package org.backlinks4j;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The API login and password of a DataForSEO account, sent as HTTP Basic authentication.
 *
 * <p>The password never appears in {@link #toString()}, in a log line or in an exception message.
 */
public final class Credentials {
  /** The environment variable that holds the API login. */
  public static final String LOGIN_ENV = "DATAFORSEO_LOGIN";
  /** The environment variable that holds the API password. */
  public static final String PASSWORD_ENV = "DATAFORSEO_PASSWORD";

  private final String login;
  private final String password;

  private Credentials(String login, String password) {
    this.login = login;
    this.password = password;
  }

  /**
   * Credentials from an API login and password (from the API dashboard, not the website's).
   *
   * @param login the API login, usually an e-mail address
   * @param password the API password
   * @return the credentials
   * @throws IllegalArgumentException when either is blank
   */
  public static Credentials of(String login, String password) {
    Objects.requireNonNull(login, "login == null");
    Objects.requireNonNull(password, "password == null");
    if (login.trim().isEmpty()) {
      throw new IllegalArgumentException("login is blank");
    }
    if (password.isEmpty()) {
      throw new IllegalArgumentException("password is empty");
    }
    return new Credentials(login, password);
  }

  /**
   * Credentials from {@code DATAFORSEO_LOGIN} and {@code DATAFORSEO_PASSWORD}.
   *
   * @return the credentials
   * @throws IllegalStateException when either variable is unset or blank
   */
  public static Credentials fromEnv() {
    Credentials credentials = fromEnvOrNull(System.getenv());
    if (credentials == null) {
      throw new IllegalStateException(
          "set " + LOGIN_ENV + " and " + PASSWORD_ENV + " to the account's API login and password");
    }
    return credentials;
  }

  /** Credentials from an environment map, or null when it lacks either variable. */
  static @Nullable Credentials fromEnvOrNull(Map<String, String> env) {
    String login = env.get(LOGIN_ENV);
    String password = env.get(PASSWORD_ENV);
    if (login == null || login.trim().isEmpty() || password == null || password.isEmpty()) {
      return null;
    }
    return new Credentials(login.trim(), password);
  }

  /**
   * The API login.
   *
   * @return the login
   */
  public String login() {
    return login;
  }

  /**
   * The value of the {@code Authorization} header these credentials make.
   *
   * @return {@code Basic <base64(login:password)>}
   */
  String authorization() {
    return okhttp3.Credentials.basic(login, password, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Equal when both the login and the password are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Credentials
        && login.equals(((Credentials) o).login)
        && password.equals(((Credentials) o).password);
  }

  /** A hash of the login and the password, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return login.hashCode() * 31 + password.hashCode();
  }

  /** Names the login only; the password is never shown. */
  @Override
  public String toString() {
    return "Credentials{login=" + login + ", password=<redacted>}";
  }
}
