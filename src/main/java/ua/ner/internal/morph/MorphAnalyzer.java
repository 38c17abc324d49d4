package ua.ner.internal.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import ua.ner.internal.text.TextNormalizer;
import ua.ner.internal.text.Tokenizer;

/**
 * Dictionary lookups with the case fallbacks Ukrainian text needs, and a cache of their results.
 *
 * <p>A capitalized word is looked up as written (names, places, abbreviations) and lowercased (common
 * words at the start of a sentence, or inside names: "Рада"); an all-caps word also title-cased
 * ("УМЄРОВ" → "Умєров"); an unknown hyphenated compound by its last part. Not thread-safe: one
 * analyzer per thread (Morfologik's {@link DictionaryLookup} reuses its buffers); results are cached in
 * the shared {@link UkrainianDictionary}.
 */
public final class MorphAnalyzer implements Tokenizer.WordCheck {

  private static final Locale UK = Locale.forLanguageTag("uk");

  private final UkrainianDictionary dictionary;
  private final DictionaryLookup lookup;
  private final DictionaryLookup synthesis;

  MorphAnalyzer(UkrainianDictionary dictionary) {
    this.dictionary = dictionary;
    this.lookup = new DictionaryLookup(dictionary.dictionary());
    this.synthesis = new DictionaryLookup(dictionary.synthesis());
  }

  /** Analysis of a token as it appears in the text (any apostrophe, stress marks, soft hyphens). */
  public WordAnalysis analyze(String token) {
    WordAnalysis a = dictionary.cached(token);
    if (a == null) {
      a = analyzeForm(TextNormalizer.normalize(token), 0);
      dictionary.cache(token, a);
    }
    return a;
  }

  /** True when the dictionary knows {@code word} as a whole (in any of its case variants). */
  @Override
  public boolean isWord(String word) {
    WordAnalysis.Source s = analyze(word).source();
    return s != WordAnalysis.Source.UNKNOWN && s != WordAnalysis.Source.COMPOUND_TAIL;
  }

  private WordAnalysis analyzeForm(String form, int depth) {
    List<Reading> readings = new ArrayList<>(4);
    WordAnalysis.Source source = WordAnalysis.Source.UNKNOWN;
    if (form.isEmpty() || !Character.isLetter(form.codePointAt(0)) && !Character.isDigit(form.codePointAt(0))) {
      return new WordAnalysis(form, List.of(), source, 0, 0);
    }
    if (lookupInto(form, readings)) {
      source = WordAnalysis.Source.EXACT;
    }
    if (hasUpper(form)) {
      String lower = form.toLowerCase(UK);
      if (isAllUpper(form) && form.length() > 1) {
        String title = form.substring(0, 1) + lower.substring(1);
        if (lookupInto(title, readings) && source == WordAnalysis.Source.UNKNOWN) {
          source = WordAnalysis.Source.TITLECASE;
        }
      }
      if (lookupInto(lower, readings) && source == WordAnalysis.Source.UNKNOWN) {
        source = WordAnalysis.Source.LOWERCASE;
      }
    }
    if (source == WordAnalysis.Source.UNKNOWN && depth == 0) {
      int hyphen = form.lastIndexOf('-');
      if (hyphen > 0 && hyphen < form.length() - 1) {
        WordAnalysis tail = analyzeForm(form.substring(hyphen + 1), 1);
        if (tail.known()) {
          readings.addAll(tail.readings());
          source = WordAnalysis.Source.COMPOUND_TAIL;
        }
      }
    }
    long tags = 0;
    int sem = 0;
    String lastLemma = null;
    for (Reading r : readings) {
      tags |= r.bits();
      if (!r.lemma().equals(lastLemma)) {
        sem |= dictionary.semantics(r.lemma());
        lastLemma = r.lemma();
      }
    }
    return new WordAnalysis(form, List.copyOf(readings), source, tags, sem);
  }

  /**
   * The form of {@code lemma} with exactly this VESUM tag (e.g. {@code рада}, {@code noun:inanim:f:v_naz}
   * → {@code рада}), or null when the synthesis dictionary has none.
   */
  public String inflect(String lemma, String tag) {
    List<WordData> found = synthesis.lookup(lemma + "|" + tag);
    return found.isEmpty() ? null : String.valueOf(found.get(0).getStem());
  }

  /**
   * The nominative of a reading, same gender and number: the reading's tag with its case replaced by
   * {@code v_naz} (and the accusative animacy marks dropped), synthesized; the lemma when the
   * synthesis dictionary has no such form.
   */
  public String nominative(Reading r) {
    String tag = nominativeTag(r.tag());
    String form = inflect(r.lemma(), tag);
    if (form == null) {
      // rarer variants (":alt", ":bad", ":xp1") are not always in the synthesis dictionary with the same marks
      form = inflect(r.lemma(), stripMarks(tag));
    }
    return form != null ? form : r.lemma();
  }

  /** The tag with its case replaced by {@code v_naz}. */
  static String nominativeTag(String tag) {
    StringBuilder sb = new StringBuilder(tag.length());
    for (String atom : tag.split(":")) {
      if (atom.equals("ranim") || atom.equals("rinanim")) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(':');
      }
      sb.append(atom.startsWith("v_") ? "v_naz" : atom);
    }
    return sb.toString();
  }

  private static String stripMarks(String tag) {
    StringBuilder sb = new StringBuilder(tag.length());
    for (String atom : tag.split(":")) {
      if (atom.equals("alt") || atom.equals("bad") || atom.startsWith("xp") || atom.equals("rare") || atom.equals("arch")) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(':');
      }
      sb.append(atom);
    }
    return sb.toString();
  }

  private boolean lookupInto(String form, List<Reading> readings) {
    List<WordData> found = lookup.lookup(form);
    if (found.isEmpty()) {
      return false;
    }
    for (WordData wd : found) {
      String tag = String.valueOf(wd.getTag());
      String lemma = String.valueOf(wd.getStem());
      readings.add(new Reading(lemma, tag, MorphTag.parse(tag)));
    }
    return true;
  }

  private static boolean hasUpper(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAllUpper(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }
}
