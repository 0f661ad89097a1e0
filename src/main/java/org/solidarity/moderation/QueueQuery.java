package org.solidarity.moderation;

import java.util.Locale;
import org.solidarity.common.ProblemException;
import org.solidarity.feed.FeedFilter;

/**
 * Filters of a queue listing: campaign slug (null: all), view, country, language (a tag also
 * matches its regional variants) and whether signals must be raised (null: either way).
 */
public record QueueQuery(
    String campaign, QueueView view, String country, String language, Boolean hasSignals) {

  /** Validates the raw query parameters; 400 for a bad status, country or language. */
  public static QueueQuery parse(
      String campaign, String status, String country, String language, String hasSignals) {
    FeedFilter filter = FeedFilter.parse(country, language);
    String slug = campaign == null || campaign.isBlank() ? null : campaign.strip();
    return new QueueQuery(
        slug, QueueView.parse(status), filter.country(), filter.language(), flag(hasSignals));
  }

  private static Boolean flag(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw ProblemException.invalid("hasSignals", "must be true or false");
    };
  }
}
