package ua.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API contract on odd input: nulls, blanks, marks inside names, emoji, capitals, markup. */
class ContractTest {

  private final UkrainianEntityExtractor extractor = TestExtractor.get();

  @Test
  void nullIsRejectedWithAMessage() {
    assertTrue(assertThrows(NullPointerException.class, () -> extractor.extractEntities(null)).getMessage()
        .contains("text"));
    assertTrue(assertThrows(NullPointerException.class, () -> extractor.analyze(null)).getMessage().contains("text"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n", "\t \r\n", "\u00A0\u2007\u202F", "\u200B\u00AD"})
  void emptyOrBlankTextGivesNothing(String text) {
    assertEquals(List.of(), extractor.extractEntities(text));
    assertEquals(List.of(), extractor.analyze(text).persons());
  }

  private Entity person(String text, String expectedSurface) {
    Document doc = extractor.analyze(text);
    ExtractorFuzzTest.check(text, doc);
    return doc.entities().stream().filter(e -> e.type() == EntityType.PERSON && e.text().equals(expectedSurface))
        .findFirst().orElseThrow(() -> new AssertionError(expectedSurface + " not found in " + doc.entities()));
  }

  @Test
  void findsNamesWithStressMarksSoftHyphensNoBreakSpacesAndZeroWidthCharacters() {
    assertEquals("Рустем Умєров", person("Заяву зробив Рустем Умє\u0301ров.", "Рустем Умє\u0301ров").normalized());
    assertEquals("Андрій Гнатов", person("Прибув Андрій Гна\u00ADтов.", "Андрій Гна\u00ADтов").normalized());
    assertEquals("Рустем Умєров", person("Заяву зробив Рустем\u00A0Умєров.", "Рустем\u00A0Умєров").normalized());
    assertEquals("Рустем Умєров", person("Заяву зробив Рустем Умє\u200Bров.", "Рустем Умє\u200Bров").normalized());
    assertEquals("Рустем Умєров", person("Заяву зробив Рустем Умєров.", "Рустем Умєров").normalized());
  }

  @Test
  void findsPeopleInAllCapsHeadlines() {
    Document doc = extractor.analyze("СЕКРЕТАР РНБО РУСТЕМ УМЄРОВ ЗУСТРІВСЯ З АНДРІЄМ ГНАТОВИМ У КИЄВІ");
    assertTrue(doc.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.text().equals("РУСТЕМ УМЄРОВ")),
        doc.entities().toString());
    assertTrue(doc.persons().size() >= 2, doc.persons().toString());
  }

  @Test
  void keepsOffsetsTrueAroundEmojiAndCombiningMarks() {
    String text = "👋🏽🇺🇦 Рустем Умєров 🙂 прибув до Києва. Cafe\u0301 «Львів» 👨‍👩‍👧 Андрій Гнатов.";
    Document doc = extractor.analyze(text);
    ExtractorFuzzTest.check(text, doc);
    assertTrue(doc.entities().stream().anyMatch(e -> e.text().equals("Рустем Умєров")), doc.entities().toString());
  }

  @Test
  void doesNotTurnMarkupIntoEntities() {
    String html = "<html><head><title>Новини</title><style>p.Київ { color: red }</style></head><body>"
        + "<p class=\"Умєров\">Секретар РНБО <b>Рустем Умєров</b> прибув до <a href=\"https://kyiv.ua/Київ\">Києва</a>."
        + "</p><!-- Андрій Гнатов --><br/>&nbsp;&laquo;Новина&raquo;</body></html>";
    Document doc = extractor.analyze(html);
    ExtractorFuzzTest.check(html, doc);
    for (Entity e : doc.entities()) {
      boolean insideTag = html.lastIndexOf('<', e.start()) > html.lastIndexOf('>', e.start());
      assertTrue(!insideTag && !e.text().contains("<"), "markup taken for an entity: " + e);
    }
    assertTrue(doc.entities().stream().anyMatch(e -> e.text().equals("Рустем Умєров")), doc.entities().toString());
    assertTrue(doc.entities().stream().noneMatch(e -> e.text().contains("Гнатов")), "text of a comment: " + doc.entities());
  }

  @Test
  void handlesWindowsLineEndingsAndLatinLookAlikes() {
    String text = "Секретар РНБО Рустем Умєров.\r\nВін прибув до Києва.\r\nУкрaїна підтримала.";
    Document doc = extractor.analyze(text);
    ExtractorFuzzTest.check(text, doc);
    assertTrue(doc.entities().stream().anyMatch(e -> e.text().equals("Києва")), doc.entities().toString());
  }
}
