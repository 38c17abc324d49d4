package ua.ner.internal;

import java.util.Locale;

import ua.ner.EntityType;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.MorphTag;
import ua.ner.internal.morph.Reading;
import ua.ner.internal.morph.WordAnalysis;
import ua.ner.internal.text.TextNormalizer;

/**
 * The nominative (citation) form of an entity, as an editor would write it.
 *
 * <ul>
 *   <li>Organisations, places and posts: the head noun (the first noun) and the words before it that
 *       agree with it go to the nominative, in the gender and number they have; the dependent part
 *       after the head stays as written ({@code Ради національної безпеки і оборони України} →
 *       {@code Рада національної безпеки і оборони України}, {@code Генерального штабу ЗСУ} →
 *       {@code Генеральний штаб ЗСУ}). Quoted names, abbreviations and indeclinable words stay.</li>
 *   <li>People: see {@link PersonNames}.</li>
 * </ul>
 *
 * <p>Forms come from the synthesis dictionary; the reading to inflect is the one that agrees (case,
 * gender, number) across the words. The capitalization of each word is kept, except that a post at
 * the start of a sentence is written in lowercase. Words the dictionary does not know stay as written.
 */
final class NominativeNormalizer {

  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final long AGREEMENT = MorphTag.CASE_MASK | MorphTag.MASC | MorphTag.FEM | MorphTag.NEUT | MorphTag.PLUR;

  private NominativeNormalizer() {
  }

  /**
   * @return the citation form, written cleanly ({@link #clean})
   * @param text        the entity as written
   * @param tokens      its tokens
   * @param offsets     start of each token within {@code text}
   * @param clauseStart whether the entity starts a sentence or clause (its capital may be positional)
   */
  static String normalize(EntityType type, String text, String[] tokens, int[] offsets, boolean clauseStart,
      MorphAnalyzer analyzer) {
    if (type == EntityType.PERSON) {
      return PersonNames.parse(tokens, analyzer).normalized(text, tokens, offsets);
    }
    String[] out = phrase(tokens, analyzer);
    if (type == EntityType.ROLE && clauseStart && out.length > 0 && isCapitalizedCommonWord(tokens[0], analyzer)) {
      out[0] = out[0].toLowerCase(UK);
    }
    return clean(rebuild(text, tokens, offsets, out));
  }

