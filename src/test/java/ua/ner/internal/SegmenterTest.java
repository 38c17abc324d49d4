package ua.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SegmenterTest {

  private static final Segmenter SEGMENTER = Segmenter.load(null);

  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (int[] s : SEGMENTER.sentences(text)) {
      out.add(text.substring(s[0], s[1]));
    }
    return out;
  }

  @Test
  void doesNotBreakAfterAbbreviationsOrInitials() {
    assertEquals(List.of("Вона живе на вул. Шевченка в м. Києві.", "Т. Г. Шевченко народився у 1814 р. в Моринцях.",
        "Це т. зв. перевірка, ім. Франка та ін."),
        sentences("Вона живе на вул. Шевченка в м. Києві. Т. Г. Шевченко народився у 1814 р. в Моринцях. "
            + "Це т. зв. перевірка, ім. Франка та ін."));
  }

  @Test
  void breaksAtSentenceEndsAndLines() {
    assertEquals(List.of("Переговори тривають.", "Чи буде мир?", "Так!", "Новий абзац"),
        sentences("Переговори тривають. Чи буде мир? Так!\nНовий абзац"));
    assertEquals(List.of("«Завтра продовжимо», - написав він."), sentences("«Завтра продовжимо», - написав він."));
  }

  @Test
  void aLineBreakAfterAnAbbreviationBeforeANameDoesNotEndTheSentence() {
    assertEquals(List.of("Школу будують в с.\nСтаврове.", "На цей об'єкт двічі проводили тендер."),
        sentences("Школу будують в с.\nСтаврове.\nНа цей об'єкт двічі проводили тендер."));
    assertEquals(List.of("Ремонт у смт.\r\nДимер і на пров.\n  Музейний"),
        sentences("Ремонт у смт.\r\nДимер і на пров.\n  Музейний"));
    // metres, a page number, a lowercase word, two line breaks: the line ends the sentence as before
    assertEquals(List.of("Площа 9 тис. кв. м.", "Роботи почали.", "Див. с.", "7 і с.", "далі", "в с.", "Ставрове"),
        sentences("Площа 9 тис. кв. м.\nРоботи почали.\nДив. с.\n7 і с.\nдалі\nв с.\n\nСтаврове"));
  }

  @Test
  void tokenizesSentenceBySentence() {
    String text = "Рустем Умєров прибув до Києва.";
    List<String> tokens = new ArrayList<>();
    for (int[] t : SEGMENTER.tokens(text)) {
      tokens.add(text.substring(t[0], t[1]));
    }
    assertEquals(List.of("Рустем", "Умєров", "прибув", "до", "Києва", "."), tokens);
  }

  @Test
  void staysLinearOnPathologicalInput() {
    String dots = ".".repeat(200_000);
    List<int[]> s = SEGMENTER.sentences(dots);
    assertEquals(0, s.get(0)[0]);
    String noSpaces = "а".repeat(300_000) + ". Б";
    assertEquals(noSpaces.length(), SEGMENTER.sentences(noSpaces).get(SEGMENTER.sentences(noSpaces).size() - 1)[1]);
  }
}
