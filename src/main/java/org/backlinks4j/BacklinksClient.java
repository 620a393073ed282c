package org.backlinks4j;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.IOException;
import java.util.Collections;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.internal.api.BacklinksApi;
import org.backlinks4j.model.SummaryEnvelope;
import org.jspecify.annotations.Nullable;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * A client of DataForSEO's Backlinks Summary endpoint ({@code POST /v3/backlinks/summary/live}).
 *
 * <pre>{@code
 * BacklinksClient client = BacklinksClient.builder()
 *     .credentials(Credentials.fromEnv())
 *     .build();
 * Summary summary = client.summary(SummaryRequest.of("explodingtopics.com"));
 * if (summary.hasData()) {
 *   System.out.println(summary.result().getReferringDomains());
 * }
 * }</pre>
 *
 * <p>A client is thread-safe and meant to be shared: it holds a connection pool and threads.
 */
public final class BacklinksClient {
  /** The live (billed) service. */
  public static final String LIVE_BASE_URL = "https://api.dataforseo.com/";
  /** The free sandbox, which answers with dummy data. */
  public static final String SANDBOX_BASE_URL = "https://sandbox.dataforseo.com/";

  /** Live tasks may run for 120 s before the service gives up on them (code 50401). */
  static final long DEFAULT_READ_TIMEOUT_SECONDS = 130;
  static final long DEFAULT_CONNECT_TIMEOUT_SECONDS = 15;
  static final long DEFAULT_WRITE_TIMEOUT_SECONDS = 30;

  private final Builder settings;
  private final Credentials credentials;
  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final BacklinksApi api;

  private BacklinksClient(Builder builder) {
    this.settings = builder.copy();
    this.credentials = Objects.requireNonNull(builder.credentials,
        "credentials == null: call credentials(...) or use BacklinksClient.fromEnv()");
    this.baseUrl = builder.baseUrl;
    OkHttpClient.Builder httpBuilder =
        builder.okHttpClient != null ? builder.okHttpClient.newBuilder() : new OkHttpClient.Builder();
    if (builder.okHttpClient == null || builder.timeoutsSet) {
      httpBuilder
          .connectTimeout(builder.connectTimeoutMillis, TimeUnit.MILLISECONDS)
          .readTimeout(builder.readTimeoutMillis, TimeUnit.MILLISECONDS)
          .writeTimeout(builder.writeTimeoutMillis, TimeUnit.MILLISECONDS)
          .callTimeout(builder.callTimeoutMillis, TimeUnit.MILLISECONDS);
    }
    httpBuilder.addInterceptor(new AuthInterceptor(credentials));
    this.http = httpBuilder.build();
    this.api = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(http)
        .addConverterFactory(MoshiConverterFactory.create(Wire.MOSHI))
        .build()
        .create(BacklinksApi.class);
  }

  /**
   * A client of the live service with the credentials in {@code DATAFORSEO_LOGIN} and
   * {@code DATAFORSEO_PASSWORD}.
   *
   * @return the client
   * @throws IllegalStateException when either variable is unset
   */
  public static BacklinksClient fromEnv() {
    return builder().credentials(Credentials.fromEnv()).build();
  }

  /**
   * A builder with the live service's URL and timeouts fit for live tasks.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this client's settings, to derive a client that differs in some.
   *
   * @return the builder
   */
  public Builder newBuilder() {
    return settings.copy();
  }

  /**
   * Summarizes the backlinks of one target, waiting for the answer.
   *
   * @param request the request
   * @return the summary; {@link Summary#hasData()} is false when the service knows nothing of the
   *     target
   * @throws BacklinksException when the service reports an error, the network fails, or the answer
   *     cannot be read
   */
  public Summary summary(SummaryRequest request) {
    Objects.requireNonNull(request, "request == null");
    Response<SummaryEnvelope> response;
    try {
      response = api.summaryLive(Collections.singletonList(request.toTask())).execute();
    } catch (JsonEncodingException | JsonDataException e) {
      throw new BacklinksException(0, "the answer is not the JSON the spec describes: "
          + e.getMessage(), 200, null, false, e);
    } catch (IOException e) {
      throw new BacklinksException(0, "network failure: " + e, 0, null, true, e);
    }
    return ResponseReader.read(response);
  }

  /**
   * The base URL requests go to.
   *
   * @return the base URL
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * The OkHttp client this client sends with, to share its pool with other clients or shut it down.
   *
   * @return the OkHttp client
   */
  public OkHttpClient okHttpClient() {
    return http;
  }

