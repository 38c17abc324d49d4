package ua.ner.internal.text;

/**
 * Rule-based tokenizer for Ukrainian text, following the UD Ukrainian-IU conventions.
 *
 * <p>Words keep their inner apostrophes and hyphens ({@code м'ясо}, {@code будь-який},
 * {@code 1920-х}), stress marks, soft hyphens and zero-width characters; numbers are runs of digits
 * (the comma or point inside {@code 3,5} is a token of its own, as in UD); punctuation is one
 * token per character except runs of {@code .!?…} and of hyphens; URLs, e-mail addresses and domain
 * names ({@code Delo.ua}) are single tokens; an initial and its point are two tokens
 * ({@code Т} {@code .}). Every token is a span of the original text; nothing is copied.
 *
 * <p>Stateless and thread-safe.
 */
public final class Tokenizer {

  /** Tokens longer than this are cut, so that no single token can grow without bound. */
  static final int MAX_TOKEN_LENGTH = 256;

  /**
   * Decides about hyphenated compounds, from a dictionary: UD splits {@code утилітарно-народницькі}
   * and {@code літак-розвідник} (each part a word, the whole not in the dictionary) but keeps
   * {@code будь-який} (in the dictionary) and unknown names ({@code Гехі-Чу}).
   */
  public interface WordCheck {
    /** True when {@code word} (a whole compound or a part of one) is a dictionary word. */
    boolean isWord(String word);
  }

  public Tokenizer() {
  }

  /** Appends the tokens of {@code text[from, to)} to {@code out}, keeping every hyphenated compound whole. */
  public void tokenize(CharSequence text, int from, int to, SpanList out) {
    tokenize(text, from, to, out, null);
  }

