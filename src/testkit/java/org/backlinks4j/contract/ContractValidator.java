package org.backlinks4j.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.mockwebserver.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * The in-JVM contract layer: checks HTTP requests and answers of the spec's operations (summary,
 * bulk_pages_summary and user_data) against {@code spec/backlinks-summary.yaml}, the same file the
 * binding is generated from. Requests are checked against the operation their path names; the
 * methods without a path are summary's.
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
  /**
   * Where the spec is inside the test kit's jar, a copy of the project's
   * {@code spec/backlinks-summary.yaml} made by the build: a user's tests need no file of ours.
   */
  public static final String SPEC_RESOURCE = "/org/backlinks4j/contract/backlinks-summary.yaml";
  /** The summary operation of the spec: one target a call. */
  public static final String SUMMARY_PATH = "/v3/backlinks/summary/live";
  /** The bulk_pages_summary operation of the spec: up to 1000 targets a call. */
  public static final String BULK_PAGES_SUMMARY_PATH = "/v3/backlinks/bulk_pages_summary/live";
  /** The path of user_data. */
  public static final String USER_DATA_PATH = "/v3/appendix/user_data";

  // Parsing the spec and building its JSON schemas takes most of a second: do it once per JVM.
  private static final ContractValidator SPEC_VALIDATOR = new ContractValidator(specText());

  private final OpenApiInteractionValidator validator;
  private final JsonNode tree;

  private ContractValidator(String spec) {
    try {
      this.tree = new YAMLMapper().readTree(spec);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spec " + SPEC_RESOURCE, e);
    }
    this.validator = OpenApiInteractionValidator
        .createForInlineApiSpecification(spec)
        .withLevelResolver(LevelResolver.create()
            // The service adds fields to its answers over time; the client skips them.
            .withLevel("validation.response.body.schema.additionalProperties", Level.IGNORE)
            .build())
        .build();
  }

  /**
   * The spec the kit checks against, as YAML text: the one the library of the same version was
   * generated from.
   *
   * @return the spec
   */
  public static String specText() {
    try (InputStream in = ContractValidator.class.getResourceAsStream(SPEC_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + SPEC_RESOURCE + " on the class path: it ships in "
            + "the dataforseo-backlinks-testkit jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SPEC_RESOURCE, e);
    }
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
    return checkRequestBody(SUMMARY_PATH, json);
  }

  /**
   * Checks a request body (the JSON array of tasks) of the operation at {@code path}, sent with
   * Basic credentials and a JSON content type.
   *
   * @param path the operation's path, e.g. {@link #BULK_PAGES_SUMMARY_PATH}
   * @param json the request body
   * @return the problems found, empty when the body keeps to the spec
   */
  public List<String> checkRequestBody(String path, String json) {
    return problems(validator.validateRequest(SimpleRequest.Builder.post(path)
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
    return checkResponse(SUMMARY_PATH, httpStatus, headers, body);
  }

  /**
   * Checks an answer of the operation at {@code path}.
   *
   * @param path the operation's path as a request names it (a prefix before {@code /v3/} is
   *     dropped, as for requests)
   * @param httpStatus the HTTP status
   * @param headers the answer's headers (its content type matters)
   * @param body the answer's body
   * @return the problems found, empty when the answer keeps to the spec
   */
  public List<String> checkResponse(String path, int httpStatus, Map<String, List<String>> headers,
      String body) {
    SimpleResponse.Builder builder = SimpleResponse.Builder.status(httpStatus).withBody(body);
    headers.forEach(builder::withHeader);
    String operation = operationPath(path);
    return problems(validator.validateResponse(operation,
        operation.equals(USER_DATA_PATH) ? Request.Method.GET : Request.Method.POST, builder.build()));
  }

  /**
   * Checks an envelope as the body of an HTTP 200 JSON answer of the summary endpoint.
   *
   * @param json the envelope
   * @return the problems found, empty when the envelope keeps to the spec
   */
  public List<String> checkEnvelope(String json) {
    return checkEnvelope(SUMMARY_PATH, json);
  }

  /**
   * Checks an envelope as the body of an HTTP 200 JSON answer of the operation at {@code path}.
   *
   * @param path the operation's path, e.g. {@link #BULK_PAGES_SUMMARY_PATH}
   * @param json the envelope
   * @return the problems found, empty when the envelope keeps to the spec
   */
  public List<String> checkEnvelope(String path, String json) {
    return checkResponse(path, 200, Map.of("Content-Type", List.of("application/json")), json);
  }

  /**
   * Checks an envelope as the body of an HTTP 200 JSON answer of user_data.
   *
   * @param json the envelope
   * @return the problems found, empty when the envelope keeps to the spec
   */
  public List<String> checkUserData(String json) {
    return checkEnvelope(USER_DATA_PATH, json);
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
    assertValidRequestBody(SUMMARY_PATH, json);
  }

  /**
   * Fails unless the request body of the operation at {@code path} keeps to the spec.
   *
   * @param path the operation's path, e.g. {@link #BULK_PAGES_SUMMARY_PATH}
   * @param json the request body
   * @throws AssertionError naming every problem
   */
  public void assertValidRequestBody(String path, String json) {
    fail("request body of " + path + " " + abbreviated(json), checkRequestBody(path, json));
  }

  /**
   * Fails unless the envelope keeps to the spec (as the body of an HTTP 200 answer).
   *
   * @param json the envelope
   * @return the envelope, so that a fixture can be checked where it is made
   * @throws AssertionError naming every problem
   */
  public String assertValidEnvelope(String json) {
    return assertValidEnvelope(SUMMARY_PATH, json);
  }

  /**
   * Fails unless the envelope keeps to the spec as the body of an HTTP 200 answer of the
   * operation at {@code path}.
   *
   * @param path the operation's path, e.g. {@link #BULK_PAGES_SUMMARY_PATH}
   * @param json the envelope
   * @return the envelope, so that a fixture can be checked where it is made
   * @throws AssertionError naming every problem
   */
  public String assertValidEnvelope(String path, String json) {
    fail("answer of " + path, checkEnvelope(path, json));
    return json;
  }

  /**
   * The fields the spec names for a task of the operation at {@code path}: what a request may
   * send, and all the service takes (it answers 40506 to any other).
   *
   * @param path the operation's path, e.g. {@link #BULK_PAGES_SUMMARY_PATH}
   * @return the field names, in the spec's order
   */
  public Set<String> taskFields(String path) {
    JsonNode items = tree.path("paths").path(path).path("post").path("requestBody").path("content")
        .path("application/json").path("schema").path("items");
    String ref = items.path("$ref").asText("");
    if (!ref.startsWith("#/components/schemas/")) {
      throw new IllegalArgumentException("the spec has no task schema for POST " + path);
    }
    return schemaProperties(ref.substring("#/components/schemas/".length()));
  }

  /**
   * The properties a schema of the spec's components names.
   *
   * @param schema e.g. {@code "BulkPagesSummaryItem"}
   * @return the property names, in the spec's order
   */
  public Set<String> schemaProperties(String schema) {
    JsonNode properties = tree.path("components").path("schemas").path(schema).path("properties");
    if (!properties.isObject()) {
      throw new IllegalArgumentException("the spec has no schema " + schema + " with properties");
    }
    Set<String> names = new LinkedHashSet<>();
    properties.fieldNames().forEachRemaining(names::add);
    return Collections.unmodifiableSet(names);
  }

  /**
   * The path as the spec names it. The spec's servers are bare hosts; a test that puts the API
   * under a prefix (to check base URL handling) still calls the spec's operation.
   *
   * @param path a request's path, maybe with a prefix and a query
   * @return the path from {@code /v3/} on, without the query
   */
  public static String operationPath(String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    int v3 = bare.indexOf("/v3/");
    return v3 <= 0 ? bare : bare.substring(v3);
  }

  private List<String> problems(ValidationReport report) {
    List<String> problems = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == Level.ERROR) {
        problems.add(describe(message));
      }
    }
    return problems;
  }

  /**
   * The rule's key, the validator's message, where in the body, and where the rule is written in
   * the spec, e.g. {@code validation.request.body.schema.maximum: [Path '/0/internal_list_limit']
   * Numeric instance is greater than the required maximum (maximum: 1000, found: 5000) (at
   * /0/internal_list_limit; spec #/components/schemas/SummaryTaskRequest/properties/internal_list_limit)}.
   */
  private String describe(ValidationReport.Message message) {
    StringBuilder text = new StringBuilder(message.getKey()).append(": ").append(message.getMessage());
    message.getContext().flatMap(ValidationReport.MessageContext::getPointers).ifPresent(pointers -> {
      text.append(" (at ").append(pointers.getInstance());
      String rule = ruleLocation(message.getContext().get(), pointers.getSchema());
      if (rule != null) {
        text.append("; spec ").append(rule);
      }
      text.append(')');
    });
    for (ValidationReport.Message nested : message.getNestedMessages()) {
      text.append("\n      ").append(describe(nested).replace("\n", "\n  "));
    }
    return text.toString();
  }

  /**
   * Where in the spec the schema that the validator's pointer names is written, following
   * {@code $ref}s from the operation's body schema (the pointer is relative to it); null when the
   * message names no operation or body.
   */
  private @Nullable String ruleLocation(ValidationReport.MessageContext context, String schemaPointer) {
    if (!context.getApiOperation().isPresent() || !context.getLocation().isPresent()) {
      return null;
    }
    ApiOperation operation = context.getApiOperation().get();
    String location = "/paths/" + escape(operation.getApiPath().original()) + "/"
        + operation.getMethod().name().toLowerCase(Locale.ROOT);
    if (context.getLocation().get() == ValidationReport.MessageContext.Location.REQUEST) {
      location += "/requestBody";
    } else if (context.getResponseStatus().isPresent()) {
      location += "/responses/" + context.getResponseStatus().get();
    } else {
      return null;
    }
    location += "/content/application~1json/schema";
    JsonNode node = tree.at(location);
    for (String segment : schemaPointer.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      while (node.has("$ref") && node.get("$ref").asText().startsWith("#/")) {
        location = node.get("$ref").asText().substring(1);
        node = tree.at(location);
      }
      node = node.path(segment.replace("~1", "/").replace("~0", "~"));
      location += "/" + segment;
    }
    while (node.has("$ref") && node.get("$ref").asText().startsWith("#/")) {
      location = node.get("$ref").asText().substring(1);
      node = tree.at(location);
    }
    return node.isMissingNode() ? null : "#" + location;
  }

  private static String escape(String pointerSegment) {
    return pointerSegment.replace("~", "~0").replace("/", "~1");
  }

  /** A request body short enough for a failure message: a 1000-target batch is 20 kB. */
  private static String abbreviated(String json) {
    return json.length() <= 2000 ? json : json.substring(0, 2000) + "... (" + json.length() + " chars)";
  }

  private static void fail(String what, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new AssertionError(what + " breaks spec/backlinks-summary.yaml:\n  - "
          + String.join("\n  - ", problems));
    }
  }
}
