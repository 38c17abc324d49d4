package ua.ner;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import ua.ner.internal.ExtractionPipeline;

/**
 * Finds the people, organisations, places and roles named in Ukrainian text.
 *
 * <pre>{@code
 * UkrainianEntityExtractor extractor = UkrainianEntityExtractor.create();
 * for (Entity e : extractor.extractEntities("Секретар РНБО Рустем Умєров прибув до Києва.")) {
 *   System.out.println(e.type() + " " + e.text() + " [" + e.start() + ", " + e.end() + ")");
 * }
 * }</pre>
 *
 * <p>{@link #analyze(String)} also groups the PERSON mentions into {@link Person}s with their
 * {@link Role}s.
 *
 * <p>The pipeline: sentence detection and name finding with Apache OpenNLP models trained on
 * NER-UK 2.0 and BRUK, tokenization by rules, features from the VESUM morphological dictionary
 * ({@code morfologik-ukrainian-lt}).
 *
 * <p><b>Thread safety:</b> an extractor is immutable once created and is thread-safe: create one
 * and share it between all threads. Loading takes a while (models and dictionary), extracting does not.
 * Calls borrow per-call state from an internal pool, so nothing is tied to the calling thread;
 * {@link #close()} drops that pool.
 */
public final class UkrainianEntityExtractor implements AutoCloseable {

  private final ExtractionPipeline pipeline;

  private UkrainianEntityExtractor(ExtractionPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Creates an extractor with the models bundled in this library.
   *
   * @throws ModelLoadException if a bundled model or the dictionary cannot be loaded; the message
   *                            names the resource
   */
  public static UkrainianEntityExtractor create() {
    return new UkrainianEntityExtractor(ExtractionPipeline.load(null));
  }

  /**
   * Creates an extractor with the models in {@code modelDirectory} (as written by the command-line
   * {@code train --out DIR}); a model file missing there is taken from the bundled ones.
   *
   * @throws NullPointerException if {@code modelDirectory} is null
   * @throws ModelLoadException   if the folder does not exist or a model in it cannot be loaded; the
   *                              message names the folder or file
   */
  public static UkrainianEntityExtractor create(Path modelDirectory) {
    Objects.requireNonNull(modelDirectory, "modelDirectory must not be null");
    if (!java.nio.file.Files.isDirectory(modelDirectory)) {
      throw new ModelLoadException(modelDirectory.toString(), "not a folder", null);
    }
    return new UkrainianEntityExtractor(ExtractionPipeline.load(modelDirectory));
  }

  /**
   * Finds the entities in {@code text}.
   *
   * @param text any text; need not be a whole document, but documents give the best results
   * @return the entities in text order, never null; empty for empty or blank text
   * @throws NullPointerException if {@code text} is null
   */
  public List<Entity> extractEntities(String text) {
    return analyze(text).entities();
  }

  /**
   * Finds the entities in {@code text} and the people they name: each person with all their mentions,
   * the parts of their name in the nominative and the posts the text gives them.
   *
   * <pre>{@code
   * Document doc = extractor.analyze("Секретар РНБО Рустем Умєров прибув до Києва. Умєров заявив …");
   * Person p = doc.persons().get(0);
   * // p.name() = "Рустем Умєров", p.mentions().size() = 2, p.roles().get(0).title() = "секретар"
   * }</pre>
   *
   * @param text any text; a whole document gives the best results
   * @return the entities (as {@link #extractEntities(String)} returns them) and the persons; never null
   * @throws NullPointerException if {@code text} is null
   */
  public Document analyze(String text) {
    Objects.requireNonNull(text, "text must not be null");
    return pipeline.document(text);
  }

  /**
   * Releases the pooled per-call state. The extractor stays usable (it rebuilds that state on the
   * next call); closing only matters when an application drops the extractor in a long-running pool.
   */
  @Override
  public void close() {
    pipeline.close();
  }
}
