package ua.ner.internal.text;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

  /** Abbreviations of a kind of settlement, before its name: с. (село), смт, м. (місто), сел.; without the point. */
  public static final Set<String> SETTLEMENT_ABBREVIATIONS = Set.of("с", "смт", "м", "сел");

  /** Abbreviations that stand before a name: a settlement's, a street's (вул., просп., пров., бульв.) and ім. */
  private static final Set<String> BEFORE_NAME = Stream.concat(SETTLEMENT_ABBREVIATIONS.stream(),
      Stream.of("вул", "просп", "пров", "бульв", "ім")).collect(Collectors.toUnmodifiableSet());

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

  /**
   * Whether the word before the point at {@code point} (not before {@code from}) is an abbreviation
   * that stands before a name, so that even a line break after it does not end the sentence (в с.
   * Ставрове, у смт. Димер, пров. Музейний); {@code с.} and {@code м.} not after a number, {@code кв}
   * or a slash (9 тис. кв. м. Роботи …: metres).
   */
  public static boolean abbreviationBeforeName(CharSequence s, int from, int point) {
    int wordStart = point;
    while (wordStart > from && Character.isLetter(s.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = s.subSequence(wordStart, point).toString();
    if (!BEFORE_NAME.contains(word)) {
      return false;
    }
    if (!word.equals("с") && !word.equals("м")) {
      return true;
    }
    int prev = wordStart - 1;
    while (prev >= from && (s.charAt(prev) == ' ' || s.charAt(prev) == '.')) {
      prev--;
    }
    return prev < from || !(Character.isDigit(s.charAt(prev)) || s.charAt(prev) == '/'
        || prev >= 1 && s.charAt(prev - 1) == 'к' && s.charAt(prev) == 'в');
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
