/**
 * The wire models, generated from {@code spec/backlinks-summary.yaml}: the request task, the
 * response envelope, its task and the summary result.
 *
 * <p>Values the spec does not require are marked {@code @Nullable}: the service may send null or
 * leave out any field of a response.
 *
 * <p>The models are plain mutable classes, as generated: setters build requests and test data.
 * Treat the ones a {@link org.backlinks4j.Summary} hands out as read-only. Each call parses its
 * own, which no one else holds, so changing one changes only what that {@code Summary} returns
 * afterwards; {@link org.backlinks4j.Summary#rawJson()} keeps the answer as the service sent it.
 */
@NullMarked
package org.backlinks4j.model;

import org.jspecify.annotations.NullMarked;
