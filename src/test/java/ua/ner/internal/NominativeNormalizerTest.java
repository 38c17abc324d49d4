package ua.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ua.ner.EntityType;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.UkrainianDictionary;
import ua.ner.internal.text.SpanList;
import ua.ner.internal.text.Tokenizer;

/** The normalization rules on the cases the design names. */
class NominativeNormalizerTest {

  private static final MorphAnalyzer ANALYZER = UkrainianDictionary.shared().newAnalyzer();

  static String normalize(EntityType type, String text, boolean clauseStart) {
    SpanList spans = new SpanList();
    new Tokenizer().tokenize(text, 0, text.length(), spans, ANALYZER);
    String[] tokens = new String[spans.size()];
    int[] offsets = new int[spans.size()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = text.substring(spans.start(i), spans.end(i));
      offsets[i] = spans.start(i);
    }
    return NominativeNormalizer.normalize(type, text, tokens, offsets, clauseStart, ANALYZER);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "PERSON|Рустема Умєрова|Рустем Умєров",
      "PERSON|Юлії Тимошенко|Юлія Тимошенко",
      "PERSON|Терези Мей|Тереза Мей",
      "PERSON|Т. Шевченка|Т. Шевченко",
      "PERSON|Андрій Гнатов|Андрій Гнатов",
      "PERSON|Олени Гнатюкової|Олена Гнатюкова",
      "PERSON|Андрія Гнатюкова|Андрій Гнатюков",
      "PERSON|Стівена Віткоффа|Стівен Віткофф",
      "PERSON|Рустем Умєров|Рустем Умєров",
      "ORGANIZATION|Ради національної безпеки і оборони України|Рада національної безпеки і оборони України",
      "ORGANIZATION|Генерального штабу ЗСУ|Генеральний штаб ЗСУ",
      "LOCATION|Білому домі|Білий дім",
      "LOCATION|Сполученими Штатами Америки|Сполучені Штати Америки",
      "ORGANIZATION|Верховної Ради|Верховна Рада",
      "ORGANIZATION|ТОВ «Альфа»|ТОВ «Альфа»",
      "ORGANIZATION|компанії «Альфа»|компанія «Альфа»",
      "ROLE|головою|голова",
      "ROLE|генерального директора|генеральний директор",
      "ROLE|директоркою|директорка",
      "ROLE|секретаря|секретар",
      "ROLE|заступника голови|заступник голови",
      "ORGANIZATION|ЗСУ|ЗСУ",
      "LOCATION|США|США",
      "ORGANIZATION|Delo.ua|Delo.ua",
      "LOCATION|Києва|Київ",
      "LOCATION|Луганської області|Луганська область"})
  void normalizes(EntityType type, String text, String expected) {
    assertEquals(expected, normalize(type, text, false));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Секретар|секретар",
      "Генеральний директор|генеральний директор"})
  void lowercasesAPostAtTheStartOfASentence(String text, String expected) {
    assertEquals(expected, normalize(EntityType.ROLE, text, true));
    assertEquals(text, normalize(EntityType.ROLE, text, false));
  }
}
