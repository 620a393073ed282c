/** Implementation details of the client; not a public API and may change in any release. */
@NullMarked
package org.backlinks4j.internal;

import org.jspecify.annotations.NullMarked;