  /** Names the base URL and the login; the password is never shown. */
  @Override
  public String toString() {
    return "BacklinksClient{baseUrl=" + baseUrl + ", login=" + credentials.login() + "}";
  }

  /** Configures and builds a {@link BacklinksClient}. */
  public static final class Builder {
    @Nullable Credentials credentials;
    HttpUrl baseUrl = Objects.requireNonNull(HttpUrl.parse(LIVE_BASE_URL));
    @Nullable OkHttpClient okHttpClient;
    long connectTimeoutMillis = TimeUnit.SECONDS.toMillis(DEFAULT_CONNECT_TIMEOUT_SECONDS);
    long readTimeoutMillis = TimeUnit.SECONDS.toMillis(DEFAULT_READ_TIMEOUT_SECONDS);
    long writeTimeoutMillis = TimeUnit.SECONDS.toMillis(DEFAULT_WRITE_TIMEOUT_SECONDS);
    long callTimeoutMillis;
    boolean timeoutsSet;

    Builder() {
    }

    Builder copy() {
      Builder copy = new Builder();
      copy.credentials = credentials;
      copy.baseUrl = baseUrl;
      copy.okHttpClient = okHttpClient;
      copy.connectTimeoutMillis = connectTimeoutMillis;
      copy.readTimeoutMillis = readTimeoutMillis;
      copy.writeTimeoutMillis = writeTimeoutMillis;
      copy.callTimeoutMillis = callTimeoutMillis;
      copy.timeoutsSet = timeoutsSet;
      return copy;
    }

    /**
     * The account's API credentials.
     *
     * @param credentials the credentials
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }

    /**
     * The account's API login and password.
     *
     * @param login the API login
     * @param password the API password
     * @return this builder
     */
    public Builder credentials(String login, String password) {
      return credentials(Credentials.of(login, password));
    }

    /**
     * Where requests go: {@link #LIVE_BASE_URL} (the default), {@link #SANDBOX_BASE_URL}, or any
     * other server that speaks the API, such as a test server.
     *
     * @param baseUrl an absolute http(s) URL
     * @return this builder
     * @throws IllegalArgumentException when it is not an http(s) URL
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        throw new IllegalArgumentException("baseUrl is not an http(s) URL: " + baseUrl);
      }
      return baseUrl(url);
    }

    /**
     * Where requests go, as an {@link HttpUrl}.
     *
     * @param baseUrl the base URL
     * @return this builder
     */
    public Builder baseUrl(HttpUrl baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      // Retrofit resolves the endpoint's relative path against a base that ends in '/'.
      this.baseUrl = baseUrl.encodedPath().endsWith("/")
          ? baseUrl
          : baseUrl.newBuilder().addPathSegment("").build();
      return this;
    }

    /**
     * Sends to the free sandbox, which answers with dummy data.
     *
     * @return this builder
     */
    public Builder sandbox() {
      return baseUrl(SANDBOX_BASE_URL);
    }

    /**
     * An OkHttp client to derive this client's from, sharing its connection pool, dispatcher and
     * interceptors. Its timeouts are kept unless set on this builder.
     *
     * @param client the OkHttp client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /**
     * How long to wait for the answer's bytes (default 130 s: live tasks may run for 120 s).
     *
     * @param timeout the timeout, 0 for none
     * @param unit its unit
     * @return this builder
     */
    public Builder readTimeout(long timeout, TimeUnit unit) {
      this.readTimeoutMillis = unit.toMillis(checkTimeout(timeout));
      this.timeoutsSet = true;
      return this;
    }

    /**
     * How long to wait for a connection (default 15 s).
     *
     * @param timeout the timeout, 0 for none
     * @param unit its unit
     * @return this builder
     */
    public Builder connectTimeout(long timeout, TimeUnit unit) {
      this.connectTimeoutMillis = unit.toMillis(checkTimeout(timeout));
      this.timeoutsSet = true;
      return this;
    }

    /**
     * How long one whole call may take, from connecting to reading the last byte (default: no
     * limit beyond the other timeouts).
     *
     * @param timeout the timeout, 0 for none
     * @param unit its unit
     * @return this builder
     */
    public Builder callTimeout(long timeout, TimeUnit unit) {
      this.callTimeoutMillis = unit.toMillis(checkTimeout(timeout));
      this.timeoutsSet = true;
      return this;
    }

    private static long checkTimeout(long timeout) {
      if (timeout < 0) {
        throw new IllegalArgumentException("timeout < 0: " + timeout);
      }
      return timeout;
    }

    /**
     * The client.
     *
     * @return the client
     * @throws NullPointerException when no credentials were given
     */
    public BacklinksClient build() {
      return new BacklinksClient(this);
    }
  }
}
