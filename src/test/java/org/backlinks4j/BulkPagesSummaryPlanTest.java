package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The request's rules and the plan's packing, before anything is sent. */
class BulkPagesSummaryPlanTest {
  private static List<String> targets(int count, int domains) {
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      targets.add("p" + i + ".site" + (i % domains) + ".com");
    }
    return targets;
  }

  private static void assertValidAndComplete(List<String> input, BulkPagesSummaryPlan plan) {
    Set<Integer> seen = new HashSet<>();
    for (BulkPagesSummaryPlan.Batch batch : plan.batches()) {
      BulkPagesSummaryRequest request = batch.request();
      assertTrue(request.targets().size() <= BulkPagesSummaryRequest.MAX_TARGETS);
      Set<String> domains = new HashSet<>();
      for (String target : request.targets()) {
        domains.add(Targets.mainDomain(target));
      }
      assertTrue(domains.size() <= BulkPagesSummaryRequest.MAX_MAIN_DOMAINS, domains.size() + " domains");
      // Rebuilding the request from its own targets passes the same checks: it is valid.
      assertEquals(request, BulkPagesSummaryRequest.of(request.targets()));
      for (int position : batch.positions()) {
        assertTrue(seen.add(position), "position " + position + " planned twice");
        assertTrue(request.targets().stream().anyMatch(
            t -> Targets.key(t).equals(Targets.key(input.get(position)))),
            "position " + position + " is in a batch that does not send it");
      }
    }
    assertEquals(input.size(), seen.size());
  }

  @Test
  void plansTwoThousandFiveHundredTargetsIntoThreeRequests() {
    List<String> input = targets(2500, 250);
    BulkPagesSummaryPlan plan = BulkPagesSummaryPlan.of(input);
    assertEquals(3, plan.batches().size());
    assertValidAndComplete(input, plan);
  }

  @Test
  void plansByTheDomainRuleWhenItBindsFirst() {
    // 450 targets of 450 domains: five requests by the 100-domain rule, one by the count.
    List<String> input = targets(450, 450);
    BulkPagesSummaryPlan plan = BulkPagesSummaryPlan.of(input);
    assertEquals(5, plan.batches().size());
    assertValidAndComplete(input, plan);
  }

  @Test
  void aDomainWithMoreThanAThousandTargetsFillsWholeRequests() {
    List<String> input = targets(2600, 1);
    input.addAll(targets(10, 10).subList(0, 10));
    BulkPagesSummaryPlan plan = BulkPagesSummaryPlan.of(input);
    assertEquals(3, plan.batches().size());
    assertValidAndComplete(input, plan);
  }

  @Test
  void duplicatesAreSentOnceAndKeepEveryPlace() {
    List<String> input = Arrays.asList("a.com", "b.com", "A.com", "https://a.com", "https://A.com:443/");
    BulkPagesSummaryPlan plan = BulkPagesSummaryPlan.of(input);
    assertEquals(1, plan.batches().size());
    BulkPagesSummaryPlan.Batch batch = plan.batches().get(0);
    assertEquals(Arrays.asList("a.com", "https://a.com", "b.com"), batch.request().targets());
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, batch.positions());
  }

  @Test
  void refusesAThousandAndOneTargets() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> BulkPagesSummaryRequest.of(targets(1001, 1)));
    assertEquals(BacklinksException.Origin.REQUEST, e.origin());
    assertEquals("targets: must hold at most 1000 items, was 1001", e.statusMessage());
  }

  @Test
  void refusesAHundredAndOneMainDomains() {
    List<String> input = targets(101, 101);
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> BulkPagesSummaryRequest.of(input));
    assertTrue(e.getMessage().contains("at most 100 main domains, these belong to 101"), e.getMessage());
    // Subdomains and pages of one registrable domain count once.
    List<String> one = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      one.add(i % 2 == 0 ? "s" + i + ".example.co.uk" : "https://example.co.uk/p" + i);
    }
    assertEquals(150, BulkPagesSummaryRequest.of(one).targets().size());
  }

  @Test
  void namesTheBadTargetAndItsPlace() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> BulkPagesSummaryPlan.of(Arrays.asList("a.com", "b.com", "www.c.com")));
    assertTrue(e.getMessage().contains("targets[2]"), e.getMessage());
    assertTrue(e.getMessage().contains("www.c.com"), e.getMessage());
    assertThrows(InvalidRequestException.class, () -> BulkPagesSummaryRequest.of());
    String tag = new String(new char[256]).replace('\0', 't');
    InvalidRequestException tooLong = assertThrows(InvalidRequestException.class,
        () -> BulkPagesSummaryRequest.builder(Arrays.asList("a.com")).tag(tag).build());
    assertTrue(tooLong.getMessage().contains("tag"), tooLong.getMessage());
  }
}
