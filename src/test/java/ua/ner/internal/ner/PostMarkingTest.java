package ua.ner.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

  private final PostMarking marking = new PostMarking(Map.ofEntries(Map.entry("тренер", new int[] {0, 0, 9}),
      Map.entry("депутат", new int[] {70, 100, 103}),
      Map.entry("лікар", new int[] {2, 2, 8}),
      Map.entry("лісник", new int[] {3, 3, 8}),
      Map.entry("алхімік", new int[] {0, 0, 1}),
      Map.entry("суддя", new int[] {6, 9, 10}),
      Map.entry("слідчий", new int[] {5, 9, 10}),
      Map.entry("юрист", new int[] {1, 1, 1}),
      Map.entry("заступник", new int[] {0, 40, 41, 33, 1}),
      Map.entry("директор", new int[] {20, 60, 70, 1, 31}),
      Map.entry("голова", new int[] {5, 10, 20, 1, 1}),
      Map.entry("учитель", new int[] {0, 1, 2, 1, 0})));

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
    assertTrue(marking.usuallyAlone("депутат"), "70 of 103 alone");
    assertTrue(marking.usuallyAlone("суддя"), "six in ten alone");
    assertFalse(marking.usuallyAlone("слідчий"), "half alone: not enough");
    assertFalse(marking.usuallyAlone("лісник"));
    assertFalse(marking.usuallyAlone("юрист"), "seen once: not judged");
    assertFalse(marking.usuallyAlone("посланник"));
  }

  @Test
  void judgesALemmaByHowOftenItWasSeen() {
    assertTrue(marking.rarelySeen("посланник"), "never seen");
    assertTrue(marking.rarelySeen("алхімік"), "seen once");
    assertFalse(marking.rarelySeen("учитель"), "seen twice");
    MorphAnalyzer analyzer = UkrainianDictionary.shared().newAnalyzer();
    assertTrue(marking.rarelySeen("Юристові", analyzer), "a token, lowercased and lemmatised");
    assertFalse(marking.rarelySeen("депутатів", analyzer));
    assertFalse(marking.rarelySeen("вчора", analyzer), "no noun of a profession or person");
  }

  @Test
  void judgesAHeadByTheShareOfItsPostsThatHoldTheGenitiveNounsAfterIt() {
    assertTrue(marking.takesChain("заступник"), "33 of 34");
    assertTrue(marking.takesChain("голова"), "half");
    assertFalse(marking.takesChain("директор"), "1 of 32");
    assertFalse(marking.takesChain("учитель"), "seen once: not judged");
    assertFalse(marking.takesChain("тренер"), "no chain counted");
    assertFalse(marking.takesChain("посланник"));
    MorphAnalyzer analyzer = UkrainianDictionary.shared().newAnalyzer();
    assertTrue(marking.takesChain("Заступника", analyzer), "a token, lowercased and lemmatised");
    assertFalse(marking.takesChain("директорові", analyzer));
    assertFalse(marking.takesChain("вчора", analyzer));
  }

  @Test
  void findsTheHeadOfAPostAndTheGenitiveNounsAfterIt() {
    MorphAnalyzer analyzer = UkrainianDictionary.shared().newAnalyzer();
    String[] tokens = "Перший заступник міністра економічного розвитку і торгівлі України".split(" ");
    assertEquals(1, PostMarking.head(tokens, 0, tokens.length, analyzer));
    assertEquals(-1, PostMarking.head(tokens, 4, tokens.length, analyzer));
    // міністра, розвитку, торгівлі; not the conjunction alone, not the capitalised word
    assertArrayEquals(new int[] {3, 5, 7}, PostMarking.genitiveChain(tokens, 2, tokens.length, analyzer));
    assertArrayEquals(new int[] {3}, PostMarking.genitiveChain(tokens, 2, 4, analyzer), "up to the limit");
    assertArrayEquals(new int[0], PostMarking.genitiveChain(tokens, 5, tokens.length, analyzer), "a conjunction first");
    String[] other = "Начальник , відділу".split(" ");
    assertEquals(0, PostMarking.head(other, 0, 3, analyzer), "lowercased");
    assertArrayEquals(new int[0], PostMarking.genitiveChain(other, 1, 3, analyzer), "a comma ends it");
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
    assertEquals("post-marking\nалхімік\t0/0/1/0/0\nголова\t5/10/20/1/1\nдепутат\t70/100/103/0/0\n"
        + "директор\t20/60/70/1/31\nзаступник\t0/40/41/33/1\nлікар\t2/2/8/0/0\nлісник\t3/3/8/0/0\n"
        + "слідчий\t5/9/10/0/0\nсуддя\t6/9/10/0/0\nтренер\t0/0/9/0/0\nучитель\t0/1/2/1/0\nюрист\t1/1/1/0/0\n",
        out.toString(StandardCharsets.UTF_8));
    PostMarking back = new PostMarking.Serializer().create(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(12, back.size());
    assertTrue(back.usuallyAlone("депутат"));
    assertTrue(back.rarelyMarked("тренер"));
    assertFalse(back.rarelyMarked("депутат"));
    assertTrue(back.takesChain("заступник"));
    assertFalse(back.takesChain("директор"));
  }

  @Test
  void readsCountsWithoutChainsAsNoChainCounted() throws IOException {
    PostMarking old = new PostMarking.Serializer().create(
        new ByteArrayInputStream("post-marking\nзаступник\t0/40/41\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, old.size());
    assertFalse(old.takesChain("заступник"));
    assertFalse(old.usuallyAlone("заступник"));
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
    assertThrows(IllegalArgumentException.class, () -> new PostMarking(Map.of("тренер", new int[] {0, 1, 3, -1, 0})));
    assertThrows(IOException.class, () -> new PostMarking.Serializer().create(
        new ByteArrayInputStream("post-marking\nтренер\t0/1/3/1\n".getBytes(StandardCharsets.UTF_8))));
  }
}
