package ua.ner.internal.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a regularized maximum-entropy model by stochastic gradient descent: L2 (weight decay,
 * applied lazily to the weights an event touches) and/or L1 (the cumulative penalty of Tsuruoka,
 * Tsujii and Ananiadou, ACL 2009), then drops weights below a threshold. The result is OpenNLP's own
 * {@link GISModel}: models load and run without this class; only training needs it.
 *
 * <p>Why not OpenNLP's trainers: on the name finder's data GIS converges slowly and underfits,
 * L-BFGS needs dense memory for ten million parameters, and the perceptron's scores are not
 * probabilities (every entity got a "confidence" of about 0.15). This trainer takes a minute, and its
 * probabilities mean something, which the beam search and the entity confidences need.
 *
 * <p>Deterministic: events are visited in an order shuffled by a fixed seed.
 *
 * <p>Parameters (besides OpenNLP's {@code Iterations} = epochs and {@code Cutoff}): {@code L2}
 * (default 0), {@code L1} (the penalty C, default 0), {@code Prune} (weights below this become zero,
 * default 0), {@code Eta0} (initial learning rate, 0.5), {@code Decay} (learning rate factor per
 * epoch, 0.85), {@code Seed} (42). Training progress goes to standard error.
 */
public final class SgdMaxentTrainer extends AbstractEventTrainer {

  public static final String L1_PARAM = "L1";
  public static final String ETA0_PARAM = "Eta0";
  public static final String DECAY_PARAM = "Decay";
  public static final String SEED_PARAM = "Seed";
  /** The shuffling seed when {@value #SEED_PARAM} is not given. */
  static final int DEFAULT_SEED = 42;
  public static final String L2_PARAM = "L2";
  public static final String PRUNE_PARAM = "Prune";

  public SgdMaxentTrainer() {
  }

  @Override
  public boolean isSortAndMerge() {
    return false;
  }

  @Override
  public MaxentModel doTrain(DataIndexer indexer) {
    TrainingParameters p = trainingParameters;
    int epochs = p.getIntParameter(TrainingParameters.ITERATIONS_PARAM, 30);
    double c = p.getDoubleParameter(L1_PARAM, 0.0);
    double eta0 = p.getDoubleParameter(ETA0_PARAM, 0.5);
    double decay = p.getDoubleParameter(DECAY_PARAM, 0.85);
    long seed = p.getIntParameter(SEED_PARAM, DEFAULT_SEED);
    double l2 = p.getDoubleParameter(L2_PARAM, 0.0);
    double prune = p.getDoubleParameter(PRUNE_PARAM, 0.0);

    int[][] contexts = indexer.getContexts();
    int[] outcomes = indexer.getOutcomeList();
    int[] counts = indexer.getNumTimesEventsSeen();
    String[] predLabels = indexer.getPredLabels();
    String[] outcomeLabels = indexer.getOutcomeLabels();
    int numPreds = predLabels.length;
    int k = outcomeLabels.length;

    // every event as often as it was seen
    List<Integer> order = new ArrayList<>();
    for (int e = 0; e < contexts.length; e++) {
      for (int t = 0; t < counts[e]; t++) {
        order.add(e);
      }
    }
    int n = order.size();
    int[] events = order.stream().mapToInt(Integer::intValue).toArray();

    double[] w = new double[numPreds * k];
    double[] q = new double[numPreds * k];
    double[] scores = new double[k];
    LazyL2 shrink = new LazyL2(w, k);
    double u = 0;
    Random random = new Random(seed);
    long step = 0;
    for (int epoch = 0; epoch < epochs; epoch++) {
      shuffle(events, random);
      double loss = 0;
      for (int e : events) {
        double eta = eta0 * Math.pow(decay, (double) step / n);
        step++;
        u += eta * c / n;
        int[] ctx = contexts[e];
        int gold = outcomes[e];
        if (l2 > 0) {
          double keep = 1 - eta * l2 / n;
          for (int f : ctx) {
            shrink.touch(f, step, keep);
          }
        }
        // scores and softmax
        java.util.Arrays.fill(scores, 0);
        for (int f : ctx) {
          int base = f * k;
          for (int o = 0; o < k; o++) {
            scores[o] += w[base + o];
          }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
          max = Math.max(max, s);
        }
        double z = 0;
        for (int o = 0; o < k; o++) {
          scores[o] = Math.exp(scores[o] - max);
          z += scores[o];
        }
        loss -= Math.log(scores[gold] / z);
        // gradient step and cumulative L1 penalty on the touched weights
        for (int f : ctx) {
          int base = f * k;
          for (int o = 0; o < k; o++) {
            int i = base + o;
            double grad = (o == gold ? 1 : 0) - scores[o] / z;
            w[i] += eta * grad;
            if (c > 0) {
              double before = w[i];
              if (before > 0) {
                w[i] = Math.max(0, before - (u + q[i]));
              } else if (before < 0) {
                w[i] = Math.min(0, before + (u - q[i]));
              }
              q[i] += w[i] - before;
            }
          }
        }
      }
      System.err.printf(java.util.Locale.ROOT, "  epoch %d: loss %.1f, %d of %d weights non-zero%n", epoch + 1, loss,
          countNonZero(w), w.length);
    }

    if (l2 > 0) {
      shrink.finish(step, 1 - eta0 * Math.pow(decay, epochs) * l2 / n);
    }
    if (prune > 0) {
      for (int i = 0; i < w.length; i++) {
        if (Math.abs(w[i]) < prune) {
          w[i] = 0;
        }
      }
    }
    // keep the predicates with a weight; a predicate the model lacks is simply ignored when evaluating
    List<String> keptLabels = new ArrayList<>();
    List<Context> keptParams = new ArrayList<>();
    for (int f = 0; f < numPreds; f++) {
      int nonZero = 0;
      for (int o = 0; o < k; o++) {
        if (w[f * k + o] != 0) {
          nonZero++;
        }
      }
      if (nonZero == 0) {
        continue;
      }
      int[] outs = new int[nonZero];
      double[] params = new double[nonZero];
      int j = 0;
      for (int o = 0; o < k; o++) {
        if (w[f * k + o] != 0) {
          outs[j] = o;
          params[j] = w[f * k + o];
          j++;
        }
      }
      keptLabels.add(predLabels[f]);
      keptParams.add(new Context(outs, params));
    }
    return new GISModel(keptParams.toArray(new Context[0]), keptLabels.toArray(new String[0]), outcomeLabels);
  }

  private static int countNonZero(double[] w) {
    int nz = 0;
    for (double v : w) {
      if (v != 0) {
        nz++;
      }
    }
    return nz;
  }

  /** Fisher-Yates over {@code a}, driven by {@code random} (the trainers' fixed-seed order). */
  static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
