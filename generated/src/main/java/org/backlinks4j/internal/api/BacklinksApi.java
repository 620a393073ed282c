/*
 * Generated from spec/backlinks-summary.yaml by openapi-generator through tools/openapi-templates.
 * Do not edit: change the spec or a template, then run tools/regenerate.
 */

package org.backlinks4j.internal.api;

import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import org.backlinks4j.model.SummaryEnvelope;
import org.backlinks4j.model.SummaryTaskRequest;

/**
 * The Retrofit interface of the endpoints in the spec. Internal: use the client instead.
 */
public interface BacklinksApi {
  /**
   * Backlinks overview of one target.
   *
   * <p>Takes an array holding exactly one task (live endpoints run one task per call; extra tasks fail with 40000) and answers with an envelope whose single task carries the summary. 
   *
   * @param summaryTaskRequest the request body
   * @return the call
   */
  @Headers("Content-Type: application/json")
  @POST("v3/backlinks/summary/live")
  Call<SummaryEnvelope> summaryLive(@Body List<SummaryTaskRequest> summaryTaskRequest);
}
