package org.backlinks4j.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.mockwebserver.RecordedRequest;
import org.backlinks4j.BacklinksClient;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.BulkPagesSummaryRequest;
import org.backlinks4j.InvalidRequestException;
import org.backlinks4j.SummaryRequest;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rules the spec states on every operation's request, read from the spec itself when the test
 * runs: for each minimum, maximum, minLength, maxLength, minItems and maxItems of a request task's
 * field, a request at the bound goes over the wire carrying that value, and one a step past it is
 * refused before anything is sent. No bound is written here, so a change of the spec, regenerated,
 * changes both what the client refuses and what this test expects, with no handwritten edit:
 * {@code tools/spec-rule-check} shows it on a scratch clone. Also: each enum of a request is a Java
 * enum of the spec's values, the spec uses no rule the templates do not generate, and its
 * {@code x-request} marks exactly the schemas requests reach.
 */
class SpecRequestRulesTest {
  private static final String SCHEMAS = "#/components/schemas/";
  /** The keywords a request field may carry: the rules generated, and what is not a rule. */
  private static final Set<String> RULES = Set.of("minimum", "maximum", "minLength", "maxLength",
      "minItems", "maxItems");
  private static final Set<String> NOT_RULES = Set.of("type", "format", "description", "default",
      "example", "nullable", "items", "$ref");

  /** How this test sends each field of each operation's task at a size: the value, length or count. */
  private interface Sender {
    void send(BacklinksClient client, int size);
  }

  private static final Map<String, Sender> SENDERS = Map.of(
      "summaryLive internal_list_limit",
      (client, n) -> client.summary(SummaryRequest.builder("example.com").internalListLimit(n).build()),
      "summaryLive tag",
      (client, n) -> client.summary(SummaryRequest.builder("example.com").tag("t".repeat(n)).build()),
      "summaryLive target",
      (client, n) -> client.summary(SummaryRequest.of("t".repeat(n))),
      "bulkPagesSummaryLive targets",
      (client, n) -> client.bulkPagesSummary(BulkPagesSummaryRequest.of(targets(n))),
      "bulkPagesSummaryLive tag",
      (client, n) -> client.bulkPagesSummary(
          BulkPagesSummaryRequest.builder(List.of("example.com")).tag("t".repeat(n)).build()),
      "bulkPagesSummaryLive targets[]",
      (client, n) -> client.bulkPagesSummary(BulkPagesSummaryRequest.of("t".repeat(n))));

  /**
   * Fields whose form the client checks by hand, more strictly than the spec can say (a target is a
   * domain or a URL, not any string of one character): below the spec's bound they are refused,
   * at it not necessarily accepted.
   */
  private static final Set<String> FORM_CHECKED = Set.of("summaryLive target",
      "bulkPagesSummaryLive targets[]");

  private static final JsonNode SPEC = read(ContractValidator.specText());

  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withClient(b -> b.maxRetries(0));

  /** One bound of one field: its operation, path, field, keyword and value. */
  private static final class Rule {
    final String operationId;
    final String path;
    final String field;
    final String keyword;
    final int bound;

    Rule(String operationId, String path, String field, String keyword, int bound) {
      this.operationId = operationId;
      this.path = path;
      this.field = field;
      this.keyword = keyword;
      this.bound = bound;
    }

    String key() {
      return operationId + " " + field;
    }

    boolean isUpper() {
      return keyword.startsWith("max");
    }

    /** The size a step past the bound. */
    int past() {
      return isUpper() ? bound + 1 : bound - 1;
    }
  }

