package ua.ner.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "м'ясо|м'ясо",
      "м’ясо|м'ясо",
      "мʼясо|м'ясо",
      "м‘ясо|м'ясо",
      "м`ясо|м'ясо",
      "Умє\u0301ров|Умєров",
      "Умє\u00ADров|Умєров",
      "Умє\u200Bров|Умєров",
      "будь\u2011який|будь-який",
      "Укрaїна|Україна",       // Latin a inside a Cyrillic word
      "Delo.ua|Delo.ua",        // all Latin: unchanged
      "Київ|Київ"})
  void lookupForm(String text, String expected) {
    assertEquals(expected, TextNormalizer.normalize(text));
  }

  @org.junit.jupiter.api.Test
  void normalizesARangeOnly() {
    assertEquals("м'ясо", TextNormalizer.normalize("це м’ясо тут", 3, 8));
  }

  @org.junit.jupiter.api.Test
  void classifiesCharacters() {
    assertTrue(TextNormalizer.isSpace('\u00A0'));
    assertTrue(TextNormalizer.isSpace('\u202F'));
    assertFalse(TextNormalizer.isSpace('a'));
    assertTrue(TextNormalizer.isIgnorable('\u0301'));
    assertTrue(TextNormalizer.isApostrophe('\u02BC'));
    assertTrue(TextNormalizer.isHyphen('\u2011'));
  }
}
