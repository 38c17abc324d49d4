package ua.ner;

import java.util.Objects;

/**
 * An entity found in a text: its type, the text as written, its position and its citation form.
 *
 * <p>{@code start} and {@code end} are {@link String} indices into the analysed text, so
 * {@code text.substring(entity.start(), entity.end()).equals(entity.text())} always holds.
 *
 * <pre>{@code
 * Entity e = extractor.extractEntities("Заяву зробив Рустем Умєров.").get(0);
 * // Entity[type=PERSON, text=Рустем Умєров, start=13, end=26, normalized=Рустем Умєров, confidence=0.98]
 * }</pre>
 *
 * @param type       what kind of entity this is
 * @param text       the entity as written in the text
 * @param start      index of its first char in the text
 * @param end        index after its last char in the text
 * @param normalized its citation (nominative) form; for now the dictionary lemma of single-word
 *                   entities and the text itself otherwise
 * @param confidence the model's confidence in this entity, from 0 to 1
 */
public record Entity(EntityType type, String text, int start, int end, String normalized, double confidence) {

  /**
   * Validates the values.
   *
   * @throws NullPointerException     if {@code type}, {@code text} or {@code normalized} is null
   * @throws IllegalArgumentException if the span is negative or does not match the text's length,
   *                                  or the confidence is outside [0, 1]
   */
  public Entity {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(normalized, "normalized must not be null");
    if (start < 0 || start > end) {
      throw new IllegalArgumentException("start must be between 0 and end: start=" + start + ", end=" + end);
    }
    if (end - start != text.length()) {
      throw new IllegalArgumentException("span length must equal the text length: start=" + start + ", end=" + end
          + ", text length=" + text.length());
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1: confidence=" + confidence);
    }
  }
}
