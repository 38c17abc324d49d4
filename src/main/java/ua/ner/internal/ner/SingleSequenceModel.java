package ua.ner.internal.ner;

import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * A sequence model that finds one best sequence and no runners-up: asked for several, it gives that
 * one (the name finder asks for one).
 */
interface SingleSequenceModel extends SequenceClassificationModel {

  @Override
  default <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return new Sequence[] {bestSequence(sequence, additionalContext, cg, validator)};
  }

  @Override
  default <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return new Sequence[] {bestSequence(sequence, additionalContext, cg, validator)};
  }
}
