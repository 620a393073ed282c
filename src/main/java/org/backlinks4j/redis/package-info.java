/**
 * A {@link org.backlinks4j.Quota} shared by every process of an account through Redis
 * ({@link org.backlinks4j.redis.RedisQuota}). Optional: it needs the Jedis client
 * ({@code redis.clients:jedis}), which the library does not bring; nothing else in the library
 * touches this package.
 */
@NullMarked
package org.backlinks4j.redis;

import org.jspecify.annotations.NullMarked;
