package ua.ner.internal.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

  /** Text format, UTF-8: a header line {@code word-classes N}, then {@code key<TAB>c1 c2 …}, sorted by key. */
  public static final class Serializer implements ArtifactSerializer<WordClasses> {

    public Serializer() {
    }

    @Override
    public WordClasses create(InputStream in) throws IOException {
      // read to the end of this entry without closing the stream (it is the model's zip stream)
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      in.transferTo(buf);
      String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
      if (lines.length == 0 || !lines[0].startsWith("word-classes ")) {
        throw new IOException("not a word-classes artifact (no 'word-classes N' header)");
      }
      int n = Integer.parseInt(lines[0].substring("word-classes ".length()).trim());
      Map<String, int[]> map = new HashMap<>(lines.length * 2);
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i];
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          continue;
        }
        String[] parts = line.substring(tab + 1).split(" ");
        if (parts.length != n) {
          throw new IOException("word-classes line " + (i + 1) + " has " + parts.length + " classes, expected " + n);
        }
        int[] c = new int[n];
        for (int j = 0; j < n; j++) {
          c[j] = Integer.parseInt(parts[j]);
        }
        map.put(line.substring(0, tab), c);
      }
      return new WordClasses(map, n);
    }

    @Override
    public void serialize(WordClasses artifact, OutputStream out) throws IOException {
      List<String> keys = new ArrayList<>(artifact.classes.keySet());
      keys.sort(null);
      StringBuilder sb = new StringBuilder("word-classes ").append(artifact.granularities).append('\n');
      for (String k : keys) {
        sb.append(k).append('\t');
        int[] c = artifact.classes.get(k);
        for (int j = 0; j < c.length; j++) {
          if (j > 0) {
            sb.append(' ');
          }
          sb.append(c[j]);
        }
        sb.append('\n');
      }
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }
}
