package ua.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pathological inputs: huge texts without punctuation or line breaks, a megabyte of one letter, runs of
 * points. They must finish with true offsets and within the test JVM's 2 GB heap. The timeouts only
 * guard against a hang (the benchmark command measures speed); they are far above the expected time.
 */
class CostTest {

  private final UkrainianEntityExtractor extractor = TestExtractor.get();

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void sixMegabytesWithoutPunctuationOrLineBreaks() {
    StringBuilder sb = new StringBuilder(6_000_100);
    String[] words = {"секретар", "Рустем", "Умєров", "провів", "зустріч", "у", "Києві", "з", "Андрієм", "Гнатовим"};
    for (int i = 0; sb.length() < 6_000_000; i++) {
      sb.append(words[i % words.length]).append(' ');
    }
    String text = sb.toString();
    Document doc = extractor.analyze(text);
    ExtractorFuzzTest.check(text, doc);
    assertTrue(doc.entities().size() > 1000, "the names in the text are found: " + doc.entities().size());
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void oneMegabyteOfOneLetter() {
    String text = "а".repeat(1_000_000);
    ExtractorFuzzTest.check(text, extractor.analyze(text));
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void oneMegabyteOfPointsAndOfOpenTags() {
    String points = ".".repeat(1_000_000);
    ExtractorFuzzTest.check(points, extractor.analyze(points));
    String tags = "<a ".repeat(300_000);
    ExtractorFuzzTest.check(tags, extractor.analyze(tags));
    String lines = "Київ\n".repeat(100_000);
    ExtractorFuzzTest.check(lines, extractor.analyze(lines));
  }
}
