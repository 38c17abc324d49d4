package ua.ner.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.MorphTag;
import ua.ner.internal.morph.Reading;
import ua.ner.internal.morph.WordAnalysis;

/**
 * Person names: which words are the first name, the patronymic and the surname, in which case and
 * gender the name stands, and each part's nominative.
 *
 * <p>The case and gender are those the name's words agree on in the dictionary, the first name (or
 * patronymic) deciding the gender ({@code Рустема Умєрова}: masculine genitive → {@code Рустем Умєров}).
 * Words the dictionary lacks are inflected back by the Ukrainian surname and name paradigms, for the
 * case and gender of the rest of the name ({@code Андрія Гнатова} → {@code Гнатов};
 * {@code Олени Гнатової} → {@code Гнатова}; {@code Віткоффа} → {@code Віткофф}).
 */
final class PersonNames {

  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final long GENDERS = MorphTag.MASC | MorphTag.FEM;
  private static final long NAMES = MorphTag.FNAME | MorphTag.LNAME | MorphTag.PNAME;

  /**
   * A parsed name.
   *
   * @param first      the first name (or its initial, "Т."), nominative, or null
   * @param patronymic the patronymic (or its initial), nominative, or null
   * @param last       the surname, nominative, or null
   * @param forms      the nominative of every token (initials and punctuation as written)
   */
  record Name(String first, String patronymic, String last, String[] forms) {

    /** The whole name in the nominative, with the text between the tokens as written, written cleanly. */
    String normalized(String text, String[] tokens, int[] offsets) {
      return NominativeNormalizer.clean(NominativeNormalizer.rebuild(text, tokens, offsets, forms));
    }

    int parts() {
      return (first == null ? 0 : 1) + (patronymic == null ? 0 : 1) + (last == null ? 0 : 1);
    }
  }

  private enum Part { FIRST, PATRONYMIC, LAST }

  private PersonNames() {
  }

