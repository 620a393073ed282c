/**
 * A typed client of DataForSEO's Backlinks Summary API: start at {@link org.backlinks4j.BacklinksClient}.
 *
 * <p>Everything here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.backlinks4j;

import org.jspecify.annotations.NullMarked;
