package ua.ner.internal.train;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;
import ua.ner.internal.Models;
import ua.ner.internal.corpus.BratDocument;
import ua.ner.internal.ner.FastNameFinderModel;
import ua.ner.internal.ner.PostMarking;
import ua.ner.internal.ner.SuffixGuesses;
import ua.ner.internal.ner.WordClasses;

/** Trains OpenNLP name finder models: ours (Ukrainian features) or vanilla (OpenNLP's default features). */
public final class NerTrainer {

  /** Classpath resource of the XML feature descriptor of the bundled model. */
  public static final String FEATURES_RESOURCE = "/ua/ner/internal/ner-features.xml";

  /**
   * Training settings.
   *
   * @param algorithm  OpenNLP algorithm name (MAXENT, PERCEPTRON, …) or a trainer class name
   * @param iterations training iterations
   * @param cutoff     minimum feature count of the maxent model (the CRF has its own, {@link Crf#cutoff()})
   * @param bilou      BILOU (true) or BIO (false) outcome encoding
   * @param extra      further OpenNLP training parameters
   * @param entryBias  per entity type, a number added to the score of starting a name of the type when
   *                   the model is applied (stored in the model's manifest; empty for none)
   * @param crf        the companion CRF, or null for none
   * @param otherTypes NER-UK labels besides the four (such as {@code MISC}, {@code DOC}) learned as types
   *                   of their own where they overlap none of the four, so that the model tells them
   *                   apart; the extractor never returns them
   */
  public record Settings(String algorithm, int iterations, int cutoff, boolean bilou, Map<String, String> extra,
      Map<String, Double> entryBias, Crf crf, Set<String> otherTypes) {

    public Settings {
      extra = Map.copyOf(extra);
      entryBias = Map.copyOf(entryBias);
      otherTypes = Set.copyOf(otherTypes);
    }

    /** Settings that learn none of NER-UK's other types. */
    public Settings(String algorithm, int iterations, int cutoff, boolean bilou, Map<String, String> extra,
        Map<String, Double> entryBias, Crf crf) {
      this(algorithm, iterations, cutoff, bilou, extra, entryBias, crf, Set.of());
    }

    /** The outcome encoding of these settings: BILOU or BIO. */
    SequenceCodec<String> codec() {
      return bilou ? new BilouCodec() : new BioCodec();
    }

    /** Settings without a companion CRF. */
    public Settings(String algorithm, int iterations, int cutoff, boolean bilou, Map<String, String> extra,
        Map<String, Double> entryBias) {
      this(algorithm, iterations, cutoff, bilou, extra, entryBias, null, Set.of());
    }

    /** Settings without an entry bias or a companion CRF. */
    public Settings(String algorithm, int iterations, int cutoff, boolean bilou, Map<String, String> extra) {
      this(algorithm, iterations, cutoff, bilou, extra, Map.of(), null, Set.of());
    }

    /** OpenNLP's default training parameters (GIS maxent, 100 iterations, cutoff 5) with BIO: the baseline. */
    public static Settings vanilla() {
      return new Settings("MAXENT", 100, 5, false, Map.of());
    }

    /**
     * The bundled model's settings. The entry biases were chosen by two-fold cross-validation on the
     * TRAIN part. ROLE 1.0: ROLE F1 0.638 without, 0.658 with it, micro F1 the same (the model finds
     * fewer posts than NER-UK marks, as NER-UK marks them in some texts and not in others).
     * ORGANIZATION 1.0: micro F1 +0.0022 averaged over the folds and two seeds (seed 42 alone: 0.5
     * +0.0015, 1.5 −0.0024); an organisation the model is unsure of otherwise ends up as a wrong
     * person or place, or as nothing. The companion CRF for organisations and posts, also chosen on
     * the folds: micro F1 0.8438 / 0.8193 against 0.8409 / 0.8175 without it. The CRF keeps features
     * seen once (cutoff 1, the maxent model 2): folds 0.8533 / 0.8625 against 0.8523 / 0.8590 (seed
     * 43: 0.8534 / 0.8636 against 0.8523 / 0.8604); cutoff 1 for the maxent model too gained less on
     * the folds and lost on DEV.
     */
    public static Settings defaults() {
      return new Settings(SgdMaxentTrainer.class.getName(), 30, 2, true,
          Map.of(SgdMaxentTrainer.L2_PARAM, "1", SgdMaxentTrainer.PRUNE_PARAM, "0.001"),
          Map.of("ROLE", 1.0, "ORGANIZATION", 1.0),
          new Crf(Set.of("ORGANIZATION", "ROLE"), 60, 1, 5, 0.02, 0.93, Map.of("ROLE", 1.0)));
    }

    /**
     * These settings learning also {@code types} (NER-UK labels besides the four), each with the entry
     * bias of ORGANIZATION in the maxent model and the CRF alike, so that a name of one of them is
     * started as readily as an organisation it could be mistaken for. Tried for MISC and DOC and not
     * used for the bundled model (see the README).
     *
     * @throws IllegalArgumentException for a label of the four types (PERS, ORG, LOC, JOB) or one of our
     *                                  type names
     */
    public Settings withOtherTypes(Set<String> types) {
      Map<String, Double> bias = new HashMap<>(entryBias);
      Map<String, Double> crfBias = crf == null ? Map.of() : new HashMap<>(crf.entryBias());
      double orgBias = entryBias.getOrDefault("ORGANIZATION", 0.0);
      for (String t : types) {
        if (BratDocument.TYPE_NAMES.containsKey(t) || BratDocument.TYPE_NAMES.containsValue(t)) {
          throw new IllegalArgumentException("not one of NER-UK's other types, but one of the four: " + t);
        }
        if (orgBias != 0) {
          bias.put(t, orgBias);
          if (crf != null) {
            crfBias.put(t, orgBias);
          }
        }
      }
      Crf c = crf == null ? null
          : new Crf(crf.types(), crf.epochs(), crf.cutoff(), crf.l2(), crf.eta0(), crf.decay(), crfBias);
      return new Settings(algorithm, iterations, cutoff, bilou, extra, bias, c, types);
    }

    /** What to add to the manifest of a model trained with these settings. */
    public Map<String, String> manifestEntries() {
      Map<String, String> m = new HashMap<>();
      if (!entryBias.isEmpty()) {
        m.put(FastNameFinderModel.ENTRY_BIAS_PROPERTY, FastNameFinderModel.formatEntryBias(entryBias));
      }
      if (crf != null) {
        m.put(FastNameFinderModel.CRF_TYPES_PROPERTY, String.join(",", new TreeSet<>(crf.types())));
        if (!crf.entryBias().isEmpty()) {
          m.put(FastNameFinderModel.CRF_ENTRY_BIAS_PROPERTY, FastNameFinderModel.formatEntryBias(crf.entryBias()));
        }
      }
      return Map.copyOf(m);
    }
  }

