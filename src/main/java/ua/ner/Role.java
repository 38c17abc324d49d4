package ua.ner;

import java.util.Objects;

/**
 * A post held by a {@link Person}, as the text states it next to the person's name.
 *
 * <pre>{@code
 * // "секретар Ради національної безпеки і оборони України Рустем Умєров"
 * Role[title=секретар, organization=Рада національної безпеки і оборони України,
 *      text=секретар Ради національної безпеки і оборони України]
 * }</pre>
 *
 * @param title        the post in the nominative ({@code секретар}, {@code спеціальний посланник})
 * @param organization the institution or place of the post, in the nominative when it is an entity
 *                     ({@code Генеральний штаб ЗСУ}), as written when it is a plain phrase
 *                     ({@code української делегації}); null when the text names none
 * @param text         the post and its institution as written in the text
 */
public record Role(String title, String organization, String text) {

  /**
   * @throws NullPointerException if {@code title} or {@code text} is null
   */
  public Role {
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }
}
