package ua.ner.internal.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ua.ner.internal.corpus.BratDocument;
import ua.ner.internal.corpus.BrukCorpus;

/**
 * Keeps held-out text out of training. NER-UK's {@code bruk} documents are excerpts of BRUK texts, so
 * BRUK holds the running text of many DEV documents (33 of the 79 in the fixed split). Word classes
 * and the sentence detector learn from BRUK; if they saw those texts, DEV figures would count text the
 * models had read. A BRUK text is left out when a good share of its word 6-grams occur in a held-out
 * document: the DEV excerpts cover 77–100% of their BRUK text, unrelated texts at most 1% (shared
 * phrases such as law titles).
 */
public final class HeldOutText {

  /** Words per n-gram. */
  static final int N = 6;
  /** Share of a BRUK text's n-grams found in held-out documents from which the text is left out. */
  static final double MAX_SHARE = 0.3;

  private final Set<String> heldOut = new HashSet<>();

  /** @param documents the held-out documents (their text is NER-UK's: tokens separated by spaces) */
  public HeldOutText(List<BratDocument> documents) {
    for (BratDocument d : documents) {
      heldOut.addAll(ngrams(List.of(d.text().trim().split("\\s+"))));
    }
  }

  /** The texts of which less than {@link #MAX_SHARE} of the n-grams occur in held-out documents, in their order. */
  public List<BrukCorpus.Text> without(List<BrukCorpus.Text> texts) {
    List<BrukCorpus.Text> kept = new ArrayList<>(texts.size());
    for (BrukCorpus.Text t : texts) {
      if (share(t) < MAX_SHARE) {
        kept.add(t);
      }
    }
    return kept;
  }

  /** The share of a text's n-grams that occur in held-out documents (0 for a text shorter than N words). */
  double share(BrukCorpus.Text text) {
    List<String> words = new ArrayList<>();
    for (List<List<BrukCorpus.Token>> paragraph : text.paragraphs()) {
      for (List<BrukCorpus.Token> sentence : paragraph) {
        for (BrukCorpus.Token token : sentence) {
          words.add(token.value());
        }
      }
    }
    List<String> grams = ngrams(words);
    if (grams.isEmpty()) {
      return 0;
    }
    int found = 0;
    for (String g : grams) {
      if (heldOut.contains(g)) {
        found++;
      }
    }
    return (double) found / grams.size();
  }

  private static List<String> ngrams(List<String> words) {
    List<String> grams = new ArrayList<>(Math.max(0, words.size() - N + 1));
    for (int i = 0; i + N <= words.size(); i++) {
      grams.add(String.join(" ", words.subList(i, i + N)));
    }
    return grams;
  }
}
