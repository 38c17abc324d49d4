package ua.ner.internal.ner;

import java.util.Collection;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The feature weights of a trained maxent model, looked up by feature string: adding a feature's
 * weights to a vector of outcome scores; and the model's outcome names. Immutable view of the
 * model's own tables; thread-safe.
 */
final class WeightTable {

  private final Map<String, Context> pmap;
  private final int outcomes;
  private final String[] names;

  @SuppressWarnings("unchecked")
  WeightTable(AbstractModel model) {
    this.pmap = (Map<String, Context>) model.getDataStructures()[1];
    this.outcomes = model.getNumOutcomes();
    this.names = new String[outcomes];
    for (int o = 0; o < outcomes; o++) {
      names[o] = model.getOutcome(o);
    }
  }

  /** The number of outcomes, the length of the score vectors. */
  int outcomes() {
    return outcomes;
  }

  /** The outcome names ({@code other}, {@code TYPE-start} …), in the model's order; a copy. */
  String[] outcomeNames() {
    return names.clone();
  }

  /**
   * Per outcome, the entry bias of its type when it starts a name ({@code TYPE-start},
   * {@code TYPE-unit}), else 0: what the finders add to the outcome scores.
   *
   * @param entryBias per entity type, a number added to the scores of starting a name of that type
   */
  double[] entryBias(Map<String, Double> entryBias) {
    double[] bias = new double[outcomes];
    for (int o = 0; o < outcomes; o++) {
      int dash = names[o].lastIndexOf('-');
      String kind = dash < 0 ? "" : names[o].substring(dash + 1);
      if (kind.equals("start") || kind.equals("unit")) {
        bias[o] = entryBias.getOrDefault(names[o].substring(0, dash), 0.0);
      }
    }
    return bias;
  }

  /** Adds the weights of {@code feature} (none for a feature the model never saw) to {@code scores}. */
  void add(String feature, double[] scores) {
    Context c = pmap.get(feature);
    if (c == null) {
      return;
    }
    int[] outs = c.getOutcomes();
    double[] ps = c.getParameters();
    for (int j = 0; j < outs.length; j++) {
      scores[outs[j]] += ps[j];
    }
  }

  /** Adds the weights of {@code features[from..to)} to {@code scores}. */
  void add(String[] features, int from, int to, double[] scores) {
    for (int i = from; i < to; i++) {
      add(features[i], scores);
    }
  }

  /** Adds the weights of all {@code features} to {@code scores}. */
  void add(Collection<String> features, double[] scores) {
    for (String f : features) {
      add(f, scores);
    }
  }

  /** The summed weights of {@code features}, a new vector. */
  double[] sum(String[] features) {
    double[] s = new double[outcomes];
    add(features, 0, features.length, s);
    return s;
  }
}
