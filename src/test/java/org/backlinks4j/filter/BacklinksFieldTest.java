package org.backlinks4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The drift check of the field catalogue: {@link BacklinksField} holds exactly the fields of
 * {@code spec/backlinks-filter-fields.tsv}, with the same types, in the same order, each as a constant
 * whose Java type offers the operators of its filter type.
 */
class BacklinksFieldTest {
  private static final Path CATALOGUE = Path.of("spec/backlinks-filter-fields.tsv");

  private static List<String> tsvRows() throws IOException {
    List<String> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(CATALOGUE);
    assertEquals("field\tfilter_type\tsource", lines.get(0), "header of " + CATALOGUE);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        String[] columns = line.split("\t");
        rows.add(columns[0] + "\t" + columns[1]);
      }
    }
    return rows;
  }

  @Test
  void theJavaCatalogueIsTheTsvFieldForFieldInOrder() throws IOException {
    List<String> java = new ArrayList<>();
    for (FilterField field : BacklinksField.all()) {
      java.add(field.name() + "\t" + field.type().token());
    }
    assertEquals(tsvRows(), java,
        "BacklinksField and " + CATALOGUE + " differ: change both (the TSV is the data source)");
    assertEquals(48, java.size());
  }

  @Test
  void everyFieldIsAConstantNamedAfterItWithTheClassOfItsType() throws IllegalAccessException {
    List<String> constants = new ArrayList<>();
    for (Field constant : BacklinksField.class.getDeclaredFields()) {
      int modifiers = constant.getModifiers();
      if (!Modifier.isPublic(modifiers) || !Modifier.isStatic(modifiers)) {
        continue;
      }
      FilterField field = (FilterField) constant.get(null);
      assertEquals(field.name().replace('.', '_').toUpperCase(Locale.ROOT), constant.getName());
      assertEquals(expectedClass(field.type()), constant.getType(), constant.getName());
      assertSame(field, BacklinksField.named(field.name()));
      constants.add(field.name());
    }
    assertEquals(BacklinksField.all().size(), constants.size());
  }

  @Test
  void filtersByNameReturnTheCatalogueFieldOrANewOne() {
    assertSame(BacklinksField.DOMAIN_FROM_RANK, Filters.num("domain_from_rank"));
    assertSame(BacklinksField.ATTRIBUTES, Filters.field("attributes", FieldType.STR_ARRAY));
    assertNull(BacklinksField.named("a_field_added_next_year"));
    assertEquals("a_field_added_next_year:num", Filters.num("a_field_added_next_year").toString());
    assertEquals("a_field_added_next_year:num < 10", Filters.num("a_field_added_next_year").lt(10).toString());
  }

  private static Class<?> expectedClass(FieldType type) {
    switch (type) {
      case NUM:
        return NumField.class;
      case STR:
        return StrField.class;
      case BOOL:
        return BoolField.class;
      case TIME:
        return TimeField.class;
      case STR_ARRAY:
        return StrArrayField.class;
      default:
        return NumArrayField.class;
    }
  }
}
