package ua.ner.internal.train;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.ner.PostMarking;

/**
 * Counts {@link PostMarking} from the training sentences: each lowercase token that the dictionary
 * reads as a noun of a profession or a person ({@code prof}, {@code hum}), by its lemma, and whether
 * it is a ROLE by itself or lies inside one.
 */
public final class PostMarkingBuilder {

  private PostMarkingBuilder() {
  }

  public static PostMarking build(List<NameSample> samples, MorphAnalyzer analyzer) {
    Map<String, int[]> counts = new HashMap<>();
    for (NameSample sample : samples) {
      String[] tokens = sample.getSentence();
      boolean[] post = new boolean[tokens.length];
      boolean[] alone = new boolean[tokens.length];
      for (Span name : sample.getNames()) {
        if ("ROLE".equals(name.getType())) {
          for (int i = name.getStart(); i < name.getEnd(); i++) {
            post[i] = true;
          }
          alone[name.getStart()] = name.length() == 1;
        }
      }
      for (int i = 0; i < tokens.length; i++) {
        String lemma = PostMarking.lemma(tokens[i], analyzer);
        if (lemma != null) {
          int[] c = counts.computeIfAbsent(lemma, k -> new int[3]);
          c[2]++;
          if (post[i]) {
            c[1]++;
          }
          if (alone[i]) {
            c[0]++;
          }
        }
      }
    }
    return new PostMarking(counts);
  }
}