  @TestFactory
  List<DynamicTest> atEachBoundOfTheSpecARequestIsSentAndPastItRefused() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : rules()) {
      Sender sender = SENDERS.get(rule.key());
      if (sender == null) {
        fail("the spec has " + rule.keyword + " on " + rule.key() + ", which this test cannot send:"
            + " add it to SENDERS");
      }
      boolean form = FORM_CHECKED.contains(rule.key());
      String name = rule.key() + " " + rule.keyword + " " + rule.bound + ": "
          + (form ? "" : rule.bound + " sent, ") + (rule.past() >= 0 ? rule.past() + " refused" : "");
      tests.add(DynamicTest.dynamicTest(name, () -> {
        if (!form) {
          assertSent(rule, sender);
        }
        if (rule.past() >= 0) {
          assertRefused(rule, sender, form);
        }
        report(name);
      }));
    }
    assertFalse(tests.isEmpty(), "the spec's requests have no rules: is this the spec?");
    return tests;
  }

  /**
   * With {@code -Dspec.rules.report=FILE} (tools/spec-rule-check sets it), appends the line of a
   * rule that held to FILE: surefire's reports name dynamic tests by number only.
   */
  private static void report(String line) throws IOException {
    String file = System.getProperty("spec.rules.report");
    if (file != null) {
      Files.write(Paths.get(file), List.of(line), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  private void assertSent(Rule rule, Sender sender) throws IOException {
    int before = fake.server().requestCount();
    sender.send(fake.client(), rule.bound);
    assertEquals(before + 1, fake.server().requestCount(), rule.key() + " at " + rule.bound);
    RecordedRequest request = fake.takeRequest();
    assertEquals(rule.path, ContractValidator.operationPath(request.getPath()));
    JsonNode body = new ObjectMapper().readTree(request.getBody().readUtf8());
    JsonNode bodySchema = requestSchema(rule.path);
    assertTrue(body.size() >= bodySchema.path("minItems").asInt(0)
        && body.size() <= bodySchema.path("maxItems").asInt(Integer.MAX_VALUE),
        "tasks in the body: " + body.size());
    String field = rule.field.replace("[]", "");
    JsonNode sent = body.path(0).path(field);
    int size = sent.isArray() ? sent.size()
        : sent.isTextual() ? sent.asText().codePointCount(0, sent.asText().length())
        : sent.asInt();
    if (rule.field.endsWith("[]")) {
      String item = sent.path(0).asText();
      size = item.codePointCount(0, item.length());
    }
    assertEquals(rule.bound, size, "what went over the wire in " + field);
  }

  private void assertRefused(Rule rule, Sender sender, boolean form) {
    int before = fake.server().requestCount();
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> sender.send(fake.client(), rule.past()), rule.key() + " at " + rule.past());
    assertEquals(BacklinksException.Origin.REQUEST, e.origin());
    String field = rule.field.endsWith("[]") ? rule.field.replace("[]", "[0]") : rule.field;
    assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
    if (!form) {
      // The spec's rule, not another one: the message names the bound and the value sent.
      assertTrue(e.getMessage().contains(" " + rule.bound) && e.getMessage().endsWith(", was "
          + rule.past()), e.getMessage());
    }
    assertEquals(before, fake.server().requestCount(), "nothing may go over the wire");
  }

  @Test
  void eachEnumOfARequestIsAJavaEnumOfTheSpecsValues() throws ClassNotFoundException {
    int enums = 0;
    for (String path : requestPaths()) {
      for (Map.Entry<String, JsonNode> property : taskSchema(path).path("properties").properties()) {
        String ref = property.getValue().path("$ref").asText("");
        JsonNode target = ref.isEmpty() ? property.getValue() : schema(ref);
        if (!target.has("enum")) {
          continue;
        }
        assertFalse(ref.isEmpty(), property.getKey() + ": an inline enum; give it a schema of its own");
        List<String> values = new ArrayList<>();
        target.path("enum").forEach(v -> values.add(v.asText()));
        List<String> constants = new ArrayList<>();
        for (Object constant : Class.forName("org.backlinks4j.model." + name(ref)).getEnumConstants()) {
          constants.add(constant.toString()); // the wire value
        }
        assertEquals(values, constants, ref);
        enums++;
      }
    }
    assertTrue(enums > 0, "no enum in the requests");
  }

  @Test
  void theSpecUsesNoRuleOnARequestThatTheTemplatesDoNotGenerate() {
    for (String path : requestPaths()) {
      JsonNode task = taskSchema(path);
      for (Map.Entry<String, JsonNode> property : task.path("properties").properties()) {
        String ref = property.getValue().path("$ref").asText("");
        if (!ref.isEmpty()) {
          JsonNode target = schema(ref);
          // An enum is typed; the filter is a JSON array whose rules are the filter DSL's.
          assertTrue(target.has("enum") || target.path("x-java-json-array").asBoolean(),
              path + " " + property.getKey() + ": a nested schema the templates check no rules of");
          continue;
        }
        checkKeywords(path + " " + property.getKey(), property.getValue());
        if (property.getValue().has("items")) {
          checkKeywords(path + " " + property.getKey() + "[]", property.getValue().path("items"));
        }
      }
    }
  }

  private static void checkKeywords(String where, JsonNode schema) {
    schema.fieldNames().forEachRemaining(keyword -> assertTrue(
        RULES.contains(keyword) || NOT_RULES.contains(keyword),
        where + ": the templates generate no check for " + keyword
            + " (tools/openapi-templates/requestRuleCheck.mustache)"));
  }

  @Test
  void xRequestMarksExactlyTheObjectSchemasThatRequestsReach() {
    Set<String> requests = new TreeSet<>();
    Set<String> answers = new TreeSet<>();
    for (JsonNode pathItem : SPEC.path("paths")) {
      for (JsonNode operation : pathItem) {
        reach(operation.path("requestBody"), requests);
        reach(operation.path("responses"), answers);
      }
    }
    Set<String> marked = new TreeSet<>();
    Set<String> objects = new TreeSet<>();
    SPEC.path("components").path("schemas").properties().forEach(entry -> {
      if (entry.getValue().path("x-request").asBoolean()) {
        marked.add(entry.getKey());
      }
      if (entry.getValue().has("properties")) {
        objects.add(entry.getKey());
      }
    });
    requests.retainAll(objects);
    answers.retainAll(objects);
    assertEquals(requests, marked, "x-request: the object schemas of requests");
    Set<String> both = new TreeSet<>(requests);
    both.retainAll(answers);
    assertEquals(Set.of(), both, "a schema both requests and answers reach would be an answer "
        + "model that callers can change");
  }

  /** The component schemas {@code node} refers to, transitively. */
  private static void reach(JsonNode node, Set<String> found) {
    if (node.isObject()) {
      String ref = node.path("$ref").asText("");
      if (ref.startsWith(SCHEMAS) && found.add(name(ref))) {
        reach(schema(ref), found);
      }
      node.elements().forEachRemaining(child -> reach(child, found));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> reach(child, found));
    }
  }

  /** Every bound on a field of a request task, or on the items of an array field. */
  private static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    for (String path : requestPaths()) {
      String operationId = operation(path).path("operationId").asText();
      for (Map.Entry<String, JsonNode> property : taskSchema(path).path("properties").properties()) {
        for (String keyword : RULES) {
          if (property.getValue().has(keyword)) {
            rules.add(new Rule(operationId, path, property.getKey(), keyword,
                property.getValue().path(keyword).asInt()));
          }
          if (property.getValue().path("items").has(keyword)) {
            rules.add(new Rule(operationId, path, property.getKey() + "[]", keyword,
                property.getValue().path("items").path(keyword).asInt()));
          }
        }
      }
    }
    rules.sort((a, b) -> (a.key() + " " + a.keyword).compareTo(b.key() + " " + b.keyword));
    return rules;
  }

  /** The paths of the operations that take a request body. */
  private static Set<String> requestPaths() {
    Set<String> paths = new LinkedHashSet<>();
    SPEC.path("paths").properties().forEach(entry -> {
      if (!operationOf(entry.getValue()).path("requestBody").isMissingNode()) {
        paths.add(entry.getKey());
      }
    });
    return paths;
  }

  private static JsonNode operation(String path) {
    return operationOf(SPEC.path("paths").path(path));
  }

  private static JsonNode operationOf(JsonNode pathItem) {
    for (String method : Arrays.asList("post", "put", "patch", "get", "delete")) {
      if (pathItem.has(method)) {
        return pathItem.path(method);
      }
    }
    throw new IllegalArgumentException("no operation in " + pathItem);
  }

  /** The request body's schema: an array of tasks. */
  private static JsonNode requestSchema(String path) {
    return operation(path).path("requestBody").path("content").path("application/json")
        .path("schema");
  }

  private static JsonNode taskSchema(String path) {
    return schema(requestSchema(path).path("items").path("$ref").asText());
  }

  private static JsonNode schema(String ref) {
    JsonNode schema = SPEC.path("components").path("schemas").path(name(ref));
    if (schema.isMissingNode()) {
      throw new IllegalArgumentException("no schema " + ref);
    }
    return schema;
  }

  private static String name(String ref) {
    if (!ref.startsWith(SCHEMAS)) {
      throw new IllegalArgumentException("not a schema reference: " + ref);
    }
    return ref.substring(SCHEMAS.length());
  }

  /** {@code n} distinct page targets of at most 100 main domains. */
  private static List<String> targets(int n) {
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      targets.add("https://site" + (i % 100) + ".com/p" + i);
    }
    return targets;
  }

  private static JsonNode read(String yaml) {
    try {
      return new YAMLMapper().readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
