package org.solidarity.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

  private static List<String> match(String term, String text) {
    return new TermMatcher(List.of(term)).matches(text);
  }

  @Test
  void matchesWholeWordsRegardlessOfCase() {
    assertEquals(List.of("idiot"), match("idiot", "You IDIOT!"));
    assertEquals(List.of("Idiot"), match("Idiot", "what an idiot."));
    assertEquals(List.of(), match("ass", "a class of its own"));
    assertEquals(List.of(), match("ass", "passing by"));
  }

  @Test
  void matchesAtTheEdgesAndNextToPunctuation() {
    assertEquals(List.of("scam"), match("scam", "scam"));
    assertEquals(List.of("scam"), match("scam", "(scam)"));
    assertEquals(List.of("scam"), match("scam", "\"scam\", they said"));
  }

  @Test
  void foldsCompatibilityFormsAndInvisibleCharacters() {
    assertEquals(List.of("idiot"), match("idiot", "ｉｄｉｏｔ"), "full-width letters");
    assertEquals(
        List.of("idiot"),
        match("idiot", "\uD835\uDC22\uD835\uDC1D\uD835\uDC22\uD835\uDC28\uD835\uDC2D"),
        "mathematical bold");
    assertEquals(List.of("idiot"), match("idiot", "id\u200Biot"), "zero-width space");
    assertEquals(List.of("idiot"), match("idiot", "idi\u00ADot"), "soft hyphen");
  }

  @Test
  void foldsCaseTheUnicodeWay() {
    assertEquals(List.of("straße"), match("straße", "STRASSE"));
    assertEquals(List.of("ΟΔΟΣ"), match("ΟΔΟΣ", "οδος"), "final sigma");
  }

  @Test
  void composedAndDecomposedAccentsAreTheSameLetter() {
    assertEquals(List.of("café"), match("café", "un cafe\u0301 noir"));
  }

  @Test
  void keepsDiacriticsSoAnoDoesNotMatchAno() {
    assertEquals(List.of(), match("ano", "feliz año nuevo"));
    assertEquals(List.of("año"), match("año", "FELIZ AÑO"));
  }

  @Test
  void aLetterWithACombiningMarkIsNotAWordBoundary() {
    assertEquals(List.of(), match("idiot", "idiot\u0301s"));
  }

  @Test
  void matchesPhrasesWhateverTheSpacing() {
    assertEquals(List.of("go home"), match("go home", "Go   home\nnow"));
    assertEquals(List.of(), match("go home", "go homeward"));
  }

  @Test
  void scriptsWithoutSpacesMatchInsideText() {
    assertEquals(List.of("垃圾"), match("垃圾", "这是垃圾信息"));
    assertEquals(List.of("ขยะ"), match("ขยะ", "นี่คือขยะจริงๆ"));
  }

  @Test
  void otherScriptsUseWordBoundaries() {
    assertEquals(List.of("خائن"), match("خائن", "أنت خائن!"));
    assertEquals(List.of(), match("ир", "мир"));
  }

  @Test
  void termsStartingWithSymbolsNeedNoBoundaryOnThatSide() {
    assertEquals(List.of("$$$"), match("$$$", "win$$$ now"));
  }

  @Test
  void reportsEveryMatchingTermInListOrder() {
    TermMatcher matcher = new TermMatcher(List.of("cash", "free", "unused", "  "));
    assertEquals(List.of("cash", "free"), matcher.matches("FREE cash here"));
  }

  @Test
  void nearIdenticalBodiesShareAHash() {
    String hash = TextFold.bodyHash("Stay strong, friends!");
    assertEquals(hash, TextFold.bodyHash("  stay STRONG friends!!! "));
    assertEquals(hash, TextFold.bodyHash("ｓｔａｙ strong, friends"));
    assertNotEquals(hash, TextFold.bodyHash("Stay strong, friend"));
    assertNotEquals(TextFold.bodyHash("❤️"), TextFold.bodyHash("🙏"), "symbol-only texts differ");
  }

  @Test
  void countsLinksWithSchemeWwwOrCommonDomain() {
    assertEquals(0, LinkCounter.count("No links here. Mr.Smith agrees, etc.And so on"));
    assertEquals(1, LinkCounter.count("see https://example.org/path?x=1"));
    assertEquals(2, LinkCounter.count("www.example.net and cheap-pills.com/buy"));
    assertEquals(0, LinkCounter.count("write to ana@example.org"));
    assertEquals(1, LinkCounter.count("ｈｔｔｐｓ://spam.example"));
  }
}
