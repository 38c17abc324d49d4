package ua.ner.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PostMarkingTest {

  private final PostMarking marking = new PostMarking(Map.of("тренер", new int[] {0, 9}, "депутат", new int[] {100, 103},
      "лікар", new int[] {2, 8}, "лісник", new int[] {3, 8}, "алхімік", new int[] {0, 1}));

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
  void roundTripsThroughItsSerializer() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PostMarking.Serializer().serialize(marking, out);
    assertEquals("post-marking\nалхімік\t0/1\nдепутат\t100/103\nлікар\t2/8\nлісник\t3/8\nтренер\t0/9\n",
        out.toString(StandardCharsets.UTF_8));
    PostMarking back = new PostMarking.Serializer().create(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(5, back.size());
    assertTrue(back.rarelyMarked("тренер"));
    assertFalse(back.rarelyMarked("депутат"));
  }

  @Test
  void rejectsMalformedInput() {
    assertThrows(IOException.class, () -> new PostMarking.Serializer().create(
        new ByteArrayInputStream("word-classes 2\n".getBytes(StandardCharsets.UTF_8))));
    IOException e = assertThrows(IOException.class, () -> new PostMarking.Serializer().create(
        new ByteArrayInputStream("post-marking\nтренер\tx/9\n".getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("тренер"), e.getMessage());
    assertThrows(IOException.class, () -> new PostMarking.Serializer().create(
        new ByteArrayInputStream("post-marking\nтренер\t5/3\n".getBytes(StandardCharsets.UTF_8))));
    assertThrows(IllegalArgumentException.class, () -> new PostMarking(Map.of("тренер", new int[] {1})));
  }
}
