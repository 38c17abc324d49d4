package ua.ner.internal.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.WordAnalysis;

/**
 * How often the training documents mark each noun of a profession or a person as a post: for each
 * lemma, the lowercase occurrences, how many of them are a ROLE by themselves and how many lie inside
 * one. NER-UK marks some such nouns nearly always (депутат, журналіст, суддя) and others never
 * (тренер, інвестор, бенефіціар), whatever the features say about them. Counted when training,
 * stored in the name finder model, immutable.
 */
public final class PostMarking implements SerializableArtifact {

  /** Fewest training occurrences of a lemma for {@link #rarelyMarked} to judge it. */
  public static final int MIN_OCCURRENCES = 2;
  /**
   * Largest share of marked occurrences for which a lemma counts as rarely marked. The pipeline does not
   * return a one-word post of such a lemma (the model's profession features and its entry bias for
   * posts carry such nouns over the line), after the person linker has read it, so a person keeps it
   * as a post (тренер Вісенте дель Боске). Chosen on the cross-validation folds of TRAIN with the
   * counts of each fold's own training part: a quarter and two occurrences; up to a half, or three
   * occurrences and more, lost on both folds.
   */
  public static final double MAX_MARKED_SHARE = 0.25;
  /** Smallest share of occurrences that are a post by themselves for which a lemma counts as usually one. */
  public static final double MIN_ALONE_SHARE = 0.5;

  /** Lemma → {a post by itself, inside a post, occurrences}. */
  private final Map<String, int[]> counts;

  /** @param counts lemma → {occurrences that are a post by themselves, inside a post, all}; copied */
  public PostMarking(Map<String, int[]> counts) {
    Map<String, int[]> copy = new HashMap<>(counts.size() * 2);
    counts.forEach((lemma, c) -> {
      if (c.length != 3 || c[0] < 0 || c[0] > c[1] || c[1] > c[2]) {
        throw new IllegalArgumentException("bad counts for '" + lemma + "': " + Arrays.toString(c));
      }
      copy.put(lemma, c.clone());
    });
    this.counts = Map.copyOf(copy);
  }

  /**
   * Whether the training documents left {@code lemma} unmarked at least {@value #MIN_OCCURRENCES} times
   * and marked it in at most a {@value #MAX_MARKED_SHARE} share of its occurrences.
   */
  public boolean rarelyMarked(String lemma) {
    int[] c = counts.get(lemma);
    return c != null && c[2] >= MIN_OCCURRENCES && c[1] <= MAX_MARKED_SHARE * c[2];
  }

  /**
   * Whether the training documents saw {@code lemma} at least {@value #MIN_OCCURRENCES} times and
   * marked it as a post by itself in at least a {@value #MIN_ALONE_SHARE} share of its occurrences.
   */
  public boolean usuallyAlone(String lemma) {
    int[] c = counts.get(lemma);
    return c != null && c[2] >= MIN_OCCURRENCES && c[0] >= MIN_ALONE_SHARE * c[2];
  }

  /** Whether {@code token}, lowercased, is counted under a lemma that is {@link #rarelyMarked}. */
  public boolean rarelyMarked(String token, MorphAnalyzer analyzer) {
    String lemma = lemma(token.toLowerCase(Locale.ROOT), analyzer);
    return lemma != null && rarelyMarked(lemma);
  }

  /** Whether {@code token} is counted (so lowercase) under a lemma that is {@link #usuallyAlone}. */
  public boolean usuallyAlone(String token, MorphAnalyzer analyzer) {
    String lemma = lemma(token, analyzer);
    return lemma != null && usuallyAlone(lemma);
  }

  /**
   * The lemma under which a token is counted: that of a lowercase token the dictionary reads as a noun
   * of a profession or a person (dict_uk {@code prof}, {@code hum}); null for any other token.
   */
  public static String lemma(String token, MorphAnalyzer analyzer) {
    if (token.isEmpty() || !Character.isLowerCase(token.charAt(0))) {
      return null;
    }
    WordAnalysis a = analyzer.analyze(token);
    return a.mayBePersonNoun() ? a.lemma() : null;
  }

  /** The number of lemmas counted. */
  public int size() {
    return counts.size();
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /**
   * Text format ({@link TabularArtifact}): a header line {@code post-marking}, then
   * {@code lemma<TAB>alone/inside/all}.
   */
  public static final class Serializer implements ArtifactSerializer<PostMarking> {

    private static final String HEADER = "post-marking";

    public Serializer() {
    }

    @Override
    public PostMarking create(InputStream in) throws IOException {
      Map<String, int[]> counts = new HashMap<>();
      for (Map.Entry<String, String> e : TabularArtifact.read(in, HEADER).entries().entrySet()) {
        String v = e.getValue();
        String[] parts = v.split("/", -1);
        try {
          if (parts.length != 3) {
            throw new IllegalArgumentException("not alone/inside/all");
          }
          counts.put(e.getKey(), new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])});
        } catch (RuntimeException ex) {
          throw new IOException("bad post-marking entry '" + e.getKey() + "': '" + v + "'", ex);
        }
      }
      try {
        return new PostMarking(counts);
      } catch (IllegalArgumentException ex) {
        throw new IOException("bad post-marking artifact: " + ex.getMessage(), ex);
      }
    }

    @Override
    public void serialize(PostMarking artifact, OutputStream out) throws IOException {
      Map<String, String> entries = new HashMap<>(artifact.counts.size() * 2);
      artifact.counts.forEach((lemma, c) -> entries.put(lemma, c[0] + "/" + c[1] + "/" + c[2]));
      TabularArtifact.write(out, HEADER, entries);
    }
  }
}
