package org.backlinks4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.backlinks4j.Gen;
import org.backlinks4j.Tries;
import org.backlinks4j.internal.Wire;
import org.junit.jupiter.api.Test;

/**
 * Random valid filters (any field of the catalogue and a few it lacks, every operator that fits, values
 * with quotes, backslashes and odd characters, up to 8 conditions in random and/or nesting) print to
 * text that parses back to an equal filter, and serialise to JSON that reads back to an equal filter.
 */
class FilterRoundTripTest {
  private static final int TRIES = 1000;
  /** Fields the catalogue lacks, one per type: they print as name:type. */
  private static final FilterField[] NEW_FIELDS = {
      Filters.num("new.num_field"), Filters.str("new_str"), Filters.bool("new_bool"),
      Filters.time("new_time"), Filters.strArray("new_tags"), Filters.numArray("new_numbers")};

  @Test
  void printedTextParsesBackEqual() {
    int[] full = {0};
    int[] nested = {0};
    Tries.check(TRIES, FilterRoundTripTest::filter, filter -> {
      assertEquals(filter, Filter.parse(filter.toString()), filter::toString);
      full[0] += filter.conditionCount() == Filter.MAX_CONDITIONS ? 1 : 0;
      nested[0] += depth(filter) > 2 ? 1 : 0;
    });
    // The generator must reach what matters: the full 8 conditions, and groups inside groups.
    assertTrue(full[0] > TRIES * 5 / 100, full[0] + " of " + TRIES + " tries had 8 conditions");
    assertTrue(nested[0] > TRIES * 20 / 100, nested[0] + " of " + TRIES + " tries nested groups");
  }

  private static int depth(Filter filter) {
    int depth = 0;
    if (filter instanceof Group) {
      for (Filter member : ((Group) filter).filters()) {
        depth = Math.max(depth, depth(member));
      }
    }
    return depth + 1;
  }

  @Test
  void jsonReadsBackEqual() {
    Tries.check(TRIES, FilterRoundTripTest::filter, filter -> {
      String json = Wire.MOSHI.adapter(Object.class).toJson(filter.toJson());
      assertEquals(filter, Filter.parseJson(json, NEW_FIELDS), json);
      assertEquals(filter, Filter.fromJson(filter.toJson(), NEW_FIELDS), json);
    });
  }

  private static Filter filter(Gen gen) {
    List<Filter> conditions = gen.listOf(1, Filter.MAX_CONDITIONS, FilterRoundTripTest::condition);
    return nest(conditions, new Random(gen.longBetween(Long.MIN_VALUE, Long.MAX_VALUE)));
  }

  /** Splits the conditions into 2 or more runs, joins each run recursively, then joins the runs. */
  private static Filter nest(List<Filter> filters, Random random) {
    if (filters.size() == 1) {
      return filters.get(0);
    }
    List<Filter> runs = new ArrayList<>();
    int start = 0;
    while (start < filters.size()) {
      int end = start + 1 + random.nextInt(filters.size() - start);
      if (start == 0 && end == filters.size()) {
        end = filters.size() - 1 - random.nextInt(filters.size() - 1);
      }
      runs.add(nest(filters.subList(start, end), random));
      start = end;
    }
    return random.nextBoolean() ? Filters.and(runs) : Filters.or(runs);
  }

  private static Condition condition(Gen gen) {
    List<FilterField> fields = new ArrayList<>(BacklinksField.all());
    fields.addAll(Arrays.asList(NEW_FIELDS));
    FilterField field = gen.oneOf(fields);
    Operator operator = gen.oneOf(new ArrayList<>(field.type().operators()));
    Object value = operator.takesList()
        ? gen.listOf(1, 4, g -> scalar(g, field.type(), operator))
        : scalar(gen, field.type(), operator);
    return field.is(operator, value);
  }

  private static Object scalar(Gen gen, FieldType type, Operator operator) {
    switch (type) {
      case NUM:
      case NUM_ARRAY:
        switch (gen.intBetween(0, 2)) {
          case 0:
            return gen.longBetween(-(1L << 53), 1L << 53);
          case 1:
            return gen.doubleBetween(-1e18, 1e18, 4);
          default:
            return gen.anyInt();
        }
      case BOOL:
        return gen.bool();
      case TIME:
        return ServiceTime.format(gen.longBetween(-2_000_000_000_000L, 4_000_000_000_000L));
      default:
        break;
    }
    switch (operator) {
      case LIKE:
      case NOT_LIKE:
      case ILIKE:
      case NOT_ILIKE:
        return text(gen) + "%" + text(gen);
      case REGEX:
      case NOT_REGEX:
        return String.join("", gen.listOf(1, 3, g -> g.oneOf(Arrays.asList("^https?://[^/]+\\.edu/", "\\d{2,}",
            "(?P<tld>com|org)$", "[]\\\\'\"]+", "a\\\\", "\\bseo\\b", "x|y|z", ""))));
      default:
        return text(gen);
    }
  }

  /** Printable ASCII plus the characters a quoting bug would trip on. */
  private static String text(Gen gen) {
    return gen.string(0, 12, Gen.range(' ', '~') + "\\'\"\n\té✓");
  }
}
