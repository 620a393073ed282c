package org.backlinks4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.backlinks4j.internal.Wire;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Each expression of the text form to its exact wire JSON, and back: the text printed from the parsed
 * filter is the expression itself (each is written in the printer's canonical form).
 */
class FilterGoldenTest {
  static String json(Filter filter) {
    return Wire.MOSHI.adapter(Object.class).toJson(filter.toJson());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # the documented single condition
      dofollow = true | ["dofollow","=",true]
      # and
      dofollow = true and backlink_spam_score < 50 | [["dofollow","=",true],"and",["backlink_spam_score","<",50]]
      # nested or, the issue's example
      dofollow = true and (backlink_spam_score < 50 or domain_from_rank >= 300) | [["dofollow","=",true],"and",[["backlink_spam_score","<",50],"or",["domain_from_rank",">=",300]]]
      # time comparison with like alternatives (DataForSEO's backlinks example)
      first_seen > '2017-10-23 11:31:45 +00:00' and (anchor like '%seo%' or text_pre not_like '%seo%') | [["first_seen",">","2017-10-23 11:31:45 +00:00"],"and",[["anchor","like","%seo%"],"or",["text_pre","not_like","%seo%"]]]
      # has on attributes
      attributes has 'ugc' | ["attributes","has","ugc"]
      attributes has_not 'nofollow' and attributes has_not 'sponsored' | [["attributes","has_not","nofollow"],"and",["attributes","has_not","sponsored"]]
      # in lists
      domain_from_country in ('US', 'GB', 'DE') | ["domain_from_country","in",["US","GB","DE"]]
      page_from_status_code not_in (404, 410) and url_to_status_code in (200) | [["page_from_status_code","not_in",[404,410]],"and",["url_to_status_code","in",[200]]]
      # and binds tighter than or: no parentheses needed, nested on the wire all the same
      is_lost = true or is_new = true and dofollow = true | [["is_lost","=",true],"or",[["is_new","=",true],"and",["dofollow","=",true]]]
      (is_lost = true or is_new = true) and (dofollow = true or original = true) | [[["is_lost","=",true],"or",["is_new","=",true]],"and",[["dofollow","=",true],"or",["original","=",true]]]
      # a regular expression reads as typed: a backslash that escapes nothing is itself
      url_from regex '^https?://[^/]+\\.edu/' | ["url_from","regex","^https?://[^/]+\\\\.edu/"]
      anchor ilike '%casino%' or page_from_title not_ilike '%free%' | [["anchor","ilike","%casino%"],"or",["page_from_title","not_ilike","%free%"]]
      page_from_title match 'seo tools' and domain_from <> 'example.com' | [["page_from_title","match","seo tools"],"and",["domain_from","<>","example.com"]]
      # numbers: fractions, negatives, and nested (dotted) fields
      page_from_rank > 0.5 and url_to_spam_score > -1 | [["page_from_rank",">",0.5],"and",["url_to_spam_score",">",-1]]
      ranked_keywords_info.page_from_keywords_count_top_10 >= 5 | ["ranked_keywords_info.page_from_keywords_count_top_10",">=",5]
      # quotes: a single quote inside prints in double quotes
      anchor = "it's" or anchor = 'say \\'hi\\' "there"' | [["anchor","=","it's"],"or",["anchor","=","say 'hi' \\"there\\""]]
      # a field the catalogue does not know yet, with its type
      new_metric:num > 5 and dofollow <> false | [["new_metric",">",5],"and",["dofollow","<>",false]]
      last_seen < '2021-01-29 15:02:37 +00:00' | ["last_seen","<","2021-01-29 15:02:37 +00:00"]
      """)
  void textToExactJsonAndBack(String text, String expectedJson) {
    // The CSV reader keeps backslashes as written; the text block doubles them once.
    Filter filter = Filter.parse(text);
    assertEquals(expectedJson, json(filter));
    assertEquals(text, filter.toString());
    assertEquals(filter, Filter.parseJson(expectedJson, Filters.num("new_metric")));
  }

  @Test
  void theJavaApiReadsLikeTheSentenceAndBuildsTheSameFilter() {
    Filter typed = BacklinksField.DOFOLLOW.isTrue()
        .and(BacklinksField.BACKLINK_SPAM_SCORE.lt(50).or(BacklinksField.DOMAIN_FROM_RANK.gte(300)));
    Filter byName = Filters.and(Filters.bool("dofollow").isTrue(),
        Filters.or(Filters.num("backlink_spam_score").lt(50), Filters.num("domain_from_rank").gte(300)));

    assertEquals(Filter.parse("dofollow = true and (backlink_spam_score < 50 or domain_from_rank >= 300)"), typed);
    assertEquals(typed, byName);
    assertEquals("[[\"dofollow\",\"=\",true],\"and\",[[\"backlink_spam_score\",\"<\",50],\"or\","
        + "[\"domain_from_rank\",\">=\",300]]]", json(typed));
  }

  @Test
  void chainingKeepsExplicitGroupsAndFlattensOnlyWhatChangesNothing() {
    Filter a = BacklinksField.IS_NEW.isTrue();
    Filter b = BacklinksField.IS_LOST.isFalse();
    Filter c = BacklinksField.DOFOLLOW.isTrue();

    assertEquals("is_new = true and is_lost = false and dofollow = true", a.and(b).and(c).toString());
    assertEquals("(is_new = true or is_lost = false) and dofollow = true", a.or(b).and(c).toString());
    assertEquals("is_new = true or is_lost = false and dofollow = true", a.or(b.and(c)).toString());
    assertEquals("[[[\"is_new\",\"=\",true],\"or\",[\"is_lost\",\"=\",false]],\"and\",[\"dofollow\",\"=\",true]]",
        json(a.or(b).and(c)));
  }

  @Test
  void timesAreSentTheServicesWayFromADateEpochMillisOrText() {
    long millis = Instant.parse("2021-01-29T15:02:37.450Z").toEpochMilli();

    assertEquals("[\"first_seen\",\">\",\"2021-01-29 15:02:37 +00:00\"]",
        json(BacklinksField.FIRST_SEEN.after(new Date(millis))));
    assertEquals("[\"first_seen\",\"<\",\"2021-01-29 15:02:37 +00:00\"]", json(BacklinksField.FIRST_SEEN.before(millis)));
    assertEquals("[\"prev_seen\",\">\",\"1970-01-01 00:00:00 +00:00\"]", json(BacklinksField.PREV_SEEN.after(0)));
    assertEquals("[\"last_seen\",\"<\",\"2019-11-15 12:57:46 +02:00\"]",
        json(BacklinksField.LAST_SEEN.before("2019-11-15 12:57:46 +02:00")));
  }

  @Test
  void numbersAreSentAsWrittenWhateverTheirJavaType() {
    Filter fromInt = BacklinksField.RANK.gte(300);
    assertEquals(fromInt, BacklinksField.RANK.gte(300L));
    assertEquals(fromInt, BacklinksField.RANK.gte(300.0));
    assertEquals(fromInt, BacklinksField.RANK.gte(new java.math.BigDecimal("300.00")));
    assertEquals("[\"rank\",\">=\",300]", json(fromInt));
    assertEquals("[\"page_from_rank\",\"<\",0.1]", json(BacklinksField.PAGE_FROM_RANK.lt(0.1f)));
    assertEquals("[\"links_count\",\"in\",[1,2,3]]", json(BacklinksField.LINKS_COUNT.in(1, 2L, 3.0)));
    assertEquals(List.of("dofollow", "=", true), BacklinksField.DOFOLLOW.isTrue().toJson());
  }

  @ParameterizedTest
  @ValueSource(strings = {"README.md", "docs/filters.md"})
  void theDocumentedTextFormExamplesParseAndPrintAsWritten(String file) throws java.io.IOException {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of(file));
    int section = text.indexOf("The text form, for the CLI");
    int start = text.indexOf("```\n", section) + 4;
    String block = text.substring(start, text.indexOf("```", start));
    List<String> examples = block.lines().toList();
    assertFalse(examples.isEmpty(), "no examples under \"The text form, for the CLI\" in " + file);
    for (String example : examples) {
      assertEquals(example, Filter.parse(example).toString());
    }
  }

  @Test
  void keywordsAndOperatorWordsIgnoreCaseAndSpacingIsFree() {
    assertEquals(Filter.parse("dofollow = true and (anchor like '%a%' or rank in (1, 2))"),
        Filter.parse("  dofollow=TRUE AND(anchor LIKE '%a%'OR rank IN(1,2))  "));
  }
}
