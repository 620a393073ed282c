package org.backlinks4j.cli;

/**
 * What a bulk run owes its user when SIGINT (Ctrl-C) or SIGTERM ends the JVM: a closing line. A
 * shutdown hook, the JDK's way to act on those signals: the JVM still exits with its own codes,
 * 130 and 143, and a {@code kill -9} runs nothing (the next run reads the file back all the same).
 */
final class SignalStop implements AutoCloseable {
  private final Thread hook;

  private SignalStop(Thread hook) {
    this.hook = hook;
  }

  /**
   * Runs {@code closing} if the JVM is shut down before {@link #close()}.
   *
   * @param closing what to do then: stop writing, say what is kept
   * @return the installed hook
   */
  static SignalStop install(Runnable closing) {
    Thread hook = new Thread(closing, "backlinks-bulk-closing");
    Runtime.getRuntime().addShutdownHook(hook);
    return new SignalStop(hook);
  }

  /** The run ended on its own: no closing on its behalf. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down already: the hook runs, and says what is kept.
    }
  }
}
