package ua.ner.internal.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MorphAnalyzerTest {

  private final MorphAnalyzer analyzer = UkrainianDictionary.shared().newAnalyzer();

  @Test
  void findsProperNamesWithTheirTags() {
    WordAnalysis a = analyzer.analyze("Рустема");
    assertEquals(WordAnalysis.Source.EXACT, a.source());
    assertEquals("Рустем", a.lemma());
    assertTrue(a.has(MorphTag.FNAME));
    assertTrue(a.has(MorphTag.V_ROD));
    assertTrue(a.has(MorphTag.MASC));
    assertTrue(a.hasSemantic(SemanticTag.HUM));

    WordAnalysis surname = analyzer.analyze("Умєрова");
    assertTrue(surname.has(MorphTag.LNAME));
    assertEquals("Умєров", surname.lemma());
  }

  @Test
  void anAdjectiveAgreesWithANounInCaseGenderAndNumber() {
    Reading noun = new Reading("лікар", "noun:anim:m:v_rod", MorphTag.parse("noun:anim:m:v_rod"));
    assertTrue(new Reading("головний", "adj:m:v_rod", MorphTag.parse("adj:m:v_rod")).agreesWith(noun));
    assertFalse(new Reading("головний", "adj:f:v_rod", MorphTag.parse("adj:f:v_rod")).agreesWith(noun), "gender");
    assertFalse(new Reading("головний", "adj:m:v_naz", MorphTag.parse("adj:m:v_naz")).agreesWith(noun), "case");
    assertFalse(new Reading("головний", "adj:p:v_rod", MorphTag.parse("adj:p:v_rod")).agreesWith(noun), "number");
  }

  @Test
  void fallsBackToLowercaseForCapitalizedCommonWords() {
    WordAnalysis a = analyzer.analyze("Генерального");
    assertEquals(WordAnalysis.Source.LOWERCASE, a.source());
    assertEquals("генеральний", a.lemma());
    assertTrue(a.has(MorphTag.ADJ));
  }

  @Test
  void fallsBackToTitleCaseForAllCaps() {
    WordAnalysis a = analyzer.analyze("УМЄРОВ");
    assertEquals(WordAnalysis.Source.TITLECASE, a.source());
    assertTrue(a.has(MorphTag.LNAME));
  }

  @Test
  void knowsAbbreviationsAsWritten() {
    WordAnalysis a = analyzer.analyze("ЗСУ");
    assertEquals(WordAnalysis.Source.EXACT, a.source());
    assertTrue(a.has(MorphTag.ABBR));
    assertTrue(analyzer.analyze("США").has(MorphTag.GEO));
  }

  @Test
  void normalizesApostrophesAndStressBeforeLookup() {
    assertTrue(analyzer.analyze("об’єднання").known());
    assertTrue(analyzer.analyze("обʼєднання").known());
    assertEquals("Умєров", analyzer.analyze("Умє\u0301ров").lemma());
  }

  @Test
  void carriesSemanticTagsOfProfessions() {
    WordAnalysis a = analyzer.analyze("секретаря");
    assertTrue(a.hasSemantic(SemanticTag.PROF));
    assertTrue(analyzer.analyze("начальник").hasSemantic(SemanticTag.HIERAR));
  }

  @Test
  void analysesUnknownCompoundsByTheirLastPart() {
    WordAnalysis a = analyzer.analyze("Більче-Волицько-Угерське");
    assertEquals(WordAnalysis.Source.COMPOUND_TAIL, a.source());
    assertTrue(a.has(MorphTag.ADJ));
  }

  @Test
  void marksUnknownWords() {
    WordAnalysis a = analyzer.analyze("Ґрзбщлк");
    assertFalse(a.known());
    assertEquals(0, a.tags());
    assertEquals("Ґрзбщлк", a.lemma());
    assertFalse(analyzer.analyze(",").known());
  }

  @Test
  void answersWordChecksForTheTokenizer() {
    assertTrue(analyzer.isWord("будь-який"));
    assertFalse(analyzer.isWord("Більче-Волицько-Угерське"));
  }

  @Test
  void parsesTagStringsIntoBits() {
    long bits = MorphTag.parse("noun:anim:m:v_rod:prop:lname");
    assertEquals(MorphTag.NOUN | MorphTag.ANIM | MorphTag.MASC | MorphTag.V_ROD | MorphTag.PROP | MorphTag.LNAME, bits);
    assertEquals("v_rod", MorphTag.name(MorphTag.V_ROD));
  }
}
