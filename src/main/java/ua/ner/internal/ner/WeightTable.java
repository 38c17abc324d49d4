package ua.ner.internal.ner;

import java.util.Collection;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The feature weights of a trained maxent model, looked up by feature string: adding a feature's
 * weights to a vector of outcome scores. Immutable view of the model's own tables; thread-safe.
 */
final class WeightTable {

  private final Map<String, Context> pmap;
  private final int outcomes;

  @SuppressWarnings("unchecked")
  WeightTable(AbstractModel model) {
    this.pmap = (Map<String, Context>) model.getDataStructures()[1];
    this.outcomes = model.getNumOutcomes();
  }

  /** The number of outcomes, the length of the score vectors. */
  int outcomes() {
    return outcomes;
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
