/**
 * The wire models, generated from {@code spec/backlinks-summary.yaml}: the request task, the
 * response envelope, its task and the summary result.
 *
 * <p>Values the spec does not require are marked {@code @Nullable}: the service may send null or
 * leave out any field of a response.
 */
@NullMarked
package org.backlinks4j.model;

import org.jspecify.annotations.NullMarked;
