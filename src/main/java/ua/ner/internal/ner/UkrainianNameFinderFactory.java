package ua.ner.internal.ner;

import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.model.ArtifactProvider;

/**
 * The name finder factory of a loaded {@link FastNameFinderModel}: OpenNLP's, reading everything from
 * the model as OpenNLP's does, except that its context generator is a {@link UkrainianContextGenerator}
 * (the same features, which {@link MaxentBeamSearch} can also sum without listing them). Not stored
 * in the model: the model's manifest still names OpenNLP's factory.
 */
final class UkrainianNameFinderFactory extends TokenNameFinderFactory {

  private UkrainianNameFinderFactory() {
  }

  /** A factory over the artifacts and manifest of {@code model}. */
  static UkrainianNameFinderFactory of(ArtifactProvider model) {
    UkrainianNameFinderFactory factory = new UkrainianNameFinderFactory();
    factory.init(model);
    return factory;
  }

  @Override
  public NameContextGenerator createContextGenerator() {
    AdaptiveFeatureGenerator generator = createFeatureGenerators();
    return generator == null ? super.createContextGenerator() : new UkrainianContextGenerator(generator);
  }
}
