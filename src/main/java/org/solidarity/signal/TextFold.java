package org.solidarity.signal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Folds text so that look-alike spellings compare equal: compatibility forms (NFKC), invisible
 * characters, letter case and runs of white space no longer make a difference.
 *
 * <p>Diacritics are deliberately kept: folding them would make a blocked "ano" match the Spanish
 * "año", and a blocked term sends a message to SPAM without a human in the loop.
 */
public final class TextFold {

  private TextFold() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    // NFKC turns full-width letters, ligatures and mathematical alphanumerics into plain letters.
    String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(compatible.length());
    boolean pendingSpace = false;
    for (int i = 0; i < compatible.length(); ) {
      int cp = compatible.codePointAt(i);
      i += Character.charCount(cp);
      // Zero-width spaces, joiners and soft hyphens are invisible and only serve to split words.
      if (Character.getType(cp) == Character.FORMAT) {
        continue;
      }
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && out.length() > 0) {
        out.append(' ');
      }
      pendingSpace = false;
      out.appendCodePoint(cp);
    }
    // Upper then lower approximates Unicode case folding: ß matches SS, final sigma matches σ.
    String folded = out.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(folded, Normalizer.Form.NFKC);
  }

  /**
   * SHA-256 of the folded text without punctuation and symbols, so that "Stay strong!" and "stay
   * strong!!!" count as the same message. Texts made only of symbols keep them, otherwise every
   * emoji-only message would look identical.
   */
  public static String bodyHash(String body) {
    String folded = fold(body);
    StringBuilder letters = new StringBuilder(folded.length());
    folded
        .codePoints()
        .filter(cp -> cp == ' ' || TermMatcher.isWordChar(cp))
        .forEach(letters::appendCodePoint);
    String key = letters.toString().strip().replaceAll(" {2,}", " ");
    if (key.isEmpty()) {
      key = folded;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
