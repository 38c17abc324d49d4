package ua.ner.internal.ner;

import java.util.Arrays;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * A linear-chain conditional random field over the name finder's BILOU outcomes: each token's
 * outcome scores are the sums of the feature weights of a maxent-format model (the token's features
 * only, no previous-outcome features), and the scores of going from one outcome to the next are the
 * transition weights ({@link CrfTransitions}). The best sequence is found exactly (Viterbi), among
 * the sequences BILOU allows; each outcome's probability is its marginal (forward-backward), which
 * OpenNLP averages into the confidence of a name.
 *
 * <p>Per-finder state (score buffers): not thread-safe; one instance per {@code NameFinderME}.
 */
public final class CrfSequenceModel implements SequenceClassificationModel {

  private final Map<String, Context> pmap;
  private final String[] outcomes;
  private final CrfTransitions transitions;
  /** Added to each outcome's score: the entry bias of its type, or 0. */
  private final double[] bias;
  private double[][] emission = new double[0][];
  private double[][] alpha = new double[0][];
  private double[][] beta = new double[0][];
  private int[][] back = new int[0][];

  /**
   * @param model       the emission weights, in OpenNLP's maxent format
   * @param transitions start, transition and end weights over the model's outcomes, in its order
   * @param entryBias   per entity type, a number added to the scores of starting a name of that type
   */
  @SuppressWarnings("unchecked")
  public CrfSequenceModel(AbstractModel model, CrfTransitions transitions, Map<String, Double> entryBias) {
    this.pmap = (Map<String, Context>) model.getDataStructures()[1];
    int k = model.getNumOutcomes();
    if (transitions.size() != k) {
      throw new IllegalArgumentException("transitions for " + transitions.size() + " outcomes, but the model has " + k);
    }
    this.outcomes = new String[k];
    this.bias = new double[k];
    for (int o = 0; o < k; o++) {
      outcomes[o] = model.getOutcome(o);
      int dash = outcomes[o].lastIndexOf('-');
      String kind = dash < 0 ? "" : outcomes[o].substring(dash + 1);
      if (kind.equals("start") || kind.equals("unit")) {
        bias[o] = entryBias.getOrDefault(outcomes[o].substring(0, dash), 0.0);
      }
    }
    this.transitions = transitions;
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
    for (int t = 0; t < n; t++) {
      double[] e = emission[t];
      System.arraycopy(bias, 0, e, 0, k);
      for (String feature : cg.getContext(t, sequence, null, additionalContext)) {
        Context c = pmap.get(feature);
        if (c != null) {
          int[] outs = c.getOutcomes();
          double[] ps = c.getParameters();
          for (int j = 0; j < outs.length; j++) {
            e[outs[j]] += ps[j];
          }
        }
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

  /** The marginal probability of each outcome of {@code path} (forward-backward in log space). */
  private double[] marginals(int n, int k, int[] path) {
    double[] tmp = new double[k];
    for (int c = 0; c < k; c++) {
      alpha[0][c] = transitions.start(c) + emission[0][c];
    }
    for (int t = 1; t < n; t++) {
      for (int c = 0; c < k; c++) {
        for (int p = 0; p < k; p++) {
          tmp[p] = alpha[t - 1][p] + transitions.transition(p, c);
        }
        alpha[t][c] = logSumExp(tmp, k) + emission[t][c];
      }
    }
    for (int c = 0; c < k; c++) {
      beta[n - 1][c] = transitions.end(c);
    }
    for (int t = n - 2; t >= 0; t--) {
      for (int p = 0; p < k; p++) {
        for (int c = 0; c < k; c++) {
          tmp[c] = transitions.transition(p, c) + emission[t + 1][c] + beta[t + 1][c];
        }
        beta[t][p] = logSumExp(tmp, k);
      }
    }
    for (int c = 0; c < k; c++) {
      tmp[c] = alpha[n - 1][c] + transitions.end(c);
    }
    double logZ = logSumExp(tmp, k);
    double[] out = new double[n];
    for (int t = 0; t < n; t++) {
      out[t] = Math.exp(alpha[t][path[t]] + beta[t][path[t]] - logZ);
    }
    return out;
  }

  static double logSumExp(double[] v, int k) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < k; i++) {
      max = Math.max(max, v[i]);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += Math.exp(v[i] - max);
    }
    return max + Math.log(sum);
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext, double minSequenceScore,
      BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return new Sequence[] {bestSequence(sequence, additionalContext, cg, validator)};
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return new Sequence[] {bestSequence(sequence, additionalContext, cg, validator)};
  }

  @Override
  public String[] getOutcomes() {
    return Arrays.copyOf(outcomes, outcomes.length);
  }
}
