package org.backlinks4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.backlinks4j.internal.Wire;

/**
 * Random valid filters (any field of the catalogue and a few it lacks, every operator that fits, values
 * with quotes, backslashes and odd characters, up to 8 conditions in random and/or nesting) print to
 * text that parses back to an equal filter, and serialise to JSON that reads back to an equal filter.
 */
class FilterRoundTripTest {
  /** Fields the catalogue lacks, one per type: they print as name:type. */
  private static final FilterField[] NEW_FIELDS = {
      Filters.num("new.num_field"), Filters.str("new_str"), Filters.bool("new_bool"),
      Filters.time("new_time"), Filters.strArray("new_tags"), Filters.numArray("new_numbers")};

  @Property(tries = 1000)
  void printedTextParsesBackEqual(@ForAll("filters") Filter filter) {
    assertEquals(filter, Filter.parse(filter.toString()), filter::toString);
    // The generator must reach what matters: the full 8 conditions, and groups inside groups.
    Statistics.label("conditions").collect(filter.conditionCount())
        .coverage(check -> check.check(Filter.MAX_CONDITIONS).percentage(p -> p > 5));
    Statistics.label("nested").collect(depth(filter) > 2)
        .coverage(check -> check.check(true).percentage(p -> p > 20));
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

  @Property(tries = 1000)
  void jsonReadsBackEqual(@ForAll("filters") Filter filter) {
    String json = Wire.MOSHI.adapter(Object.class).toJson(filter.toJson());
    assertEquals(filter, Filter.parseJson(json, NEW_FIELDS), json);
    assertEquals(filter, Filter.fromJson(filter.toJson(), NEW_FIELDS), json);
  }

  @Provide
  Arbitrary<Filter> filters() {
    return Combinators.combine(conditions().list().ofMinSize(1).ofMaxSize(Filter.MAX_CONDITIONS),
        Arbitraries.longs()).as((conditions, seed) -> nest(new ArrayList<Filter>(conditions), new Random(seed)));
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

  private Arbitrary<Condition> conditions() {
    List<FilterField> fields = new ArrayList<>(BacklinksField.all());
    for (FilterField field : NEW_FIELDS) {
      fields.add(field);
    }
    return Arbitraries.of(fields).flatMap(field ->
        Arbitraries.of(field.type().operators().toArray(new Operator[0])).flatMap(operator ->
            (operator.takesList() ? scalar(field.type(), operator).list().ofMinSize(1).ofMaxSize(4)
                .map(list -> (Object) list) : scalar(field.type(), operator))
                .map(value -> field.is(operator, value))));
  }

  private Arbitrary<Object> scalar(FieldType type, Operator operator) {
    switch (type) {
      case NUM:
      case NUM_ARRAY:
        return Arbitraries.oneOf(
            Arbitraries.longs().between(-(1L << 53), 1L << 53).map(n -> (Object) n),
            Arbitraries.doubles().between(-1e18, 1e18).ofScale(4).map(d -> (Object) d),
            Arbitraries.integers().map(n -> (Object) n));
      case BOOL:
        return Arbitraries.of(true, false).map(b -> (Object) b);
      case TIME:
        return Arbitraries.longs().between(-2_000_000_000_000L, 4_000_000_000_000L)
            .map(millis -> (Object) ServiceTime.format(millis));
      default:
        break;
    }
    switch (operator) {
      case LIKE:
      case NOT_LIKE:
      case ILIKE:
      case NOT_ILIKE:
        return Combinators.combine(text(), text()).as((a, b) -> (Object) (a + "%" + b));
      case REGEX:
      case NOT_REGEX:
        return Arbitraries.of("^https?://[^/]+\\.edu/", "\\d{2,}", "(?P<tld>com|org)$", "[]\\\\'\"]+",
            "a\\\\", "\\bseo\\b", "x|y|z", "").list().ofMinSize(1).ofMaxSize(3)
            .map(parts -> (Object) String.join("", parts));
      default:
        return text().map(s -> (Object) s);
    }
  }

  /** Printable ASCII plus the characters a quoting bug would trip on. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars("\\'\"\n\té✓").ofMaxLength(12);
  }
}
