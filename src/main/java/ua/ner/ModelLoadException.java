package ua.ner;

/**
 * Thrown by {@link UkrainianEntityExtractor#create()} when a bundled model or the dictionary cannot be
 * loaded. The message names the resource; nothing half-initialized is returned.
 */
public class ModelLoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String resource;

  /**
   * @param resource the resource (classpath name or file) that failed
   * @param message  what went wrong
   * @param cause    the underlying error, may be null
   */
  public ModelLoadException(String resource, String message, Throwable cause) {
    super("cannot load " + resource + ": " + message, cause);
    this.resource = resource;
  }

  /** The classpath resource or file that could not be loaded. */
  public String resource() {
    return resource;
  }
}
