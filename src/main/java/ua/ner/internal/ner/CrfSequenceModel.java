package ua.ner.internal.ner;

import java.util.Arrays;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * A linear-chain conditional random field over the name finder's BILOU outcomes: each token's
 * outcome scores are the sums of the feature weights of a maxent-format model (the token's features
 * only, no previous-outcome features), and the scores of going from one outcome to the next are the
 * transition weights ({@link CrfTransitions}). The best sequence is found exactly (Viterbi), among
 * the sequences BILOU allows; each outcome's probability is its marginal (forward-backward), which
 * OpenNLP averages into the confidence of a name. With our context generator the token scores are
 * summed without listing the features ({@link UkrainianContextGenerator#addTokenWeights}).
 *
 * <p>Per-finder state (score buffers): not thread-safe; one instance per {@code NameFinderME}.
 */
public final class CrfSequenceModel implements SingleSequenceModel {

  private final WeightTable weights;
  private final String[] outcomes;
  private final CrfTransitions transitions;
  /** The transition weights as factors (exp; 0 for what BILOU forbids), for forward-backward. */
  private final double[] expStart;
  private final double[] expEnd;
  private final double[] expTransition;
  /** Added to each outcome's score: the entry bias of its type, or 0. */
  private final double[] bias;
  private double[][] emission = new double[0][];
  private double[][] alpha = new double[0][];
  private double[][] beta = new double[0][];
  private int[][] back = new int[0][];

  /**
   * @param weights     the emission weights (one table per model, shared by its finders)
   * @param transitions start, transition and end weights over the model's outcomes, in its order
   * @param entryBias   per entity type, a number added to the scores of starting a name of that type
   */
  CrfSequenceModel(WeightTable weights, CrfTransitions transitions, Map<String, Double> entryBias) {
    this.weights = weights;
    int k = weights.outcomes();
    if (transitions.size() != k) {
      throw new IllegalArgumentException("transitions for " + transitions.size() + " outcomes, but the model has " + k);
    }
    this.outcomes = weights.outcomeNames();
    this.bias = weights.entryBias(entryBias);
    this.transitions = transitions;
    this.expStart = new double[k];
    this.expEnd = new double[k];
    this.expTransition = new double[k * k];
    for (int c = 0; c < k; c++) {
      expStart[c] = Math.exp(transitions.start(c));
      expEnd[c] = Math.exp(transitions.end(c));
      for (int p = 0; p < k; p++) {
        expTransition[p * k + c] = Math.exp(transitions.transition(p, c));
      }
    }
  }

  /** A CRF over a model that {@link #transitions} can read (the form the trainer writes), with its own weight table. */
  public static CrfSequenceModel of(AbstractModel model, Map<String, Double> entryBias) {
    return new CrfSequenceModel(new WeightTable(model), transitions(model), entryBias);
  }

  @Override
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    int n = sequence.length;
    Sequence best = new Sequence();
    if (n == 0) {
      return best;
    }
    int k = outcomes.length;
    ensureCapacity(n, k);
    UkrainianContextGenerator summing = UkrainianContextGenerator.summing(cg, sequence);
    for (int t = 0; t < n; t++) {
      double[] e = emission[t];
      System.arraycopy(bias, 0, e, 0, k);
      if (summing != null) {
        // the features without earlier outcomes, which are the CRF's: summed without listing them
        summing.addTokenWeights((String[]) sequence, t, weights, e);
      } else {
        String[] features = cg.getContext(t, sequence, null, additionalContext);
        weights.add(features, 0, features.length, e);
      }
    }
    int[] path = viterbi(n, k);
    double[] marginals = marginals(n, k, path);
    for (int t = 0; t < n; t++) {
      best.add(outcomes[path[t]], marginals[t]);
    }
    return best;
  }

  private void ensureCapacity(int n, int k) {
    if (emission.length < n) {
      int size = Math.max(n, emission.length * 2);
      emission = new double[size][k];
      alpha = new double[size][k];
      beta = new double[size][k];
      back = new int[size][k];
    }
  }

  /** The best allowed outcome sequence (indices). */
  private int[] viterbi(int n, int k) {
    double[] score = alpha[0];
    for (int c = 0; c < k; c++) {
      score[c] = transitions.start(c) + emission[0][c];
    }
    for (int t = 1; t < n; t++) {
      double[] prev = alpha[t - 1];
      double[] cur = alpha[t];
      for (int c = 0; c < k; c++) {
        double max = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < k; p++) {
          double s = prev[p] + transitions.transition(p, c);
          if (s > max) {
            max = s;
            arg = p;
          }
        }
        cur[c] = max + emission[t][c];
        back[t][c] = arg;
      }
    }
    int[] path = new int[n];
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < k; c++) {
      double s = alpha[n - 1][c] + transitions.end(c);
      if (s > max) {
        max = s;
        path[n - 1] = c;
      }
    }
    for (int t = n - 1; t > 0; t--) {
      path[t - 1] = back[t][path[t]];
    }
    return path;
  }

  /**
   * The marginal probability of each outcome of {@code path}: forward-backward in probability space,
   * each position rescaled to sum to one (the factors cancel in the marginals), so a token costs k
   * exponentials rather than k² of them.
   */
  private double[] marginals(int n, int k, int[] path) {
    for (int t = 0; t < n; t++) {
      double[] e = emission[t];
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        max = Math.max(max, e[c]);
      }
      for (int c = 0; c < k; c++) {
        e[c] = Math.exp(e[c] - max);
      }
    }
    for (int c = 0; c < k; c++) {
      alpha[0][c] = expStart[c] * emission[0][c];
    }
    normalize(alpha[0], k);
    for (int t = 1; t < n; t++) {
      double[] prev = alpha[t - 1];
      double[] cur = alpha[t];
      java.util.Arrays.fill(cur, 0, k, 0);
      for (int p = 0; p < k; p++) {
        double a = prev[p];
        if (a == 0) {
          continue;
        }
        int row = p * k;
        for (int c = 0; c < k; c++) {
          cur[c] += a * expTransition[row + c];
        }
      }
      for (int c = 0; c < k; c++) {
        cur[c] *= emission[t][c];
      }
      normalize(cur, k);
    }
    System.arraycopy(expEnd, 0, beta[n - 1], 0, k);
    normalize(beta[n - 1], k);
    for (int t = n - 2; t >= 0; t--) {
      double[] next = beta[t + 1];
      double[] e = emission[t + 1];
      double[] cur = beta[t];
      for (int p = 0; p < k; p++) {
        int row = p * k;
        double sum = 0;
        for (int c = 0; c < k; c++) {
          sum += expTransition[row + c] * e[c] * next[c];
        }
        cur[p] = sum;
      }
      normalize(cur, k);
    }
    double[] out = new double[n];
    for (int t = 0; t < n; t++) {
      double z = 0;
      for (int c = 0; c < k; c++) {
        z += alpha[t][c] * beta[t][c];
      }
      out[t] = z > 0 ? alpha[t][path[t]] * beta[t][path[t]] / z : 0;
    }
    return out;
  }

  private static void normalize(double[] v, int k) {
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += v[i];
    }
    if (sum > 0) {
      for (int i = 0; i < k; i++) {
        v[i] /= sum;
      }
    }
  }

  /** Predicate of the weights of starting a sentence with each outcome. */
  public static final String START = "crf:start";
  /** Predicate of the weights of ending a sentence with each outcome. */
  public static final String END = "crf:end";
  /** Prefix of the predicates of the weights of each outcome after the one named. */
  public static final String AFTER = "crf:after=";

  /** The transition weights stored in a CRF model's own predicates ({@link #START}, {@link #END}, {@link #AFTER}). */
  @SuppressWarnings("unchecked")
  public static CrfTransitions transitions(AbstractModel model) {
    Map<String, Context> pmap = (Map<String, Context>) model.getDataStructures()[1];
    int k = model.getNumOutcomes();
    String[] outcomes = new String[k];
    double[] start = new double[k];
    double[] trans = new double[k * k];
    double[] end = new double[k];
    for (int o = 0; o < k; o++) {
      outcomes[o] = model.getOutcome(o);
    }
    fill(pmap.get(START), start, 0);
    fill(pmap.get(END), end, 0);
    for (int q = 0; q < k; q++) {
      fill(pmap.get(AFTER + outcomes[q]), trans, q * k);
    }
    return new CrfTransitions(outcomes, start, trans, end);
  }

  private static void fill(Context c, double[] into, int offset) {
    if (c != null) {
      int[] outs = c.getOutcomes();
      double[] ps = c.getParameters();
      for (int j = 0; j < outs.length; j++) {
        into[offset + outs[j]] = ps[j];
      }
    }
  }

  @Override
  public String[] getOutcomes() {
    return Arrays.copyOf(outcomes, outcomes.length);
  }
}
