package ua.ner.internal.ner;

import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maxent model evaluated the way the name finder's beam search asks: for every token, the same
 * token features with each hypothesis's four previous-outcome features ({@code po=}, {@code pow=},
 * {@code powf=}, {@code ppo=}) at the end. The scores of the token features are summed once per token
 * and reused for each hypothesis, so a beam of three costs little more than one. The probabilities are
 * those of the wrapped model (the same weights and softmax), except that an entry bias may be added to
 * the score of starting a name of a type (the outcomes {@code TYPE-start} and {@code TYPE-unit}).
 *
 * <p>Per-finder state: not thread-safe; one instance per {@code NameFinderME}.
 */
final class IncrementalMaxentModel implements MaxentModel {

  private static final int DYNAMIC = 4;

  private final AbstractModel model;
  private final WeightTable weights;
  private final int outcomes;

  private final double[] tokenScores;
  /** Added to each outcome's score before the softmax: the entry bias of its type, or 0. */
  private final double[] bias;
  /** The context whose token features {@link #tokenScores} holds the sum of (plus {@link #bias}), or null. */
  private String[] cached;
  private int cachedFixed;

  /**
   * @param model     the trained maxent model
   * @param weights   its weights (one table per model, shared by its finders)
   * @param entryBias per entity type, a number added to the scores of starting a name of that type
   *                  (a log-odds shift: more names of the type are found, with less precision); may be empty
   */
  IncrementalMaxentModel(AbstractModel model, WeightTable weights, Map<String, Double> entryBias) {
    this.model = model;
    this.weights = weights;
    this.outcomes = model.getNumOutcomes();
    this.tokenScores = new double[outcomes];
    this.bias = weights.entryBias(entryBias);
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, new double[outcomes]);
  }

  @Override
  public double[] eval(String[] context, double[] probs) {
    int n = context.length;
    int dynamic = hasOutcomeSuffix(context) ? DYNAMIC : 0;
    int fixed = n - dynamic;
    if (dynamic == 0 || !sameTokenFeatures(context, fixed)) {
      // the entry bias depends on the outcome alone, so it joins the sums made once per token
      System.arraycopy(bias, 0, tokenScores, 0, outcomes);
      weights.add(context, 0, fixed, tokenScores);
      cached = dynamic > 0 ? context : null;
      cachedFixed = fixed;
    }
    System.arraycopy(tokenScores, 0, probs, 0, outcomes);
    weights.add(context, fixed, n, probs);
    return softmax(probs, outcomes);
  }

  /** Turns the first {@code n} scores into probabilities in place (the maxent model's normalisation); returns them. */
  static double[] softmax(double[] scores, int n) {
    double max = Double.NEGATIVE_INFINITY;
    for (int o = 0; o < n; o++) {
      max = Math.max(max, scores[o]);
    }
    double sum = 0;
    for (int o = 0; o < n; o++) {
      scores[o] = Math.exp(scores[o] - max);
      sum += scores[o];
    }
    for (int o = 0; o < n; o++) {
      scores[o] /= sum;
    }
    return scores;
  }

  /** Whether the token features are those summed last: same strings (mostly the same instances). */
  private boolean sameTokenFeatures(String[] context, int fixed) {
    if (cached == null || fixed != cachedFixed) {
      return false;
    }
    for (int i = 0; i < fixed; i++) {
      String a = context[i];
      String b = cached[i];
      if (a != b && !a.equals(b)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the context ends with OpenNLP's four previous-outcome features, in their order. */
  private static boolean hasOutcomeSuffix(String[] c) {
    int n = c.length;
    return n >= DYNAMIC && c[n - 4].startsWith("po=") && c[n - 3].startsWith("pow=") && c[n - 2].startsWith("powf=")
        && c[n - 1].startsWith("ppo=");
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return model.eval(context, values);
  }

  @Override
  public String getBestOutcome(double[] ocs) {
    return model.getBestOutcome(ocs);
  }

  @Override
  public String getAllOutcomes(double[] ocs) {
    return model.getAllOutcomes(ocs);
  }

  @Override
  public String getOutcome(int i) {
    return model.getOutcome(i);
  }

  @Override
  public int getIndex(String outcome) {
    return model.getIndex(outcome);
  }

  @Override
  public int getNumOutcomes() {
    return outcomes;
  }
}
