package ua.ner.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import ua.ner.Entity;
import ua.ner.EntityType;
import ua.ner.internal.corpus.BratDocument;
import ua.ner.internal.corpus.UdCorpus;

class EvaluationTest {

  @Test
  void scoresExactSpansPerType() {
    String text = "Іван Петренко приїхав до Києва.";
    BratDocument gold = new BratDocument("d", text, List.of(
        new BratDocument.Annotation("PERS", 0, 13), new BratDocument.Annotation("LOC", 25, 30),
        new BratDocument.Annotation("DATE", 14, 21)));
    List<Entity> predicted = List.of(
        new Entity(EntityType.PERSON, "Іван Петренко", 0, 13, "Іван Петренко", 1),
        new Entity(EntityType.ORGANIZATION, "Києва", 25, 30, "Київ", 1),
        new Entity(EntityType.PERSON, "Петренко", 5, 13, "Петренко", 1));
    NerEvaluation eval = NerEvaluation.evaluate(List.of(gold), t -> predicted);
    assertEquals(1, eval.score(EntityType.PERSON).truePositives());
    assertEquals(2, eval.score(EntityType.PERSON).predicted());
    assertEquals(0, eval.score(EntityType.LOCATION).truePositives());
    assertEquals(1, eval.score(EntityType.LOCATION).gold());
    assertEquals(1.0 / 3, eval.micro().precision(), 1e-9);
    assertEquals(0.5, eval.micro().recall(), 1e-9);
    assertEquals(0.4, eval.micro().f1(), 1e-9);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    eval.print(new PrintStream(out, true, StandardCharsets.UTF_8));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("micro F1 0.4000", lines.get(lines.size() - 1));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("PERSON")));
  }

  @Test
  void scoresSegmentation() {
    UdCorpus.Doc doc = new UdCorpus.Doc("d", "Так. Ні.", List.of(new int[] {0, 4}, new int[] {5, 8}),
        List.of(new int[] {0, 3}, new int[] {3, 4}, new int[] {5, 7}, new int[] {7, 8}));
    SpanScore sentences = SegmentationEvaluator.sentenceBoundaries(List.of(doc), t -> List.of(new int[] {0, 8}));
    assertEquals(0, sentences.recall());
    assertEquals(1, sentences.gold());
    SpanScore tokens = SegmentationEvaluator.tokens(List.of(doc),
        t -> List.of(new int[] {0, 4}, new int[] {5, 7}, new int[] {7, 8}));
    assertEquals(2, tokens.truePositives());
    assertEquals(3, tokens.predicted());
    assertEquals(4, tokens.gold());
  }
}
