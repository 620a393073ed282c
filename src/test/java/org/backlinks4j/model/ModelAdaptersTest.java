package org.backlinks4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonClass;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backlinks4j.Fixtures;
import org.backlinks4j.contract.ContractValidator;
import org.backlinks4j.internal.Wire;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The JSON adapters the templates generate beside each model: that Moshi uses them, and that they
 * read and write what the reflective adapter did (every field, unknown names skipped, absent
 * fields left out, wrong types refused with the JSON path), and that the answer models they make
 * are read-only to callers.
 */
class ModelAdaptersTest {
  private static final Path MODELS = Paths.get("generated/src/main/java/org/backlinks4j/model");

  @Test
  void everyGeneratedModelIsReadByItsGeneratedAdapter() throws Exception {
    List<Class<?>> models = models();
    int classes = 0;
    for (Class<?> model : models) {
      if (model.isEnum()) {
        continue;
      }
      classes++;
      JsonClass annotation = model.getAnnotation(JsonClass.class);
      assertTrue(annotation != null && annotation.generateAdapter(), model + " lacks @JsonClass");
      // Moshi wraps the adapter it found in a null-safe one, named after it.
      String adapter = Wire.MOSHI.adapter(model).toString();
      assertTrue(adapter.startsWith(model.getName() + "JsonAdapter@") && adapter.endsWith(".nullSafe()"),
          adapter);
    }
    // Six of summary (envelope, task, data, result, info, request), six of bulk_pages_summary,
    // eleven of user_data.
    assertEquals(23, classes, "the models of the spec: " + models);
  }

  @Test
  void theSeedSurvivesARoundTripThroughTheModelsFieldForField() throws IOException {
    String seed = Fixtures.seedEnvelope();
    JsonAdapter<SummaryEnvelope> envelopes = Wire.MOSHI.adapter(SummaryEnvelope.class);
    String written = envelopes.toJson(envelopes.fromJson(seed));

    JsonAdapter<Object> values = Wire.MOSHI.adapter(Object.class);
    // Nulls are written as absent fields, as Moshi's reflective adapter did.
    assertEquals(withoutNulls(values.fromJson(seed)), values.fromJson(written));
  }

