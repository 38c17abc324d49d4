package ua.ner.internal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ua.ner.internal.corpus.BratDocument;
import ua.ner.internal.corpus.BrukCorpus;

class HeldOutTextTest {

  private static BrukCorpus.Text text(String name, String... sentences) {
    List<List<BrukCorpus.Token>> paragraph = new ArrayList<>();
    for (String s : sentences) {
      List<BrukCorpus.Token> tokens = new ArrayList<>();
      for (String w : s.split(" ")) {
        tokens.add(new BrukCorpus.Token(w, w, "x"));
      }
      paragraph.add(tokens);
    }
    return new BrukCorpus.Text(name, List.of(paragraph));
  }

  private static final HeldOutText DEV = new HeldOutText(List.of(new BratDocument("dev1",
      "Мер міста Іван Петренко відкрив новий сквер біля річки .\n\nУ сквері посадили сто лип і двадцять кленів .\n",
      List.of())));

  @Test
  void leavesOutTheTextADocumentWasExcerptedFrom() {
    // the same words, split into sentences differently and with a sentence the excerpt left out
    BrukCorpus.Text source = text("source", "Мер міста Іван Петренко відкрив новий сквер біля річки .",
        "У сквері посадили сто лип і двадцять кленів .", "Жителі подякували .");
    BrukCorpus.Text other = text("other", "Мер міста Львова відкрив нову школу біля парку .",
        "Учні посадили біля школи двадцять кленів і сто лип .");
    BrukCorpus.Text tiny = text("tiny", "Мер міста .");
    assertEquals(List.of(other, tiny), DEV.without(List.of(source, other, tiny)));
  }

  @Test
  void measuresTheShareOfHeldOutSixWordSequences() {
    assertEquals(0.0, DEV.share(text("other", "Мер міста Львова відкрив нову школу біля парку .")));
    assertEquals(1.0, DEV.share(text("part", "відкрив новий сквер біля річки . У сквері")));
    assertEquals(0.0, DEV.share(text("short", "Мер міста Іван Петренко")));
  }
}
