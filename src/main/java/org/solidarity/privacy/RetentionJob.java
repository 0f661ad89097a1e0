package org.solidarity.privacy;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the retention rules on a schedule ({@code solidarity.retention.every}). Safe on several
 * instances at once: every step is an idempotent batch that skips rows another instance holds.
 */
@ApplicationScoped
public class RetentionJob {

  private final RetentionService retention;

  public RetentionJob(RetentionService retention) {
    this.retention = retention;
  }

  @Scheduled(
      identity = "retention",
      every = "${solidarity.retention.every:1h}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  public void run() {
    retention.run();
  }
}
