package ua.ner.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.UkrainianDictionary;
import ua.ner.internal.text.SpanList;
import ua.ner.internal.text.Tokenizer;
import ua.ner.internal.text.UkrainianSentenceDetector;

/**
 * Splits text into paragraphs (at line breaks), sentences (trained detector) and tokens (rules with
 * dictionary-aware compounds), always as spans of the original text. Thread-safe; the per-call state
 * lives in {@link Session}s.
 */
public final class Segmenter {

  /** Paragraphs are cut (at white space when possible) into pieces of at most this many chars. */
  static final int MAX_PIECE_CHARS = 20_000;
  /** Whitespace-free runs longer than this are hidden from the sentence detector (keeps it linear). */
  static final int MAX_SENTENCE_DETECTOR_RUN = 64;

  private final SentenceModel sentenceModel;
  private final UkrainianDictionary dictionary;
  private final Tokenizer tokenizer = new Tokenizer();

  Segmenter(SentenceModel sentenceModel, UkrainianDictionary dictionary) {
    this.sentenceModel = sentenceModel;
    this.dictionary = dictionary;
  }

  /** A segmenter with the sentence model from {@code modelDir} (bundled when null or absent there). */
  public static Segmenter load(Path modelDir) {
    return new Segmenter(Models.sentenceModel(modelDir), UkrainianDictionary.shared());
  }

  /** Receives the sentences of a text as {@code [start, end)} char spans. */
  public interface SentenceSink {
    void sentence(int start, int end);
  }

  /** The per-call state: OpenNLP's detector and a dictionary lookup. One thread at a time. */
  public final class Session {
    private final UkrainianSentenceDetector detector = new UkrainianSentenceDetector(sentenceModel);
    private final MorphAnalyzer analyzer = dictionary.newAnalyzer();

    public MorphAnalyzer analyzer() {
      return analyzer;
    }

    /** Feeds every sentence of {@code text} to {@code sink}, in order. Line breaks always end a sentence. */
    public void sentences(String text, SentenceSink sink) {
      int n = text.length();
      int p = 0;
      while (p < n) {
        int e = p;
        while (e < n && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
          e++;
        }
        paragraph(text, p, e, sink);
        p = e + 1;
      }
    }

    /** Appends the tokens of {@code text[from, to)} to {@code out}. */
    public void tokenize(String text, int from, int to, SpanList out) {
      tokenizer.tokenize(text, from, to, out, analyzer);
    }

    private void paragraph(String text, int from, int to, SentenceSink sink) {
      int start = from;
      while (start < to) {
        int end = to;
        if (end - start > MAX_PIECE_CHARS) {
          end = start + MAX_PIECE_CHARS;
          int space = end;
          while (space > start + MAX_PIECE_CHARS / 2 && !Character.isWhitespace(text.charAt(space))) {
            space--;
          }
          if (Character.isWhitespace(text.charAt(space))) {
            end = space;
          } else if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
          }
        }
        piece(text, start, end, sink);
        start = end;
      }
    }

    private void piece(String text, int from, int to, SentenceSink sink) {
      boolean blank = true;
      for (int i = from; i < to && blank; i++) {
        blank = Character.isWhitespace(text.charAt(i));
      }
      if (blank) {
        return;
      }
      for (Span s : detector.sentPosDetect(detectorView(text, from, to))) {
        sink.sentence(from + s.getStart(), from + s.getEnd());
      }
    }
  }

  public Session newSession() {
    return new Session();
  }

  /** Sentence spans of {@code text}. */
  public List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    newSession().sentences(text, (s, e) -> out.add(new int[] {s, e}));
    return out;
  }

  /** Token spans of {@code text}, sentence by sentence. */
  public List<int[]> tokens(String text) {
    Session session = newSession();
    List<int[]> out = new ArrayList<>();
    SpanList spans = new SpanList();
    session.sentences(text, (s, e) -> {
      spans.clear();
      session.tokenize(text, s, e, spans);
      for (int i = 0; i < spans.size(); i++) {
        out.add(new int[] {spans.start(i), spans.end(i)});
      }
    });
    return out;
  }

  /**
   * The text the sentence detector sees: the piece itself, except that the chars of very long
   * whitespace-free runs become {@code x} (OpenNLP scans such runs for every candidate inside them).
   */
  private static CharSequence detectorView(String text, int from, int to) {
    char[] view = null;
    int runStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || Character.isWhitespace(text.charAt(i))) {
        if (i - runStart > MAX_SENTENCE_DETECTOR_RUN) {
          if (view == null) {
            view = text.substring(from, to).toCharArray();
          }
          for (int k = runStart; k < i; k++) {
            view[k - from] = 'x';
          }
        }
        runStart = i + 1;
      }
    }
    return view == null ? text.substring(from, to) : new String(view);
  }
}
