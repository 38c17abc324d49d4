package ua.ner.internal.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;
import ua.ner.internal.morph.WordAnalysis;

/**
 * Distributional word classes at several granularities (e.g. 64 and 256 classes), keyed by the
 * lowercased lemma (or form, for words the dictionary lacks). Built by the exchange algorithm from
 * raw text when training, stored inside the name finder model as an artifact, immutable.
 */
public final class WordClasses implements SerializableArtifact {

  private static final Locale UK = Locale.forLanguageTag("uk");

  private final Map<String, int[]> classes;
  private final int granularities;

  /**
   * @param classes       word key → its class at each granularity
   * @param granularities how many classes each key has
   */
  public WordClasses(Map<String, int[]> classes, int granularities) {
    for (Map.Entry<String, int[]> e : classes.entrySet()) {
      if (e.getValue().length != granularities) {
        throw new IllegalArgumentException("word '" + e.getKey() + "' has " + e.getValue().length
            + " classes, expected " + granularities);
      }
    }
    this.classes = Map.copyOf(classes);
    this.granularities = granularities;
  }

  /** The key a word is classed under: its lowercased lemma, or its lowercased form when unknown. */
  public static String key(WordAnalysis a) {
    return (a.known() ? a.lemma() : a.form()).toLowerCase(UK);
  }

  /** The classes of a key, one per granularity, or null when the word was too rare to be classed. */
  public int[] classes(String key) {
    return classes.get(key);
  }

  public int granularities() {
    return granularities;
  }

  public int size() {
    return classes.size();
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Text format ({@link TabularArtifact}): a header line {@code word-classes N}, then {@code key<TAB>c1 c2 …}. */
  public static final class Serializer implements ArtifactSerializer<WordClasses> {

    private static final String HEADER = "word-classes ";

    public Serializer() {
    }

    @Override
    public WordClasses create(InputStream in) throws IOException {
      TabularArtifact.Content content = TabularArtifact.read(in, HEADER);
      int n = Integer.parseInt(content.header().substring(HEADER.length()).trim());
      Map<String, int[]> map = new HashMap<>(content.entries().size() * 2);
      for (Map.Entry<String, String> e : content.entries().entrySet()) {
        String[] parts = e.getValue().split(" ");
        if (parts.length != n) {
          throw new IOException("word '" + e.getKey() + "' has " + parts.length + " classes, expected " + n);
        }
        int[] c = new int[n];
        for (int j = 0; j < n; j++) {
          c[j] = Integer.parseInt(parts[j]);
        }
        map.put(e.getKey(), c);
      }
      return new WordClasses(map, n);
    }

    @Override
    public void serialize(WordClasses artifact, OutputStream out) throws IOException {
      Map<String, String> entries = new HashMap<>(artifact.classes.size() * 2);
      for (Map.Entry<String, int[]> e : artifact.classes.entrySet()) {
        StringBuilder sb = new StringBuilder();
        for (int c : e.getValue()) {
          sb.append(sb.length() == 0 ? "" : " ").append(c);
        }
        entries.put(e.getKey(), sb.toString());
      }
      TabularArtifact.write(out, HEADER + artifact.granularities, entries);
    }
  }
}
