package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;

/** The quota's ring of write moments behaves as the PriorityQueue it replaced. */
class WriteTimesTest {
  /**
   * Random operations, mostly adds of a rising clock with some out-of-order moments, removals of
   * the oldest and of a given moment, against a PriorityQueue doing the same.
   */
  @Test
  void behavesAsAPriorityQueue() {
    Tries.check(500, gen -> gen.listOf(0, 400, g -> g.intBetween(0, 99)), WriteTimesTest::replay);
  }

  private static void replay(List<Integer> ops) {
    WriteTimes ring = new WriteTimes();
    PriorityQueue<Long> queue = new PriorityQueue<>();
    long clock = 0;
    for (int op : ops) {
      if (op < 55) {
        clock += op % 7; // equal moments too
        long moment = op < 5 ? clock - op * 3 : clock; // a few out of order
        ring.add(moment);
        queue.add(moment);
      } else if (op < 85) {
        assertEquals(queue.isEmpty(), ring.isEmpty());
        if (!queue.isEmpty()) {
          assertEquals((long) queue.peek(), ring.oldest());
          queue.poll();
          ring.removeOldest();
        }
      } else {
        long moment = clock - (op - 85);
        assertEquals(queue.remove(moment), ring.remove(moment));
      }
      assertEquals(queue.size(), ring.size());
    }
    List<Long> drained = new ArrayList<>();
    while (!ring.isEmpty()) {
      drained.add(ring.oldest());
      ring.removeOldest();
    }
    List<Long> expected = new ArrayList<>();
    while (!queue.isEmpty()) {
      expected.add(queue.poll());
    }
    assertEquals(expected, drained);
  }

  @Test
  void growsPastItsFirstCapacityAcrossTheWrap() {
    WriteTimes ring = new WriteTimes();
    for (long i = 0; i < 10; i++) {
      ring.add(i);
    }
    for (int i = 0; i < 8; i++) {
      ring.removeOldest(); // the head moves to the middle, so the next adds wrap around
    }
    for (long i = 10; i < 1000; i++) {
      ring.add(i);
    }
    assertEquals(992, ring.size());
    for (long i = 8; i < 1000; i++) {
      assertEquals(i, ring.oldest());
      ring.removeOldest();
    }
    assertTrue(ring.isEmpty());
    assertFalse(ring.remove(5));
    assertThrows(NoSuchElementException.class, ring::oldest);
    assertThrows(NoSuchElementException.class, ring::removeOldest);
  }
}
