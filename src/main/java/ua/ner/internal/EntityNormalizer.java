package ua.ner.internal;

import ua.ner.EntityType;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.MorphTag;
import ua.ner.internal.morph.Reading;
import ua.ner.internal.morph.WordAnalysis;

/**
 * The {@code normalized} form of an entity: for a single word, its dictionary lemma from the reading
 * that fits the entity type (a surname's lemma for a person, a place name's for a location); for
 * longer entities, the text as written (their nominative forms need agreement, not lemmas).
 */
final class EntityNormalizer {

  private EntityNormalizer() {
  }

  static String normalize(EntityType type, String text, String[] tokens, MorphAnalyzer analyzer) {
    if (tokens.length != 1) {
      return text;
    }
    WordAnalysis a = analyzer.analyze(tokens[0]);
    if (!a.known() || a.has(MorphTag.NV) && a.has(MorphTag.ABBR)) {
      return text;
    }
    Reading best = null;
    int bestScore = -1;
    for (Reading r : a.readings()) {
      int score = score(type, r);
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    if (best == null || bestScore == 0) {
      return text;
    }
    String lemma = best.lemma();
    if (type != EntityType.ROLE && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(lemma.charAt(0))) {
      // a common noun used as a name ("Рада"): keep the capital
      lemma = Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1);
    }
    return lemma;
  }

  private static int score(EntityType type, Reading r) {
    if (!r.has(MorphTag.NOUN)) {
      return 0;
    }
    int s = 1;
    switch (type) {
      case PERSON -> s += r.has(MorphTag.LNAME | MorphTag.FNAME | MorphTag.PNAME) ? 4 : r.has(MorphTag.ANIM) ? 1 : 0;
      case LOCATION -> s += r.has(MorphTag.GEO) ? 4 : r.has(MorphTag.PROP) ? 2 : 0;
      case ORGANIZATION -> s += r.has(MorphTag.PROP) ? 2 : 0;
      case ROLE -> s += r.has(MorphTag.ANIM) && !r.has(MorphTag.PROP) ? 4 : 0;
      default -> { }
    }
    if (r.has(MorphTag.V_NAZ)) {
      s += 1;
    }
    return s;
  }
}
