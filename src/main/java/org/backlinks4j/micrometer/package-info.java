/**
 * The client's events recorded in Micrometer ({@link org.backlinks4j.micrometer.BacklinksMetrics}).
 * Optional: it needs {@code io.micrometer:micrometer-core}, which the library does not bring, and
 * ships in a jar of its own (classifier {@code micrometer}); nothing else in the library touches
 * this package.
 */
@NullMarked
package org.backlinks4j.micrometer;

import org.jspecify.annotations.NullMarked;
