package ua.ner.internal.train;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.ner.PostMarking;

/**
 * Counts {@link PostMarking} from the training sentences: each lowercase token that the dictionary
 * reads as a noun of a profession or a person ({@code prof}, {@code hum}), by its lemma, and whether
 * it is a ROLE by itself or lies inside one; and for each ROLE with a head ({@link PostMarking#head})
 * followed by a genitive chain ({@link PostMarking#genitiveChain}), whether the chain's first noun lies
 * inside the ROLE.
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
          countChain(tokens, name, analyzer, counts);
        }
      }
      for (int i = 0; i < tokens.length; i++) {
        String lemma = PostMarking.lemma(tokens[i], analyzer);
        if (lemma != null) {
          int[] c = counts.computeIfAbsent(lemma, k -> new int[5]);
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

  /** Counts whether the genitive nouns after a post's head lie inside the post or after it. */
  private static void countChain(String[] tokens, Span post, MorphAnalyzer analyzer, Map<String, int[]> counts) {
    int head = PostMarking.head(tokens, post.getStart(), post.getEnd(), analyzer);
    if (head < 0) {
      return;
    }
    int[] chain = PostMarking.genitiveChain(tokens, head + 1, tokens.length, analyzer);
    if (chain.length > 0) {
      int[] c = counts.computeIfAbsent(PostMarking.lemma(tokens[head].toLowerCase(Locale.ROOT), analyzer), k -> new int[5]);
      c[chain[0] <= post.getEnd() ? 3 : 4]++;
    }
  }
}
