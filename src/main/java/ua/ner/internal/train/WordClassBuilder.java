package ua.ner.internal.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ua.ner.internal.corpus.BratDocument;
import ua.ner.internal.corpus.BrukCorpus;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.ner.WordClasses;
import ua.ner.internal.text.SpanList;
import ua.ner.internal.text.Tokenizer;

/** Builds the name finder's {@link WordClasses} from raw text: BRUK and the NER-UK training texts. */
public final class WordClassBuilder {

  /** Class counts of the granularities, coarse to fine. */
  public static final int[] GRANULARITIES = {64, 256};
  /** Words seen fewer times get no class. */
  public static final int MIN_COUNT = 3;
  static final int MAX_ITERATIONS = 15;

  private final MorphAnalyzer analyzer;
  private final Tokenizer tokenizer = new Tokenizer();
  private final List<List<String>> sentences = new ArrayList<>();

  public WordClassBuilder(MorphAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  public WordClassBuilder addBruk(List<BrukCorpus.Text> texts) {
    for (BrukCorpus.Text t : texts) {
      for (List<List<BrukCorpus.Token>> paragraph : t.paragraphs()) {
        for (List<BrukCorpus.Token> sentence : paragraph) {
          List<String> keys = new ArrayList<>(sentence.size());
          for (BrukCorpus.Token token : sentence) {
            keys.add(WordClasses.key(analyzer.analyze(token.value())));
          }
          sentences.add(keys);
        }
      }
    }
    return this;
  }

  /** Adds documents line by line (NER-UK puts a sentence on a line). */
  public WordClassBuilder addDocuments(List<BratDocument> docs) {
    SpanList spans = new SpanList();
    for (BratDocument d : docs) {
      for (String line : d.text().split("\n")) {
        spans.clear();
        tokenizer.tokenize(line, 0, line.length(), spans, analyzer);
        List<String> keys = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
          keys.add(WordClasses.key(analyzer.analyze(line.substring(spans.start(i), spans.end(i)))));
        }
        sentences.add(keys);
      }
    }
    return this;
  }

  public long tokens() {
    long n = 0;
    for (List<String> s : sentences) {
      n += s.size();
    }
    return n;
  }

  public WordClasses build() {
    ExchangeClustering clustering = new ExchangeClustering(sentences, MIN_COUNT);
    Map<String, int[]> classes = new HashMap<>();
    for (int g = 0; g < GRANULARITIES.length; g++) {
      Map<String, Integer> c = clustering.cluster(GRANULARITIES[g], MAX_ITERATIONS);
      for (Map.Entry<String, Integer> e : c.entrySet()) {
        if (e.getKey().indexOf(' ') >= 0 || e.getKey().indexOf('\t') >= 0 || e.getKey().indexOf('\n') >= 0) {
          continue;
        }
        classes.computeIfAbsent(e.getKey(), k -> new int[GRANULARITIES.length])[g] = e.getValue();
      }
    }
    return new WordClasses(classes, GRANULARITIES.length);
  }
}
