package ua.ner.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.ext.ExtensionLoader;
import ua.ner.internal.ner.FastNameFinderModel;
import ua.ner.ModelLoadException;

/** Loads the trained models, from the classpath (bundled) or from a folder (retrained). */
public final class Models {

  /** File name of the sentence detector model, in {@code models/} and in the jar. */
  public static final String SENTENCE_MODEL = "sentence-uk.bin";
  /** File name of the name finder model, in {@code models/} and in the jar. */
  public static final String NAME_FINDER_MODEL = "ner-uk.bin";
  /** Classpath folder of the bundled models. */
  public static final String CLASSPATH_DIR = "/ua/ner/models/";

  /** The package of our feature generators and model artifacts, which name finder models name by class. */
  public static final String EXTENSION_PACKAGE = "ua.ner.internal.ner";

  private Models() {
  }

  /**
   * Lets OpenNLP instantiate our feature generators and artifacts when it reads or trains a name finder
   * model (OpenNLP 2.5 loads extension classes only from registered packages). Idempotent.
   */
  public static void registerExtensions() {
    ExtensionLoader.registerAllowedPackage(EXTENSION_PACKAGE);
  }

  public static SentenceModel sentenceModel(Path dir) {
    return load(dir, SENTENCE_MODEL, SentenceModel::new);
  }

  public static TokenNameFinderModel nameFinderModel(Path dir) {
    registerExtensions();
    return load(dir, NAME_FINDER_MODEL, FastNameFinderModel::new);
  }

  private interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  /** Loads {@code name} from {@code dir}, or from the classpath when {@code dir} is null or lacks it. */
  private static <T> T load(Path dir, String name, Reader<T> reader) {
    String resource;
    InputStream in;
    try {
      if (dir != null && Files.isRegularFile(dir.resolve(name))) {
        resource = dir.resolve(name).toString();
        in = Files.newInputStream(dir.resolve(name));
      } else {
        resource = "classpath:" + CLASSPATH_DIR + name;
        in = Models.class.getResourceAsStream(CLASSPATH_DIR + name);
        if (in == null) {
          throw new ModelLoadException(resource, "not found", null);
        }
      }
    } catch (IOException e) {
      throw new ModelLoadException(dir.resolve(name).toString(), e.getMessage(), e);
    }
    try (InputStream model = in) {
      return reader.read(model);
    } catch (IOException | RuntimeException e) {
      throw new ModelLoadException(resource, "not a valid model (" + e + ")", e);
    }
  }
}
