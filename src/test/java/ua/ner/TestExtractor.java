package ua.ner;

/** One extractor for the whole test run: loading models takes a second or two. */
final class TestExtractor {

  private static final UkrainianEntityExtractor EXTRACTOR = UkrainianEntityExtractor.create();

  private TestExtractor() {
  }

  static UkrainianEntityExtractor get() {
    return EXTRACTOR;
  }
}
