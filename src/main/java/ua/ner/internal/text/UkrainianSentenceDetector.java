package ua.ner.internal.text;

import java.util.Set;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * OpenNLP's maximum-entropy sentence detector with a Ukrainian veto: no break after an abbreviation
 * that never ends a sentence ({@code ім.}, {@code вул.}, {@code т. зв.}) or after an initial followed by
 * a capitalized word ({@code Т. Шевченко}). The veto looks only at the word before the candidate, so
 * it costs O(1) per candidate (OpenNLP's own check scans the text for every abbreviation).
 *
 * <p>Not thread-safe (OpenNLP keeps per-call state): one instance per thread over a shared model.
 */
public final class UkrainianSentenceDetector extends SentenceDetectorME {

  /** Abbreviations after which a sentence never ends; lowercase, without the point. */
  public static final Set<String> NEVER_FINAL = Set.of(
      "ім", "вул", "просп", "пр", "бул", "пров", "пл", "див", "напр", "акад", "проф", "доц", "т", "зв",
      "св", "гр", "тов", "пп", "пан", "п", "смт", "о", "оз", "г", "буд", "кв", "каб", "ген", "генл",
      "полк", "підп", "лейт", "кап", "серж", "мол", "англ", "лат", "нім", "франц", "рос", "укр",
      "вид", "ред", "упоряд", "перекл", "обл", "р-н", "тел", "e", "mr", "mrs", "dr", "st");

  public UkrainianSentenceDetector(SentenceModel model) {
    super(model);
  }

  @Override
  protected boolean isAcceptableBreak(CharSequence s, int fromIndex, int candidateIndex) {
    if (s.charAt(candidateIndex) != '.') {
      return true;
    }
    int wordEnd = candidateIndex;
    // text split into tokens by spaces ("Т . Шевченко", "вул . Франка") puts a space before the point
    while (wordEnd > fromIndex && s.charAt(wordEnd - 1) == ' ' && candidateIndex - wordEnd < 1) {
      wordEnd--;
    }
    int wordStart = wordEnd;
    while (wordStart > fromIndex && isWordPart(s.charAt(wordStart - 1))) {
      wordStart--;
    }
    int len = wordEnd - wordStart;
    if (len == 0) {
      return true;
    }
    if (len == 1 && Character.isUpperCase(s.charAt(wordStart))) {
      // an initial: Т. Шевченко, Т.Г. Шевченко
      return !nextWordCapitalized(s, candidateIndex + 1);
    }
    if (len > 6) {
      return true;
    }
    String word = s.subSequence(wordStart, wordEnd).toString().toLowerCase(java.util.Locale.ROOT);
    if (word.equals("ст") || word.equals("м") || word.equals("с")) {
      // ст. 5, м. Київ, с. Турці: never final before a capital or a number, often final otherwise (XX ст.)
      return !nextWordCapitalizedOrNumber(s, candidateIndex + 1);
    }
    return !NEVER_FINAL.contains(word);
  }

  private static boolean isWordPart(char c) {
    return Character.isLetter(c) || c == '-';
  }

  private static boolean nextWordCapitalized(CharSequence s, int from) {
    int i = skipSpaces(s, from);
    return i < s.length() && Character.isUpperCase(s.charAt(i));
  }

  private static boolean nextWordCapitalizedOrNumber(CharSequence s, int from) {
    int i = skipSpaces(s, from);
    return i < s.length() && (Character.isUpperCase(s.charAt(i)) || Character.isDigit(s.charAt(i)));
  }

  private static int skipSpaces(CharSequence s, int from) {
    int i = from;
    while (i < s.length() && TextNormalizer.isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
