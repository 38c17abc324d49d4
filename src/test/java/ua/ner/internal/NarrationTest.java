package ua.ner.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NarrationTest {

  @Test
  void aTextToldInTheFirstPersonIsNarrative() {
    assertTrue(Narration.isNarrative("Того літа ми з братом поїхали до бабусі. Мені було десять, і я вперше побачив море, "
        + "а наш старий механік показав мені свою майстерню."));
    assertTrue(Narration.isNarrative("— А ти ж обіцяв, — сказала вона. — Де ж твоє слово?"));
  }

  @Test
  void aReportWithAShortQuoteIsNot() {
    StringBuilder report = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      report.append("Міністерство оголосило тендер на ремонт доріг у Житомирській області вартістю 40 млн грн. ");
    }
    report.append("«Ми завершимо роботи до осені», – заявив заступник міністра.");
    assertFalse(Narration.isNarrative(report));
  }

  @Test
  void countsWordsWithApostrophesAndHyphensAsOneAndCasesOfPronouns() {
    // 4 words, 1 pronoun (нам): 250 per thousand
    assertTrue(Narration.isNarrative("п'ятеро будь-яких нам дали"));
    // a capitalised one is more often part of a name
    assertFalse(Narration.isNarrative("партія «Наша Україна» і програма «Наші гроші»"));
    // the pronoun inside a longer word is no pronoun
    assertFalse(Narration.isNarrative("мінімально вибачення тобто"));
  }

  @Test
  void anEmptyOrWordlessTextIsNot() {
    assertFalse(Narration.isNarrative(""));
    assertFalse(Narration.isNarrative("2025 — 12 : 06 …"));
  }
}
