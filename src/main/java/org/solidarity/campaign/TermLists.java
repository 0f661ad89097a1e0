package org.solidarity.campaign;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.solidarity.common.ProblemException;
import org.solidarity.signal.TextFold;

/** Cleans a blocked or suspect term list an admin sent: trimmed, NFC, no duplicates. */
final class TermLists {

  static final int MAX_TERMS = 500;
  static final int MAX_TERM_LENGTH = 100;

  private TermLists() {}

  /** The cleaned list; a 400 naming the field when a term is empty, too long or has controls. */
  static List<String> clean(String field, List<String> raw) {
    if (raw.size() > MAX_TERMS) {
      throw ProblemException.invalid(field, "must have at most " + MAX_TERMS + " terms");
    }
    List<String> terms = new ArrayList<>();
    // Two spellings that fold to the same text are one term for matching; keep the first.
    Set<String> seen = new HashSet<>();
    for (String term : raw) {
      String value = term == null ? "" : Normalizer.normalize(term.strip(), Normalizer.Form.NFC);
      int length = value.codePointCount(0, value.length());
      if (value.isEmpty()
          || length > MAX_TERM_LENGTH
          || value.codePoints().anyMatch(Character::isISOControl)) {
        throw ProblemException.invalid(
            field, "each term must have 1 to " + MAX_TERM_LENGTH + " characters on one line");
      }
      String folded = TextFold.fold(value).strip();
      if (folded.isEmpty()) {
        throw ProblemException.invalid(field, "'" + value + "' has no visible characters");
      }
      if (seen.add(folded)) {
        terms.add(value);
      }
    }
    return terms;
  }
}
