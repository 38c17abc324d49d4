package ua.ner.internal.ner;

import java.io.IOException;
import java.io.InputStream;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A {@link TokenNameFinderModel} (same file format) whose finders evaluate the maxent model through
 * {@link IncrementalMaxentModel}: the same beam search over the same weights, with the per-token work
 * done once instead of once per hypothesis.
 */
public final class FastNameFinderModel extends TokenNameFinderModel {

  /** The entry of the maxent model in the model file. */
  private static final String MAXENT_ENTRY = "nameFinder.model";

  public FastNameFinderModel(InputStream in) throws IOException {
    super(in);
  }

  @Override
  public SequenceClassificationModel getNameFinderSequenceModel() {
    Object maxent = artifactMap.get(MAXENT_ENTRY);
    if (!(maxent instanceof AbstractModel model)) {
      return super.getNameFinderSequenceModel();
    }
    String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    int beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    return new BeamSearch(beamSize, new IncrementalMaxentModel(model));
  }
}
