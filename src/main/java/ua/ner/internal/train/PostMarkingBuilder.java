package ua.ner.internal.train;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.MorphTag;
import ua.ner.internal.morph.SemanticTag;
import ua.ner.internal.morph.WordAnalysis;
import ua.ner.internal.ner.PostMarking;

/**
 * Counts {@link PostMarking} from the training sentences: each lowercase token that the dictionary
 * reads as a noun of a profession or a person ({@code prof}, {@code hum}), by its lemma, and whether
 * it lies inside a ROLE.
 */
public final class PostMarkingBuilder {

  private PostMarkingBuilder() {
  }

  public static PostMarking build(List<NameSample> samples, MorphAnalyzer analyzer) {
    Map<String, int[]> counts = new HashMap<>();
    for (NameSample sample : samples) {
      String[] tokens = sample.getSentence();
      boolean[] post = new boolean[tokens.length];
      for (Span name : sample.getNames()) {
        if ("ROLE".equals(name.getType())) {
          for (int i = name.getStart(); i < name.getEnd(); i++) {
            post[i] = true;
          }
        }
      }
      for (int i = 0; i < tokens.length; i++) {
        String lemma = postLemma(tokens[i], analyzer);
        if (lemma != null) {
          int[] c = counts.computeIfAbsent(lemma, k -> new int[2]);
          c[1]++;
          if (post[i]) {
            c[0]++;
          }
        }
      }
    }
    return new PostMarking(counts);
  }

  /** The lemma of a lowercase token read as a noun of a profession or person, or null. */
  private static String postLemma(String token, MorphAnalyzer analyzer) {
    if (token.isEmpty() || !Character.isLowerCase(token.charAt(0))) {
      return null;
    }
    WordAnalysis a = analyzer.analyze(token);
    return a.has(MorphTag.NOUN) && (a.semantics() & (SemanticTag.PROF | SemanticTag.HUM)) != 0 ? a.lemma() : null;
  }
}
