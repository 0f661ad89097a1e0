package org.solidarity.embed;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.solidarity.feed.dto.FeedItem;

/** One published message as the widget shows it; every field is escaped by the template. */
public record Card(
    String id,
    String authorName,
    String initial,
    int hue,
    String organization,
    String country,
    String countryName,
    String flag,
    String language,
    String body,
    String publishedAt,
    String publishedText) {

  /** Avatar colours; the widget script picks the same one for cards it adds live. */
  static final int HUES = 6;

  static Card of(FeedItem item, Locale locale, String anonymous) {
    String author = item.authorName() == null ? anonymous : item.authorName();
    return new Card(
        item.id().toString(),
        author,
        initial(author),
        hue(author),
        item.organization(),
        item.country(),
        Countries.name(item.country(), locale),
        Countries.flag(item.country()),
        item.language(),
        item.body(),
        item.publishedAt().toString(),
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(locale)
            .withZone(ZoneOffset.UTC)
            .format(item.publishedAt()));
  }

  /** The empty card the widget script clones for messages that arrive live. */
  static Card blank() {
    return new Card("", "", "", 0, null, "", "", "", null, "", "", "");
  }

  static String initial(String name) {
    String stripped = name.strip();
    return stripped.isEmpty()
        ? "?"
        : new String(Character.toChars(stripped.codePointAt(0))).toUpperCase(Locale.ROOT);
  }

  /** Sum of UTF-16 code units, so that widget.js computes the same colour for the same name. */
  static int hue(String name) {
    int sum = 0;
    for (int i = 0; i < name.length(); i++) {
      sum += name.charAt(i);
    }
    return sum % HUES;
  }
}
