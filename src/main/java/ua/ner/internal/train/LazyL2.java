package ua.ner.internal.train;

/**
 * L2 shrinkage for SGD over sparse features, applied lazily: a feature's weights (one per outcome)
 * are shrunk for all the steps since it was last touched when a step touches it again, and for the
 * steps since then once training ends. Mutable; one per training run.
 */
final class LazyL2 {

  private final double[] weights;
  private final int outcomes;
  private final long[] lastTouched;

  /**
   * @param weights  the weights, {@code outcomes} per feature, feature after feature (shrunk in place)
   * @param outcomes the number of outcomes
   */
  LazyL2(double[] weights, int outcomes) {
    this.weights = weights;
    this.outcomes = outcomes;
    this.lastTouched = new long[weights.length / outcomes];
  }

  /**
   * Before step {@code step} (counted from 1) uses feature {@code f}: shrinks its weights by
   * {@code keep} for each earlier step that did not touch it.
   */
  void touch(int f, long step, double keep) {
    long missed = step - 1 - lastTouched[f];
    if (missed > 0) {
      scale(f, Math.pow(keep, missed));
    }
    lastTouched[f] = step;
  }

  /** After the last step, {@code step}: shrinks each feature by {@code keep} for the steps it missed since it was last touched. */
  void finish(long step, double keep) {
    for (int f = 0; f < lastTouched.length; f++) {
      scale(f, Math.pow(keep, step - lastTouched[f]));
    }
  }

  private void scale(int f, double factor) {
    int base = f * outcomes;
    for (int o = 0; o < outcomes; o++) {
      weights[base + o] *= factor;
    }
  }
}
