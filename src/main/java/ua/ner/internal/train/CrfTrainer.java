package ua.ner.internal.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.SequenceCodec;
import ua.ner.internal.ner.CrfSequenceModel;
import ua.ner.internal.ner.CrfTransitions;

/**
 * Trains a linear-chain CRF ({@link ua.ner.internal.ner.CrfSequenceModel}) over the name finder's
 * token features by stochastic gradient descent on the sentence log-likelihood: one step per
 * sentence, visited in an order shuffled by a fixed seed, L2 applied lazily to the features a
 * sentence touches, the learning rate decayed per epoch, small weights dropped at the end. The
 * document memory features see the gold outcomes of the document's earlier sentences, as OpenNLP's
 * event stream gives them to a maxent trainer.
 */
final class CrfTrainer {

  /** Training settings. */
  record Params(int epochs, int cutoff, double l2, double eta0, double decay, long seed, double prune) {
  }

  private CrfTrainer() {
  }

  static GISModel train(List<NameSample> samples, NameContextGenerator cg, SequenceCodec<String> codec, Params p) {
    // 1. contexts (features of each token without previous outcomes) and gold outcomes, per sentence
    List<String[][]> contexts = new ArrayList<>(samples.size());
    List<String[]> golds = new ArrayList<>(samples.size());
    Map<String, Integer> counts = new HashMap<>(1 << 20);
    TreeSet<String> outcomeSet = new TreeSet<>();
    for (NameSample s : samples) {
      if (s.isClearAdaptiveDataSet()) {
        cg.clearAdaptiveData();
      }
      String[] tokens = s.getSentence();
      if (tokens.length == 0) {
        continue;
      }
      String[] outcomes = codec.encode(s.getNames(), tokens.length);
      String[][] ctx = new String[tokens.length][];
      for (int i = 0; i < tokens.length; i++) {
        ctx[i] = cg.getContext(i, tokens, null, s.getAdditionalContext());
        for (String f : ctx[i]) {
          counts.merge(f, 1, Integer::sum);
        }
      }
      cg.updateAdaptiveData(tokens, outcomes);
      outcomeSet.addAll(Arrays.asList(outcomes));
      contexts.add(ctx);
      golds.add(outcomes);
    }
    // 2. index: predicates seen at least cutoff times, outcomes in sorted order
    String[] outcomeLabels = outcomeSet.toArray(new String[0]);
    Map<String, Integer> outcomeIndex = new HashMap<>();
    for (int o = 0; o < outcomeLabels.length; o++) {
      outcomeIndex.put(outcomeLabels[o], o);
    }
    List<String> predLabels = new ArrayList<>();
    Map<String, Integer> predIndex = new HashMap<>();
    for (String f : new TreeSet<>(counts.keySet())) {
      if (counts.get(f) >= p.cutoff()) {
        predIndex.put(f, predLabels.size());
        predLabels.add(f);
      }
    }
    counts = null;
    int m = contexts.size();
    int[][][] x = new int[m][][];
    int[][] y = new int[m][];
    for (int s = 0; s < m; s++) {
      String[][] ctx = contexts.get(s);
      x[s] = new int[ctx.length][];
      y[s] = new int[ctx.length];
      for (int t = 0; t < ctx.length; t++) {
        x[s][t] = Arrays.stream(ctx[t]).map(predIndex::get).filter(i -> i != null).mapToInt(Integer::intValue)
            .toArray();
        y[s][t] = outcomeIndex.get(golds.get(s)[t]);
      }
      contexts.set(s, null);
    }
    int k = outcomeLabels.length;
    int numPreds = predLabels.size();

    // 3. SGD
    CrfTransitions mask = new CrfTransitions(outcomeLabels, new double[k], new double[k * k], new double[k]);
    double[] w = new double[numPreds * k];
    double[] start = new double[k];
    double[] trans = new double[k * k];
    double[] end = new double[k];
    LazyL2 shrink = new LazyL2(w, k);
    int[] order = new int[m];
    for (int s = 0; s < m; s++) {
      order[s] = s;
    }
    Random random = new Random(p.seed());
    long step = 0;
    Lattice lattice = new Lattice(k);
    for (int epoch = 0; epoch < p.epochs(); epoch++) {
      SgdMaxentTrainer.shuffle(order, random);
      double loss = 0;
      for (int s : order) {
        double eta = p.eta0() * Math.pow(p.decay(), (double) step / m);
        step++;
        int[][] xs = x[s];
        int n = xs.length;
        if (p.l2() > 0) {
          double keep = 1 - eta * p.l2() / m;
          for (int[] ctx : xs) {
            for (int f : ctx) {
              shrink.touch(f, step, keep);
            }
          }
          for (int i = 0; i < k * k; i++) {
            trans[i] *= keep;
          }
          for (int o = 0; o < k; o++) {
            start[o] *= keep;
            end[o] *= keep;
          }
        }
        lattice.fill(xs, w, start, trans, end, mask);
        loss += lattice.logZ - lattice.score(y[s]);
        // gradient: observed minus expected counts
        for (int t = 0; t < n; t++) {
          double[] marg = lattice.marginal(t);
          marg[y[s][t]] -= 1;
          for (int f : xs[t]) {
            int base = f * k;
            for (int o = 0; o < k; o++) {
              w[base + o] -= eta * marg[o];
            }
          }
        }
        double[] first = lattice.marginal(0);
        for (int o = 0; o < k; o++) {
          start[o] -= eta * first[o];
        }
        double[] last = lattice.marginal(n - 1);
        for (int o = 0; o < k; o++) {
          end[o] -= eta * last[o];
        }
        start[y[s][0]] += eta;
        end[y[s][n - 1]] += eta;
        for (int t = 1; t < n; t++) {
          lattice.addPairMarginals(t, trans, -eta);
          trans[y[s][t - 1] * k + y[s][t]] += eta;
        }
      }
      System.err.printf(Locale.ROOT, "  epoch %d: loss %.1f%n", epoch + 1, loss);
    }
    if (p.l2() > 0) {
      shrink.finish(step, 1 - p.eta0() * Math.pow(p.decay(), p.epochs()) * p.l2() / m);
    }
    List<String> keptLabels = new ArrayList<>();
    List<Context> keptParams = new ArrayList<>();
    for (int f = 0; f < numPreds; f++) {
      Context c = sparse(w, f * k, k, p.prune());
      if (c != null) {
        keptLabels.add(predLabels.get(f));
        keptParams.add(c);
      }
    }
    // the transition weights as predicates of their own, so that the model file holds the whole CRF
    double[][] rows = new double[k + 2][];
    String[] rowNames = new String[k + 2];
    rows[0] = start;
    rowNames[0] = CrfSequenceModel.START;
    rows[1] = end;
    rowNames[1] = CrfSequenceModel.END;
    for (int q = 0; q < k; q++) {
      rows[q + 2] = Arrays.copyOfRange(trans, q * k, (q + 1) * k);
      rowNames[q + 2] = CrfSequenceModel.AFTER + outcomeLabels[q];
    }
    for (int r = 0; r < rows.length; r++) {
      Context c = sparse(rows[r], 0, k, 0);
      if (c != null) {
        keptLabels.add(rowNames[r]);
        keptParams.add(c);
      }
    }
    return new GISModel(keptParams.toArray(new Context[0]), keptLabels.toArray(new String[0]), outcomeLabels);
  }

