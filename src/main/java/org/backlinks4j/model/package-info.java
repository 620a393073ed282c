/**
 * The wire models, generated from {@code spec/backlinks-summary.yaml}: the request tasks, and the
 * answers' envelopes, tasks and results.
 *
 * <p>Values the spec does not require are marked {@code @Nullable}: the service may send null or
 * leave out any field of a response.
 *
 * <p>An answer model is read-only: it has getters only, its lists and maps are unmodifiable, and
 * only its generated JSON adapter makes one, so every part of a program that reads an answer reads
 * what the service sent. A test builds an answer as JSON (the test kit's fake serves it) rather
 * than by hand. A request model ({@code x-request} in the spec: {@link SummaryTaskRequest},
 * {@link BulkPagesSummaryTaskRequest}) is mutable, for the client's request builders, and carries
 * the spec's rules on its values as constants and {@code brokenRule()}.
 */
@NullMarked
package org.backlinks4j.model;

import org.jspecify.annotations.NullMarked;
