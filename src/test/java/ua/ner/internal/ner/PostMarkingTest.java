package ua.ner.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.UkrainianDictionary;

class PostMarkingTest {

  private final PostMarking marking = new PostMarking(Map.of("тренер", new int[] {0, 0, 9}, "депутат", new int[] {60, 100, 103},
      "лікар", new int[] {2, 2, 8}, "лісник", new int[] {3, 3, 8}, "алхімік", new int[] {0, 0, 1}, "суддя", new int[] {5, 9, 10},
      "юрист", new int[] {1, 1, 1}));

  @Test
  void judgesALemmaByTheShareOfItsOccurrencesMarked() {
    assertTrue(marking.rarelyMarked("тренер"));
    assertTrue(marking.rarelyMarked("лікар"), "a quarter marked");
    assertFalse(marking.rarelyMarked("лісник"), "more than a quarter marked");
    assertFalse(marking.rarelyMarked("депутат"));
    assertFalse(marking.rarelyMarked("алхімік"), "seen once: not judged");
    assertFalse(marking.rarelyMarked("посланник"), "never seen");
  }

  @Test
  void judgesALemmaByTheShareOfItsOccurrencesThatAreAPostByThemselves() {
    assertTrue(marking.usuallyAlone("депутат"), "60 of 103 alone");
    assertTrue(marking.usuallyAlone("суддя"), "half alone");
    assertFalse(marking.usuallyAlone("лісник"));
    assertFalse(marking.usuallyAlone("юрист"), "seen once: not judged");
    assertFalse(marking.usuallyAlone("посланник"));
  }

  @Test
  void countsOnlyLowercaseNounsOfProfessionsOrPersons() {
    MorphAnalyzer analyzer = UkrainianDictionary.shared().newAnalyzer();
    assertEquals("тренер", PostMarking.lemma("тренерам", analyzer));
    assertNull(PostMarking.lemma("Тренер", analyzer));
    assertNull(PostMarking.lemma("вчора", analyzer));
    assertNull(PostMarking.lemma("", analyzer));
  }

  @Test
  void roundTripsThroughItsSerializer() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PostMarking.Serializer().serialize(marking, out);
    assertEquals("post-marking\nалхімік\t0/0/1\nдепутат\t60/100/103\nлікар\t2/2/8\nлісник\t3/3/8\nсуддя\t5/9/10\n"
        + "тренер\t0/0/9\nюрист\t1/1/1\n", out.toString(StandardCharsets.UTF_8));
    PostMarking back = new PostMarking.Serializer().create(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(7, back.size());
    assertTrue(back.usuallyAlone("депутат"));
    assertTrue(back.rarelyMarked("тренер"));
    assertFalse(back.rarelyMarked("депутат"));
  }

  @Test
  void rejectsMalformedInput() {
    assertThrows(IOException.class, () -> new PostMarking.Serializer().create(
        new ByteArrayInputStream("word-classes 2\n".getBytes(StandardCharsets.UTF_8))));
    IOException e = assertThrows(IOException.class, () -> new PostMarking.Serializer().create(
        new ByteArrayInputStream("post-marking\nтренер\t0/x/9\n".getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("тренер"), e.getMessage());
    assertThrows(IOException.class, () -> new PostMarking.Serializer().create(
        new ByteArrayInputStream("post-marking\nтренер\t0/5/3\n".getBytes(StandardCharsets.UTF_8))));
    assertThrows(IOException.class, () -> new PostMarking.Serializer().create(
        new ByteArrayInputStream("post-marking\nтренер\t0/9\n".getBytes(StandardCharsets.UTF_8))));
    assertThrows(IllegalArgumentException.class, () -> new PostMarking(Map.of("тренер", new int[] {1, 1})));
    assertThrows(IllegalArgumentException.class, () -> new PostMarking(Map.of("тренер", new int[] {2, 1, 3})));
  }
}
