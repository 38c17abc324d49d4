package ua.ner.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ua.ner.EntityType;
import ua.ner.internal.morph.MorphAnalyzer;

/**
 * Gives every mention of one name in a document the same type: where the model took one name for a
 * person in one sentence and for a place in another (Науменко, Діброва), the type with the larger sum
 * of confidences wins (a tie changes nothing). A name is its normalized form, lowercased; posts take
 * no part. The surname of a person named in full in the document (first name or patronymic and
 * surname) is that person wherever it stands alone (Агія Загребельська … Загребельська), and the full
 * name itself is not retyped. A mention made a person has no posts (its sentence is gone).
 *
 * <p>Chosen on the cross-validation folds of TRAIN: 8 mentions retyped there, all rightly (4 by the
 * votes, 4 more by the full names' surnames; counting a full name as a vote for its surname instead
 * made 2 of those 4), micro F1 +0.0011 and +0.0006; on DEV 2 mentions, both rightly, +0.0009.
 */
final class TypeVote {

  private TypeVote() {
  }

  /**
   * Retypes, in place, the mentions whose name the document gives another type more surely.
   *
   * @param text the document
   * @param view the document as the tokens see it ({@link MarkupView}); offsets are the same
   */
  static void apply(List<Mention> mentions, String text, String view, MorphAnalyzer analyzer) {
    Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    Set<String> surnames = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type == EntityType.ROLE) {
        continue;
      }
      votes.computeIfAbsent(key(m), k -> new EnumMap<>(EntityType.class))
          .merge(m.type, m.entity.confidence(), Double::sum);
      if (isFullName(m) && m.name.last() != null) {
        surnames.add(m.name.last().toLowerCase(Locale.ROOT));
      }
    }
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type == EntityType.ROLE || isFullName(m)) {
        continue;
      }
      EntityType best = m.type;
      if (surnames.contains(key(m))) {
        best = EntityType.PERSON;
      } else {
        Map<EntityType, Double> types = votes.get(key(m));
        for (Map.Entry<EntityType, Double> e : types.entrySet()) {
          if (e.getValue() > types.get(best)) {
            best = e.getKey();
          }
        }
      }
      if (best != m.type) {
        mentions.set(i, m.retyped(best, text, view.substring(m.entity.start(), m.entity.end()), analyzer));
      }
    }
  }

  /** A person's name of two or more parts (first name, patronymic, surname). */
  private static boolean isFullName(Mention m) {
    return m.name != null && m.name.parts() > 1;
  }

  private static String key(Mention m) {
    return m.entity.normalized().toLowerCase(Locale.ROOT);
  }
}
