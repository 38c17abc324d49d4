package ua.ner.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

  private static final Tokenizer TOKENIZER = new Tokenizer();

  static List<String> tokens(String text, Tokenizer.WordCheck words) {
    SpanList spans = new SpanList();
    TOKENIZER.tokenize(text, 0, text.length(), spans, words);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      out.add(text.substring(spans.start(i), spans.end(i)));
    }
    return out;
  }

  /** Expected tokens are separated by {@code ·}. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "м'ясо і м’ясо|м'ясо·і·м’ясо",
      "будь-який|будь-який",
      "у 1920-х роках|у·1920-х·роках",
      "«Укртрансгаз» уклав|«·Укртрансгаз·»·уклав",
      "за 3,5 млн грн.|за·3·,·5·млн·грн·.",
      "Як пише Delo.ua, про це|Як·пише·Delo.ua·,·про·це",
      "Т. Шевченко|Т·.·Шевченко",
      "див. https://example.com/a?b=1.|див·.·https://example.com/a?b=1·.",
      "пишіть на info@mail.ua!|пишіть·на·info@mail.ua·!",
      "Що?! Так...|Що·?!·Так·...",
      "мир - зокрема|мир·-·зокрема",
      "2014 – 2017|2014·–·2017",
      "№ 433|№·433",
      "втрати склали 12 000 осіб|втрати·склали·12 000·осіб",
      "(так)|(·так·)",
      "\"Програма\"|\"·Програма·\""})
  void splitsAsUd(String text, String expected) {
    assertEquals(List.of(expected.split("·")), tokens(text, null));
  }

  @Test
  void keepsStressMarksSoftHyphensAndZeroWidthInsideWords() {
    assertEquals(List.of("Умє\u0301ров", "Умє\u00ADров", "Ум\u200Bєров"), tokens("Умє\u0301ров Умє\u00ADров Ум\u200Bєров", null));
  }

  @Test
  void treatsNoBreakSpaceAsSpace() {
    assertEquals(List.of("Рустем", "Умєров"), tokens("Рустем\u00A0Умєров", null));
  }

  @Test
  void keepsEmojiWhole() {
    assertEquals(List.of("Привіт", "\uD83D\uDE00", "!"), tokens("Привіт \uD83D\uDE00!", null));
  }

  @Test
  void splitsCompoundsAsTheDictionarySays() {
    Set<String> dictionary = Set.of("будь-який", "літак", "розвідник", "революційного");
    Tokenizer.WordCheck words = dictionary::contains;
    assertEquals(List.of("будь-який"), tokens("будь-який", words));
    assertEquals(List.of("літак", "-", "розвідник"), tokens("літак-розвідник", words));
    // a compound adjective: the first part is a linking form, not a word
    assertEquals(List.of("визвольно", "-", "революційного"), tokens("визвольно-революційного", words));
    // unknown parts: a name stays whole
    assertEquals(List.of("Гехі-Чу"), tokens("Гехі-Чу", words));
  }

  @Test
  void tokenizesOnlyTheGivenRange() {
    String text = "один два три";
    SpanList spans = new SpanList();
    TOKENIZER.tokenize(text, 5, 8, spans);
    assertEquals(1, spans.size());
    assertEquals(5, spans.start(0));
    assertEquals(8, spans.end(0));
  }

  @Test
  void capsVeryLongTokens() {
    String text = "а".repeat(1000);
    SpanList spans = new SpanList();
    TOKENIZER.tokenize(text, 0, text.length(), spans);
    assertEquals(4, spans.size());
    assertEquals(text.length(), spans.end(spans.size() - 1));
  }
}
