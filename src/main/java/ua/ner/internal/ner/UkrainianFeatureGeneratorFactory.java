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
  /** Name of the optional {@code <str>} argument that names the model's {@link SuffixGuesses} artifact. */
  public static final String GUESSES_ARG = "suffixGuesses";

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    return new UkrainianFeatureGenerator(resource(CLASSES_ARG, WordClasses.class),
        resource(GUESSES_ARG, SuffixGuesses.class));
  }

  private <T> T resource(String arg, Class<T> type) throws InvalidFormatException {
    String key = getStr(arg, null);
    if (key == null || resourceManager == null) {
      return null;
    }
    Object resource = resourceManager.getResource(key);
    if (!type.isInstance(resource)) {
      throw new InvalidFormatException("the model lacks its " + type.getSimpleName() + " artifact '" + key + "'");
    }
    return type.cast(resource);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    Map<String, ArtifactSerializer<?>> mapping = new java.util.HashMap<>();
    String classes = getStr(CLASSES_ARG, null);
    if (classes != null) {
      mapping.put(classes, new WordClasses.Serializer());
    }
    String guesses = getStr(GUESSES_ARG, null);
    if (guesses != null) {
      mapping.put(guesses, new SuffixGuesses.Serializer());
    }
    return mapping;
  }
}
