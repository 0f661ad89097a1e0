package org.solidarity.embed;

import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The widget's display options from its query string. They are read leniently (an unknown value
 * falls back to the default) so that a typo in a partner's snippet never breaks their page.
 */
public record EmbedOptions(int limit, String lang, String theme, boolean form) {

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 50;
  public static final List<String> LANGUAGES = List.of("en", "es", "fr", "ar");
  public static final Set<String> THEMES = Set.of("light", "dark", "auto");
  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar");

  /** Reads the options; without a usable {@code lang} the Accept-Language header decides. */
  public static EmbedOptions parse(
      String limit, String lang, String theme, String form, String acceptLanguage) {
    return new EmbedOptions(limit(limit), language(lang, acceptLanguage), theme(theme), flag(form));
  }

  /** Whether the language came from the query rather than from the browser's preferences. */
  public static boolean langGiven(String lang) {
    return lang != null && supported(lang) != null;
  }

  public Locale locale() {
    return Locale.forLanguageTag(lang);
  }

  public String dir() {
    return RIGHT_TO_LEFT.contains(lang) ? "rtl" : "ltr";
  }

  public EmbedOptions withForm() {
    return new EmbedOptions(limit, lang, theme, true);
  }

  /** The widget page with these options, optionally at a cursor or in a "sent" state. */
  public String widgetUrl(String slug, String cursor, String sent) {
    UriBuilder uri = options(UriBuilder.fromPath("/embed/{slug}"));
    if (form) {
      uri.queryParam("form", "1");
    }
    if (cursor != null) {
      uri.queryParam("cursor", cursor);
    }
    if (sent != null) {
      uri.queryParam("sent", sent);
    }
    return uri.build(slug).toString();
  }

  /** Where the submission form posts, keeping the display options. */
  public String formAction(String slug) {
    return options(UriBuilder.fromPath("/embed/{slug}/messages")).build(slug).toString();
  }

  private UriBuilder options(UriBuilder uri) {
    return uri.queryParam("limit", limit).queryParam("lang", lang).queryParam("theme", theme);
  }

  private static int limit(String raw) {
    if (raw == null || raw.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      return Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(raw.strip())));
    } catch (NumberFormatException e) {
      return DEFAULT_LIMIT;
    }
  }

  private static String language(String raw, String acceptLanguage) {
    String given = raw == null ? null : supported(raw);
    if (given != null) {
      return given;
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
        String match = Locale.lookupTag(ranges, LANGUAGES);
        if (match != null) {
          return match;
        }
      } catch (IllegalArgumentException e) {
        // a malformed header is no reason to fail; English it is
      }
    }
    return LANGUAGES.get(0);
  }

  private static String supported(String raw) {
    String primary = raw.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return LANGUAGES.contains(primary) ? primary : null;
  }

  private static String theme(String raw) {
    String value = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    return THEMES.contains(value) ? value : "light";
  }

  private static boolean flag(String raw) {
    return raw != null && Set.of("1", "true", "yes", "on").contains(raw.strip().toLowerCase());
  }
}