  /** The tokens of a noun phrase with its head and the words agreeing with it in the nominative. */
  static String[] phrase(String[] tokens, MorphAnalyzer analyzer) {
    String[] out = tokens.clone();
    boolean[] quoted = quoted(tokens);
    WordAnalysis[] analyses = new WordAnalysis[tokens.length];
    int head = -1;
    for (int i = 0; i < tokens.length; i++) {
      if (quoted[i]) {
        break;
      }
      if (i + 2 < tokens.length && tokens[i + 1].equals("-") && isLinkingForm(tokens[i])) {
        i++; // the first part of a compound adjective, "ремонтно-" of "ремонтно-механічного": kept
        continue;
      }
      analyses[i] = analyzer.analyze(tokens[i]);
      boolean modifier = analyses[i].has(MorphTag.ADJ) || analyses[i].has(MorphTag.NUMR);
      if (modifier && i + 1 < tokens.length && !quoted[i + 1]
          && modifies(tokens[i], analyses[i], tokens[i + 1], analyzer.analyze(tokens[i + 1]))) {
        continue; // "Білому домі": an adjective before its noun, even if it can also be a name
      }
      if (isNoun(analyses[i])) {
        head = i;
        break;
      }
      if (modifier && (i + 1 == tokens.length || isProperName(tokens[i + 1], analyzer.analyze(tokens[i + 1])))) {
        head = i; // an adjective used as a noun: "національної збірної України"
        break;
      }
      return out; // a coordination, a compound or an unknown word: not a noun group we can inflect
    }
    if (head < 0 || !analyses[head].known() || isPersonName(analyses[head])) {
      return out; // nothing to inflect, or a place named after a person ("Шевченка, 28"): as written
    }
    Reading headReading = chooseHead(analyses, head);
    if (headReading == null || headReading.has(MorphTag.V_NAZ)) {
      return out; // already nominative
    }
    // an indeclinable head keeps its form, its adjectives still go to the nominative: "Лисичанського ВП"
    boolean indeclinable = headReading.has(MorphTag.NV);
    long agreement = headReading.bits() & AGREEMENT;
    for (int i = 0; i <= head; i++) {
      if (analyses[i] == null) {
        continue; // a linking form or hyphen inside a compound adjective
      }
      Reading r = i == head ? headReading : agreeing(analyses[i], agreement);
      if (r == null) {
        return tokens.clone(); // a word before the head that does not agree: leave the phrase alone
      }
      if (i == head && indeclinable) {
        continue;
      }
      out[i] = inflected(tokens[i], analyses[i], r, analyzer);
    }
    // a hyphenated apposition declines in both parts: "школою-інтернатом", "інженера-програміста"
    if (head + 2 < tokens.length && tokens[head + 1].equals("-") && !quoted[head + 2]) {
      WordAnalysis second = analyzer.analyze(tokens[head + 2]);
      for (Reading r : second.readings()) {
        if (r.has(MorphTag.NOUN) && (r.bits() & agreement & MorphTag.CASE_MASK) != 0
            && (r.has(MorphTag.PLUR) == headReading.has(MorphTag.PLUR))) {
          out[head + 2] = inflected(tokens[head + 2], second, r, analyzer);
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether some adjective reading of {@code adj} agrees with some noun (or adjective) reading of
   * {@code next}; a lowercase adjective does not modify a proper name that follows it ("збірної
   * України").
   */
  private static boolean modifies(String adjToken, WordAnalysis adj, String nextToken, WordAnalysis next) {
    if (Character.isLowerCase(adjToken.charAt(0)) && isProperName(nextToken, next)) {
      return false;
    }
    for (Reading n : next.readings()) {
      if ((n.has(MorphTag.NOUN) || n.has(MorphTag.ADJ)) && agreeing(adj, n.bits() & AGREEMENT) != null) {
        return true;
      }
    }
    return false;
  }

  /** The nominative of one word; for an unknown compound read by its last part, the last part only changes. */
  private static String inflected(String token, WordAnalysis a, Reading r, MorphAnalyzer analyzer) {
    String form = analyzer.nominative(r);
    if (a.source() == WordAnalysis.Source.COMPOUND_TAIL) {
      int hyphen = token.lastIndexOf('-');
      return token.substring(0, hyphen + 1) + withShapeOf(token.substring(hyphen + 1), form);
    }
    return withShapeOf(token, form);
  }

  /** "ремонтно", "Івано": the linking form that starts a compound adjective or place name. */
  private static boolean isLinkingForm(String token) {
    return token.length() > 2 && token.endsWith("о") && Character.isLetter(token.charAt(0));
  }

  private static boolean isProperName(String token, WordAnalysis a) {
    return Character.isUpperCase(token.charAt(0)) && a.source() == WordAnalysis.Source.EXACT && a.has(MorphTag.PROP);
  }

  /** A first name or surname and nothing else: the head of "вулиця Шевченка" is not in the entity. */
  private static boolean isPersonName(WordAnalysis a) {
    for (Reading r : a.readings()) {
      if (!r.has(MorphTag.FNAME | MorphTag.LNAME | MorphTag.PNAME)) {
        return false;
      }
    }
    return !a.readings().isEmpty();
  }

  private static boolean isNoun(WordAnalysis a) {
    for (Reading r : a.readings()) {
      if (r.has(MorphTag.NOUN) && !r.has(MorphTag.ADJ)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head's reading: one that the words before it agree with; a proper name's reading first, then
   * singular before plural (a capitalized "Ради" is the council, not "councils"), unless the noun has
   * only plural forms or its adjectives are plural.
   */
  private static Reading chooseHead(WordAnalysis[] analyses, int head) {
    Reading best = null;
    int bestScore = Integer.MIN_VALUE;
    boolean nounHead = isNoun(analyses[head]);
    for (Reading r : analyses[head].readings()) {
      if (nounHead ? !r.has(MorphTag.NOUN) || r.has(MorphTag.ADJ) : !r.has(MorphTag.ADJ)) {
        continue;
      }
      long agreement = r.bits() & AGREEMENT;
      boolean agrees = true;
      for (int i = 0; i < head && agrees; i++) {
        agrees = analyses[i] == null || agreeing(analyses[i], agreement) != null;
      }
      int score = (agrees ? 100 : 0) + (r.has(MorphTag.PROP) ? 20 : 0) + (r.has(MorphTag.PLUR) ? 0 : 10)
          + (r.has(MorphTag.V_NAZ) ? 2 : 0) + (r.has(MorphTag.MASC) ? 1 : 0);
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return best;
  }

  /** A reading of an adjective (or numeral) with the same case, gender and number as the head. */
  private static Reading agreeing(WordAnalysis a, long agreement) {
    long caseBits = agreement & MorphTag.CASE_MASK;
    long gender = agreement & (MorphTag.MASC | MorphTag.FEM | MorphTag.NEUT | MorphTag.PLUR);
    for (Reading r : a.readings()) {
      if ((r.has(MorphTag.ADJ) || r.has(MorphTag.NUMR)) && (r.bits() & caseBits) != 0
          && (gender == 0 || (r.bits() & gender) != 0)) {
        return r;
      }
    }
    return null;
  }

  /** Marks the tokens inside quotes (and the quotes): a quoted name is never inflected. */
  private static boolean[] quoted(String[] tokens) {
    boolean[] q = new boolean[tokens.length];
    boolean open = false;
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      boolean quote = t.equals("«") || t.equals("»") || t.equals("\"") || t.equals("„") || t.equals("“") || t.equals("”");
      if (quote) {
        q[i] = true;
        open = !t.equals("»") && !t.equals("”") && !(open && (t.equals("\"") || t.equals("“")));
        continue;
      }
      q[i] = open;
    }
    return q;
  }

  private static boolean isCapitalizedCommonWord(String token, MorphAnalyzer analyzer) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0))
        && analyzer.analyze(token).source() == WordAnalysis.Source.LOWERCASE;
  }

  /**
   * {@code form} in the capitalization of {@code original} (all caps, capitalized, or as the dictionary
   * has it) and with its apostrophe (the dictionary writes ', the text may use ’ or ʼ).
   */
  static String withShapeOf(String original, String form) {
    if (form.isEmpty() || original.isEmpty()) {
      return form;
    }
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (c != '\'' && TextNormalizer.isApostrophe(c)) {
        form = form.replace('\'', c);
        break;
      }
    }
    boolean allCaps = original.length() > 1 && original.equals(original.toUpperCase(UK))
        && !original.equals(original.toLowerCase(UK));
    if (allCaps) {
      return form.toUpperCase(UK);
    }
    if (Character.isUpperCase(original.charAt(0))) {
      return form.substring(0, 1).toUpperCase(UK) + form.substring(1);
    }
    if (Character.isLowerCase(original.charAt(0))) {
      return form.substring(0, 1).toLowerCase(UK) + form.substring(1);
    }
    return form;
  }

  /** The entity text with each token replaced by its new form, the text between tokens kept. */
  static String rebuild(String text, String[] tokens, int[] offsets, String[] forms) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    int at = 0;
    for (int i = 0; i < tokens.length; i++) {
      sb.append(text, at, offsets[i]);
      sb.append(forms[i]);
      at = offsets[i] + tokens[i].length();
    }
    sb.append(text, at, text.length());
    return sb.toString();
  }

  /**
   * A citation form written cleanly: without stress marks, soft hyphens and zero-width characters,
   * with single spaces (no line breaks, no no-break spaces) between words.
   */
  static String clean(String form) {
    StringBuilder sb = null;
    boolean space = false;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      boolean drop = TextNormalizer.isIgnorable(c);
      boolean isSpace = !drop && TextNormalizer.isSpace(c);
      if ((drop || isSpace && (space || c != ' ')) && sb == null) {
        sb = new StringBuilder(form.length());
        sb.append(form, 0, i);
      }
      if (!drop && !(isSpace && space)) {
        if (sb != null) {
          sb.append(isSpace ? ' ' : c);
        }
      }
      if (!drop) {
        space = isSpace;
      }
    }
    return sb == null ? form : sb.toString().strip();
  }

}
