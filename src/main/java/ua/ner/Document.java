package ua.ner;

import java.util.List;
import java.util.Objects;

/**
 * What {@link UkrainianEntityExtractor#analyze(String)} finds in a text: its entities and the people
 * they name.
 *
 * @param entities the entities in text order
 * @param persons  the people, in order of first mention; each PERSON entity belongs to exactly one
 */
public record Document(List<Entity> entities, List<Person> persons) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list is null
   */
  public Document {
    entities = List.copyOf(Objects.requireNonNull(entities, "entities must not be null"));
    persons = List.copyOf(Objects.requireNonNull(persons, "persons must not be null"));
  }
}
