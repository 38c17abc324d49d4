package ua.ner.internal.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import ua.ner.internal.corpus.BratDocument;
import ua.ner.internal.text.SpanList;
import ua.ner.internal.text.Tokenizer;

/**
 * Turns annotated documents into OpenNLP {@link NameSample}s: one sample per line (NER-UK puts one
 * sentence on a line), tokens from our {@link Tokenizer}, entity spans mapped to tokens (the four
 * types, and optionally some of NER-UK's others).
 */
public final class NameSamples {

  /** Counts of what could not be used. */
  public static final class Stats {
    public int entities;
    public int crossingLines;
    public int misaligned;

    @Override
    public String toString() {
      return entities + " entities, " + crossingLines + " crossing a line break (dropped), "
          + misaligned + " not on token boundaries (dropped)";
    }
  }

  private final Tokenizer tokenizer;
  private final Tokenizer.WordCheck words;
  private final Set<String> otherTypes;

  /** Samples of the four entity types only. */
  public NameSamples(Tokenizer tokenizer, Tokenizer.WordCheck words) {
    this(tokenizer, words, Set.of());
  }

  /**
   * @param otherTypes NER-UK labels besides the four to keep as names of their own (under those labels)
   *                   where they overlap none of the four ({@link BratDocument#flatEntities(Set)})
   */
  public NameSamples(Tokenizer tokenizer, Tokenizer.WordCheck words, Set<String> otherTypes) {
    this.tokenizer = tokenizer;
    this.words = words;
    this.otherTypes = Set.copyOf(otherTypes);
  }

  /** A sentence of a document: its tokens' char spans and the sample built from them. */
  public record Sentence(NameSample sample, int[] tokenStarts, int[] tokenEnds) {
  }

  /** The samples of all sentences of {@code docs}, in order. */
  public List<NameSample> samples(List<BratDocument> docs, Stats stats) {
    List<NameSample> out = new ArrayList<>();
    for (BratDocument d : docs) {
      for (Sentence s : sentences(d, stats)) {
        out.add(s.sample());
      }
    }
    return out;
  }

  public List<Sentence> sentences(BratDocument doc, Stats stats) {
    String text = doc.text();
    List<BratDocument.Annotation> entities = doc.flatEntities(otherTypes);
    List<Sentence> out = new ArrayList<>();
    int lineStart = 0;
    boolean first = true;
    SpanList spans = new SpanList();
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      spans.clear();
      tokenizer.tokenize(text, lineStart, lineEnd, spans, words);
      if (!spans.isEmpty()) {
        int n = spans.size();
        String[] tokens = new String[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
          starts[i] = spans.start(i);
          ends[i] = spans.end(i);
          tokens[i] = text.substring(starts[i], ends[i]);
        }
        List<Span> names = new ArrayList<>();
        for (BratDocument.Annotation e : entities) {
          if (e.end() <= lineStart || e.start() >= lineEnd) {
            continue;
          }
          if (e.start() < lineStart || e.end() > lineEnd) {
            stats.crossingLines++;
            continue;
          }
          int ts = -1;
          int te = -1;
          for (int i = 0; i < n; i++) {
            if (starts[i] == e.start()) {
              ts = i;
            }
            if (ends[i] == e.end()) {
              te = i + 1;
            }
          }
          if (ts < 0 || te <= ts) {
            stats.misaligned++;
            continue;
          }
          names.add(new Span(ts, te, e.type()));
        }
        stats.entities += names.size();
        out.add(new Sentence(new NameSample(tokens, names.toArray(new Span[0]), first), starts, ends));
        first = false;
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }
}
