package ua.ner.internal.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Creates {@link UkrainianFeatureGenerator}s for the name finder's XML feature descriptor
 * ({@code <generator class="ua.ner.internal.ner.UkrainianFeatureGeneratorFactory"/>}).
 * Its class name is part of the model format: never rename it without retraining.
 */
public final class UkrainianFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  public UkrainianFeatureGeneratorFactory() {
  }

  @Override
  public AdaptiveFeatureGenerator create() {
    return new UkrainianFeatureGenerator();
  }
}