  /** The weights w[base .. base + k) of at least {@code prune} in size, or null when there are none. */
  private static Context sparse(double[] w, int base, int k, double prune) {
    int nonZero = 0;
    for (int o = 0; o < k; o++) {
      double x = w[base + o];
      if (x != 0 && Math.abs(x) >= prune) {
        nonZero++;
      }
    }
    if (nonZero == 0) {
      return null;
    }
    int[] outs = new int[nonZero];
    double[] params = new double[nonZero];
    int j = 0;
    for (int o = 0; o < k; o++) {
      double x = w[base + o];
      if (x != 0 && Math.abs(x) >= prune) {
        outs[j] = o;
        params[j] = x;
        j++;
      }
    }
    return new Context(outs, params);
  }

  /** Forward-backward over one sentence, in log space; buffers reused from sentence to sentence. */
  private static final class Lattice {
    final int k;
    double[][] e = new double[0][];
    double[][] alpha = new double[0][];
    double[][] beta = new double[0][];
    final double[] tmp;
    final double[] marg;
    CrfTransitions tr;
    int n;
    double logZ;

    Lattice(int k) {
      this.k = k;
      this.tmp = new double[k];
      this.marg = new double[k];
    }

    void fill(int[][] xs, double[] w, double[] start, double[] trans, double[] end, CrfTransitions mask) {
      n = xs.length;
      if (e.length < n) {
        e = new double[n * 2][k];
        alpha = new double[n * 2][k];
        beta = new double[n * 2][k];
      }
      // the current weights, with what BILOU forbids at minus infinity
      double[] ms = new double[k];
      double[] mt = new double[k * k];
      double[] me = new double[k];
      for (int c = 0; c < k; c++) {
        ms[c] = mask.start(c) == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY : start[c];
        me[c] = mask.end(c) == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY : end[c];
        for (int q = 0; q < k; q++) {
          mt[q * k + c] = mask.transition(q, c) == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY : trans[q * k + c];
        }
      }
      this.startW = ms;
      this.transW = mt;
      this.endW = me;
      for (int t = 0; t < n; t++) {
        Arrays.fill(e[t], 0, k, 0);
        for (int f : xs[t]) {
          int base = f * k;
          for (int o = 0; o < k; o++) {
            e[t][o] += w[base + o];
          }
        }
      }
      for (int c = 0; c < k; c++) {
        alpha[0][c] = ms[c] + e[0][c];
      }
      for (int t = 1; t < n; t++) {
        for (int c = 0; c < k; c++) {
          for (int q = 0; q < k; q++) {
            tmp[q] = alpha[t - 1][q] + mt[q * k + c];
          }
          alpha[t][c] = logSumExp(tmp) + e[t][c];
        }
      }
      for (int c = 0; c < k; c++) {
        beta[n - 1][c] = me[c];
      }
      for (int t = n - 2; t >= 0; t--) {
        for (int q = 0; q < k; q++) {
          for (int c = 0; c < k; c++) {
            tmp[c] = mt[q * k + c] + e[t + 1][c] + beta[t + 1][c];
          }
          beta[t][q] = logSumExp(tmp);
        }
      }
      for (int c = 0; c < k; c++) {
        tmp[c] = alpha[n - 1][c] + me[c];
      }
      logZ = logSumExp(tmp);
    }

    double[] startW;
    double[] transW;
    double[] endW;

    double score(int[] gold) {
      double s = startW[gold[0]] + endW[gold[n - 1]];
      for (int t = 0; t < n; t++) {
        s += e[t][gold[t]];
        if (t > 0) {
          s += transW[gold[t - 1] * k + gold[t]];
        }
      }
      return s;
    }

    /** Marginals of position t (a shared buffer). */
    double[] marginal(int t) {
      for (int c = 0; c < k; c++) {
        marg[c] = Math.exp(alpha[t][c] + beta[t][c] - logZ);
      }
      return marg;
    }

    /** Adds factor × P(outcome q at t−1, c at t) to trans[q][c]. */
    void addPairMarginals(int t, double[] trans, double factor) {
      for (int q = 0; q < k; q++) {
        double a = alpha[t - 1][q];
        if (a == Double.NEGATIVE_INFINITY) {
          continue;
        }
        for (int c = 0; c < k; c++) {
          double tw = transW[q * k + c];
          if (tw == Double.NEGATIVE_INFINITY) {
            continue;
          }
          trans[q * k + c] += factor * Math.exp(a + tw + e[t][c] + beta[t][c] - logZ);
        }
      }
    }

    private double logSumExp(double[] v) {
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
  }
}
