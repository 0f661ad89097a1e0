package org.solidarity.webhook;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.solidarity.common.ProblemException;

/** The events a campaign's webhooks can subscribe to, with their wire names. */
public enum WebhookEvent {
  SUBMITTED("message.submitted"),
  APPROVED("message.approved"),
  REJECTED("message.rejected"),
  REMOVED("message.removed");

  private final String wireName;

  WebhookEvent(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The event with this wire name; a 400 naming {@code events} otherwise. */
  public static WebhookEvent of(String name) {
    return Arrays.stream(values())
        .filter(e -> e.wireName.equals(name))
        .findFirst()
        .orElseThrow(() -> ProblemException.invalid("events", "must be among " + allowed()));
  }

  public static String allowed() {
    return Arrays.stream(values()).map(WebhookEvent::wireName).collect(Collectors.joining(", "));
  }
}
