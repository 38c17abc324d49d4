package ua.ner.internal.ner;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A {@link TokenNameFinderModel} (same file format) whose finders evaluate the maxent model through
 * {@link MaxentBeamSearch}: the same beam search over the same weights, with each token's features
 * summed once instead of once per hypothesis (and the lexical part of each word once per word), and
 * with the entry bias the model's manifest gives ({@value #ENTRY_BIAS_PROPERTY}; OpenNLP's own
 * {@code NameFinderME} ignores it).
 */
public final class FastNameFinderModel extends TokenNameFinderModel {

  /** The entry of the maxent model in the model file. */
  private static final String MAXENT_ENTRY = "nameFinder.model";

  /**
   * Manifest property: per entity type, a number added to the score of starting a name of the type,
   * as {@code TYPE=number} separated by commas ({@code ROLE=1.0}). Chosen at training time.
   */
  public static final String ENTRY_BIAS_PROPERTY = "ua.ner.entry-bias";

  private final Map<String, Double> entryBias;
  private final UkrainianNameFinderFactory factory;
  /** The maxent model's weights, shared by all finders (words keep their weight sums per table), or null. */
  private final WeightTable weights;

  /** The entry of the companion CRF model in the model file, if there is one. */
  public static final String CRF_ENTRY = "crf.model";
  /** Manifest property: the entity types taken from the companion CRF, comma-separated. */
  public static final String CRF_TYPES_PROPERTY = "ua.ner.crf-types";
  /** Manifest property: the entry bias of the companion CRF, as {@value #ENTRY_BIAS_PROPERTY}. */
  public static final String CRF_ENTRY_BIAS_PROPERTY = "ua.ner.crf-entry-bias";

  /** The entry of the post marking counts ({@link PostMarking}) in the model file, if there is one. */
  public static final String POST_MARKING_ENTRY = "post-marking.txt";

  private final Set<String> crfTypes;
  private final Map<String, Double> crfEntryBias;
  /** The companion CRF's transitions, read once; null without a companion. */
  private final CrfTransitions crfTransitions;
  /** The companion CRF's emission weights, shared by all finders; null without a companion. */
  private final WeightTable crfWeights;

  public FastNameFinderModel(InputStream in) throws IOException {
    super(in);
    this.entryBias = parseEntryBias(getManifestProperty(ENTRY_BIAS_PROPERTY));
    this.factory = UkrainianNameFinderFactory.of(this);
    this.weights = artifactMap.get(MAXENT_ENTRY) instanceof AbstractModel model ? new WeightTable(model) : null;
    String types = getManifestProperty(CRF_TYPES_PROPERTY);
    this.crfTypes = types == null || types.isBlank() ? Set.of()
        : Arrays.stream(types.split(",")).map(String::strip).collect(Collectors.toUnmodifiableSet());
    this.crfEntryBias = parseEntryBias(getManifestProperty(CRF_ENTRY_BIAS_PROPERTY));
    if (artifactMap.get(CRF_ENTRY) instanceof AbstractModel crf && !crfTypes.isEmpty()) {
      this.crfTransitions = CrfSequenceModel.transitions(crf);
      this.crfWeights = new WeightTable(crf);
    } else {
      this.crfTransitions = null;
      this.crfWeights = null;
    }
  }

  /**
   * The model's factory, except while the model is being read: one that gives finders our context
   * generator, over the same feature generators.
   */
  @Override
  public TokenNameFinderFactory getFactory() {
    return factory == null ? super.getFactory() : factory;
  }

  /** Parses an {@value #ENTRY_BIAS_PROPERTY} value (null or empty: no bias). */
  public static Map<String, Double> parseEntryBias(String value) {
    if (value == null || value.isBlank()) {
      return Map.of();
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (String item : value.split(",")) {
      int eq = item.indexOf('=');
      try {
        if (eq <= 0) {
          throw new NumberFormatException("no TYPE=number");
        }
        double bias = Double.parseDouble(item.substring(eq + 1).strip());
        if (!Double.isFinite(bias)) {
          throw new NumberFormatException("not finite");
        }
        out.put(item.substring(0, eq).strip(), bias);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad " + ENTRY_BIAS_PROPERTY + " in the model manifest: '" + value
            + "' (" + e.getMessage() + ")", e);
      }
    }
    return Map.copyOf(out);
  }

  /** Writes an entry bias as the {@value #ENTRY_BIAS_PROPERTY} value, in a fixed order. */
  public static String formatEntryBias(Map<String, Double> bias) {
    StringBuilder sb = new StringBuilder();
    bias.keySet().stream().sorted().forEach(type -> {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(type).append('=').append(bias.get(type));
    });
    return sb.toString();
  }

  /** How often the training documents marked each noun of a profession as a post; null in models without it. */
  public PostMarking postMarking() {
    return artifactMap.get(POST_MARKING_ENTRY) instanceof PostMarking posts ? posts : null;
  }

  /** The entry bias of this model's types (empty: none). */
  public Map<String, Double> entryBias() {
    return entryBias;
  }

  @Override
  public SequenceClassificationModel getNameFinderSequenceModel() {
    Object maxent = artifactMap.get(MAXENT_ENTRY);
    if (!(maxent instanceof AbstractModel model)) {
      return super.getNameFinderSequenceModel();
    }
    String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    int beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    MaxentBeamSearch beamSearch = new MaxentBeamSearch(beamSize, model, weights, entryBias);
    if (crfTransitions == null) {
      return beamSearch;
    }
    return new CombinedSequenceModel(beamSearch, new CrfSequenceModel(crfWeights, crfTransitions, crfEntryBias), crfTypes);
  }
}
