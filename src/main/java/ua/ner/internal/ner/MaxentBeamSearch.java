package ua.ner.internal.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's beam search over a maxent name finder model, made cheaper: with our context generator
 * ({@link UkrainianContextGenerator}) each token's features are summed once, without listing them,
 * and each hypothesis adds only its four previous-outcome features ({@code po=}, {@code pow=},
 * {@code powf=}, {@code ppo=}, built as OpenNLP's {@code DefaultNameContextGenerator} builds them).
 * The search itself is {@link BeamSearch}'s, step for step; the probabilities are the model's, up to
 * the rounding of summing the same weights in another order, plus the entry bias
 * ({@link IncrementalMaxentModel}). With any other context generator it is {@link BeamSearch} over an
 * {@link IncrementalMaxentModel}.
 *
 * <p>Per-finder state (score buffers): not thread-safe; one instance per {@code NameFinderME}.
 */
final class MaxentBeamSearch implements SequenceClassificationModel {

  /** {@link BeamSearch}'s floor for a sequence's log score. */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private final int size;
  private final WeightTable weights;
  private final double[] bias;
  private final String[] outcomes;
  private final BeamSearch fallback;
  /** The bias plus the weights of the current token's features. */
  private final double[] tokenScores;
  /** The outcome probabilities of the current hypothesis. */
  private final double[] scores;
  private final double[] sorted;

  /**
   * @param size      the beam size
   * @param model     the trained maxent model
   * @param weights   its weights (one table per model, shared by its finders)
   * @param entryBias per entity type, a number added to the scores of starting a name of that type
   */
  MaxentBeamSearch(int size, AbstractModel model, WeightTable weights, Map<String, Double> entryBias) {
    this.size = size;
    this.weights = weights;
    this.bias = weights.entryBias(entryBias);
    this.outcomes = weights.outcomeNames();
    this.fallback = new BeamSearch(size, new IncrementalMaxentModel(model, weights, entryBias));
    this.tokenScores = new double[outcomes.length];
    this.scores = new double[outcomes.length];
    this.sorted = new double[outcomes.length];
  }

  @Override
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    Sequence[] best = bestSequences(1, sequence, additionalContext, MIN_SEQUENCE_SCORE, cg, validator);
    return best.length > 0 ? best[0] : null;
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return bestSequences(numSequences, sequence, additionalContext, MIN_SEQUENCE_SCORE, cg, validator);
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    UkrainianContextGenerator ours = UkrainianContextGenerator.summing(cg, sequence);
    if (ours == null) {
      return fallback.bestSequences(numSequences, sequence, additionalContext, minSequenceScore, cg, validator);
    }
    String[] tokens = (String[]) sequence;
    // BeamSearch.bestSequences, with the context listing and model evaluation replaced by score()
    Queue<Sequence> prev = new PriorityQueue<>(size);
    Queue<Sequence> next = new PriorityQueue<>(size);
    prev.add(new Sequence());
    int k = outcomes.length;
    for (int i = 0; i < tokens.length; i++) {
      System.arraycopy(bias, 0, tokenScores, 0, k);
      ours.addTokenWeights(tokens, i, weights, tokenScores);
      String word = tokens[i];
      String wordClass = FeatureGeneratorUtil.tokenFeature(word);
      int sz = Math.min(size, prev.size());
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Sequence top = prev.remove();
        List<String> topOutcomes = top.getOutcomes();
        String[] previous = topOutcomes.toArray(new String[0]);
        score(i, previous, word, wordClass);
        System.arraycopy(scores, 0, sorted, 0, k);
        Arrays.sort(sorted);
        double min = sorted[Math.max(0, k - size)];
        for (int p = 0; p < k; p++) {
          if (scores[p] >= min) {
            advance(next, top, i, sequence, previous, p, minSequenceScore, validator);
          }
        }
        if (next.isEmpty()) {
          // no advanced sequences: advance all valid ones
          for (int p = 0; p < k; p++) {
            advance(next, top, i, sequence, previous, p, minSequenceScore, validator);
          }
        }
      }
      prev.clear();
      Queue<Sequence> tmp = prev;
      prev = next;
      next = tmp;
    }
    int count = Math.min(numSequences, prev.size());
    Sequence[] top = new Sequence[count];
    for (int s = 0; s < count; s++) {
      top[s] = prev.remove();
    }
    return top;
  }

  private <T> void advance(Queue<Sequence> next, Sequence top, int i, T[] sequence, String[] previous, int p,
      double minSequenceScore, SequenceValidator<T> validator) {
    String out = outcomes[p];
    if (validator.validSequence(i, sequence, previous, out)) {
      Sequence ns = new Sequence(top, out, scores[p]);
      if (ns.getScore() > minSequenceScore) {
        next.add(ns);
      }
    }
  }

  /** The outcome probabilities of token {@code i} after {@code previous}, into {@link #scores}. */
  private void score(int i, String[] previous, String word, String wordClass) {
    int k = outcomes.length;
    System.arraycopy(tokenScores, 0, scores, 0, k);
    String po = i > 0 ? previous[i - 1] : NameFinderME.OTHER;
    String ppo = i > 1 ? previous[i - 2] : NameFinderME.OTHER;
    weights.add("po=" + po, scores);
    weights.add("pow=" + po + "," + word, scores);
    weights.add("powf=" + po + "," + wordClass, scores);
    weights.add("ppo=" + ppo, scores);
    IncrementalMaxentModel.softmax(scores, k);
  }

  @Override
  public String[] getOutcomes() {
    return outcomes.clone();
  }
}
