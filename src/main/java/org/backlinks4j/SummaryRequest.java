package org.backlinks4j;

import com.squareup.moshi.JsonAdapter;
import java.util.List;
import java.util.Objects;
import org.backlinks4j.filter.Filter;
import org.backlinks4j.filter.FilterField;
import org.backlinks4j.internal.Wire;
import org.backlinks4j.model.BacklinksStatusType;
import org.backlinks4j.model.RankScale;
import org.backlinks4j.model.SummaryTaskRequest;
import org.jspecify.annotations.Nullable;

/**
 * One summary request: the target and the options of the task, immutable once built.
 *
 * <pre>{@code
 * SummaryRequest request = SummaryRequest.builder("explodingtopics.com")
 *     .internalListLimit(100)
 *     .filter(BacklinksField.DOFOLLOW.isTrue().and(BacklinksField.DOMAIN_FROM_RANK.gte(300)))
 *     .statusType(BacklinksStatusType.ALL)
 *     .build();
 * }</pre>
 *
 * <p>Options left unset are not sent, so the service applies its own defaults. The wire fields
 * themselves live in the generated {@link SummaryTaskRequest}; this type only guards a copy of one.
 */
public final class SummaryRequest {
  private static final JsonAdapter<SummaryTaskRequest> TASKS = Wire.MOSHI.adapter(SummaryTaskRequest.class);

  private final SummaryTaskRequest task;

  private SummaryRequest(SummaryTaskRequest task) {
    this.task = task;
  }

  /**
   * A request for {@code target} with every option left to the service's defaults.
   *
   * @param target a domain or subdomain without scheme and {@code www.}, or an absolute http(s) URL
   * @return the request
   * @throws InvalidRequestException when the target breaks the API's rules
   */
  public static SummaryRequest of(String target) {
    return builder(target).build();
  }

  /**
   * A builder for a request about {@code target}.
   *
   * @param target a domain or subdomain without scheme and {@code www.}, or an absolute http(s) URL
   * @return the builder
   */
  public static Builder builder(String target) {
    return new Builder(new SummaryTaskRequest().target(Objects.requireNonNull(target, "target == null")));
  }

  /**
   * A builder holding this request's values, to derive a changed request from it.
   *
   * @return the builder
   */
  public Builder newBuilder() {
    return new Builder(toTask());
  }

  /**
   * The target this request asks about.
   *
   * @return the target
   */
  public String target() {
    return task.getTarget();
  }

  /**
   * A fresh copy of the wire task this request sends; changing it does not change this request.
   *
   * @return the task
   */
  public SummaryTaskRequest toTask() {
    // A shallow copy is a whole one: every field is a string, a boxed number, a boolean or an enum,
    // except the filter list, which comes from Filter.toJson() deeply unmodifiable and is shared.
    return new SummaryTaskRequest(task);
  }

  /**
   * The task itself, for the client to send: never changed after build(), and never handed to
   * code outside this package, so sending it needs no copy.
   */
  SummaryTaskRequest wireTask() {
    return task;
  }

  /**
   * The task as the JSON object that goes over the wire.
   *
   * @return the JSON object
   */
  public String toJson() {
    return TASKS.toJson(task);
  }

  /** Equal when the tasks the two requests send are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SummaryRequest && task.equals(((SummaryRequest) o).task);
  }

  /** A hash of the task this request sends, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return task.hashCode();
  }

  /** The JSON task this request sends, for logs. */
  @Override
  public String toString() {
    return "SummaryRequest" + toJson();
  }

  /** Builds a {@link SummaryRequest}; each setter replaces the option's previous value. */
  public static final class Builder {
    private final SummaryTaskRequest task;

    Builder(SummaryTaskRequest task) {
      this.task = task;
    }

    /**
     * The target: a domain or subdomain without scheme and {@code www.}, or an absolute http(s) URL.
     *
     * @param target the target
     * @return this builder
     */
    public Builder target(String target) {
      task.setTarget(Objects.requireNonNull(target, "target == null"));
      return this;
    }

    /**
     * Whether backlinks to the target's subdomains count too (the service's default: true).
     *
     * @param include whether to include subdomains
     * @return this builder
     */
    public Builder includeSubdomains(boolean include) {
      task.setIncludeSubdomains(include);
      return this;
    }

