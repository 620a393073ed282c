package org.backlinks4j.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * The operation a bulk run sends its targets to ({@code --endpoint}); every record names it. The
 * names are the CLI's contract: scripts call them.
 */
enum Endpoint {
  /** summary: one call a target, every field and option ($0.02003 a target). */
  SUMMARY("summary"),
  /**
   * bulk_pages_summary: up to 1000 targets a call, the headline metrics without the options that
   * shape summary's counts ($0.02 a call + $0.00003 a target).
   */
  BULK_PAGES_SUMMARY("bulk-pages-summary");

  /** The name on the command line and in records. */
  final String cliName;

  Endpoint(String cliName) {
    this.cliName = cliName;
  }

  @Override
  public String toString() {
    return cliName;
  }

  /** Picocli's hook for {@code --endpoint}. */
  static final class Converter implements CommandLine.ITypeConverter<Endpoint> {
    @Override
    public Endpoint convert(String value) {
      String name = value.trim().toLowerCase(Locale.ROOT);
      for (Endpoint endpoint : values()) {
        if (endpoint.cliName.equals(name)) {
          return endpoint;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not summary or bulk-pages-summary");
    }
  }
}
