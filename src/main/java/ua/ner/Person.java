package ua.ner;

import java.util.List;
import java.util.Objects;

/**
 * A person named in a document: all the mentions of one person, their name and their posts.
 *
 * <pre>{@code
 * Person[name=Рустем Умєров, firstName=Рустем, lastName=Умєров, patronymic=null,
 *        mentions=[6 PERSON entities: "Рустем Умєров", "Умєров", "Рустема Умєрова", …],
 *        roles=[Role[title=секретар, organization=Рада національної безпеки і оборони України, …], …]]
 * }</pre>
 *
 * @param name       the fullest form of the name seen in the document, in the nominative
 * @param firstName  the first name in the nominative (or an initial such as {@code Т.}), or null
 * @param lastName   the surname in the nominative, or null
 * @param patronymic the patronymic in the nominative (or an initial), or null when absent
 * @param mentions   the PERSON entities that refer to this person, in text order (never empty)
 * @param roles      the posts the text gives this person, in order of first mention (may be empty)
 */
public record Person(String name, String firstName, String lastName, String patronymic, List<Entity> mentions,
    List<Role> roles) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException     if {@code name}, {@code mentions} or {@code roles} is null
   * @throws IllegalArgumentException if {@code mentions} is empty
   */
  public Person {
    Objects.requireNonNull(name, "name must not be null");
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions must not be null"));
    roles = List.copyOf(Objects.requireNonNull(roles, "roles must not be null"));
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("a person needs at least one mention: name=" + name);
    }
  }
}
