package org.solidarity.embed;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Country names, flags and the sorted country list of the form, in the widget's language. */
final class Countries {

  private static final Map<String, List<Choice>> CHOICES = new ConcurrentHashMap<>();

  private Countries() {}

  /** The flag emoji: the two regional indicator symbols that spell the ISO code. */
  static String flag(String code) {
    if (code == null || !code.matches("[A-Z]{2}")) {
      return "";
    }
    return new String(
        new int[] {0x1F1E6 + code.charAt(0) - 'A', 0x1F1E6 + code.charAt(1) - 'A'}, 0, 2);
  }

  static String name(String code, Locale locale) {
    if (code == null) {
      return "";
    }
    String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    return name.isEmpty() ? code : name;
  }

  /** Every ISO country, sorted by its name in the given language. */
  static List<Choice> choices(Locale locale) {
    return CHOICES.computeIfAbsent(
        locale.toLanguageTag(),
        tag -> {
          Collator collator = Collator.getInstance(locale);
          return Arrays.stream(Locale.getISOCountries())
              .map(code -> new Choice(code, name(code, locale)))
              .sorted(Comparator.comparing(Choice::label, collator))
              .toList();
        });
  }
}
