package ua.ner.internal.ner;

import java.util.Map;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Creates {@link UkrainianFeatureGenerator}s for the name finder's XML feature descriptor
 * ({@code <generator class="ua.ner.internal.ner.UkrainianFeatureGeneratorFactory"/>}).
 * Its class name is part of the model format: never rename it without retraining.
 */
public final class UkrainianFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  public UkrainianFeatureGeneratorFactory() {
  }

  /** Name of the optional {@code <str>} argument that names the model's {@link WordClasses} artifact. */
  public static final String CLASSES_ARG = "wordClasses";

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String key = getStr(CLASSES_ARG, null);
    WordClasses classes = null;
    if (key != null && resourceManager != null) {
      Object resource = resourceManager.getResource(key);
      if (!(resource instanceof WordClasses wc)) {
        throw new InvalidFormatException("the model lacks its word classes artifact '" + key + "'");
      }
      classes = wc;
    }
    return new UkrainianFeatureGenerator(classes);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    String key = getStr(CLASSES_ARG, null);
    return key == null ? Map.of() : Map.of(key, new WordClasses.Serializer());
  }
}
