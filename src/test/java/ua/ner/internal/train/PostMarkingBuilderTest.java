package ua.ner.internal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import ua.ner.internal.morph.UkrainianDictionary;
import ua.ner.internal.ner.PostMarking;

class PostMarkingBuilderTest {

  private static NameSample sample(String sentence, Span... names) {
    return new NameSample(sentence.split(" "), names, false);
  }

  @Test
  void countsLowercaseProfessionNounsByLemmaAndWhetherAPostHoldsThem() {
    List<NameSample> samples = List.of(
        sample("тренер вчора сказав", new Span[0]),
        sample("тренери пішли , а депутат лишився", new Span(4, 5, "ROLE")),
        sample("депутата Петренка обрали", new Span(0, 1, "ROLE"), new Span(1, 2, "PERSON")),
        sample("Тренер і заступник голови прийшли", new Span(2, 4, "ROLE")),
        sample("заступника не було", new Span[0]));
    PostMarking marking = PostMarkingBuilder.build(samples, UkrainianDictionary.shared().newAnalyzer());
    assertTrue(marking.rarelyMarked("тренер"), "two lowercase occurrences, none marked (the capitalised one not counted)");
    assertFalse(marking.rarelyMarked("депутат"), "marked both times");
    assertTrue(marking.usuallyAlone("депутат"), "a post by itself both times");
    assertFalse(marking.usuallyAlone("заступник"), "never a post by itself");
    assertFalse(marking.rarelyMarked("заступник"), "marked once in two, inside a longer post");
    assertFalse(marking.rarelyMarked("вчора"), "not a noun of a person");
    assertEquals(4, marking.size(), "тренер, депутат, заступник, голова");
  }
}
