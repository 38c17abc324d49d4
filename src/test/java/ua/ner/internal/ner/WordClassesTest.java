package ua.ner.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ua.ner.internal.morph.UkrainianDictionary;

class WordClassesTest {

  @Test
  void roundTripsThroughItsSerializer() throws IOException {
    WordClasses classes = new WordClasses(Map.of("київ", new int[] {3, 17}, "умєров", new int[] {5, 200}), 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WordClasses.Serializer().serialize(classes, out);
    assertEquals("word-classes 2\nкиїв\t3 17\nумєров\t5 200\n", out.toString(StandardCharsets.UTF_8));
    WordClasses back = new WordClasses.Serializer().create(new ByteArrayInputStream(out.toByteArray()));
    assertArrayEquals(new int[] {5, 200}, back.classes("умєров"));
    assertNull(back.classes("львів"));
    assertEquals(2, back.size());
  }

  @Test
  void rejectsMalformedInput() {
    assertThrows(IOException.class, () -> new WordClasses.Serializer().create(
        new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8))));
    assertThrows(IllegalArgumentException.class, () -> new WordClasses(Map.of("a", new int[] {1}), 2));
  }

  @Test
  void keysWordsByLowercasedLemma() {
    var analyzer = UkrainianDictionary.shared().newAnalyzer();
    assertEquals("київ", WordClasses.key(analyzer.analyze("Києва")));
    assertEquals("ґрзбщлк", WordClasses.key(analyzer.analyze("Ґрзбщлк")));
  }
}
