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

/**
 * Guessed paradigms for words the dictionary lacks, by their ending: the class (surname, first name,
 * place name, common noun, adjective, …, with gender) that most dictionary word forms with that ending
 * have. "Гнатов" is not in the dictionary, but most forms ending in "атов" are masculine surnames.
 * Built from the dictionary when training, stored in the name finder model, immutable.
 */
public final class SuffixGuesses implements SerializableArtifact {

  /** Suffix lengths tried, longest first. */
  public static final int MAX_SUFFIX = 5;
  public static final int MIN_SUFFIX = 2;
  private static final Locale UK = Locale.forLanguageTag("uk");

  private final Map<String, String> classes;

  /** @param classes lowercase suffix → guessed class */
  public SuffixGuesses(Map<String, String> classes) {
    this.classes = Map.copyOf(classes);
  }

  /** The guessed class of a word from its longest known suffix, or null. */
  public String guess(String word) {
    String lower = word.toLowerCase(UK);
    for (int len = Math.min(MAX_SUFFIX, lower.length() - 1); len >= MIN_SUFFIX; len--) {
      String c = classes.get(lower.substring(lower.length() - len));
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** A word whose ending can be guessed from: letters (with apostrophes and hyphens), three or more. */
  public static boolean isWordLike(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return s.length() > 2;
  }

  public int size() {
    return classes.size();
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Text format, UTF-8: a header line {@code suffix-guesses}, then {@code suffix<TAB>class}, sorted. */
  public static final class Serializer implements ArtifactSerializer<SuffixGuesses> {

    public Serializer() {
    }

    @Override
    public SuffixGuesses create(InputStream in) throws IOException {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      in.transferTo(buf); // to the end of this entry; the model's zip stream stays open
      String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
      if (lines.length == 0 || !lines[0].equals("suffix-guesses")) {
        throw new IOException("not a suffix-guesses artifact (no 'suffix-guesses' header)");
      }
      Map<String, String> map = new HashMap<>(lines.length * 2);
      for (int i = 1; i < lines.length; i++) {
        int tab = lines[i].indexOf('\t');
        if (tab > 0) {
          map.put(lines[i].substring(0, tab), lines[i].substring(tab + 1));
        }
      }
      return new SuffixGuesses(map);
    }

    @Override
    public void serialize(SuffixGuesses artifact, OutputStream out) throws IOException {
      List<String> keys = new ArrayList<>(artifact.classes.keySet());
      keys.sort(null);
      StringBuilder sb = new StringBuilder("suffix-guesses\n");
      for (String k : keys) {
        sb.append(k).append('\t').append(artifact.classes.get(k)).append('\n');
      }
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }
}
