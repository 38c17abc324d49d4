package ua.ner.internal.morph;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything the dictionary says about one word form, copied into our own immutable value.
 *
 * @param form      the lookup form that was analysed
 * @param readings  the readings found, best source first (see {@link Source})
 * @param source    where the readings came from
 * @param tags      union of the {@link MorphTag} bits of all readings
 * @param semantics union of the {@link SemanticTag} bits of the readings' lemmas
 */
public record WordAnalysis(String form, List<Reading> readings, Source source, long tags, int semantics) {

  /** Where the readings of a word were found. */
  public enum Source {
    /** The form as written (proper names, abbreviations, lowercase words). */
    EXACT,
    /** The lowercased form of a capitalized word: a common word at the start of a sentence or a name. */
    LOWERCASE,
    /** The title-cased form of an all-caps word. */
    TITLECASE,
    /** The last part of an unknown hyphenated compound. */
    COMPOUND_TAIL,
    /** Not in the dictionary. */
    UNKNOWN
  }

  public boolean known() {
    return source != Source.UNKNOWN;
  }

  public boolean has(long bit) {
    return (tags & bit) != 0;
  }

  public boolean hasSemantic(int bit) {
    return (semantics & bit) != 0;
  }

  /** Whether this word may be a noun of a profession or a person (dict_uk {@code prof}, {@code hum}). */
  public boolean mayBePersonNoun() {
    return has(MorphTag.NOUN) && hasSemantic(SemanticTag.PROF | SemanticTag.HUM);
  }

  /**
   * Whether one of this word's readings accepted by {@code modifier} agrees ({@link Reading#agreesWith})
   * with one of {@code head}'s readings accepted by {@code headReading}: спеціальний посланник,
   * Замковій горі.
   */
  public boolean agreesWith(WordAnalysis head, Predicate<Reading> modifier, Predicate<Reading> headReading) {
    for (Reading m : readings) {
      if (!modifier.test(m)) {
        continue;
      }
      for (Reading h : head.readings) {
        if (headReading.test(h) && m.agreesWith(h)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one of this word's readings is a noun whose lemma is one of {@code lemmas}. */
  public boolean mayBeNounOf(Set<String> lemmas) {
    for (Reading r : readings) {
      if (r.has(MorphTag.NOUN) && lemmas.contains(r.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** The lemma of the first reading, or the form itself when the word is unknown. */
  public String lemma() {
    return readings.isEmpty() ? form : readings.get(0).lemma();
  }
}
