package org.solidarity.console;

import io.quarkus.qute.TemplateData;
import java.util.Arrays;
import java.util.List;
import org.solidarity.webhook.WebhookEvent;

/** A webhook event as a checkbox on the settings page. */
@TemplateData
public record WebhookEventOption(String name, String label) {

  static List<WebhookEventOption> all() {
    return Arrays.stream(WebhookEvent.values())
        .map(e -> new WebhookEventOption(e.wireName(), label(e)))
        .toList();
  }

  private static String label(WebhookEvent event) {
    return switch (event) {
      case SUBMITTED -> "Submitted";
      case APPROVED -> "Approved";
      case REJECTED -> "Rejected";
      case REMOVED -> "Removed from the feed";
    };
  }
}
