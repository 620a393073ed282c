package org.backlinks4j.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import org.backlinks4j.Fixtures;
import org.backlinks4j.internal.Wire;
import org.junit.jupiter.api.Test;

/**
 * The spec's example answer and the demo server's fixture are one truth: the same JSON, and valid
 * against the spec. Prism serves the first, the CLI's demo mode and the tests the second.
 */
class SpecExampleTest {
  private static final JsonAdapter<Object> JSON = Wire.MOSHI.adapter(Object.class);
  private static final String EXAMPLE = "/components/examples/ExplodingTopics/value";

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

    assertEquals(fixture, example,
        "the spec's ExplodingTopics example and the demo fixture "
            + "src/main/resources/org/backlinks4j/cli/demo/summary-explodingtopics.com.json differ");
  }

  @Test
  void theSpecsRequestExampleIsAValidRequest() throws IOException {
    JsonNode spec = new YAMLMapper().readTree(ContractValidator.SPEC.toFile());
    JsonNode example = spec.at("/paths/~1v3~1backlinks~1summary~1live/post/requestBody/content/"
        + "application~1json/example");
    assertNotNull(example.get(0), "the request example is missing");

    ContractValidator.spec().assertValidRequestBody(new ObjectMapper().writeValueAsString(example));
  }

  private static JsonNode example() throws IOException {
    JsonNode example = new YAMLMapper().readTree(ContractValidator.SPEC.toFile()).at(EXAMPLE);
    assertNotNull(example.get("tasks"), "no example at " + EXAMPLE);
    return example;
  }
}
