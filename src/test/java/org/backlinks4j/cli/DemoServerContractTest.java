package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.backlinks4j.contract.ContractValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The offline demo server answers as the spec says the service does, whatever it is asked. */
class DemoServerContractTest {
  private final OkHttpClient http = new OkHttpClient();
  private DemoServer demo;

  @BeforeEach
  void start() throws IOException {
    demo = DemoServer.start();
  }

  @AfterEach
  void stop() {
    demo.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[{\"target\":\"example.com\"}]",
      "[{\"target\":\"https://example.com/page\",\"include_subdomains\":false,\"include_indirect_links\":false,"
          + "\"exclude_internal_backlinks\":false,\"internal_list_limit\":1000,\"backlinks_status_type\":\"lost\","
          + "\"rank_scale\":\"one_hundred\",\"tag\":\"t\",\"backlinks_filters\":[[\"dofollow\",\"=\",true],\"and\","
          + "[\"anchor\",\"like\",\"%a%\"]]}]",
      "[{\"target\":\"a.com\"},{\"target\":\"b.com\"}]",
      "not json"})
  void everyAnswerKeepsTheContract(String body) throws IOException {
    assertKeepsTheContract("v3/backlinks/summary/live", body);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[{\"targets\":[\"example.com\",\"https://example.com/page\"]}]",
      "[{\"targets\":[\"a.com\",\"a.com\"],\"include_subdomains\":false,"
          + "\"rank_scale\":\"one_hundred\",\"tag\":\"t\"}]",
      "[{\"targets\":[]}]",
      "[{\"targets\":[\"a.com\"]},{\"targets\":[\"b.com\"]}]",
      "not json"})
  void everyBulkAnswerKeepsTheContract(String body) throws IOException {
    assertKeepsTheContract("v3/backlinks/bulk_pages_summary/live", body);
  }

  private void assertKeepsTheContract(String path, String body) throws IOException {
    Request request = new Request.Builder().url(demo.baseUrl() + path)
        .post(RequestBody.create(body, MediaType.get("application/json")))
        .build();
    try (Response response = http.newCall(request).execute()) {
      List<String> problems = ContractValidator.spec().checkResponse(response.code(),
          response.headers().toMultimap(), response.body().string());

      assertEquals(List.of(), problems);
    }
  }

  @org.junit.jupiter.api.Test
  void userDataAnswersWithTheDemoAccountWithinTheContract() throws IOException {
    Request request = new Request.Builder().url(demo.baseUrl() + "v3/appendix/user_data").get().build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();

      assertEquals(200, response.code());
      assertEquals(List.of(), ContractValidator.spec().checkUserData(body));
      org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"demo@example.com\""), body);
    }
  }
}
