package ua.ner.internal.ner;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * OpenNLP's name context generator (same features, same order), which can also add the weights of a
 * token's features straight to a score vector ({@link #addTokenWeights}): the features that do not
 * depend on earlier outcomes, with the lexical part of each word summed once
 * ({@link UkrainianFeatureGenerator#addWeights}). That is possible when the generators are ours and
 * OpenNLP's that ignore earlier outcomes ({@link #canAddWeights()}); otherwise the name finder
 * evaluates the listed features as usual.
 *
 * <p>Per-finder state (the generators'): not thread-safe; one instance per {@code NameFinderME}.
 */
final class UkrainianContextGenerator extends DefaultNameContextGenerator {

  /** The generators as last flattened, and the array they came from (generators may be added). */
  private AdaptiveFeatureGenerator[] flattenedFrom;
  private List<AdaptiveFeatureGenerator> flat;
  private boolean canAddWeights;
  private final List<String> scratch = new ArrayList<>();
  /** How many of {@link #featureGenerators} the model's descriptor gave; the rest were added later. */
  private final int fromDescriptor;

  UkrainianContextGenerator(AdaptiveFeatureGenerator... generators) {
    super(generators);
    this.fromDescriptor = generators.length;
  }

  /**
   * Whether {@link #addTokenWeights} may be used: one of the generators is a
   * {@link UkrainianFeatureGenerator} and all others are known not to read earlier outcomes.
   */
  boolean canAddWeights() {
    flatten();
    return canAddWeights;
  }

  /**
   * {@code cg} as a generator that can add the token weights of {@code sequence} (its tokens), or
   * null when the features must be listed: another generator, or generators that may read earlier
   * outcomes.
   */
  static UkrainianContextGenerator summing(BeamSearchContextGenerator<?> cg, Object[] sequence) {
    return cg instanceof UkrainianContextGenerator ours && ours.canAddWeights() && sequence instanceof String[] ? ours
        : null;
  }

  /**
   * Adds to {@code scores} the weights in {@code table} of the features of token {@code index} that
   * {@link #getContext} lists before the previous-outcome ones (the same for every hypothesis).
   *
   * @throws IllegalStateException when {@link #canAddWeights()} is false
   */
  void addTokenWeights(String[] tokens, int index, WeightTable table, double[] scores) {
    if (!canAddWeights()) {
      throw new IllegalStateException("feature generators that may read earlier outcomes: " + flat);
    }
    for (AdaptiveFeatureGenerator g : flat) {
      if (g instanceof UkrainianFeatureGenerator ours) {
        ours.addWeights(tokens, index, table, scores);
      } else {
        scratch.clear();
        g.createFeatures(scratch, tokens, index, null);
        table.add(scratch, scores);
      }
    }
  }

  private void flatten() {
    if (flattenedFrom == featureGenerators) {
      return;
    }
    List<AdaptiveFeatureGenerator> out = new ArrayList<>();
    int ours = 0;
    boolean known = true;
    for (int i = 0; i < featureGenerators.length; i++) {
      int from = out.size();
      flatten(featureGenerators[i], out);
      for (AdaptiveFeatureGenerator g : out.subList(from, out.size())) {
        if (g instanceof UkrainianFeatureGenerator) {
          ours++;
        } else if (!(g instanceof PreviousMapFeatureGenerator || g instanceof SentenceFeatureGenerator
            || g instanceof AdditionalContextFeatureGenerator
            // NameFinderME adds a window over its additional context, which reads no outcomes
            || i >= fromDescriptor && g instanceof WindowFeatureGenerator)) {
          known = false;
        }
      }
    }
    flat = List.copyOf(out);
    canAddWeights = ours == 1 && known;
    flattenedFrom = featureGenerators;
  }

  private static void flatten(AdaptiveFeatureGenerator g, List<AdaptiveFeatureGenerator> out) {
    if (g instanceof AggregatedFeatureGenerator aggregated) {
      for (AdaptiveFeatureGenerator inner : aggregated.getGenerators()) {
        flatten(inner, out);
      }
    } else if (g instanceof CachedFeatureGenerator cached) {
      flatten(cached.getCachedFeatureGenerator(), out);
    } else {
      out.add(g);
    }
  }
}
