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

    /**
     * Feeds every sentence of {@code text} to {@code sink}, in order. A line break ends a sentence,
     * unless the line ends with an abbreviation that comes before a name ({@link #continuesLine}).
     */
    public void sentences(String text, SentenceSink sink) {
      int n = text.length();
      int p = 0;
      while (p < n) {
        int e = lineEnd(text, p);
        while (e < n && e - p < MAX_PIECE_CHARS && continuesLine(text, p, e)) {
          e = lineEnd(text, nextLine(text, e));
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

  private static int lineEnd(String text, int from) {
    int e = from;
    while (e < text.length() && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
      e++;
    }
    return e;
  }

  /** The start of the line after the line break at {@code end} (\n, \r or \r\n). */
  private static int nextLine(String text, int end) {
    return end + (text.startsWith("\r\n", end) ? 2 : 1);
  }

  /**
   * Whether the line {@code [from, end)} runs on into the next one: it ends with an abbreviation that
   * stands before a name ({@link UkrainianSentenceDetector#abbreviationBeforeName}: в с.\nСтаврове, у
   * смт.\nДимер, пров.\nМузейний) and its point, and the next line starts with a capital.
   */
  static boolean continuesLine(String text, int from, int end) {
    int next = nextLine(text, end);
    while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
      next++;
    }
    if (next >= text.length() || !Character.isUpperCase(text.charAt(next))) {
      return false;
    }
    int point = end - 1;
    while (point >= from && (text.charAt(point) == ' ' || text.charAt(point) == '\t')) {
      point--;
    }
    return point >= from && text.charAt(point) == '.' && UkrainianSentenceDetector.abbreviationBeforeName(text, from, point);
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
