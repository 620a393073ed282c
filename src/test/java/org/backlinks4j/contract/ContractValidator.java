package org.backlinks4j.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The in-JVM contract layer: checks HTTP requests and answers against
 * {@code spec/backlinks-summary.yaml}, the same file the binding is generated from.
 *
 * <pre>{@code
 * ContractValidator.spec().assertValidRequest(server.takeRequest());   // what the client sent
 * ContractValidator.spec().assertValidEnvelope(Fixtures.seedEnvelope()); // a fixture a test parses
 * }</pre>
 *
 * <p>Requests are checked strictly: a field the spec does not name is an error, so a misspelt or
 * invented field fails the test before the service would answer 40506. Answers may carry fields
 * the spec does not name, because the service adds fields over time and the client must tolerate
 * them; everything the spec does name must have its type, range and shape.
 *
 * <p>Most tests do not call this directly: the fake server ({@code org.backlinks4j.fake.FakeDataForSeo})
 * runs every request, and on demand every enqueued answer, through it.
 */
public final class ContractValidator {
  /** The spec, relative to the project directory that Maven runs the tests in. */
  public static final Path SPEC = Paths.get("spec", "backlinks-summary.yaml");
  /** The one operation of the spec. */
  public static final String SUMMARY_PATH = "/v3/backlinks/summary/live";
  /** The path of user_data. */
  public static final String USER_DATA_PATH = "/v3/appendix/user_data";

  // Parsing the spec and building its JSON schemas takes most of a second: do it once per JVM.
  private static final ContractValidator SPEC_VALIDATOR = new ContractValidator(SPEC);

  private final OpenApiInteractionValidator validator;

  private ContractValidator(Path spec) {
    if (!Files.isRegularFile(spec)) {
      throw new IllegalStateException("no spec at " + spec.toAbsolutePath()
          + ": tests run from the project directory");
    }
    this.validator = OpenApiInteractionValidator
        .createForSpecificationUrl(spec.toUri().toString())
        .withLevelResolver(LevelResolver.create()
            // The service adds fields to its answers over time; the client skips them.
            .withLevel("validation.response.body.schema.additionalProperties", Level.IGNORE)
            .build())
        .build();
  }

  /**
   * The validator of {@code spec/backlinks-summary.yaml}, shared by every test of the JVM.
   *
   * @return the validator
   */
  public static ContractValidator spec() {
    return SPEC_VALIDATOR;
  }

  /**
   * Checks a request that reached a MockWebServer: method, path, headers (the Basic credentials the
   * spec's security asks for, the content type) and body.
   *
   * @param request the recorded request
   * @return the problems found, empty when the request keeps to the spec
   */
  public List<String> checkRequest(RecordedRequest request) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(
        String.valueOf(request.getMethod()), operationPath(String.valueOf(request.getPath())));
    Headers headers = request.getHeaders();
    for (String name : headers.names()) {
      builder.withHeader(name, headers.values(name));
    }
    // getBody() is a buffer that reading empties: read a copy, so the test can still read it.
    builder.withBody(request.getBody().clone().readUtf8());
    return problems(validator.validateRequest(builder.build()));
  }

  /**
   * Checks a summary request body (the JSON array of tasks), sent with Basic credentials and a JSON
   * content type.
   *
   * @param json the request body
   * @return the problems found, empty when the body keeps to the spec
   */
  public List<String> checkRequestBody(String json) {
    return problems(validator.validateRequest(SimpleRequest.Builder.post(SUMMARY_PATH)
        .withContentType("application/json; charset=UTF-8")
        .withAuthorization("Basic bG9naW46cGFzc3dvcmQ=")
        .withBody(json)
        .build()));
  }

  /**
   * Checks an answer of the summary endpoint.
   *
   * @param httpStatus the HTTP status
   * @param headers the answer's headers (its content type matters)
   * @param body the answer's body
   * @return the problems found, empty when the answer keeps to the spec
   */
  public List<String> checkResponse(int httpStatus, Map<String, List<String>> headers, String body) {
    SimpleResponse.Builder builder = SimpleResponse.Builder.status(httpStatus).withBody(body);
    headers.forEach(builder::withHeader);
    return problems(validator.validateResponse(SUMMARY_PATH, Request.Method.POST, builder.build()));
  }

  /**
   * Checks an envelope as the body of an HTTP 200 JSON answer of the summary endpoint.
   *
   * @param json the envelope
   * @return the problems found, empty when the envelope keeps to the spec
   */
  public List<String> checkEnvelope(String json) {
    return checkResponse(200, Map.of("Content-Type", List.of("application/json")), json);
  }

  /**
   * Checks an envelope as the body of an HTTP 200 JSON answer of user_data.
   *
   * @param json the envelope
   * @return the problems found, empty when the envelope keeps to the spec
   */
  public List<String> checkUserData(String json) {
    SimpleResponse response = SimpleResponse.Builder.status(200).withBody(json)
        .withContentType("application/json").build();
    return problems(validator.validateResponse(USER_DATA_PATH, Request.Method.GET, response));
  }

  /**
   * Fails unless the envelope keeps to the spec as an answer of user_data.
   *
   * @param json the envelope
   * @return the envelope
   * @throws AssertionError naming every problem
   */
  public String assertValidUserData(String json) {
    fail("user_data answer", checkUserData(json));
    return json;
  }

  /**
   * Fails unless the request keeps to the spec.
   *
   * @param request the recorded request
   * @return the request, to chain further assertions on it
   * @throws AssertionError naming every problem
   */
  public RecordedRequest assertValidRequest(RecordedRequest request) {
    fail("request " + request.getMethod() + " " + request.getPath(), checkRequest(request));
    return request;
  }

  /**
   * Fails unless the summary request body keeps to the spec.
   *
   * @param json the request body
   * @throws AssertionError naming every problem
   */
  public void assertValidRequestBody(String json) {
    fail("request body " + json, checkRequestBody(json));
  }

  /**
   * Fails unless the envelope keeps to the spec (as the body of an HTTP 200 answer).
   *
   * @param json the envelope
   * @return the envelope, so that a fixture can be checked where it is made
   * @throws AssertionError naming every problem
   */
  public String assertValidEnvelope(String json) {
    fail("answer", checkEnvelope(json));
    return json;
  }

  /**
   * The path as the spec names it. The spec's servers are bare hosts; a test that puts the API
   * under a prefix (to check base URL handling) still calls the spec's operation.
   */
  static String operationPath(String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    int v3 = bare.indexOf("/v3/");
    return v3 <= 0 ? bare : bare.substring(v3);
  }

  private static List<String> problems(ValidationReport report) {
    List<String> problems = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == Level.ERROR) {
        problems.add(describe(message));
      }
    }
    return problems;
  }

  private static String describe(ValidationReport.Message message) {
    StringBuilder text = new StringBuilder(message.getKey()).append(": ").append(message.getMessage());
    message.getContext()
        .flatMap(ValidationReport.MessageContext::getPointers)
        .ifPresent(pointers -> text.append(" (at ").append(pointers.getInstance()).append(')'));
    for (ValidationReport.Message nested : message.getNestedMessages()) {
      text.append("\n      ").append(describe(nested).replace("\n", "\n  "));
    }
    return text.toString();
  }

  private static void fail(String what, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new AssertionError(what + " breaks spec/backlinks-summary.yaml:\n  - "
          + String.join("\n  - ", problems));
    }
  }
}
