package org.solidarity.console;

import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formatting helpers the console templates call, such as {@code {item.submittedAt.utc}}. */
@TemplateExtension
public final class ConsoleFormat {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private ConsoleFormat() {}

  /** Absolute time in UTC, the same for moderators in every time zone. */
  static String utc(Instant instant) {
    return instant == null ? "" : UTC.format(instant);
  }

  /** A code such as {@code OFF_TOPIC} in words: "Off topic". */
  static String words(String code) {
    if (code == null || code.isEmpty()) {
      return "";
    }
    String spaced = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  /** Machine-readable time for {@code <time datetime>}. */
  static String iso(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  /** "just now", "12 min ago", "3 h ago", "4 d ago"; "in 4 min" for a time ahead. */
  static String ago(Instant instant) {
    if (instant == null) {
      return "";
    }
    Duration d = Duration.between(instant, Instant.now());
    boolean future = d.isNegative();
    long minutes = d.abs().toMinutes();
    String amount;
    if (minutes < 1) {
      return future ? "in under a minute" : "just now";
    } else if (minutes < 60) {
      amount = minutes + " min";
    } else if (minutes < 48 * 60) {
      amount = (minutes / 60) + " h";
    } else {
      amount = (minutes / (60 * 24)) + " d";
    }
    return future ? "in " + amount : amount + " ago";
  }
}
