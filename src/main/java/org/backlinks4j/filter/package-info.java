/**
 * A typed filter language for {@code backlinks_filters}: start at {@link org.backlinks4j.filter.Filters}
 * or {@link org.backlinks4j.filter.BacklinksField}, or parse the text form with
 * {@link org.backlinks4j.filter.Filter#parse(String)}.
 *
 * <p>Everything here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.backlinks4j.filter;

import org.jspecify.annotations.NullMarked;
