package ua.ner.internal.text;

/**
 * The lookup view of Ukrainian text: the form of a word used for dictionary lookups and features.
 *
 * <p>Offsets are never taken from this view; it only decides what a word <em>is</em>. Following
 * Lucene's Ukrainian analyzer it folds apostrophe variants to {@code '}, drops the stress mark
 * (U+0301), soft hyphens and zero-width characters, maps hyphen variants to {@code -}, and replaces
 * Latin look-alike letters inside otherwise Cyrillic words (a frequent typing error: "Україна" with a
 * Latin {@code i}).
 */
public final class TextNormalizer {

  private TextNormalizer() {
  }

  /** True for the characters that vanish from the lookup form (stress, soft hyphen, zero-width). */
  public static boolean isIgnorable(int c) {
    return c == '\u0301' || c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D'
        || c == '\u2060' || c == '\uFEFF' || c == '\u0300';
  }

  /** True for the characters used as the Ukrainian apostrophe. */
  public static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018' || c == '`' || c == '\u00B4'
        || c == '\u02B9' || c == '\u2032';
  }

  /** True for the characters that join the parts of a compound word (будь-який). */
  public static boolean isHyphen(int c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** True for white space, including the no-break spaces that {@link Character#isWhitespace} excludes. */
  public static boolean isSpace(int c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** Lookup form of a whole string. */
  public static String normalize(CharSequence s) {
    return normalize(s, 0, s.length());
  }

  /**
   * Lookup form of {@code s[start, end)}. Returns a new string only when something changes;
   * for the common case (plain Cyrillic word) it is a plain copy.
   */
  public static String normalize(CharSequence s, int start, int end) {
    boolean clean = true;
    boolean cyr = false;
    boolean lat = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c == '\'') {
          continue;
        }
        if (c == '`') {
          clean = false;
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          lat = true;
        }
      } else if (c >= '\u0400' && c <= '\u04FF') {
        cyr = true;
      } else if (isIgnorable(c) || isApostrophe(c) || isHyphen(c) || c == '\u00A0') {
        clean = false;
      }
    }
    if (clean && !(cyr && lat)) {
      return s.subSequence(start, end).toString();
    }
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (isIgnorable(c)) {
        continue;
      }
      if (isApostrophe(c)) {
        sb.append('\'');
      } else if (isHyphen(c)) {
        sb.append('-');
      } else if (c == '\u00A0') {
        sb.append(' ');
      } else if (cyr && lat && c < 0x80) {
        sb.append(cyrillicTwin(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The Cyrillic letter that looks like the Latin {@code c}, or {@code c} when there is none. */
  static char cyrillicTwin(char c) {
    return switch (c) {
      case 'a' -> 'а';
      case 'c' -> 'с';
      case 'e' -> 'е';
      case 'i' -> 'і';
      case 'o' -> 'о';
      case 'p' -> 'р';
      case 'x' -> 'х';
      case 'y' -> 'у';
      case 'A' -> 'А';
      case 'B' -> 'В';
      case 'C' -> 'С';
      case 'E' -> 'Е';
      case 'H' -> 'Н';
      case 'I' -> 'І';
      case 'K' -> 'К';
      case 'M' -> 'М';
      case 'O' -> 'О';
      case 'P' -> 'Р';
      case 'T' -> 'Т';
      case 'X' -> 'Х';
      default -> c;
    };
  }
}
