package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.RecordedRequest;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The account's credentials and the User-Agent go to the client's base URL and nowhere else, over
 * a real socket: a second fake on another port stands for any other host.
 */
class CredentialsScopeTest {
  private static final String AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString(
      (FakeServerExtension.LOGIN + ":" + FakeServerExtension.PASSWORD)
          .getBytes(StandardCharsets.UTF_8));

  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  private FakeDataForSeo other;

  @BeforeEach
  void startOther() throws IOException {
    other = FakeDataForSeo.start().checkRequests(false); // not the API: no spec to keep
  }

  @AfterEach
  void stopOther() throws IOException {
    other.close();
  }

  @Test
  void theClientsOwnOkHttpClientSendsNoCredentialsToAnotherHost() throws Exception {
    BacklinksClient client = fake.client();
    HttpUrl elsewhere = other.url("/other");

    try (Response response = client.http().newCall(new Request.Builder().url(elsewhere).build())
        .execute()) {
      assertEquals(200, response.code());
    }
    client.summary(SummaryRequest.of("example.com"));

    RecordedRequest stray = other.takeRequest();
    assertEquals("/other", stray.getPath());
    assertNull(stray.getHeader("Authorization"), "no credentials to another host");
    assertFalse(String.valueOf(stray.getHeader("User-Agent")).startsWith("dataforseo-backlinks/"),
        stray.getHeader("User-Agent"));
    RecordedRequest api = fake.server().takeRequest();
    assertEquals(AUTHORIZATION, api.getHeader("Authorization"), "the API still gets them");
    assertTrue(api.getHeader("User-Agent").startsWith("dataforseo-backlinks/"),
        api.getHeader("User-Agent"));
  }

  @Test
  void aLentClientsInterceptorThatSendsTheCallElsewhereSendsItWithoutCredentials()
      throws Exception {
    HttpUrl diverted = other.url("/");
    OkHttpClient lent = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .url(chain.request().url().newBuilder().port(diverted.port()).build())
            .build()))
        .build();
    BacklinksClient client = fake.client().newBuilder().okHttpClient(lent).build();

    client.summary(SummaryRequest.of("example.com")); // the other fake answers the example too
    try (Response response = lent.newCall(new Request.Builder().url(other.url("/lent")).build())
        .execute()) {
      assertEquals(200, response.code());
    }

    RecordedRequest divertedCall = other.takeRequest();
    assertEquals(FakeDataForSeo.SUMMARY_PATH, divertedCall.getPath());
    assertNull(divertedCall.getHeader("Authorization"));
    RecordedRequest lentCall = other.takeRequest();
    assertEquals("/lent", lentCall.getPath());
    assertNull(lentCall.getHeader("Authorization"), "the lent client itself is not changed");
    assertEquals(0, fake.server().requestCount());
    client.close();
  }

  @Test
  void theOriginIsSchemeHostAndPort() {
    AuthInterceptor auth = new AuthInterceptor(HttpUrl.get(BacklinksClient.LIVE_BASE_URL),
        Credentials.of("login", "password"));

    assertTrue(auth.sameOrigin(HttpUrl.get("https://api.dataforseo.com/v3/backlinks/summary/live")));
    assertTrue(auth.sameOrigin(HttpUrl.get("https://API.DataForSEO.com:443/v3/x")));
    assertFalse(auth.sameOrigin(HttpUrl.get("http://api.dataforseo.com/v3/x")), "scheme");
    assertFalse(auth.sameOrigin(HttpUrl.get("https://api.dataforseo.com:8443/v3/x")), "port");
    assertFalse(auth.sameOrigin(HttpUrl.get("https://sandbox.dataforseo.com/v3/x")), "host");
    assertFalse(auth.sameOrigin(HttpUrl.get("https://api.dataforseo.com.example.net/v3/x")));
    assertFalse(auth.toString().contains("bG9naW4"), "no credentials in toString()");
  }
}
