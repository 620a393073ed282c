package example;

import java.io.IOException;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Older code of the same stranger that posts its own JSON to DataForSEO instead of using the
 * library, with a field copied from another endpoint's documentation ({@code limit} belongs to
 * backlinks/backlinks, not to summary). The service would answer 40506 and charge nothing, the
 * library would refuse it before sending; a test against the kit's fake must fail on it.
 */
public final class HandMadeExport {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private final OkHttpClient http = new OkHttpClient();
  private final String baseUrl;
  private final String login;
  private final String password;

  public HandMadeExport(String baseUrl, String login, String password) {
    this.baseUrl = baseUrl;
    this.login = login;
    this.password = password;
  }

  /** The summary of a site as the service's raw JSON. */
  public String summaryJson(String site) throws IOException {
    String body = "[{\"target\":\"" + site + "\",\"limit\":100}]";
    Request request = new Request.Builder()
        .url(baseUrl + "v3/backlinks/summary/live")
        .header("Authorization", Credentials.basic(login, password))
        .post(RequestBody.create(body, JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      return response.body().string();
    }
  }
}
