package ua.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.UkrainianDictionary;

class PostProcessingTest {

  private final MorphAnalyzer analyzer = UkrainianDictionary.shared().newAnalyzer();

  @Test
  void marksThePostBeforeAnInstitutionAndAName() {
    String[] tokens = "Спеціальний посланник США Стівен Віткофф прибув".split(" ");
    Span[] found = {new Span(2, 3, "LOCATION"), new Span(3, 5, "PERSON")};
    Span[] out = RolePattern.apply(tokens, found, analyzer);
    assertEquals(3, out.length);
    assertEquals(new Span(0, 2, "ROLE"), out[0]);
  }

  @Test
  void leavesNonPostsAndBareNounsAlone() {
    // a kinship term, a form of address, and a post without an institution before the name
    for (String sentence : new String[] {"брат США Іван Петренко", "пані США Лариса Онул", "генерал Андрій Гнатов"}) {
      String[] tokens = sentence.split(" ");
      Span[] found = tokens.length == 4
          ? new Span[] {new Span(1, 2, "LOCATION"), new Span(2, 4, "PERSON")}
          : new Span[] {new Span(1, 3, "PERSON")};
      assertArrayEquals(found, RolePattern.apply(tokens, found, analyzer), sentence);
    }
  }

  @Test
  void keepsAPostTheModelFound() {
    String[] tokens = "секретар РНБО Рустем Умєров".split(" ");
    Span[] found = {new Span(0, 1, "ROLE"), new Span(1, 2, "ORGANIZATION"), new Span(2, 4, "PERSON")};
    assertArrayEquals(found, RolePattern.apply(tokens, found, analyzer));
  }

  @Test
  void joinsTouchingPersonSpansOnly() {
    Span[] spans = {new Span(0, 2, "PERSON", 0.9), new Span(2, 3, "PERSON", 0.8), new Span(4, 5, "PERSON", 0.9),
        new Span(5, 6, "LOCATION", 0.9)};
    Span[] merged = ExtractionPipeline.mergeAdjacentPersons(spans);
    assertEquals(3, merged.length);
    assertEquals(new Span(0, 3, "PERSON"), merged[0]);
    assertEquals(0.8, merged[0].getProb(), 1e-9);
    assertEquals(new Span(4, 5, "PERSON"), merged[1]);
  }
}
