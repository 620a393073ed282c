package org.backlinks4j.redis;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import redis.embedded.RedisServer;

/**
 * A real redis-server (the binary embedded-redis ships) on a free loopback port, for tests and the
 * quota harness: no Redis needs to be installed. Close it to stop the server.
 */
public final class TestRedis implements AutoCloseable {
  private final int port;
  private final RedisServer server;
  private boolean running;

  private TestRedis(int port, RedisServer server) {
    this.port = port;
    this.server = server;
  }

  /**
   * Starts a server with nothing persisted.
   *
   * @return the running server
   * @throws IOException when it cannot start
   */
  public static TestRedis start() throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      int port = freePort(); // another process may take it before redis-server binds: try again
      RedisServer server = RedisServer.newRedisServer()
          .port(port)
          .bind("127.0.0.1")
          .setting("save \"\"")
          .setting("appendonly no")
          .build();
      try {
        server.start();
        TestRedis redis = new TestRedis(port, server);
        redis.running = true;
        return redis;
      } catch (IOException | RuntimeException e) {
        last = e instanceof IOException ? (IOException) e : new IOException(e);
      }
    }
    throw last;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The server's port. */
  public int port() {
    return port;
  }

  /** {@code redis://127.0.0.1:PORT/0}. */
  public URI uri() {
    return URI.create("redis://127.0.0.1:" + port + "/0");
  }

  /** Stops the server (for tests of a Redis that goes away); idempotent. */
  public synchronized void stop() throws IOException {
    if (running) {
      running = false;
      server.stop();
    }
  }

  /** {@link #stop()}, for tests whose point is a Redis that went away. */
  public void stopQuietly() {
    try {
      stop();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    stop();
  }
}