  @Test
  void unknownNamesAreSkippedAndAbsentFieldsStayNull() throws IOException {
    SummaryTargetInfo info = Wire.MOSHI.adapter(SummaryTargetInfo.class).fromJson(
        "{\"novel\":{\"a\":[1,{\"b\":null}]},\"server\":\"nginx\",\"cms\":null,\"later\":true}");
    assertEquals("nginx", info.getServer());
    assertNull(info.getCms());
    assertNull(info.getCountry());
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedWithItsPath() {
    JsonAdapter<SummaryEnvelope> envelopes = Wire.MOSHI.adapter(SummaryEnvelope.class);
    JsonDataException number = assertThrows(JsonDataException.class,
        () -> envelopes.fromJson("{\"status_code\":\"twenty thousand\"}"));
    assertTrue(number.getMessage().contains("$.status_code"), number.getMessage());

    JsonDataException filters = assertThrows(JsonDataException.class, () -> envelopes.fromJson(
        "{\"tasks\":[{\"data\":{\"backlinks_filters\":\"dofollow = true\"}}]}"));
    assertTrue(filters.getMessage().contains("$.tasks[0].data.backlinks_filters"),
        filters.getMessage());
  }

  @Test
  void mapsKeepTheAnswersOrderAndNullsAndRefuseANameGivenTwice() throws IOException {
    JsonAdapter<SummaryResult> results = Wire.MOSHI.adapter(SummaryResult.class);
    SummaryResult result = results.fromJson(
        "{\"referring_links_tld\":{\"org\":3,\"com\":9007199254740993,\"net\":null},"
            + "\"referring_links_types\":null}");
    assertEquals(List.of("org", "com", "net"),
        new ArrayList<>(result.getReferringLinksTld().keySet()));
    assertEquals(9_007_199_254_740_993L, result.getReferringLinksTld().get("com"));
    assertTrue(result.getReferringLinksTld().containsKey("net"));
    assertNull(result.getReferringLinksTld().get("net"));
    assertNull(result.getReferringLinksTypes());

    JsonDataException twice = assertThrows(JsonDataException.class, () -> results.fromJson(
        "{\"referring_links_countries\":{\"US\":1,\"US\":2}}"));
    assertEquals("Map key 'US' has multiple values at path $.referring_links_countries.US",
        twice.getMessage());
    JsonDataException notANumber = assertThrows(JsonDataException.class, () -> results.fromJson(
        "{\"referring_links_countries\":{\"US\":\"many\"}}"));
    assertTrue(notANumber.getMessage().contains("$.referring_links_countries.US"),
        notANumber.getMessage());
  }

  @Test
  void nullBreakdownsAndNullCountsInsideThemReadWriteAndRoundTrip() throws IOException {
    JsonAdapter<SummaryEnvelope> envelopes = Wire.MOSHI.adapter(SummaryEnvelope.class);
    SummaryEnvelope read = envelopes.fromJson(Fixtures.nullCountsEnvelope());
    SummaryResult result = read.getTasks().get(0).getResult().get(0);
    Map<String, Long> tld = new LinkedHashMap<>();
    tld.put("com", 26012L);
    tld.put("", null);
    tld.put("net", null);
    assertEquals(tld, result.getReferringLinksTld());
    assertEquals(List.of("com", "", "net"), new ArrayList<>(result.getReferringLinksTld().keySet()));
    assertNull(result.getReferringLinksAttributes());

    // Written back, a null count inside a breakdown stays, whether or not nulls are serialized;
    // a null breakdown is left out (or written as null), and reads back as null either way.
    String compact = Wire.MOSHI.adapter(SummaryResult.class).toJson(result);
    assertTrue(compact.contains("\"referring_links_tld\":{\"com\":26012,\"\":null,\"net\":null}"),
        compact);
    assertTrue(compact.contains("\"referring_links_countries\":{\"\":null}"), compact);
    assertTrue(!compact.contains("referring_links_attributes"), compact);
    String withNulls = Wire.MOSHI.adapter(SummaryResult.class).serializeNulls().toJson(result);
    assertTrue(withNulls.contains("\"referring_links_attributes\":null,"), withNulls);
    assertTrue(withNulls.contains("\"referring_links_tld\":{\"com\":26012,\"\":null,\"net\":null}"),
        withNulls);
    assertEquals(read, envelopes.fromJson(envelopes.toJson(read)));
    assertEquals(read, envelopes.fromJson(envelopes.serializeNulls().toJson(read)));
  }

  @Test
  void aRequestIsWrittenInTheSpecsOrderWithItsFilterAsGiven() {
    List<Object> filter = List.of(List.of("backlink_spam_score", "<", 50), "and",
        List.of("first_seen", ">", "2021-01-29 15:02:37 +00:00"));
    SummaryTaskRequest task = new SummaryTaskRequest().tag("t").backlinksFilters(filter)
        .rankScale(RankScale.ONE_HUNDRED).internalListLimit(5).target("example.com");
    assertEquals("{\"target\":\"example.com\",\"internal_list_limit\":5,"
        + "\"backlinks_filters\":[[\"backlink_spam_score\",\"<\",50],\"and\","
        + "[\"first_seen\",\">\",\"2021-01-29 15:02:37 +00:00\"]],\"rank_scale\":\"one_hundred\","
        + "\"tag\":\"t\"}", Wire.MOSHI.adapter(SummaryTaskRequest.class).toJson(task));
  }

  @Test
  void theCopyConstructorCopiesEveryField() throws IOException {
    String full = "{\"target\":\"example.com\",\"include_subdomains\":false,"
        + "\"include_indirect_links\":true,\"exclude_internal_backlinks\":false,"
        + "\"internal_list_limit\":7,\"backlinks_status_type\":\"lost\","
        + "\"backlinks_filters\":[\"dofollow\",\"=\",true],\"rank_scale\":\"one_thousand\","
        + "\"tag\":\"x\"}";
    JsonAdapter<SummaryTaskRequest> tasks = Wire.MOSHI.adapter(SummaryTaskRequest.class);
    SummaryTaskRequest original = tasks.fromJson(full);
    SummaryTaskRequest copy = new SummaryTaskRequest(original);
    assertNotSame(original, copy);
    assertEquals(original, copy);
    assertEquals(full, tasks.toJson(copy)); // every field set, so none was missed by the copy
  }

  @Test
  void answerModelsAreReadOnlyToCallers() throws Exception {
    JsonNode schemas = new YAMLMapper().readTree(ContractValidator.specText()).path("components")
        .path("schemas");
    int answers = 0;
    for (Class<?> model : models()) {
      if (model.isEnum() || schemas.path(model.getSimpleName()).path("x-request").asBoolean()) {
        continue;
      }
      answers++;
      assertTrue(Modifier.isFinal(model.getModifiers()), model + " is not final");
      assertEquals(0, model.getConstructors().length, model + " has a public constructor");
      for (Field field : model.getDeclaredFields()) {
        assertTrue(Modifier.isFinal(field.getModifiers()), field + " is not final");
      }
      for (Method method : model.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers())) {
          continue;
        }
        boolean getter = method.getName().startsWith("get") && method.getParameterCount() == 0;
        boolean object = Set.of("equals", "hashCode", "toString").contains(method.getName());
        assertTrue(getter || object, method + ": an answer model has getters only");
      }
    }
    // Of the 23 models, the two request tasks are mutable.
    assertEquals(21, answers);
  }

  @Test
  void theListsAndMapsOfEveryExampleAnswerCannotBeChanged() throws Exception {
    JsonNode spec = new YAMLMapper().readTree(ContractValidator.specText());
    ObjectMapper json = new ObjectMapper();
    int containers = 0;
    for (JsonNode pathItem : spec.path("paths")) {
      for (JsonNode operation : pathItem) {
        JsonNode answer = operation.path("responses").path("200").path("content")
            .path("application/json");
        String schema = answer.path("schema").path("$ref").asText().replace("#/components/schemas/", "");
        for (JsonNode example : answer.path("examples")) {
          String name = example.path("$ref").asText().replace("#/components/examples/", "");
          String text = json.writeValueAsString(spec.path("components").path("examples").path(name)
              .path("value"));
          containers += assertReadOnly(Wire.MOSHI.adapter(Class.forName("org.backlinks4j.model." + schema))
              .fromJson(text));
        }
      }
    }
    // A filter's nested arrays too.
    containers += assertReadOnly(Wire.MOSHI.adapter(SummaryTaskData.class).fromJson(
        "{\"backlinks_filters\":[[\"dofollow\",\"=\",true],\"and\",[\"domain_from_country\",\"in\",[\"US\"]]]}"));
    assertTrue(containers > 30, "lists and maps checked: " + containers);
  }

  /** Tries to change every list and map reachable from {@code value}; the number of them. */
  @SuppressWarnings("unchecked")
  private static int assertReadOnly(@Nullable Object value) throws ReflectiveOperationException {
    int containers = 0;
    if (value instanceof List) {
      List<Object> list = (List<Object>) value;
      assertThrows(UnsupportedOperationException.class, () -> list.add(null), "a list of an answer");
      containers++;
      for (Object item : list) {
        containers += assertReadOnly(item);
      }
    } else if (value instanceof Map) {
      Map<String, Object> map = (Map<String, Object>) value;
      assertThrows(UnsupportedOperationException.class, () -> map.put("x", null), "a map of an answer");
      containers++;
      for (Object item : map.values()) {
        containers += assertReadOnly(item);
      }
    } else if (value != null && value.getClass().getPackage().getName().equals("org.backlinks4j.model")
        && !value.getClass().isEnum()) {
      for (Method method : value.getClass().getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && method.getName().startsWith("get")
            && method.getParameterCount() == 0) {
          containers += assertReadOnly(method.invoke(value));
        }
      }
    }
    return containers;
  }

  private static List<Class<?>> models() throws IOException, ClassNotFoundException {
    List<Class<?>> models = new ArrayList<>();
    try (Stream<Path> files = Files.list(MODELS)) {
      for (Path file : files.sorted().collect(Collectors.toList())) {
        String name = file.getFileName().toString().replace(".java", "");
        models.add(Class.forName("org.backlinks4j.model." + name));
      }
    }
    return models;
  }

  @SuppressWarnings("unchecked")
  private static Object withoutNulls(Object value) {
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<String, Object>) value).forEach((k, v) -> {
        if (v != null) {
          out.put(k, withoutNulls(v));
        }
      });
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<Object>) value) {
        out.add(withoutNulls(item));
      }
      return out;
    }
    return value;
  }
}
