package ua.ner.internal.eval;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import ua.ner.Entity;
import ua.ner.EntityType;
import ua.ner.internal.corpus.BratDocument;

/**
 * Exact-span, per-type scores of an extractor against brat gold (NER-UK labels PERS/ORG/LOC/JOB; an
 * entity nested in another of these types is not counted, as the extractor returns flat spans).
 */
public final class NerEvaluation {

  private final Map<EntityType, SpanScore> byType = new LinkedHashMap<>();
  private final SpanScore micro = new SpanScore();
  private int documents;

  public NerEvaluation() {
    for (EntityType t : EntityType.values()) {
      byType.put(t, new SpanScore());
    }
  }

  /** Scores the extractor's output on each document and adds it up. */
  public static NerEvaluation evaluate(List<BratDocument> docs, Function<String, List<Entity>> extractor) {
    NerEvaluation eval = new NerEvaluation();
    for (BratDocument doc : docs) {
      eval.add(doc, extractor.apply(doc.text()));
    }
    return eval;
  }

  public void add(BratDocument doc, List<Entity> predicted) {
    documents++;
    for (EntityType t : EntityType.values()) {
      Set<Long> gold = new HashSet<>();
      for (BratDocument.Annotation a : doc.flatEntities()) {
        if (a.type().equals(t.name())) {
          gold.add(key(a.start(), a.end()));
        }
      }
      Set<Long> pred = new HashSet<>();
      for (Entity e : predicted) {
        if (e.type() == t) {
          pred.add(key(e.start(), e.end()));
        }
      }
      long tp = pred.stream().filter(gold::contains).count();
      byType.get(t).add(tp, pred.size(), gold.size());
      micro.add(tp, pred.size(), gold.size());
    }
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }

  public SpanScore score(EntityType type) {
    return byType.get(type);
  }

  public SpanScore micro() {
    return micro;
  }

  public int documents() {
    return documents;
  }

  /** The report: a line per type, then the micro average; the last line is {@code micro F1 0.xxxx}. */
  public void print(PrintStream out) {
    out.printf(Locale.ROOT, "%-13s %9s %9s %9s %7s %7s %7s%n", "type", "precision", "recall", "F1", "tp", "pred",
        "gold");
    for (Map.Entry<EntityType, SpanScore> e : byType.entrySet()) {
      line(out, e.getKey().name(), e.getValue());
    }
    line(out, "micro", micro);
    out.printf(Locale.ROOT, "documents %d%n", documents);
    out.printf(Locale.ROOT, "micro F1 %.4f%n", micro.f1());
  }

  private static void line(PrintStream out, String name, SpanScore s) {
    out.printf(Locale.ROOT, "%-13s %9.4f %9.4f %9.4f %7d %7d %7d%n", name, s.precision(), s.recall(), s.f1(),
        s.truePositives(), s.predicted(), s.gold());
  }
}
