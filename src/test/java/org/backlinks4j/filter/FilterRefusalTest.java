package org.backlinks4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backlinks4j.BacklinksException;
import org.backlinks4j.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every refusal, in each of the three ways a filter is made, with a message a person can act on. */
class FilterRefusalTest {
  private static InvalidFilterException refused(Executable executable) {
    return assertThrows(InvalidFilterException.class, executable);
  }

  private static void assertContains(String expected, String actual) {
    assertTrue(actual.contains(expected), () -> "expected «" + expected + "» in:\n" + actual);
  }

  @Test
  void aRefusedFilterIsAWrongRequestRefusedBeforeSending() {
    // One catch clause for a wrong request, whatever part of it is wrong.
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> Filter.parse("rank >> 5"));
    assertTrue(e instanceof InvalidFilterException);
    assertEquals(BacklinksException.Origin.REQUEST, e.origin());
    assertEquals(0, e.statusCode());
    assertFalse(e.isRetryable());
    // The message keeps the text and the caret; statusMessage() is the one-line reason.
    assertTrue(e.getMessage().startsWith(e.statusMessage() + " (column "), e.getMessage());
    assertFalse(e.statusMessage().contains("\n"), e.statusMessage());
  }

  // --- at most 8 conditions ---

  @Test
  void nineConditionsAreRefusedNamingTheFirstOneTooMany() {
    List<Filter> nine = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      nine.add(BacklinksField.LINKS_COUNT.ne(i));
    }
    InvalidFilterException e = refused(() -> Filters.and(nine));
    assertEquals("too many conditions: the service takes at most 8 in one filter and this one has 9; "
        + "the first one too many is links_count <> 9", e.getMessage());
    // Eight are fine, and so is the limit reached step by step; the ninth step is refused.
    Filter eight = Filters.and(nine.subList(0, 8));
    assertEquals(8, eight.conditionCount());
    refused(() -> eight.or(BacklinksField.DOFOLLOW.isTrue()));
  }

  @Test
  void nineConditionsInTextPointAtTheNinth() {
    InvalidFilterException e = refused(() -> Filter.parse(
        "rank > 1 and rank > 2 and rank > 3 and rank > 4 and (rank > 5 or rank > 6) and rank > 7 "
            + "and rank > 8 and rank > 9"));
    assertContains("this one has 9; the first one too many is rank > 9", e.statusMessage());
    assertEquals(106, e.column());
  }

  @Test
  void nineConditionsInJsonAreRefused() {
    StringBuilder json = new StringBuilder("[");
    for (int i = 1; i <= 9; i++) {
      json.append(i > 1 ? ",\"or\"," : "").append("[\"rank\",\"=\",").append(i).append(']');
    }
    InvalidFilterException e = refused(() -> Filter.parseJson(json.append(']').toString()));
    assertContains("at $: too many conditions: the service takes at most 8", e.getMessage());
  }

  // --- a value that does not fit the field's type ---

  @Test
  void aStringForANumberFieldIsRefusedAtTheValue() {
    InvalidFilterException e = refused(() -> Filter.parse("dofollow = true and backlink_spam_score < 'fifty'"));
    assertEquals("condition backlink_spam_score < 'fifty': backlink_spam_score is a number field, so < "
        + "takes a finite number, not the string 'fifty' (column 43)\n"
        + "  dofollow = true and backlink_spam_score < 'fifty'\n"
        + "                                            ^", e.getMessage());
  }

  @Test
  void theStringTrueForABooleanIsRefusedInJsonAndJava() {
    assertEquals("at $: condition dofollow = 'true': dofollow is a boolean field, so = takes true or false, "
        + "not the string 'true'", refused(() -> Filter.parseJson("[\"dofollow\",\"=\",\"true\"]")).getMessage());
    assertContains("dofollow is a boolean field",
        refused(() -> BacklinksField.DOFOLLOW.is(Operator.EQ, "true")).getMessage());
    assertContains("domain_from_country is a string field, so in takes a string, not the number 1",
        refused(() -> Filter.parse("domain_from_country in ('US', 1)")).getMessage());
  }

  @Test
  void aFieldAskedForWithTheWrongTypeIsRefused() {
    assertEquals("dofollow is a boolean field (bool), not str", refused(() -> Filters.str("dofollow")).getMessage());
    assertContains("rank is a number field (num), not time",
        refused(() -> Filter.parse("rank:time > '2020-01-01 00:00:00 +00:00'")).getMessage());
  }

  @Test
  void aBadTimeIsRefusedWithTheFormatToUse() {
    assertContains("a time is written 'yyyy-MM-dd HH:mm:ss +00:00', such as '2021-01-29 15:02:37 +00:00'",
        refused(() -> Filter.parse("first_seen > '2021-01-29T15:02:37Z'")).getMessage());
    refused(() -> BacklinksField.FIRST_SEEN.after("2021-02-30 00:00:00 +00:00"));
  }

  // --- an operator that does not fit ---

  @Test
  void anOperatorThatDoesNotFitIsRefusedAtTheOperatorWithTheOnesThatDo() {
    InvalidFilterException e = refused(() -> Filter.parse("dofollow like '%yes%'"));
    assertEquals("condition dofollow like '%yes%': like does not fit dofollow, a boolean field: it takes = or <>",
        e.statusMessage());
    assertEquals(10, e.column());
    assertContains("> does not fit anchor, a string field: it takes =, <>, in, not_in, like",
        refused(() -> BacklinksField.ANCHOR.is(Operator.GT, "a")).getMessage());
    assertContains("has does not fit rank, a number field",
        refused(() -> Filter.parseJson("[\"rank\",\"has\",5]")).getMessage());
  }

  @Test
  void atLeastOrAtMostOnATimeIsRefusedWithTheEquivalentThatIsDocumented() {
    assertContains(">= does not fit first_seen, a time field: it takes < or > (the service documents only < "
            + "and > for times; to the second, first_seen > '2021-01-29 15:02:36 +00:00' means the same)",
        refused(() -> Filter.parse("first_seen >= '2021-01-29 15:02:37 +00:00'")).getMessage());
    assertContains("last_seen < '2021-01-01 00:00:00 +00:00' means the same",
        refused(() -> Filter.parse("last_seen <= '2020-12-31 23:59:59 +00:00'")).getMessage());
  }

  @Test
  void anUnknownOperatorIsRefusedWithTheServicesWord() {
    assertContains("the service has no operator !=: write <>",
        refused(() -> Filter.parse("dofollow != true")).getMessage());
    assertContains("unknown operator \"contains\" in [\"anchor\",\"contains\",\"x\"]",
        refused(() -> Filter.parseJson("[\"anchor\",\"contains\",\"x\"]")).getMessage());
  }

  // --- empty lists and other bad values ---

  @Test
  void anEmptyListIsRefused() {
    assertContains("condition domain_from_country in (): the list is empty: in needs at least one value",
        refused(() -> Filter.parse("domain_from_country in ()")).getMessage());
    assertContains("not_in needs at least one value",
        refused(() -> BacklinksField.PAGE_FROM_STATUS_CODE.notIn(List.of())).getMessage());
    assertContains("at $: condition tld_from in (): the list is empty",
        refused(() -> Filter.parseJson("[\"tld_from\",\"in\",[]]")).getMessage());
  }

  @Test
  void aLikePatternNeedsAWildcard() {
    assertContains("condition anchor like 'seo': the pattern has no % wildcard, so like would only match the "
        + "whole text: use = for that, or add % (such as '%seo%')",
        refused(() -> BacklinksField.ANCHOR.like("seo")).getMessage());
  }

  @Test
  void aRegexMustBeShortCompileAndBeRe2() {
    StringBuilder longRegex = new StringBuilder();
    for (int i = 0; i < 1001; i++) {
      longRegex.append('a');
    }
    assertContains("the regular expression is 1001 characters long; the service takes at most 1000",
        refused(() -> BacklinksField.URL_FROM.regex(longRegex.toString())).getMessage());
    assertContains("the regular expression does not compile: Unclosed group",
        refused(() -> Filter.parse("url_from regex '(abc'")).getMessage());
    assertContains("uses lookaround ((?=, (?!, (?<=, (?<!), which RE2 (the service's engine) does not have",
        refused(() -> BacklinksField.ANCHOR.notRegex("foo(?!bar)")).getMessage());
    assertContains("a backreference (\\1)", refused(() -> BacklinksField.ANCHOR.regex("(a)\\1")).getMessage());
    // RE2's own named groups and a ']' first in a class are fine.
    BacklinksField.ANCHOR.regex("(?P<word>[]a-z]+)\\s\\d{2,}");
  }

  // --- syntax: parentheses, dangling words, unknown names ---

  @Test
  void anUnclosedParenthesisIsPointedAt() {
    assertEquals("unbalanced parentheses: this '(' is never closed (column 21)\n"
        + "  dofollow = true and (rank > 1 or rank < 0\n"
        + "                      ^",
        refused(() -> Filter.parse("dofollow = true and (rank > 1 or rank < 0")).getMessage());
  }

  @Test
  void aStrayClosingParenthesisIsPointedAt() {
    InvalidFilterException e = refused(() -> Filter.parse("dofollow = true) and rank > 1"));
    assertEquals("unbalanced parentheses: this ')' closes no '('", e.statusMessage());
    assertEquals(16, e.column());
  }

  @Test
  void aDanglingAndOrOperatorIsPointedAt() {
    InvalidFilterException and = refused(() -> Filter.parse("dofollow = true and"));
    assertEquals("expected a condition after 'and', found the end of the filter", and.statusMessage());
    assertEquals(20, and.column());
    InvalidFilterException operator = refused(() -> Filter.parse("dofollow = true or rank >"));
    assertEquals("expected a value after '>', found the end of the filter (column 26)\n"
        + "  dofollow = true or rank >\n"
        + "                           ^", operator.getMessage());
    assertEquals("expected a condition after 'or', found 'and'",
        refused(() -> Filter.parse("rank > 1 or and rank > 2")).statusMessage());
    assertEquals("expected an operator after 'rank', found the end of the filter",
        refused(() -> Filter.parse("rank")).statusMessage());
  }

  @Test
  void otherSyntaxErrorsSayWhatWasExpected() {
    assertContains("put text in quotes, as in 'example'",
        refused(() -> Filter.parse("domain_from = example")).getMessage());
    assertContains("found 'yes': dofollow takes true or false",
        refused(() -> Filter.parse("dofollow = yes")).getMessage());
    assertContains("expected 'and', 'or' or the end of the filter, found 'rank'",
        refused(() -> Filter.parse("dofollow = true rank > 1")).getMessage());
    assertContains("this string is never closed", refused(() -> Filter.parse("anchor = 'abc")).getMessage());
    assertContains("'12abc' is not a number", refused(() -> Filter.parse("rank > 12abc")).getMessage());
    assertContains("the filter is empty", refused(() -> Filter.parse("   ")).getMessage());
    String deep = "(".repeat(33) + "dofollow = true" + ")".repeat(33);
    assertEquals("parentheses nest deeper than 32 levels", refused(() -> Filter.parse(deep)).statusMessage());
    String deepEnough = "(".repeat(32) + "dofollow = true" + ")".repeat(32);
    assertEquals(BacklinksField.DOFOLLOW.isTrue(), Filter.parse(deepEnough));
  }

  @Test
  void anUnknownFieldIsRefusedWithTheNearestKnownOneAndTheWayToNameANewOne() {
    InvalidFilterException e = refused(() -> Filter.parse("dofolow = true"));
    assertEquals("unknown field 'dofolow': did you mean 'dofollow'? (a field the catalogue does not know yet takes "
        + "its type after a colon, such as dofolow:num; the types are num, str, bool, time, array.str, array.num)",
        e.statusMessage());
    assertEquals(1, e.column());
    assertContains("at $[2]: unknown field 'domain_from_rnk' in [\"domain_from_rnk\",\">\",1.0]: did you mean "
        + "'domain_from_rank'?", refused(() -> Filter.parseJson("[[\"dofollow\",\"=\",true],\"and\","
        + "[\"domain_from_rnk\",\">\",1]]")).getMessage());
  }

  @Test
  void aJsonGroupMixingAndWithOrIsRefusedAsAmbiguous() {
    assertContains("at $: the group mixes \"and\" and \"or\" at one level, which the service reads in a way it "
        + "does not document: nest one of them", refused(() -> Filter.parseJson(
        "[[\"dofollow\",\"=\",true],\"and\",[\"rank\",\">\",1],\"or\",[\"rank\",\"<\",0]]")).getMessage());
    assertContains("a condition is [field, operator, value], three elements, not 2",
        refused(() -> Filter.parseJson("[\"dofollow\",\"=\"]")).getMessage());
    assertContains("not JSON", refused(() -> Filter.parseJson("[\"dofollow\",")).getMessage());
    assertContains("expected \"and\" or \"or\" between two filters, found \"xor\"",
        refused(() -> Filter.parseJson("[[\"dofollow\",\"=\",true],\"xor\",[\"rank\",\">\",1]]")).getMessage());
  }
}
