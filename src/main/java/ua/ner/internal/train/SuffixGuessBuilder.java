package ua.ner.internal.train;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import ua.ner.internal.morph.MorphTag;
import ua.ner.internal.morph.UkrainianDictionary;
import ua.ner.internal.ner.SuffixGuesses;

/**
 * Builds {@link SuffixGuesses} from the whole dictionary: for every ending of 2 to 5 letters, the
 * paradigm class most word forms with that ending have, when it is clear enough.
 */
public final class SuffixGuessBuilder {

  /** An ending needs this many dictionary forms behind it. */
  static final int MIN_FORMS = 20;
  /** …and this share of them in its top class. */
  static final double MIN_SHARE = 0.5;
  private static final Locale UK = Locale.forLanguageTag("uk");

  private SuffixGuessBuilder() {
  }

  public static SuffixGuesses build(UkrainianDictionary dictionary) {
    Map<String, Map<String, Integer>> counts = new HashMap<>(1 << 20);
    dictionary.forEachEntry((form, bits) -> {
      if (!SuffixGuesses.isWordLike(form)) {
        return;
      }
      String cls = paradigm(bits);
      String lower = form.toLowerCase(UK);
      for (int len = SuffixGuesses.MIN_SUFFIX; len <= SuffixGuesses.MAX_SUFFIX && len < lower.length(); len++) {
        counts.computeIfAbsent(lower.substring(lower.length() - len), k -> new HashMap<>(4)).merge(cls, 1, Integer::sum);
      }
    });
    Map<String, String> guesses = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
      int total = 0;
      String best = null;
      int bestCount = 0;
      for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {
        total += c.getValue();
        if (c.getValue() > bestCount || c.getValue() == bestCount && c.getKey().compareTo(best) < 0) {
          best = c.getKey();
          bestCount = c.getValue();
        }
      }
      if (total >= MIN_FORMS && bestCount >= MIN_SHARE * total) {
        guesses.put(e.getKey(), best);
      }
    }
    return new SuffixGuesses(guesses);
  }


  /** The paradigm class of a tag: kind of word, with gender for nominal words (lname:m, geo:f, adj:p). */
  static String paradigm(long bits) {
    String cls;
    if ((bits & MorphTag.PROP) != 0) {
      cls = (bits & MorphTag.FNAME) != 0 ? "fname" : (bits & MorphTag.LNAME) != 0 ? "lname"
          : (bits & MorphTag.PNAME) != 0 ? "pname" : (bits & MorphTag.GEO) != 0 ? "geo" : "prop";
    } else if ((bits & MorphTag.NOUN) != 0) {
      cls = (bits & MorphTag.ANIM) != 0 ? "anim" : "noun";
    } else if ((bits & MorphTag.ADJ) != 0) {
      cls = "adj";
    } else if ((bits & MorphTag.VERB) != 0) {
      return "verb";
    } else if ((bits & (MorphTag.ADV | MorphTag.ADVP)) != 0) {
      return "adv";
    } else {
      return "other";
    }
    String gender = (bits & MorphTag.MASC) != 0 ? ":m" : (bits & MorphTag.FEM) != 0 ? ":f"
        : (bits & MorphTag.NEUT) != 0 ? ":n" : (bits & MorphTag.PLUR) != 0 ? ":p" : "";
    return cls + gender;
  }
}
