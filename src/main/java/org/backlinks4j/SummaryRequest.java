package org.backlinks4j;

import com.squareup.moshi.JsonAdapter;
import java.util.List;
import java.util.Objects;
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
 *     .statusType(BacklinksStatusType.ALL)
 *     .build();
 * }</pre>
 *
 * <p>Options left unset are not sent, so the service applies its own defaults. The wire fields
 * themselves live in the generated {@link SummaryTaskRequest}; this type only guards a copy of one.
 */
public final class SummaryRequest {
  private final SummaryTaskRequest task;

  private SummaryRequest(SummaryTaskRequest task) {
    this.task = task;
  }

  /**
   * A request for {@code target} with every option left to the service's defaults.
   *
   * @param target a domain or subdomain without scheme and {@code www.}, or an absolute http(s) URL
   * @return the request
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
    JsonAdapter<SummaryTaskRequest> adapter = Wire.MOSHI.adapter(SummaryTaskRequest.class);
    SummaryTaskRequest copy = adapter.fromJsonValue(adapter.toJsonValue(task));
    return Objects.requireNonNull(copy, "copy");
  }

  /**
   * The task as the JSON object that goes over the wire.
   *
   * @return the JSON object
   */
  public String toJson() {
    return Wire.MOSHI.adapter(SummaryTaskRequest.class).toJson(task);
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
     * How many entries each {@code referring_links_*} breakdown may hold, 1 to 1000 (default 10).
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
     * A label of the caller's choosing, at most 255 characters, echoed back in the task's data.
     *
     * @param tag the tag
     * @return this builder
     */
    public Builder tag(String tag) {
      task.setTag(Objects.requireNonNull(tag, "tag == null"));
      return this;
    }

    /**
     * The {@code backlinks_filters} array as raw JSON values (nested lists of strings, numbers and
     * booleans), or null for none.
     *
     * @param filters the raw filter array
     * @return this builder
     */
    public Builder rawFilters(@Nullable List<Object> filters) {
      task.setBacklinksFilters(filters);
      return this;
    }

    /**
     * The request, checked against the API's rules.
     *
     * @return the request
     */
    public SummaryRequest build() {
      SummaryRequest request = new SummaryRequest(task);
      // Copy so that later use of this builder cannot change the built request.
      return new SummaryRequest(request.toTask());
    }
  }
}
