package org.solidarity.embed;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The languages the form offers for a message, each named in itself, as language pickers do. */
final class Languages {

  private static final List<Choice> CHOICES =
      Stream.of(
              "ar", "bg", "bn", "de", "el", "en", "es", "fa", "fr", "he", "hi", "id", "it", "ja",
              "ko", "ms", "nl", "pl", "pt", "ro", "ru", "sw", "th", "tl", "tr", "uk", "ur", "vi",
              "zh")
          .map(tag -> new Choice(tag, endonym(tag)))
          .sorted(Comparator.comparing(Choice::label, Collator.getInstance(Locale.ROOT)))
          .toList();

  private Languages() {}

  static List<Choice> choices() {
    return CHOICES;
  }

  private static String endonym(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    String name = locale.getDisplayLanguage(locale);
    return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
