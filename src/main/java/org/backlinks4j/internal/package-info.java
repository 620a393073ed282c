/**
 * Implementation details of the client; not a public API and may change in any release. Its classes
 * are public only because the library's other packages (the generated models, the filter DSL) use
 * them; {@code tools/api-check} lists them by name, apart from the API.
 */
@NullMarked
package org.backlinks4j.internal;

import org.jspecify.annotations.NullMarked;
