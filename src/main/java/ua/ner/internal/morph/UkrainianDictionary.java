package ua.ner.internal.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The {@code morfologik-ukrainian-lt} analysis and synthesis dictionaries (VESUM tags) and the dict_uk
 * semantic tags,
 * loaded once from the classpath. Immutable and shared by all threads; per-thread lookups go through
 * {@link #newAnalyzer()}.
 */
public final class UkrainianDictionary {

  static final String DICT_RESOURCE = "/org/languagetool/resource/uk/ukrainian.dict";
  static final String INFO_RESOURCE = "/org/languagetool/resource/uk/ukrainian.info";
  static final String SYNTH_RESOURCE = "/org/languagetool/resource/uk/ukrainian_synth.dict";
  static final String SYNTH_INFO_RESOURCE = "/org/languagetool/resource/uk/ukrainian_synth.info";
  static final String[] SEMTAG_RESOURCES = {
      "/ua/net/nlp/dict_uk/semtags/noun.csv", "/ua/net/nlp/dict_uk/semtags/adj.csv"};

  private static volatile UkrainianDictionary shared;

  /** Analyses are immutable, so one cache serves every thread; cleared when it grows past this size. */
  private static final int CACHE_LIMIT = 100_000;

  private final Dictionary dictionary;
  private final Dictionary synthesis;
  private final Map<String, Integer> semantics;
  private final Map<String, WordAnalysis> cache = new ConcurrentHashMap<>(1 << 14);

  private UkrainianDictionary(Dictionary dictionary, Dictionary synthesis, Map<String, Integer> semantics) {
    this.dictionary = dictionary;
    this.synthesis = synthesis;
    this.semantics = semantics;
  }

  /**
   * The dictionary bundled with {@code morfologik-ukrainian-lt}, loaded on first use and shared.
   *
   * @throws DictionaryLoadException naming the resource that is missing or unreadable
   */
  public static UkrainianDictionary shared() {
    UkrainianDictionary d = shared;
    if (d == null) {
      synchronized (UkrainianDictionary.class) {
        d = shared;
        if (d == null) {
          d = load();
          shared = d;
        }
      }
    }
    return d;
  }

  private static UkrainianDictionary load() {
    Dictionary dictionary = readDictionary("morphological", DICT_RESOURCE, INFO_RESOURCE);
    Dictionary synthesis = readDictionary("synthesis", SYNTH_RESOURCE, SYNTH_INFO_RESOURCE);
    Map<String, Integer> semantics = new HashMap<>(200_000);
    for (String resource : SEMTAG_RESOURCES) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          int comma = line.indexOf(',');
          if (comma <= 0) {
            continue;
          }
          int comma2 = line.indexOf(',', comma + 1);
          String field = comma2 < 0 ? line.substring(comma + 1) : line.substring(comma + 1, comma2);
          int bits = SemanticTag.parse(field);
          if (bits != 0) {
            semantics.merge(line.substring(0, comma), bits, (a, b) -> a | b);
          }
        }
      } catch (IOException | RuntimeException e) {
        throw new DictionaryLoadException("cannot read the semantic tags " + resource + ": " + e.getMessage(), e);
      }
    }
    return new UkrainianDictionary(dictionary, synthesis, Map.copyOf(semantics));
  }

  private static Dictionary readDictionary(String what, String fsaResource, String infoResource) {
    try (InputStream fsa = open(fsaResource); InputStream info = open(infoResource)) {
      return Dictionary.read(fsa, info);
    } catch (IOException | RuntimeException e) {
      throw new DictionaryLoadException("cannot read the " + what + " dictionary " + fsaResource + ": " + e.getMessage(), e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = UkrainianDictionary.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("resource not found on the classpath: " + resource);
    }
    return in;
  }

  Dictionary dictionary() {
    return dictionary;
  }

  Dictionary synthesis() {
    return synthesis;
  }

  /** Semantic tag bits of a lemma (0 when it has none). */
  public int semantics(String lemma) {
    Integer bits = semantics.get(lemma);
    return bits == null ? 0 : bits;
  }

  WordAnalysis cached(String token) {
    return cache.get(token);
  }

  void cache(String token, WordAnalysis analysis) {
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(token, analysis);
  }

  /** Forgets every cached analysis. */
  public void clearCache() {
    cache.clear();
  }

  /** Receives dictionary entries: a word form and the bits of one of its tags. */
  public interface EntryConsumer {
    void entry(String form, long tagBits);
  }

  /** Feeds every (form, tag) entry of the dictionary to {@code consumer}; millions of them, in a few seconds. */
  public void forEachEntry(EntryConsumer consumer) {
    for (WordData wd : new DictionaryLookup(dictionary)) {
      consumer.entry(String.valueOf(wd.getWord()), MorphTag.parse(String.valueOf(wd.getTag())));
    }
  }

  /** A new analyzer over this dictionary. Analyzers are cheap and not thread-safe; their results are cached in this dictionary, for all threads. */
  public MorphAnalyzer newAnalyzer() {
    return new MorphAnalyzer(this);
  }

  /** Thrown when the dictionary or its semantic tags cannot be loaded. */
  public static final class DictionaryLoadException extends UncheckedIOException {
    DictionaryLoadException(String message, Exception cause) {
      super(message, cause instanceof IOException io ? io : new IOException(cause));
    }
  }
}