  static Name parse(String[] tokens, MorphAnalyzer analyzer) {
    int n = tokens.length;
    String[] forms = tokens.clone();
    WordAnalysis[] analyses = new WordAnalysis[n];
    boolean[] word = new boolean[n];
    boolean[] initial = new boolean[n];
    for (int i = 0; i < n; i++) {
      String t = tokens[i];
      if (t.length() == 1 && Character.isUpperCase(t.charAt(0)) && i + 1 < n && tokens[i + 1].equals(".")) {
        initial[i] = true;
      } else if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
        word[i] = true;
        analyses[i] = analyzer.analyze(t);
      }
    }
    long agreement = agreement(analyses, word);
    Part[] parts = new Part[n];
    int lastWord = -1;
    int words = 0;
    for (int i = 0; i < n; i++) {
      if (word[i]) {
        lastWord = i;
        words++;
      }
    }
    for (int i = 0; i < n; i++) {
      if (!word[i]) {
        continue;
      }
      // in "Андрієві Іванчуку" the first word is read as a first name, the last as a surname
      long preferred = words < 2 ? 0 : i == lastWord ? MorphTag.LNAME : MorphTag.FNAME | MorphTag.PNAME;
      Reading r = reading(analyses[i], agreement, preferred);
      if (r != null && !r.has(MorphTag.NV)) {
        forms[i] = NominativeNormalizer.withShapeOf(tokens[i], analyzer.nominative(r));
      } else if (r == null && agreement != 0 && !analyses[i].has(MorphTag.NV)) {
        forms[i] = guessNominative(tokens[i], agreement);
      } else if (r == null && agreement == 0 && !analyses[i].known()) {
        forms[i] = guessWithoutContext(tokens[i]);
      }
      parts[i] = r != null && r.has(MorphTag.FNAME) ? Part.FIRST : r != null && r.has(MorphTag.PNAME) ? Part.PATRONYMIC
          : Part.LAST;
    }
    assignByPosition(parts, word, analyses);
    String first = null;
    String patronymic = null;
    String last = null;
    for (int i = 0; i < n; i++) {
      if (initial[i]) {
        String init = tokens[i] + ".";
        if (first == null && last == null) {
          first = init;
        } else if (first != null && patronymic == null) {
          patronymic = init;
        } else if (first == null) {
          first = init; // "Павлову Г. Л.": surname first, then initials
        } else if (patronymic == null) {
          patronymic = init;
        }
      } else if (word[i]) {
        switch (parts[i]) {
          case FIRST -> first = first == null ? forms[i] : first;
          case PATRONYMIC -> patronymic = patronymic == null ? forms[i] : patronymic;
          default -> last = last == null ? forms[i] : last + (tokens[i - 1].equals("-") ? "-" : " ") + forms[i];
        }
      }
    }
    return new Name(first, patronymic, last, forms);
  }

  /**
   * The case and gender the name's words agree on: the most common pair among the name readings,
   * a first name's or patronymic's gender counting most, the nominative preferred.
   */
  private static long agreement(WordAnalysis[] analyses, boolean[] word) {
    long best = 0;
    int bestScore = 0;
    for (int i = 0; i < analyses.length; i++) {
      if (!word[i]) {
        continue;
      }
      for (Reading r : analyses[i].readings()) {
        if (r.has(MorphTag.PLUR) || !r.has(NAMES) && !(r.has(MorphTag.NOUN) && r.has(MorphTag.ANIM))) {
          continue; // a person's name is singular ("Юлії" is not "the Julias")
        }
        long candidate = (r.bits() & MorphTag.CASE_MASK) | (r.bits() & GENDERS);
        if (Long.bitCount(candidate & MorphTag.CASE_MASK) != 1) {
          continue;
        }
        int score = 0;
        for (int j = 0; j < analyses.length; j++) {
          if (word[j]) {
            score += support(analyses[j], candidate);
          }
        }
        score = score * 4 + (r.has(MorphTag.V_NAZ) ? 2 : 0) + (r.has(MorphTag.MASC) ? 1 : 0);
        if (score > bestScore) {
          best = candidate;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /** How strongly a word supports a case and gender: a first name or patronymic more than a surname. */
  private static int support(WordAnalysis a, long candidate) {
    int s = 0;
    for (Reading r : a.readings()) {
      if (r.has(MorphTag.PLUR)) {
        continue;
      }
      if (matches(r, candidate) && r.has(NAMES)) {
        s = Math.max(s, r.has(MorphTag.FNAME | MorphTag.PNAME) ? 3 : 2);
      } else if (matches(r, candidate) && r.has(MorphTag.NOUN)) {
        s = Math.max(s, 1);
      }
    }
    return s;
  }

  private static boolean matches(Reading r, long candidate) {
    long caseBit = candidate & MorphTag.CASE_MASK;
    long gender = candidate & GENDERS;
    return (r.bits() & caseBit) != 0 && (gender == 0 || (r.bits() & gender) != 0);
  }

  /** The word's reading in the agreed case and gender: a name reading of the preferred kind, any name reading, an animate noun. */
  private static Reading reading(WordAnalysis a, long agreement, long preferred) {
    Reading name = null;
    Reading fallback = null;
    for (Reading r : a.readings()) {
      if (r.has(MorphTag.PLUR) || agreement != 0 && !matches(r, agreement)) {
        continue;
      }
      if (r.has(NAMES)) {
        if (preferred == 0 || r.has(preferred)) {
          return r;
        }
        name = name == null ? r : name;
      }
      if (fallback == null && r.has(MorphTag.NOUN) && r.has(MorphTag.ANIM)) {
        fallback = r;
      }
    }
    return name != null ? name : fallback;
  }

  /**
   * Without dictionary tags to go by, the usual order decides: of two name words the first is the
   * first name ("Джаред Кушнер"), of three the middle one is the patronymic.
   */
  private static void assignByPosition(Part[] parts, boolean[] word, WordAnalysis[] analyses) {
    List<Integer> words = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      if (word[i]) {
        words.add(i);
      }
    }
    boolean anyFirst = false;
    for (int i : words) {
      anyFirst |= parts[i] == Part.FIRST;
    }
    if (!anyFirst && words.size() >= 2 && parts[words.get(0)] == Part.LAST && !analyses[words.get(0)].has(MorphTag.LNAME)) {
      parts[words.get(0)] = Part.FIRST;
    }
    if (words.size() == 3 && parts[words.get(1)] == Part.LAST && parts[words.get(0)] == Part.FIRST
        && parts[words.get(2)] == Part.LAST && analyses[words.get(1)].has(MorphTag.PNAME)) {
      parts[words.get(1)] = Part.PATRONYMIC;
    }
  }

  /** The nominative of a name the dictionary lacks, by the paradigms of Ukrainian names; capitalized as {@code word}. */
  static String guessNominative(String word, long agreement) {
    return NominativeNormalizer.withShapeOf(word, guessLowercase(word, agreement));
  }

  private static String guessLowercase(String word, long agreement) {
    String w = word.toLowerCase(UK);
    if ((agreement & MorphTag.V_NAZ) != 0) {
      return word;
    }
    boolean fem = (agreement & MorphTag.FEM) != 0;
    String stem;
    if (fem) {
      if ((stem = strip(w, "ової", "овій", "ову", "овою")) != null) {
        return stem + "ова";
      }
      if ((stem = strip(w, "евої", "евій", "еву", "евою")) != null) {
        return stem + "ева";
      }
      if ((stem = strip(w, "іної", "іній", "іну", "іною")) != null) {
        return stem + "іна";
      }
      if ((stem = strip(w, "ької", "ькій", "ьку", "ькою")) != null) {
        return stem + "ька";
      }
      if ((stem = strip(w, "ії", "ію", "ією")) != null) {
        return stem + "ія";
      }
      if ((stem = strip(w, "ої", "ій")) != null && !isVowel(stem.charAt(stem.length() - 1))) {
        return stem + "а"; // an adjectival surname: Сніжної → Сніжна
      }
      if (endsWithVowel(w)) {
        if ((stem = strip(w, "ою", "и", "і", "у")) != null && !stem.isEmpty() && !isVowel(stem.charAt(stem.length() - 1))) {
          return stem + "а";
        }
        if ((stem = strip(w, "ею", "ю", "ї", "єю")) != null) {
          return stem + "я";
        }
      }
      return word; // a woman's surname on a consonant does not decline
    }
    if ((stem = strip(w, "ського", "ському", "ським", "ськім")) != null) {
      return stem + "ський";
    }
    if ((stem = strip(w, "цького", "цькому", "цьким", "цькім")) != null) {
      return stem + "цький";
    }
    for (String suffix : new String[] {"ов", "ев", "єв", "ін", "їн", "ин"}) {
      if ((stem = strip(w, suffix + "ові", suffix + "им", suffix + "а", suffix + "у", suffix + "і")) != null) {
        return stem + suffix;
      }
    }
    if ((stem = strip(w, "енка", "енку", "енкові", "енком")) != null) {
      return stem + "енко";
    }
    if ((stem = strip(w, "єнка", "єнку", "єнкові", "єнком")) != null) {
      return stem + "єнко";
    }
    if ((stem = strip(w, "ії", "ією")) != null) {
      return stem + "ія"; // Убірії → Убірія
    }
    if ((stem = strip(w, "ою", "и")) != null && !isVowel(stem.charAt(stem.length() - 1))) {
      return stem + "а"; // Кулеби → Кулеба
    }
    if ((stem = strip(w, "єві", "єм", "я", "ю")) != null && isVowel(stem.charAt(stem.length() - 1))) {
      return stem + "й"; // Андрія → Андрій
    }
    if ((stem = strip(w, "еві", "ем", "я", "ю")) != null) {
      char c = stem.charAt(stem.length() - 1);
      return "лнсцздт".indexOf(c) >= 0 ? stem + "ь" : stem; // Шмигаля → Шмигаль, Ігоря → Ігор
    }
    if ((stem = strip(w, "ові", "ом", "а", "у", "і")) != null && stem.length() >= 2
        && !isVowel(stem.charAt(stem.length() - 1))) {
      return stem; // Віткоффа → Віткофф
    }
    return word;
  }

  /**
   * A surname alone, unknown to the dictionary: only the endings that can only be oblique cases are
   * undone ("Ніколєнка" → "Ніколєнко"); "Гнатова" could be a woman's nominative and stays.
   */
  static String guessWithoutContext(String word) {
    String w = word.toLowerCase(UK);
    String stem;
    if ((stem = strip(w, "енка", "енку", "енкові", "енком")) != null && hasVowel(stem)) {
      return NominativeNormalizer.withShapeOf(word, stem + "енко");
    }
    if ((stem = strip(w, "єнка", "єнку", "єнкові", "єнком")) != null && hasVowel(stem)) {
      return NominativeNormalizer.withShapeOf(word, stem + "єнко");
    }
    return word; // "Шренка" (of Шренк) is not a Ukrainian -енко name
  }

  private static boolean hasVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isVowel(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code w} without the first of the suffixes it ends with (leaving at least two letters), or null. */
  private static String strip(String w, String... suffixes) {
    for (String s : suffixes) {
      if (w.endsWith(s) && w.length() > s.length() + 1) {
        return w.substring(0, w.length() - s.length());
      }
    }
    return null;
  }

  private static boolean endsWithVowel(String w) {
    return !w.isEmpty() && isVowel(w.charAt(w.length() - 1));
  }

  private static boolean isVowel(char c) {
    return "аеєиіїоуюяaeiouy".indexOf(c) >= 0;
  }

}
