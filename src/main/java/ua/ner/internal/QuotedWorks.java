package ua.ner.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import ua.ner.EntityType;
import ua.ner.internal.morph.MorphAnalyzer;

/**
 * Drops the organisations that are the title of a work: a quoted name right after a noun of works
 * (альбом «Sofia», спектакль «Живий труп», препарат «Біопагдез КС») is no organisation, nor is that
 * name anywhere else in the document (NER-UK marks works with a type this library does not learn).
 * TRAIN: 13 quoted names after such a noun, none marked. Chosen on the cross-validation folds of
 * TRAIN: 14 wrong organisations gone, none right, micro F1 +0.0009 and +0.0004.
 */
final class QuotedWorks {

  /** Nouns of works whose quoted titles are no organisations. */
  private static final Set<String> WORK_NOUNS = Set.of("альбом", "фільм", "мультфільм", "серіал", "пісня", "сингл",
      "кліп", "платівка", "книжка", "книжечка", "книга", "збірка", "роман", "повість", "поема", "вірш", "п'єса",
      "спектакль", "вистава", "опера", "балет", "мюзикл", "картина", "препарат");

  private static final String OPENING_QUOTES = "«“„\"";

  private static final Pattern QUOTES = Pattern.compile("[«»“”„\"]");

  private QuotedWorks() {
  }

  /**
   * Removes, in place, the organisations of {@code mentions} named as a work somewhere in the document.
   *
   * @param view the document as the tokens see it ({@link MarkupView})
   */
  static void apply(List<Mention> mentions, String view, MorphAnalyzer analyzer) {
    Set<String> works = null;
    for (Mention m : mentions) {
      if (m.type == EntityType.ORGANIZATION && afterWorkNoun(view, m.entity.start(), analyzer)) {
        if (works == null) {
          works = new HashSet<>();
        }
        works.add(key(m));
      }
    }
    if (works != null) {
      Set<String> titles = works;
      mentions.removeIf(m -> m.type == EntityType.ORGANIZATION && titles.contains(key(m)));
    }
  }

  /** Whether the name at {@code start} is quoted right after a noun of works (the quote inside the name or before it). */
  private static boolean afterWorkNoun(String view, int start, MorphAnalyzer analyzer) {
    int i = start;
    if (i < view.length() && OPENING_QUOTES.indexOf(view.charAt(i)) < 0) {
      i = skipSpaces(view, i - 1);
      if (i < 0 || OPENING_QUOTES.indexOf(view.charAt(i)) < 0) {
        return false;
      }
    }
    int end = skipSpaces(view, i - 1) + 1;
    int from = end;
    while (from > 0 && isWordChar(view.charAt(from - 1))) {
      from--;
    }
    if (from == end) {
      return false;
    }
    return analyzer.analyze(view.substring(from, end).toLowerCase(Locale.ROOT)).mayBeNounOf(WORK_NOUNS);
  }

  private static int skipSpaces(String s, int i) {
    while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
      i--;
    }
    return i;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '\'' || c == '’' || c == 'ʼ' || c == '-';
  }

  /** The name, lowercased, without its quotes. */
  private static String key(Mention m) {
    return QUOTES.matcher(m.entity.normalized()).replaceAll("").strip().toLowerCase(Locale.ROOT);
  }
}
