/**
 * The spec check of the test kit: {@link org.backlinks4j.contract.ContractValidator} holds requests
 * and answers to the OpenAPI spec the library is generated from, whose copy ships in the kit's jar.
 * The fake runs every request through it; a test can check its own fixtures with it too.
 *
 * <p>Nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.backlinks4j.contract;

import org.jspecify.annotations.NullMarked;
