package org.backlinks4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The POM is the one place the version is written: what the code reports must be what the POM says.
 * Surefire passes the POM's values in as system properties (see the surefire configuration).
 */
class VersionTest {
  static String fromPom(String property) {
    String value = System.getProperty(property);
    assertNotNull(value, property + " is unset: run the tests through Maven, whose surefire sets it");
    return value;
  }

  @Test
  void versionIsThePomsProjectVersion() {
    assertEquals(fromPom("project.version"), Version.VERSION);
  }

  @Test
  void nameIsThePomsArtifactId() {
    assertEquals(fromPom("project.artifactId"), Version.NAME);
  }

  @Test
  void userAgentStartsWithNameSlashVersion() {
    String expected = fromPom("project.artifactId") + "/" + fromPom("project.version") + " (Java ";
    assertTrue(Version.userAgent().startsWith(expected), Version.userAgent());
  }
}
