package ua.ner.internal.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.MorphTag;
import ua.ner.internal.morph.WordAnalysis;

/**
 * How often the training documents mark each noun of a profession or a person as a post: for each
 * lemma, the lowercase occurrences, how many of them are a ROLE by themselves and how many lie inside
 * one. NER-UK marks some such nouns nearly always (депутат, журналіст, суддя) and others never
 * (тренер, інвестор, бенефіціар), whatever the features say about them. Also, for the posts that
 * start with such a noun (their head) followed by lowercase genitive nouns ({@link #genitiveChain}),
 * how often those nouns lie inside the post and how often it ends before them: a deputy or the head of
 * a department takes the department in (заступник міністра юстиції, начальник відділу освіти), a
 * company's director does not (директор | компанії). Counted when training, stored in the name finder
 * model, immutable.
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
  /**
   * Smallest share of occurrences that are a post by themselves for which a lemma counts as usually one.
   * Chosen on the cross-validation folds of TRAIN (see {@code SpanRules.usualPosts}): a half at first;
   * re-checked with the companion CRF's feature cutoff of 1 and the post chains, 0.4 / 0.5 / 0.55 / 0.6 /
   * 0.67 / 0.75 / never gave micro F1 0.8543 / 0.8628, 0.8549 / 0.8628, 0.8555 / 0.8625, 0.8558 / 0.8626,
   * 0.8553 / 0.8628, 0.8553 / 0.8628, 0.8550 / 0.8622 on the two folds, so 0.6.
   */
  public static final double MIN_ALONE_SHARE = 0.6;
  /**
   * Smallest share of a head's posts followed by genitive nouns that hold them, for which the head
   * {@link #takesChain takes them}. Chosen on the cross-validation folds of TRAIN with each fold's own
   * counts, simulated on the fold models' output (see {@code SpanRules.postChains}).
   */
  public static final double MIN_CHAIN_SHARE = 0.5;

  /**
   * Most training occurrences of a lemma for {@link #rarelySeen}: in a narrative text the pipeline does
   * not return a one-word post whose noun the training documents hardly know.
   */
  public static final int MAX_RARELY_SEEN = 1;

  /** The conjunctions a genitive chain may coordinate its nouns with. */
  private static final Set<String> AND = Set.of("і", "та", "й");

  /**
   * Lemma → {a post by itself, inside a post, occurrences, posts headed by it that hold the genitive
   * nouns after it, posts headed by it that end before them}.
   */
  private final Map<String, int[]> counts;

  /**
   * @param counts lemma → {occurrences that are a post by themselves, inside a post, all} and, if
   *               five long, {posts it heads that hold the genitive nouns after it, that end before
   *               them}; copied
   */
  public PostMarking(Map<String, int[]> counts) {
    Map<String, int[]> copy = new HashMap<>(counts.size() * 2);
    counts.forEach((lemma, c) -> {
      if (c.length != 3 && c.length != 5 || c[0] < 0 || c[0] > c[1] || c[1] > c[2]
          || c.length == 5 && (c[3] < 0 || c[4] < 0)) {
        throw new IllegalArgumentException("bad counts for '" + lemma + "': " + Arrays.toString(c));
      }
      copy.put(lemma, Arrays.copyOf(c, 5));
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

  /** Whether the training documents saw {@code lemma} at most {@value #MAX_RARELY_SEEN} times. */
  public boolean rarelySeen(String lemma) {
    int[] c = counts.get(lemma);
    return c == null || c[2] <= MAX_RARELY_SEEN;
  }

  /**
   * Whether {@code token}, lowercased, is a noun of a profession or person ({@link #lemma}) that the
   * training documents saw at most {@value #MAX_RARELY_SEEN} times.
   */
  public boolean rarelySeen(String token, MorphAnalyzer analyzer) {
    return lowercaseLemmaIs(token, analyzer, this::rarelySeen);
  }

  /**
   * Whether the training documents saw {@code lemma} at least {@value #MIN_OCCURRENCES} times and
   * marked it as a post by itself in at least a {@value #MIN_ALONE_SHARE} share of its occurrences.
   */
  public boolean usuallyAlone(String lemma) {
    int[] c = counts.get(lemma);
    return c != null && c[2] >= MIN_OCCURRENCES && c[0] >= MIN_ALONE_SHARE * c[2];
  }

  /**
   * Whether the posts that {@code lemma} heads hold the genitive nouns after it in at least a
   * {@value #MIN_CHAIN_SHARE} share of the at least {@value #MIN_OCCURRENCES} such posts counted.
   */
  public boolean takesChain(String lemma) {
    int[] c = counts.get(lemma);
    return c != null && c[3] + c[4] >= MIN_OCCURRENCES && c[3] >= MIN_CHAIN_SHARE * (c[3] + c[4]);
  }

  /** Whether {@code head}, lowercased, is counted under a lemma that {@link #takesChain takes a chain}. */
  public boolean takesChain(String head, MorphAnalyzer analyzer) {
    return lowercaseLemmaIs(head, analyzer, this::takesChain);
  }

  /**
   * The head of a post: the first token in [{@code from}, {@code to}) that, lowercased, is counted under
   * a lemma ({@link #lemma}); -1 if none is.
   */
  public static int head(String[] tokens, int from, int to, MorphAnalyzer analyzer) {
    for (int i = from; i < to; i++) {
      if (lowercaseLemmaIs(tokens[i], analyzer, lemma -> true)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The lowercase genitive words from {@code from} on, before {@code limit}, that may follow the head of
   * a post: adjectives and nouns in the genitive, and a conjunction once a noun has come (міністра
   * економічного розвитку і торгівлі). Returns the end (exclusive) after each of their nouns, in order;
   * empty if the first word is none of them.
   */
  public static int[] genitiveChain(String[] tokens, int from, int limit, MorphAnalyzer analyzer) {
    int[] ends = new int[Math.max(0, limit - from)];
    int n = 0;
    for (int i = from; i < limit; i++) {
      String t = tokens[i];
      if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
        break;
      }
      if (AND.contains(t)) {
        if (n == 0) {
          break;
        }
        continue;
      }
      WordAnalysis a = analyzer.analyze(t);
      boolean noun = !a.has(MorphTag.PREP) && a.readings().stream().anyMatch(r -> r.has(MorphTag.NOUN) && r.has(MorphTag.V_ROD));
      if (noun) {
        ends[n++] = i + 1;
      } else if (a.readings().stream().noneMatch(r -> r.has(MorphTag.ADJ) && r.has(MorphTag.V_ROD))) {
        break;
      }
    }
    return Arrays.copyOf(ends, n);
  }

  /** Whether {@code token}, lowercased, is counted under a lemma ({@link #lemma}) that passes {@code test}. */
  private static boolean lowercaseLemmaIs(String token, MorphAnalyzer analyzer, Predicate<String> test) {
    String lemma = lemma(token.toLowerCase(Locale.ROOT), analyzer);
    return lemma != null && test.test(lemma);
  }

  /** Whether {@code token}, lowercased, is counted under a lemma that is {@link #rarelyMarked}. */
  public boolean rarelyMarked(String token, MorphAnalyzer analyzer) {
    return lowercaseLemmaIs(token, analyzer, this::rarelyMarked);
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
   * {@code lemma<TAB>alone/inside/all/chainInside/chainAfter} (models made before the chain counts
   * have the first three only, read as no chain counted).
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
          if (parts.length != 3 && parts.length != 5) {
            throw new IllegalArgumentException("not alone/inside/all/chainInside/chainAfter");
          }
          int[] c = new int[parts.length];
          for (int i = 0; i < c.length; i++) {
            c[i] = Integer.parseInt(parts[i]);
          }
          counts.put(e.getKey(), c);
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
      artifact.counts.forEach((lemma, c) -> entries.put(lemma, c[0] + "/" + c[1] + "/" + c[2] + "/" + c[3] + "/" + c[4]));
      TabularArtifact.write(out, HEADER, entries);
    }
  }
}
