package org.backlinks4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** {@code --version} prints the POM's artifact id and version, which surefire passes in. */
class VersionOptionTest {
  @Test
  void versionOptionPrintsThePomsVersion() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new String[] {"--version"}, new PrintWriter(out, true),
        new PrintWriter(err, true), Collections.emptyMap());

    assertEquals(0, code, err.toString());
    assertEquals(System.getProperty("project.artifactId") + " " + System.getProperty("project.version"),
        out.toString().trim());
  }
}
