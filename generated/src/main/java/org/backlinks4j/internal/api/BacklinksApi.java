/*
 * Generated from spec/backlinks-summary.yaml by openapi-generator through tools/openapi-templates.
 * Do not edit: change the spec or a template, then run tools/regenerate.
 */

package org.backlinks4j.internal.api;

import java.util.List;
import org.backlinks4j.internal.Answer;
import org.backlinks4j.internal.Operation;
import retrofit2.Call;
import org.jspecify.annotations.Nullable;
import retrofit2.http.*;
import org.backlinks4j.model.BulkPagesSummaryEnvelope;
import org.backlinks4j.model.BulkPagesSummaryTaskRequest;
import org.backlinks4j.model.SummaryEnvelope;
import org.backlinks4j.model.SummaryTaskRequest;

/**
 * The Retrofit interface of the endpoints in the spec, and one {@link Operation} constant per
 * endpoint for the client's one call path. Internal: use the client instead.
 *
 * <p>Each operation also takes what the client attaches to one attempt of a call: the number of a
 * retry, sent as the {@code X-Retry-Attempt} header (null for the first attempt, which sends none),
 * and a tag that the client's interceptors read from the OkHttp request (its quota permit). Every
 * answer comes back as an {@link Answer}, which the client's one converter reads.
 */
public interface BacklinksApi {
  /** {@code POST /v3/backlinks/bulk_pages_summary/live}: Backlinks overview of up to 1000 targets in one call. */
  Operation<List<BulkPagesSummaryTaskRequest>, BulkPagesSummaryEnvelope> BULK_PAGES_SUMMARY_LIVE = new Operation<>("bulkPagesSummaryLive", "POST", "v3/backlinks/bulk_pages_summary/live",
      16777216L, BulkPagesSummaryEnvelope.class, BacklinksApi::bulkPagesSummaryLive);

  /** {@code POST /v3/backlinks/summary/live}: Backlinks overview of one target. */
  Operation<List<SummaryTaskRequest>, SummaryEnvelope> SUMMARY_LIVE = new Operation<>("summaryLive", "POST", "v3/backlinks/summary/live",
      2097152L, SummaryEnvelope.class, BacklinksApi::summaryLive);

  /**
   * Backlinks overview of up to 1000 targets in one call.
   *
   * <p>Takes an array holding exactly one task with up to 1000 targets, which belong to at most 100 registrable domains, and answers with an envelope whose single task carries one result with an item for each target the service has data for. One invalid target fails the whole task (40501). Costs $0.02 a call plus $0.00003 an item. Items carry &#x60;url&#x60; to say which target they belong to: match on it, not on position. 
   *
   * @param bulkPagesSummaryTaskRequest the request body
   * @param retryAttempt the retry's number, 1 for the first retry; null for the first attempt
   * @param attemptTag the attempt's tag, read back with {@code request.tag(Object.class)}
   * @return the call
   */
  @Headers("Content-Type: application/json")
  @POST("v3/backlinks/bulk_pages_summary/live")
  Call<Answer<BulkPagesSummaryEnvelope>> bulkPagesSummaryLive(@Body List<BulkPagesSummaryTaskRequest> bulkPagesSummaryTaskRequest, @Header("X-Retry-Attempt") @Nullable Integer retryAttempt, @Tag Object attemptTag);

  /**
   * Backlinks overview of one target.
   *
   * <p>Takes an array holding exactly one task (live endpoints run one task per call; extra tasks fail with 40000) and answers with an envelope whose single task carries the summary. 
   *
   * @param summaryTaskRequest the request body
   * @param retryAttempt the retry's number, 1 for the first retry; null for the first attempt
   * @param attemptTag the attempt's tag, read back with {@code request.tag(Object.class)}
   * @return the call
   */
  @Headers("Content-Type: application/json")
  @POST("v3/backlinks/summary/live")
  Call<Answer<SummaryEnvelope>> summaryLive(@Body List<SummaryTaskRequest> summaryTaskRequest, @Header("X-Retry-Attempt") @Nullable Integer retryAttempt, @Tag Object attemptTag);
}
