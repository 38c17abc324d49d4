package ua.ner.internal.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word classes from a corpus by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney
 * 1998): words are moved between a fixed number of classes, one at a time, to the class that most
 * increases the likelihood of a class bigram model. Words used in similar contexts end up in one class
 * (surnames with surnames, towns with towns), which lets the name finder generalize from the words it
 * saw in training to words it only saw in raw text.
 *
 * <p>Deterministic: words start in classes by frequency rank and are visited in that order.
 */
public final class ExchangeClustering {

  private final String[] words;
  private final long[] counts;
  /** Left neighbours of each word (ids and bigram counts), excluding the word itself. */
  private final int[][] leftIds;
  private final long[][] leftCounts;
  private final int[][] rightIds;
  private final long[][] rightCounts;
  private final long[] selfCounts;

  /**
   * @param sentences the corpus: sentences of word keys
   * @param minCount  words seen fewer times are left out (they get no class)
   */
  public ExchangeClustering(List<List<String>> sentences, int minCount) {
    Map<String, Long> freq = new HashMap<>();
    for (List<String> s : sentences) {
      for (String w : s) {
        freq.merge(w, 1L, Long::sum);
      }
    }
    List<String> vocab = new ArrayList<>();
    freq.forEach((w, c) -> {
      if (c >= minCount) {
        vocab.add(w);
      }
    });
    vocab.sort(Comparator.<String>comparingLong(freq::get).reversed().thenComparing(Comparator.naturalOrder()));
    words = vocab.toArray(new String[0]);
    int v = words.length;
    Map<String, Integer> index = new HashMap<>(v * 2);
    counts = new long[v];
    for (int i = 0; i < v; i++) {
      index.put(words[i], i);
      counts[i] = freq.get(words[i]);
    }
    List<Map<Integer, Long>> left = new ArrayList<>(v);
    List<Map<Integer, Long>> right = new ArrayList<>(v);
    for (int i = 0; i < v; i++) {
      left.add(new HashMap<>());
      right.add(new HashMap<>());
    }
    selfCounts = new long[v];
    for (List<String> s : sentences) {
      for (int i = 1; i < s.size(); i++) {
        Integer a = index.get(s.get(i - 1));
        Integer b = index.get(s.get(i));
        if (a == null || b == null) {
          continue;
        }
        if (a.equals(b)) {
          selfCounts[a]++;
        } else {
          right.get(a).merge(b, 1L, Long::sum);
          left.get(b).merge(a, 1L, Long::sum);
        }
      }
    }
    leftIds = new int[v][];
    leftCounts = new long[v][];
    rightIds = new int[v][];
    rightCounts = new long[v][];
    for (int i = 0; i < v; i++) {
      leftIds[i] = sortedKeys(left.get(i));
      leftCounts[i] = valuesOf(left.get(i), leftIds[i]);
      rightIds[i] = sortedKeys(right.get(i));
      rightCounts[i] = valuesOf(right.get(i), rightIds[i]);
    }
  }

  private static int[] sortedKeys(Map<Integer, Long> m) {
    int[] keys = m.keySet().stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(keys);
    return keys;
  }

  private static long[] valuesOf(Map<Integer, Long> m, int[] keys) {
    long[] out = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = m.get(keys[i]);
    }
    return out;
  }

  public int vocabularySize() {
    return words.length;
  }

  /** Clusters the vocabulary into {@code k} classes; returns word → class. */
  public Map<String, Integer> cluster(int k, int maxIterations) {
    int v = words.length;
    int[] cls = new int[v];
    long[] nc = new long[k];
    long[] ncc = new long[k * k];
    for (int w = 0; w < v; w++) {
      cls[w] = w % k;
      nc[cls[w]] += counts[w];
    }
    for (int w = 0; w < v; w++) {
      for (int j = 0; j < rightIds[w].length; j++) {
        ncc[cls[w] * k + cls[rightIds[w][j]]] += rightCounts[w][j];
      }
      ncc[cls[w] * k + cls[w]] += selfCounts[w];
    }
    long[] lw = new long[k];
    long[] rw = new long[k];
    int[] touchedL = new int[k];
    int[] touchedR = new int[k];
    for (int it = 0; it < maxIterations; it++) {
      int moved = 0;
      for (int w = 0; w < v; w++) {
        int nl = 0;
        int nr = 0;
        for (int j = 0; j < leftIds[w].length; j++) {
          int c = cls[leftIds[w][j]];
          if (lw[c] == 0) {
            touchedL[nl++] = c;
          }
          lw[c] += leftCounts[w][j];
        }
        for (int j = 0; j < rightIds[w].length; j++) {
          int c = cls[rightIds[w][j]];
          if (rw[c] == 0) {
            touchedR[nr++] = c;
          }
          rw[c] += rightCounts[w][j];
        }
        int a = cls[w];
        long self = selfCounts[w];
        // take w out of its class
        nc[a] -= counts[w];
        for (int t = 0; t < nl; t++) {
          ncc[touchedL[t] * k + a] -= lw[touchedL[t]];
        }
        for (int t = 0; t < nr; t++) {
          ncc[a * k + touchedR[t]] -= rw[touchedR[t]];
        }
        ncc[a * k + a] -= self;
        // the class that gains most
        int best = a;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < k; b++) {
          double gain = 0;
          for (int t = 0; t < nl; t++) {
            int c = touchedL[t];
            if (c != b) {
              long x = ncc[c * k + b];
              gain += f(x + lw[c]) - f(x);
            }
          }
          for (int t = 0; t < nr; t++) {
            int c = touchedR[t];
            if (c != b) {
              long x = ncc[b * k + c];
              gain += f(x + rw[c]) - f(x);
            }
          }
          long bb = ncc[b * k + b];
          gain += f(bb + lw[b] + rw[b] + self) - f(bb);
          gain -= 2 * (f(nc[b] + counts[w]) - f(nc[b]));
          if (gain > bestGain + 1e-9 || b == a && gain >= bestGain - 1e-9) {
            bestGain = gain;
            best = b;
          }
        }
        // put it into the best class
        nc[best] += counts[w];
        cls[w] = best;
        for (int t = 0; t < nl; t++) {
          int c = touchedL[t];
          ncc[c * k + best] += lw[c];
        }
        for (int t = 0; t < nr; t++) {
          int c = touchedR[t];
          ncc[best * k + c] += rw[c];
        }
        ncc[best * k + best] += self;
        if (best != a) {
          moved++;
        }
        for (int t = 0; t < nl; t++) {
          lw[touchedL[t]] = 0;
        }
        for (int t = 0; t < nr; t++) {
          rw[touchedR[t]] = 0;
        }
      }
      if (moved < v / 1000) {
        break;
      }
    }
    Map<String, Integer> out = new HashMap<>(v * 2);
    for (int w = 0; w < v; w++) {
      out.put(words[w], cls[w]);
    }
    return out;
  }

  private static double f(long x) {
    return x <= 0 ? 0 : x * Math.log(x);
  }
}
