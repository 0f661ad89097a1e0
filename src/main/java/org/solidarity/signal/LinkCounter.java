package org.solidarity.signal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts web links in a text: with a scheme, starting with www., or bare common domains. */
public final class LinkCounter {

  // Bare domains only with a common top-level domain, so "Mr.Smith" or "etc.And" are not links;
  // the look-behind keeps e-mail addresses out.
  private static final Pattern LINK =
      Pattern.compile(
          "(?:\\b(?:https?|ftp)://|\\bwww\\.)\\S+"
              + "|(?<![@\\p{L}\\p{N}.-])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*"
              + "\\.(?:com|org|net|info|io|ly|me|co|ru|xyz|top|biz|site|online|link|click|tk|gl|cn"
              + "|ws|cc|to|gg)\\b(?:/\\S*)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private LinkCounter() {}

  public static int count(String text) {
    String folded = TextFold.fold(text);
    // Every link has "://" or a dot followed by something other than a space. Most messages have
    // neither, and this scan costs a fraction of the pattern, which runs for each queue item.
    return mayContainLink(folded) ? matches(folded) : 0;
  }

  /** False only when the pattern cannot match: folded text keeps no whitespace but ' '. */
  static boolean mayContainLink(String folded) {
    if (folded.contains("://")) {
      return true;
    }
    for (int dot = folded.indexOf('.'); dot >= 0; dot = folded.indexOf('.', dot + 1)) {
      if (dot + 1 < folded.length() && folded.charAt(dot + 1) != ' ') {
        return true;
      }
    }
    return false;
  }

  static int matches(String folded) {
    Matcher matcher = LINK.matcher(folded);
    int links = 0;
    while (matcher.find()) {
      links++;
    }
    return links;
  }
}
