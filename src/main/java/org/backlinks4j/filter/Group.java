package org.backlinks4j.filter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Two or more filters joined by one {@link Join}. Groups are kept flat where that changes nothing
 * ({@code (a and b) and c} is {@code a and b and c}) and nested where it matters: a member of another
 * join is a group of its own.
 */
public final class Group extends Filter {
  /** How the members of a group join. */
  public enum Join {
    /** Every member holds. */
    AND("and"),
    /** At least one member holds. */
    OR("or");

    private final String word;

    Join(String word) {
      this.word = word;
    }

    /**
     * The word the service and the text form use.
     *
     * @return {@code and} or {@code or}
     */
    public String word() {
      return word; // kept, not lower-cased on each call: toJson() asks for it once per join
    }
  }

  private final Join join;
  private final List<Filter> filters;
  private final int conditionCount;

  private Group(Join join, List<Filter> filters) {
    this.join = join;
    this.filters = Collections.unmodifiableList(filters);
    int count = 0;
    for (Filter filter : filters) {
      count += filter.conditionCount();
    }
    this.conditionCount = count;
  }

  /** The filters joined by {@code join}: the one filter itself when there is one, else a checked group. */
  static Filter of(Join join, List<? extends Filter> filters) {
    if (filters.isEmpty()) {
      throw new IllegalArgumentException("filters is empty: give at least one filter to join");
    }
    List<Filter> members = new ArrayList<>();
    for (Filter filter : filters) {
      Objects.requireNonNull(filter, "filter == null");
      if (filter instanceof Group && ((Group) filter).join == join) {
        members.addAll(((Group) filter).filters);
      } else {
        members.add(filter);
      }
    }
    if (members.size() == 1) {
      return members.get(0);
    }
    Group group = new Group(join, members);
    checkConditionCount(group);
    return group;
  }

  /**
   * How the members join.
   *
   * @return the join
   */
  public Join join() {
    return join;
  }

  /**
   * The members, two or more; none is a group of the same join.
   *
   * @return the members, unmodifiable
   */
  public List<Filter> filters() {
    return filters;
  }

  @Override
  public int conditionCount() {
    return conditionCount;
  }

  @Override
  void collect(List<Condition> out) {
    for (Filter filter : filters) {
      filter.collect(out);
    }
  }

  @Override
  public List<Object> toJson() {
    List<Object> json = new ArrayList<>(filters.size() * 2 - 1);
    for (Filter filter : filters) {
      if (!json.isEmpty()) {
        json.add(join.word());
      }
      json.add(filter.toJson());
    }
    return Collections.unmodifiableList(json);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Group && join == ((Group) o).join && filters.equals(((Group) o).filters);
  }

  @Override
  public int hashCode() {
    return join.hashCode() * 31 + filters.hashCode();
  }
}