  /**
   * A linear-chain CRF ({@link CrfTrainer}) trained beside the maxent model on the same features and
   * stored in the same file; its names of {@code types} replace the maxent model's.
   *
   * @param types     entity types taken from the CRF
   * @param epochs    SGD epochs
   * @param cutoff    minimum feature count (the maxent model has its own, {@link Settings#cutoff()})
   * @param l2        L2 penalty
   * @param eta0      initial learning rate
   * @param decay     learning rate factor per epoch
   * @param entryBias the CRF's own entry bias, as {@link Settings#entryBias()}
   */
  public record Crf(Set<String> types, int epochs, int cutoff, double l2, double eta0, double decay,
      Map<String, Double> entryBias) {

    public Crf {
      types = Set.copyOf(types);
      entryBias = Map.copyOf(entryBias);
    }
  }

  static {
    Models.registerExtensions();
    // our trainer is named by class in the training parameters; only training instantiates it
    ExtensionLoader.registerAllowedPackage("ua.ner.internal.train");
  }

  private NerTrainer() {
  }

  /** Name of the word classes artifact inside the model, as the feature descriptor names it. */
  public static final String WORD_CLASSES_ARTIFACT = "word-classes.txt";
  /** Name of the suffix guesses artifact inside the model, as the feature descriptor names it. */
  public static final String SUFFIX_GUESSES_ARTIFACT = "suffix-guesses.txt";

  /**
   * Trains a model with our feature generators, word classes and suffix guesses on {@code samples},
   * storing {@code posts} (when not null) beside it.
   */
  public static TokenNameFinderModel train(List<NameSample> samples, Settings settings, WordClasses classes,
      SuffixGuesses guesses, PostMarking posts) throws IOException {
    byte[] descriptor;
    try (InputStream in = NerTrainer.class.getResourceAsStream(FEATURES_RESOURCE)) {
      if (in == null) {
        throw new IOException("feature descriptor not found on the classpath: " + FEATURES_RESOURCE);
      }
      descriptor = in.readAllBytes();
    }
    Map<String, Object> resources = new HashMap<>();
    resources.put(WORD_CLASSES_ARTIFACT, classes);
    resources.put(SUFFIX_GUESSES_ARTIFACT, guesses);
    if (posts != null) {
      resources.put(FastNameFinderModel.POST_MARKING_ENTRY, posts);
    }
    Crf crf = settings.crf();
    if (crf != null) {
      SequenceCodec<String> codec = settings.codec();
      TokenNameFinderFactory factory = new TokenNameFinderFactory(descriptor, resources, codec);
      CrfTrainer.Params p = new CrfTrainer.Params(crf.epochs(), crf.cutoff(), crf.l2(), crf.eta0(), crf.decay(),
          Long.parseLong(settings.extra().getOrDefault(SgdMaxentTrainer.SEED_PARAM,
              String.valueOf(SgdMaxentTrainer.DEFAULT_SEED))),
          Double.parseDouble(settings.extra().getOrDefault(SgdMaxentTrainer.PRUNE_PARAM, "0")));
      resources.put(FastNameFinderModel.CRF_ENTRY, CrfTrainer.train(samples, factory.createContextGenerator(), codec, p));
    }
    return train(samples, settings, descriptor, resources);
  }

  /** Trains a model with OpenNLP's default feature generators (the baseline). */
  public static TokenNameFinderModel trainVanilla(List<NameSample> samples, Settings settings) throws IOException {
    return train(samples, settings, null, new HashMap<>());
  }

  private static TokenNameFinderModel train(List<NameSample> samples, Settings settings, byte[] descriptor,
      Map<String, Object> resources) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 1);
    for (Map.Entry<String, String> e : settings.extra().entrySet()) {
      params.put(e.getKey(), e.getValue());
    }
    TokenNameFinderFactory factory = new TokenNameFinderFactory(descriptor, resources, settings.codec());
    return NameFinderME.train("uk", null, new CollectionObjectStream<>(samples), params, factory);
  }
}
