package org.backlinks4j.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.backlinks4j.Fixtures;
import org.backlinks4j.internal.Wire;
import org.junit.jupiter.api.Test;

/**
 * The spec's example answer and the demo server's fixture are one truth: the same JSON, and valid
 * against the spec. Prism serves the first, the CLI's demo mode and the tests the second. The
 * examples of bulk_pages_summary, its answer and its request, are valid against their operation.
 */
class SpecExampleTest {
  /** The project's spec, from which the build copies the kit's. */
  private static final Path SPEC = Paths.get("spec", "backlinks-summary.yaml");
  private static final JsonAdapter<Object> JSON = Wire.MOSHI.adapter(Object.class);
  private static final String EXAMPLE = "/components/examples/ExplodingTopics/value";
  private static final String BULK_EXAMPLE = "/components/examples/BulkPagesSummaryForbes/value";

  @Test
  void theKitChecksAgainstThisSpec() throws IOException {
    assertEquals(Files.readString(SPEC), ContractValidator.specText(),
        "the test kit's copy of the spec is stale: rebuild");
  }

  @Test
  void theSpecsExampleIsAValidAnswer() throws IOException {
    ContractValidator.spec().assertValidEnvelope(new ObjectMapper().writeValueAsString(example()));
  }

  @Test
  void theSpecsExampleIsTheDemoFixture() throws IOException {
    // Both as the plain values Moshi reads (maps, lists, doubles): numbers compare by value, so
    // YAML's 41245 and JSON's 41245 are equal whatever node type a parser picked for them.
    Object fixture = JSON.fromJson(Fixtures.seedEnvelope());
    Object example = JSON.fromJson(new ObjectMapper().writeValueAsString(example()));

    assertEquals("", firstDifference("", example, fixture),
        "the spec's ExplodingTopics example and the demo fixture "
            + "src/cli/resources/org/backlinks4j/cli/demo/summary-explodingtopics.com.json differ");
  }

  @Test
  void theSpecsRequestExampleIsAValidRequest() throws IOException {
    JsonNode spec = new YAMLMapper().readTree(SPEC.toFile());
    JsonNode example = spec.at("/paths/~1v3~1backlinks~1summary~1live/post/requestBody/content/"
        + "application~1json/example");
    assertNotNull(example.get(0), "the request example is missing");

    ContractValidator.spec().assertValidRequestBody(new ObjectMapper().writeValueAsString(example));
  }

  @Test
  void theSpecsBulkExampleIsAValidAnswerOfItsOperation() throws IOException {
    JsonNode example = new YAMLMapper().readTree(SPEC.toFile()).at(BULK_EXAMPLE);
    assertNotNull(example.get("tasks"), "no example at " + BULK_EXAMPLE);

    ContractValidator.spec().assertValidEnvelope(ContractValidator.BULK_PAGES_SUMMARY_PATH,
        new ObjectMapper().writeValueAsString(example));
  }

  @Test
  void theSpecsBulkRequestExampleIsAValidRequestOfItsOperation() throws IOException {
    JsonNode spec = new YAMLMapper().readTree(SPEC.toFile());
    JsonNode example = spec.at("/paths/~1v3~1backlinks~1bulk_pages_summary~1live/post/requestBody/"
        + "content/application~1json/example");
    assertNotNull(example.get(0), "the bulk request example is missing");

    ContractValidator.spec().assertValidRequestBody(ContractValidator.BULK_PAGES_SUMMARY_PATH,
        new ObjectMapper().writeValueAsString(example));
  }

  private static JsonNode example() throws IOException {
    JsonNode example = new YAMLMapper().readTree(SPEC.toFile()).at(EXAMPLE);
    assertNotNull(example.get("tasks"), "no example at " + EXAMPLE);
    return example;
  }

  /** The JSON pointer of the first place where the two values differ and what each holds, or "". */
  private static String firstDifference(String at, Object spec, Object fixture) {
    if (spec instanceof Map<?, ?> a && fixture instanceof Map<?, ?> b) {
      Set<Object> keys = new TreeSet<>(Comparator.comparing(String::valueOf));
      keys.addAll(a.keySet());
      keys.addAll(b.keySet());
      for (Object key : keys) {
        String difference = firstDifference(at + "/" + key, a.get(key), b.get(key));
        if (!difference.isEmpty()) {
          return difference;
        }
      }
      return "";
    }
    if (spec instanceof List<?> a && fixture instanceof List<?> b && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        String difference = firstDifference(at + "/" + i, a.get(i), b.get(i));
        if (!difference.isEmpty()) {
          return difference;
        }
      }
      return "";
    }
    return Objects.equals(spec, fixture) ? "" : at + ": spec " + spec + ", fixture " + fixture;
  }
}
