package org.solidarity.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.solidarity.common.SolidarityConfig;
import org.solidarity.webhook.WebhookDispatcher.Due;

/** The HTTP side of delivering webhooks: one signed POST per attempt. */
@ApplicationScoped
public class WebhookSender {

  /** Outcome of one attempt: the HTTP status when an answer came, and an error when it failed. */
  public record Attempt(Integer status, String error) {
    public boolean ok() {
      return status != null && status >= 200 && status < 300;
    }
  }

  private final Duration timeout;
  private final HttpClient client;
  private final WebhookTargets targets;

  public WebhookSender(SolidarityConfig config, WebhookTargets targets) {
    this.targets = targets;
    this.timeout = config.webhooks().timeout();
    // Redirects are not followed: a receiver that moved must be updated by an admin.
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public Attempt send(Due due) {
    long timestamp = Instant.now().getEpochSecond();
    try {
      // Checked again at each attempt: the name may resolve elsewhere than when it was saved.
      String refusal = targets.refusal(URI.create(due.url()).getHost());
      if (refusal != null) {
        return new Attempt(null, "not sent: " + refusal);
      }
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(due.url()))
              .timeout(timeout)
              .header("Content-Type", "application/json")
              .header("User-Agent", "Solidarity-Webhooks/1")
              .header(WebhookSigner.EVENT_HEADER, due.type())
              .header(WebhookSigner.EVENT_ID_HEADER, due.eventId().toString())
              .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
              .header(
                  WebhookSigner.SIGNATURE_HEADER,
                  WebhookSigner.sign(due.secret(), timestamp, due.payload()))
              .POST(HttpRequest.BodyPublishers.ofString(due.payload(), StandardCharsets.UTF_8))
              .build();
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return new Attempt(status, status >= 200 && status < 300 ? null : "HTTP " + status);
    } catch (IOException | IllegalArgumentException e) {
      return new Attempt(null, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Attempt(null, "interrupted");
    }
  }
}
