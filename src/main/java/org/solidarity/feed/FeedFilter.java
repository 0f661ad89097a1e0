package org.solidarity.feed;

import java.util.IllformedLocaleException;
import java.util.Locale;
import org.solidarity.common.ProblemException;

/** Optional country and language filters of the public feed, validated like submissions. */
public record FeedFilter(String country, String language) {

  public static FeedFilter parse(String country, String language) {
    String c = null;
    if (country != null && !country.isBlank()) {
      c = country.strip().toUpperCase(Locale.ROOT);
      if (!c.matches("[A-Z]{2}")) {
        throw ProblemException.invalid("country", "must be an ISO 3166-1 alpha-2 code");
      }
    }
    String l = null;
    if (language != null && !language.isBlank()) {
      try {
        l = new Locale.Builder().setLanguageTag(language.strip()).build().toLanguageTag();
      } catch (IllformedLocaleException e) {
        throw ProblemException.invalid("language", "must be a BCP 47 language tag");
      }
      if (l.isEmpty() || "und".equals(l)) {
        throw ProblemException.invalid("language", "must be a BCP 47 language tag");
      }
    }
    return new FeedFilter(c, l);
  }
}
