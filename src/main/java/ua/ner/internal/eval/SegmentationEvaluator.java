package ua.ner.internal.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import ua.ner.internal.corpus.UdCorpus;

/**
 * Scores predicted sentence and token spans against UD gold: tokens by exact span, sentences by
 * boundary (the end offset of every sentence but the last of a document, which is trivially right).
 */
public final class SegmentationEvaluator {

  private SegmentationEvaluator() {
  }

  /** Exact-span token scores. */
  public static SpanScore tokens(List<UdCorpus.Doc> docs, Function<String, List<int[]>> tokenizer) {
    SpanScore score = new SpanScore();
    for (UdCorpus.Doc doc : docs) {
      score(score, doc.tokens(), tokenizer.apply(doc.text()), false);
    }
    return score;
  }

  /** Sentence-boundary scores. */
  public static SpanScore sentenceBoundaries(List<UdCorpus.Doc> docs, Function<String, List<int[]>> splitter) {
    SpanScore score = new SpanScore();
    for (UdCorpus.Doc doc : docs) {
      score(score, doc.sentences(), splitter.apply(doc.text()), true);
    }
    return score;
  }

  private static void score(SpanScore score, List<int[]> gold, List<int[]> predicted, boolean boundariesOnly) {
    Set<Long> g = keys(gold, boundariesOnly);
    Set<Long> p = keys(predicted, boundariesOnly);
    long tp = 0;
    for (Long k : p) {
      if (g.contains(k)) {
        tp++;
      }
    }
    score.add(tp, p.size(), g.size());
  }

  private static Set<Long> keys(List<int[]> spans, boolean boundariesOnly) {
    Set<Long> keys = new HashSet<>();
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      if (boundariesOnly) {
        if (i < spans.size() - 1) {
          keys.add((long) s[1]);
        }
      } else {
        keys.add(((long) s[0] << 32) | s[1]);
      }
    }
    return keys;
  }
}
