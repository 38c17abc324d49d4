package ua.ner.internal.ner;

/**
 * The outcome-to-outcome weights of a {@link CrfSequenceModel}: of starting a sentence with an
 * outcome, of each outcome following another, and of ending a sentence with one. What BILOU forbids
 * (a name that continues into another type, {@code other} before {@code TYPE-cont}, a sentence ending
 * inside a name …) scores minus infinity, whatever the weights say. Immutable.
 */
public final class CrfTransitions {

  private final int k;
  private final double[] start;
  private final double[] transition;
  private final double[] end;

  /**
   * @param outcomes   outcome names ({@code other}, {@code TYPE-start|cont|last|unit}), in the model's order
   * @param start      k weights
   * @param transition k × k weights, row = previous outcome
   * @param end        k weights
   */
  public CrfTransitions(String[] outcomes, double[] start, double[] transition, double[] end) {
    int k = outcomes.length;
    if (start.length != k || transition.length != k * k || end.length != k) {
      throw new IllegalArgumentException("weights for " + k + " outcomes must be " + k + ", " + k * k + " and " + k
          + " numbers, not " + start.length + ", " + transition.length + " and " + end.length);
    }
    this.k = k;
    this.start = new double[k];
    this.transition = new double[k * k];
    this.end = new double[k];
    for (int c = 0; c < k; c++) {
      this.start[c] = canBegin(outcomes[c]) ? start[c] : Double.NEGATIVE_INFINITY;
      this.end[c] = canEnd(outcomes[c]) ? end[c] : Double.NEGATIVE_INFINITY;
      for (int p = 0; p < k; p++) {
        this.transition[p * k + c] = allowed(outcomes[p], outcomes[c]) ? transition[p * k + c] : Double.NEGATIVE_INFINITY;
      }
    }
  }

  /** Whether BILOU allows {@code next} right after {@code previous}. */
  public static boolean allowed(String previous, String next) {
    if (!canEnd(previous)) {
      // inside a name: it goes on or ends, in the same type
      String type = previous.substring(0, previous.lastIndexOf('-'));
      return next.equals(type + "-cont") || next.equals(type + "-last");
    }
    return canBegin(next);
  }

  /** Whether an outcome may open a sentence or follow the end of a name: {@code other}, start, unit. */
  public static boolean canBegin(String outcome) {
    return !outcome.endsWith("-cont") && !outcome.endsWith("-last");
  }

  /** Whether an outcome may close a sentence: {@code other}, last, unit. */
  public static boolean canEnd(String outcome) {
    return !outcome.endsWith("-start") && !outcome.endsWith("-cont");
  }

  public int size() {
    return k;
  }

  public double start(int outcome) {
    return start[outcome];
  }

  public double transition(int previous, int next) {
    return transition[previous * k + next];
  }

  public double end(int outcome) {
    return end[outcome];
  }
}
