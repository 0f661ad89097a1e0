package org.solidarity.signal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds which of a campaign's terms occur in a text: after {@link TextFold folding}, and only as
 * whole words, so a blocked "ass" does not flag "class".
 *
 * <p>Scripts written without spaces between words (Chinese, Japanese, Thai...) have no word
 * boundaries to check; a term in those scripts matches anywhere.
 */
public final class TermMatcher {

  private static final Set<Character.UnicodeScript> UNSPACED =
      EnumSet.of(
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.HIRAGANA,
          Character.UnicodeScript.KATAKANA,
          Character.UnicodeScript.THAI,
          Character.UnicodeScript.LAO,
          Character.UnicodeScript.KHMER,
          Character.UnicodeScript.MYANMAR);

  private final List<String> terms;
  private final List<String> folded;

  public TermMatcher(List<String> terms) {
    this.terms = new ArrayList<>();
    this.folded = new ArrayList<>();
    for (String term : terms == null ? List.<String>of() : terms) {
      String f = TextFold.fold(term).strip();
      if (!f.isEmpty()) {
        this.terms.add(term);
        this.folded.add(f);
      }
    }
  }

  /** The terms, as the admin wrote them, that occur in the text; in list order. */
  public List<String> matches(String text) {
    if (terms.isEmpty()) {
      return List.of();
    }
    String haystack = TextFold.fold(text);
    List<String> found = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      if (occurs(haystack, folded.get(i))) {
        found.add(terms.get(i));
      }
    }
    return found;
  }

  private static boolean occurs(String text, String term) {
    int from = 0;
    int at;
    while ((at = text.indexOf(term, from)) >= 0) {
      int end = at + term.length();
      boolean startOk = at == 0 || !joins(text.codePointBefore(at), term.codePointAt(0));
      boolean endOk =
          end == text.length()
              || !joins(term.codePointBefore(term.length()), text.codePointAt(end));
      if (startOk && endOk) {
        return true;
      }
      from = at + 1;
    }
    return false;
  }

  /** Whether two neighbouring characters belong to one word, so a term may not be cut between. */
  private static boolean joins(int left, int right) {
    return isWordChar(left) && isWordChar(right) && !unspaced(left) && !unspaced(right);
  }

  private static boolean unspaced(int cp) {
    return UNSPACED.contains(Character.UnicodeScript.of(cp));
  }

  static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