  /**
   * Appends the tokens of {@code text[from, to)} to {@code out}, splitting hyphenated compounds as
   * {@code words} says (none when null).
   */
  public void tokenize(CharSequence text, int from, int to, SpanList out, WordCheck words) {
    int i = from;
    while (i < to) {
      int c = Character.codePointAt(text, i);
      int n = Character.charCount(c);
      if (TextNormalizer.isSpace(c) || TextNormalizer.isIgnorable(c) || Character.getType(c) == Character.CONTROL) {
        i += n;
        continue;
      }
      int end;
      if (isWordChar(c)) {
        end = scanUrlOrEmail(text, i, to);
        if (end < 0) {
          end = scanWord(text, i, to);
          end = extendNumberGroups(text, i, end, to);
          if (words != null && end - i > 2 && splitCompound(text, i, end, out, words)) {
            i = end;
            continue;
          }
        }
      } else if (c == '.' || c == '!' || c == '?' || c == '…') {
        end = i + 1;
        while (end < to && isSentencePunct(text.charAt(end))) {
          end++;
        }
      } else if (TextNormalizer.isHyphen(c) || c == '(' || c == ')') {
        end = i + 1;
        while (end < to && text.charAt(end) == text.charAt(i)) {
          end++;
        }
      } else {
        end = i + n;
        // keep a combining mark with the symbol it modifies
        while (end < to && isMark(text.charAt(end))) {
          end++;
        }
      }
      // never cut a surrogate pair, never exceed the cap
      if (end - i > MAX_TOKEN_LENGTH) {
        end = i + MAX_TOKEN_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1)) && end < to) {
          end++;
        }
      }
      out.add(i, end);
      i = end;
    }
  }

  /** {@code 12 000}, {@code 1 010 000}: digit groups of three after a short leading group, as UD keeps them. */
  private static int extendNumberGroups(CharSequence text, int start, int end, int to) {
    if (end - start > 3 || !allDigits(text, start, end)) {
      return end;
    }
    int e = end;
    while (e + 4 <= to && isGroupSpace(text.charAt(e)) && allDigits(text, e + 1, e + 4)
        && (e + 4 == to || !Character.isLetterOrDigit(text.charAt(e + 4)))) {
      e += 4;
    }
    return e;
  }

  private static boolean isGroupSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  private static boolean allDigits(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return from < to;
  }

  /**
   * Emits the parts and hyphens of a compound {@code text[start, end)} as separate tokens when the
   * whole is not a word but every part is one (or is the first part of a compound adjective:
   * {@code військово-}). Returns false, emitting nothing, when the compound stays whole.
   */
  private static boolean splitCompound(CharSequence text, int start, int end, SpanList out, WordCheck words) {
    int hyphens = 0;
    for (int k = start; k < end; k++) {
      if (TextNormalizer.isHyphen(text.charAt(k))) {
        hyphens++;
      }
    }
    if (hyphens == 0 || Character.isDigit(text.charAt(start))) {
      return false;
    }
    String first = text.subSequence(start, firstHyphen(text, start, end)).toString();
    String last = text.subSequence(lastHyphen(text, start, end) + 1, end).toString();
    // compound adjectives (військово-дисциплінарна) and reduplications (дуже-дуже) are split even
    // when the dictionary lists the whole
    boolean alwaysSplit = isCompoundPrefix(first) || first.equalsIgnoreCase(last);
    if (!alwaysSplit && words.isWord(text.subSequence(start, end).toString())) {
      return false;
    }
    int partStart = start;
    for (int k = start; k <= end; k++) {
      if (k == end || TextNormalizer.isHyphen(text.charAt(k))) {
        if (k == partStart) {
          return false;
        }
        String part = text.subSequence(partStart, k).toString();
        boolean isLast = k == end;
        if (Character.isDigit(part.charAt(0)) || !words.isWord(part) && (isLast || !isCompoundPrefix(part))) {
          return false;
        }
        partStart = k + 1;
      }
    }
    partStart = start;
    for (int k = start; k <= end; k++) {
      if (k == end || TextNormalizer.isHyphen(text.charAt(k))) {
        out.add(partStart, k);
        if (k < end) {
          out.add(k, k + 1);
        }
        partStart = k + 1;
      }
    }
    return true;
  }

  /** The linking form that starts a compound adjective: військово-, паливно-, Торгово-. */
  private static boolean isCompoundPrefix(String part) {
    int n = part.length();
    if (n < 5 || part.charAt(n - 1) != 'о') {
      return false;
    }
    for (int k = 1; k < n; k++) {
      if (!Character.isLowerCase(part.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static int firstHyphen(CharSequence text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (TextNormalizer.isHyphen(text.charAt(k))) {
        return k;
      }
    }
    return end;
  }

  private static int lastHyphen(CharSequence text, int start, int end) {
    for (int k = end - 1; k >= start; k--) {
      if (TextNormalizer.isHyphen(text.charAt(k))) {
        return k;
      }
    }
    return start - 1;
  }

  private static boolean isSentencePunct(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  static boolean isWordChar(int c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isMark(int c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  /** Characters that may sit inside a word without splitting it: marks, stress, soft hyphen, zero width. */
  private static boolean isWordInner(int c) {
    return isMark(c) || TextNormalizer.isIgnorable(c);
  }

  private static int scanWord(CharSequence text, int start, int to) {
    int i = start;
    boolean digitsOnly = true;
    boolean latinOnly = true;
    int prev = 0;
    while (i < to) {
      int c = Character.codePointAt(text, i);
      int n = Character.charCount(c);
      if (isWordChar(c) || c == '_' && i > start && i + n < to && isWordChar(Character.codePointAt(text, i + n))) {
        if (!Character.isDigit(c)) {
          digitsOnly = false;
        }
        if (c >= 0x80) {
          latinOnly = latinOnly && !Character.isLetter(c);
        }
        prev = c;
        i += n;
        continue;
      }
      if (isWordInner(c) && prev != 0) {
        i += n;
        continue;
      }
      int next = i + n < to ? Character.codePointAt(text, i + n) : -1;
      if (TextNormalizer.isApostrophe(c) && Character.isLetter(prev) && next >= 0 && Character.isLetter(next)) {
        i += n;
        continue;
      }
      if (TextNormalizer.isHyphen(c) && next >= 0 && isWordChar(next)
          && !(digitsOnly && Character.isDigit(next))) {
        // 1920-х and будь-який join; 01-1981 splits, as in UD
        i += n;
        continue;
      }
      if (c == '.' && latinOnly && !digitsOnly && next >= 0 && isLatinLetter(next)
          && latinRunLength(text, i + 1, to) >= 2) {
        // a domain name: Delo.ua, rozetka.com.ua
        i += n;
        continue;
      }
      if (c == '/' && latinOnly && !digitsOnly && containsDot(text, start, i) && next >= 0 && isWordChar(next)) {
        // the path of a domain name without a scheme
        i += n;
        continue;
      }
      break;
    }
    return i;
  }

  private static boolean containsDot(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '.') {
        return true;
      }
    }
    return false;
  }

  private static boolean isLatinLetter(int c) {
    return c < 0x80 && Character.isLetter(c);
  }

  private static int latinRunLength(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && isLatinLetter(text.charAt(i))) {
      i++;
    }
    return i - from;
  }

  /** A URL ({@code https://…}, {@code www.…}) or an e-mail address starting at {@code start}, or -1. */
  private static int scanUrlOrEmail(CharSequence text, int start, int to) {
    char c = text.charAt(start);
    if (c < 0x80) {
      if (startsWith(text, start, to, "http://") || startsWith(text, start, to, "https://")
          || startsWith(text, start, to, "www.")) {
        int end = start;
        while (end < to && !TextNormalizer.isSpace(text.charAt(end)) && !isQuoteOrBracket(text.charAt(end))) {
          end++;
        }
        while (end > start && isTrailingPunct(text.charAt(end - 1))) {
          end--;
        }
        return end;
      }
      // e-mail: local@domain.tld
      int i = start;
      while (i < to && isEmailLocal(text.charAt(i))) {
        i++;
      }
      if (i < to && i > start && text.charAt(i) == '@') {
        int j = i + 1;
        int dots = 0;
        int lastDot = -1;
        while (j < to && (isAsciiAlnum(text.charAt(j)) || text.charAt(j) == '-' || text.charAt(j) == '.')) {
          if (text.charAt(j) == '.') {
            dots++;
            lastDot = j;
          }
          j++;
        }
        while (j > i + 1 && (text.charAt(j - 1) == '.' || text.charAt(j - 1) == '-')) {
          j--;
        }
        if (dots > 0 && lastDot < j - 1) {
          return j;
        }
      }
    }
    return -1;
  }

  private static boolean isQuoteOrBracket(char c) {
    return c == '"' || c == '«' || c == '»' || c == '“' || c == '”' || c == '<' || c == '>' || c == '(' || c == ')';
  }

  private static boolean isTrailingPunct(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'';
  }

  private static boolean isEmailLocal(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '+' || c == '-';
  }

  private static boolean isAsciiAlnum(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  private static boolean startsWith(CharSequence text, int start, int to, String prefix) {
    if (to - start < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (Character.toLowerCase(text.charAt(start + k)) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
