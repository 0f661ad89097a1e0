package org.solidarity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What counts as a link, and that the quick pre-check never hides one the pattern would find. */
class LinkCounterTest {

  private static final List<String> PIECES =
      List.of(
          "http://a",
          "https://x.y/p?q=1",
          "ftp://files",
          "://",
          "www.",
          "www.site",
          "e.g.",
          "3.5",
          "end.",
          "...",
          "example.org",
          "news.example.com/path",
          "a@b.com",
          "Mr.Smith",
          "ＥＸＡＭＰＬＥ．ＣＯＭ",
          "exemple\u200b.org",
          "ok.",
          ". ",
          ".\u00a0org",
          "stay strong",
          "تضامن",
          "団結",
          " ",
          "\n",
          "  ",
          "-",
          "x.co",
          "x.cool",
          ".",
          "a.b.c.d");

  @Test
  void countsSchemesWwwAndCommonDomainsButNotMailOrSentences() {
    assertThat(LinkCounter.count("See http://a.example and www.b.example, or c.org/d."))
        .isEqualTo(3);
    assertThat(LinkCounter.count("Write to ana@example.org. Mr.Smith agrees, etc.And so on."))
        .isZero();
    assertThat(LinkCounter.count("We stand with you. Hold the line! Solidarity forever.")).isZero();
    assertThat(LinkCounter.count("Full-width ＥＸＡＭＰＬＥ．ＣＯＭ is a link too")).isEqualTo(1);
    assertThat(LinkCounter.count(null)).isZero();
  }

  @Test
  void thePreCheckAgreesWithThePatternOnEveryText() {
    Random random = new Random(20261128);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(8);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      String folded = TextFold.fold(text.toString());
      assertThat(LinkCounter.count(text.toString()))
          .as("%s", text)
          .isEqualTo(LinkCounter.matches(folded));
    }
  }
}
