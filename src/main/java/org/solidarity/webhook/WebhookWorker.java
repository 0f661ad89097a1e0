package org.solidarity.webhook;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.solidarity.common.SolidarityConfig;
import org.solidarity.webhook.WebhookDispatcher.Due;
import org.solidarity.webhook.WebhookSender.Attempt;

/** Delivers due webhook events from the outbox on every instance, a bounded batch per poll. */
@ApplicationScoped
public class WebhookWorker {

  private final WebhookDispatcher dispatcher;
  private final WebhookSender sender;
  private final int batchSize;

  public WebhookWorker(
      WebhookDispatcher dispatcher, WebhookSender sender, SolidarityConfig config) {
    this.dispatcher = dispatcher;
    this.sender = sender;
    this.batchSize = config.webhooks().batchSize();
  }

  @Scheduled(
      identity = "webhook-deliveries",
      every = "${solidarity.webhooks.poll-interval:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void deliverDue() {
    for (int i = 0; i < batchSize; i++) {
      Optional<Due> due = dispatcher.claimNext();
      if (due.isEmpty()) {
        return;
      }
      Attempt attempt = sender.send(due.get());
      if (attempt.ok()) {
        dispatcher.succeeded(due.get(), attempt.status());
      } else {
        dispatcher.failed(due.get(), attempt.status(), attempt.error());
      }
    }
  }
}
