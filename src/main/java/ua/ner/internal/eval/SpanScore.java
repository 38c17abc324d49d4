package ua.ner.internal.eval;

/** Precision, recall and F1 counts for one class of spans. Mutable accumulator; not thread-safe. */
public final class SpanScore {

  private long truePositives;
  private long predicted;
  private long gold;

  public void add(long truePositives, long predicted, long gold) {
    this.truePositives += truePositives;
    this.predicted += predicted;
    this.gold += gold;
  }

  public void add(SpanScore other) {
    add(other.truePositives, other.predicted, other.gold);
  }

  public long truePositives() {
    return truePositives;
  }

  public long predicted() {
    return predicted;
  }

  public long gold() {
    return gold;
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "P %.4f R %.4f F1 %.4f (tp %d, predicted %d, gold %d)",
        precision(), recall(), f1(), truePositives, predicted, gold);
  }
}
