package org.solidarity.common.devdb;

import java.util.Map;

/** Test access to the embedded server's connection settings (starting it if needed). */
public final class TestDatabases {

  private TestDatabases() {}

  public static Map<String, String> embedded() {
    return EmbeddedPostgresLauncher.connection(false);
  }
}
