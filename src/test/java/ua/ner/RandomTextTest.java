package ua.ner;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Random text in the manner of Lucene's {@code checkRandomData}: strings drawn from Ukrainian words,
 * names, punctuation, markup, marks and arbitrary code points (with a fixed seed, so a failure repeats),
 * each checked for true offsets and complete results.
 */
class RandomTextTest {

  private static final String[] PIECES = {"Рустем", "Умєров", "Умєрова", "секретар", "РНБО", "Києва", "України", " ",
      " ", " ", "\n", ".", ",", "«", "»", "\"", "-", "—", "'", "’", "\u0301", "\u00AD", "\u200B", "\u00A0", "<p>", "</b>",
      "&nbsp;", "😀", "🇺🇦", "Т.", "ім.", "вул.", "Delo.ua", "https://x.ua/a", "12 000", "1920-х", "будь-який", "ЗСУ",
      "Генерального", "штабу", "генерал", "Андрій", "Гнатов", "призначив", "головою", "делегації", "\r\n", "\t"};

  @Test
  void randomTextKeepsOffsetsTrue() {
    Random random = new Random(42);
    UkrainianEntityExtractor extractor = TestExtractor.get();
    for (int round = 0; round < 400; round++) {
      String text = randomText(random, 1 + random.nextInt(round < 300 ? 60 : 600));
      try {
        ExtractorFuzzTest.check(text, extractor.analyze(text));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("round " + round + ", text: " + escape(text), e);
      }
    }
  }

  static String randomText(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      switch (random.nextInt(10)) {
        case 0 -> sb.appendCodePoint(random.nextInt(0x110000)); // any code point, lone surrogates included
        case 1 -> sb.appendCodePoint(0x400 + random.nextInt(0x100)); // any Cyrillic letter or mark
        case 2 -> sb.append((char) (0x20 + random.nextInt(0x60))); // ASCII
        default -> sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return sb.toString();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(c -> sb.append(c < 0x20 || c > 0x7E && c < 0xA0 || c >= 0xD800 && c <= 0xDFFF
        ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
    return sb.toString();
  }
}
