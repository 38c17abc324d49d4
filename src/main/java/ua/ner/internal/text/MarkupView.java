package ua.ner.internal.text;

/**
 * The text as the pipeline reads it: HTML tags, comments and the entities {@code &nbsp;} and the like
 * become spaces (a line break where a tag ends a block: {@code </p>}, {@code <br>}), char for char, so
 * that every offset in the view is the same offset in the original text. Markup is left out of
 * sentences and tokens, and so never becomes an entity.
 */
public final class MarkupView {

  /** A tag longer than this is not taken for a tag ("a < b … c > d" in plain text). */
  static final int MAX_TAG = 1000;

  private MarkupView() {
  }

  /** The view of {@code text}: the same string when it holds no markup. */
  public static String of(String text) {
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
      return text;
    }
    char[] view = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int end = -1;
      boolean block = false;
      if (c == '<') {
        end = tagEnd(text, i);
        if (end > 0) {
          block = isBlockTag(text, i, end);
        }
      } else if (c == '&') {
        end = entityEnd(text, i);
      }
      if (end > 0) {
        if (view == null) {
          view = text.toCharArray();
        }
        for (int k = i; k < end; k++) {
          view[k] = ' ';
        }
        if (block) {
          view[i] = '\n';
        }
        i = end;
      } else {
        i++;
      }
    }
    return view == null ? text : new String(view);
  }

  /** End (exclusive) of a tag or comment starting at {@code i}, or -1. */
  private static int tagEnd(String text, int i) {
    int n = text.length();
    if (i + 1 >= n) {
      return -1;
    }
    if (text.startsWith("<!--", i)) {
      int close = text.indexOf("-->", i + 4);
      return close < 0 || close - i > MAX_TAG * 20 ? -1 : close + 3;
    }
    char c = text.charAt(i + 1);
    if (!(c < 0x80 && Character.isLetter(c)) && c != '/' && c != '!' && c != '?') {
      return -1;
    }
    for (int k = i + 1; k < n && k - i <= MAX_TAG; k++) {
      char d = text.charAt(k);
      if (d == '>') {
        return k + 1;
      }
      if (d == '<' || d == '\n' && k - i > 200) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isBlockTag(String text, int start, int end) {
    int k = start + 1;
    if (k < end && text.charAt(k) == '/') {
      k++;
    }
    int nameStart = k;
    while (k < end && Character.isLetterOrDigit(text.charAt(k))) {
      k++;
    }
    String name = text.substring(nameStart, k).toLowerCase(java.util.Locale.ROOT);
    return switch (name) {
      case "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
          "blockquote", "section", "article", "header", "footer", "title", "pre", "hr", "dd", "dt" -> true;
      default -> false;
    };
  }

  /** End (exclusive) of a character reference such as {@code &nbsp;}, {@code &#171;}, or -1. */
  private static int entityEnd(String text, int i) {
    int n = text.length();
    int k = i + 1;
    if (k < n && text.charAt(k) == '#') {
      k++;
    }
    int start = k;
    while (k < n && k - start < 10 && Character.isLetterOrDigit(text.charAt(k)) && text.charAt(k) < 0x80) {
      k++;
    }
    return k > start && k < n && text.charAt(k) == ';' ? k + 1 : -1;
  }
}
