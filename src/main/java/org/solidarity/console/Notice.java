package org.solidarity.console;

import io.quarkus.qute.TemplateData;
import java.util.Locale;

/**
 * The fixed status messages a page can show after a redirect. Only the code travels in the URL, so
 * a crafted link cannot make the console display text of someone else's choosing.
 */
@TemplateData
public enum Notice {
  APPROVED("success", "Approved: the message is published."),
  REVIEWED("success", "Review confirmed: the message stays published."),
  REJECTED("success", "Rejected."),
  UNPUBLISHED("success", "Unpublished: the message left the public feed."),
  SPAM("success", "Marked as spam."),
  REOPENED("success", "Reopened: the message is pending again."),
  DISMISSED("success", "Reports dismissed: the message stays published."),
  BULK_DONE("success", "Bulk action done."),
  RELEASED("success", "Released: others can claim the message again."),
  CLAIMED("success", "The message is yours for a few minutes: others will not be given it."),
  QUEUE_EMPTY("info", "Nothing left to claim with these filters."),
  STALE(
      "error",
      "Someone else changed this message first. Here is its current state: check it and decide"
          + " again."),
  CLAIMED_BY_OTHER("error", "Another moderator holds this message right now. Pick another one."),
  NOT_ALLOWED("error", "That decision is not possible from the message's current status."),
  REASON_REQUIRED("error", "Choose a reason to reject."),
  INVALID("error", "Some fields were not valid; nothing was changed."),
  NOTHING_SELECTED("error", "Select at least one message first."),
  SAVED("success", "Saved."),
  CREATED("success", "Created."),
  SIGNED_OUT("info", "You are signed out.");

  private final String kind;
  private final String text;

  Notice(String kind, String text) {
    this.kind = kind;
    this.text = text;
  }

  public String kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The notice for a code from a URL, or null for anything unknown. */
  static Notice parse(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