    /**
     * Whether indirect links (through redirects and canonicals) count too (default: true).
     *
     * @param include whether to include indirect links
     * @return this builder
     */
    public Builder includeIndirectLinks(boolean include) {
      task.setIncludeIndirectLinks(include);
      return this;
    }

    /**
     * Whether links from the target's own subdomains are left out (default: true).
     *
     * @param exclude whether to exclude internal backlinks
     * @return this builder
     */
    public Builder excludeInternalBacklinks(boolean exclude) {
      task.setExcludeInternalBacklinks(exclude);
      return this;
    }

    /**
     * How many entries each {@code referring_links_*} breakdown may hold,
     * {@value SummaryTaskRequest#INTERNAL_LIST_LIMIT_MINIMUM} to
     * {@value SummaryTaskRequest#INTERNAL_LIST_LIMIT_MAXIMUM} (default 10).
     *
     * @param limit the limit
     * @return this builder
     */
    public Builder internalListLimit(int limit) {
      task.setInternalListLimit(limit);
      return this;
    }

    /**
     * Which backlinks count: live (the default), lost, or all.
     *
     * @param statusType the status type
     * @return this builder
     */
    public Builder statusType(BacklinksStatusType statusType) {
      task.setBacklinksStatusType(Objects.requireNonNull(statusType, "statusType == null"));
      return this;
    }

    /**
     * The scale of {@code rank}: 0 to 100, or 0 to 1000 (the default).
     *
     * @param rankScale the scale
     * @return this builder
     */
    public Builder rankScale(RankScale rankScale) {
      task.setRankScale(Objects.requireNonNull(rankScale, "rankScale == null"));
      return this;
    }

    /**
     * A label of the caller's choosing, at most {@value SummaryTaskRequest#TAG_MAX_LENGTH}
     * characters, echoed back in the task's data.
     *
     * @param tag the tag
     * @return this builder
     */
    public Builder tag(String tag) {
      task.setTag(Objects.requireNonNull(tag, "tag == null"));
      return this;
    }

    /**
     * Which backlinks count, as a filter built with the DSL ({@link org.backlinks4j.filter.BacklinksField},
     * {@link Filter#parse(String)}), or null for all of them.
     *
     * @param filter the filter, valid by construction
     * @return this builder
     */
    public Builder filter(@Nullable Filter filter) {
      task.setBacklinksFilters(filter == null ? null : filter.toJson());
      return this;
    }

    /**
     * The {@code backlinks_filters} array as raw JSON values (nested lists of strings, numbers and
     * booleans), or null for none. It is read with {@link Filter#fromJson(List, FilterField...)} and
     * gets the same checks as a filter built with the DSL (at most 8 conditions, known fields,
     * operators that fit them, ...): what is sent is that filter's wire form. For a field the catalogue
     * does not know yet, build the filter with {@link org.backlinks4j.filter.Filters#field} instead.
     *
     * @param filters the raw filter array
     * @return this builder
     * @throws org.backlinks4j.filter.InvalidFilterException if the array is not a valid filter
     */
    public Builder rawFilters(@Nullable List<Object> filters) {
      return filter(filters == null ? null : Filter.fromJson(filters));
    }

    /**
     * The request, checked against the API's rules before it can cost anything: {@code target} is
     * a domain or subdomain without scheme and {@code www.} (IDN and IP addresses too), or an
     * absolute http(s) URL of a page; and the spec's rules: {@code internal_list_limit} is
     * {@value SummaryTaskRequest#INTERNAL_LIST_LIMIT_MINIMUM} to
     * {@value SummaryTaskRequest#INTERNAL_LIST_LIMIT_MAXIMUM}, {@code tag} is at most
     * {@value SummaryTaskRequest#TAG_MAX_LENGTH} characters.
     *
     * @return the request
     * @throws InvalidRequestException when a field breaks a rule; its message names the field and
     *     the rule, and its {@link BacklinksException#origin() origin} is
     *     {@link BacklinksException.Origin#REQUEST}
     */
    public SummaryRequest build() {
      // Copy first so that later use of this builder cannot change the request that was checked.
      SummaryRequest request = new SummaryRequest(new SummaryTaskRequest(task));
      RequestValidator.check(request.task);
      return request;
    }
  }
}
