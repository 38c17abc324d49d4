package ua.ner.internal.ner;

import java.util.Set;

import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * Two sequence models over the same token features, each trusted for some entity types: the names
 * of the {@code secondTypes} come from the second model, all others from the first; a name of the
 * second model that overlaps one kept from the first is dropped. The token features are computed
 * once (the feature generator caches a sentence's features, and each word's weight sums per model),
 * so the second model costs its own sums and decoding only. Each kept outcome carries the
 * probability its own model gave it.
 *
 * <p>Per-finder state (in the wrapped models): not thread-safe; one instance per {@code NameFinderME}.
 */
public final class CombinedSequenceModel implements SingleSequenceModel {

  private static final String OTHER = "other";

  private final SequenceClassificationModel first;
  private final SequenceClassificationModel second;
  private final Set<String> secondTypes;

  /**
   * @param first       the model of all types but {@code secondTypes}
   * @param second      the model of {@code secondTypes}
   * @param secondTypes entity types taken from {@code second}
   */
  public CombinedSequenceModel(SequenceClassificationModel first, SequenceClassificationModel second,
      Set<String> secondTypes) {
    this.first = first;
    this.second = second;
    this.secondTypes = Set.copyOf(secondTypes);
  }

  @Override
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    int n = sequence.length;
    Sequence a = first.bestSequence(sequence, additionalContext, cg, validator);
    Sequence b = second.bestSequence(sequence, additionalContext, cg, validator);
    String[] outcomes = new String[n];
    double[] probs = new double[n];
    for (int i = 0; i < n; i++) {
      String o = a.getOutcome(i);
      outcomes[i] = OTHER;
      probs[i] = o.equals(OTHER) ? a.getProb(i) : 1 - a.getProb(i);
    }
    copyNames(a, outcomes, probs, false);
    copyNames(b, outcomes, probs, true);
    Sequence out = new Sequence();
    for (int i = 0; i < n; i++) {
      out.add(outcomes[i], probs[i]);
    }
    return out;
  }

  /**
   * Copies the names of {@code s} whose type is (or, for the first model, is not) one of the second
   * model's into {@code outcomes}, when all their tokens are still {@code other}.
   */
  private void copyNames(Sequence s, String[] outcomes, double[] probs, boolean fromSecond) {
    int n = outcomes.length;
    int i = 0;
    while (i < n) {
      String o = s.getOutcome(i);
      int dash = o.lastIndexOf('-');
      if (dash < 0) {
        i++;
        continue;
      }
      // a well-formed BILOU name runs from its start to its last outcome, or is one unit
      int end = i + 1;
      if (o.endsWith("-start")) {
        while (end < n && s.getOutcome(end).endsWith("-cont")) {
          end++;
        }
        if (end < n && s.getOutcome(end).endsWith("-last")) {
          end++;
        }
      }
      String type = o.substring(0, dash);
      if (secondTypes.contains(type) == fromSecond && free(outcomes, i, end)) {
        for (int j = i; j < end; j++) {
          outcomes[j] = s.getOutcome(j);
          probs[j] = s.getProb(j);
        }
      }
      i = end;
    }
  }

  private static boolean free(String[] outcomes, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!outcomes[j].equals(OTHER)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String[] getOutcomes() {
    return first.getOutcomes();
  }
}
