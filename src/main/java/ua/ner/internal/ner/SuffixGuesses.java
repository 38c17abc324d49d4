package ua.ner.internal.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

  /** Text format ({@link TabularArtifact}): a header line {@code suffix-guesses}, then {@code suffix<TAB>class}. */
  public static final class Serializer implements ArtifactSerializer<SuffixGuesses> {

    private static final String HEADER = "suffix-guesses";

    public Serializer() {
    }

    @Override
    public SuffixGuesses create(InputStream in) throws IOException {
      return new SuffixGuesses(TabularArtifact.read(in, HEADER).entries());
    }

    @Override
    public void serialize(SuffixGuesses artifact, OutputStream out) throws IOException {
      TabularArtifact.write(out, HEADER, artifact.classes);
    }
  }
}
