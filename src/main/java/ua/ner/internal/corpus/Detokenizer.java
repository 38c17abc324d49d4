package ua.ner.internal.corpus;

import java.util.List;

/**
 * Joins corpus tokens back into running text with the usual Ukrainian spacing: no space before
 * {@code , . ; : ! ? ) ] » …} and after {@code ( [ «}, straight double quotes alternating between
 * opening and closing.
 */
public final class Detokenizer {

  private Detokenizer() {
  }

  /** Appends the detokenized {@code tokens} to {@code out}; returns nothing, keeps quote state per call. */
  public static void append(StringBuilder out, List<String> tokens) {
    boolean quoteOpen = false;
    boolean noSpaceNext = out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1));
    for (String t : tokens) {
      boolean attachLeft = isClosing(t);
      boolean opening = isOpening(t);
      if (t.equals("\"")) {
        if (quoteOpen) {
          attachLeft = true;
        } else {
          opening = true;
        }
        quoteOpen = !quoteOpen;
      }
      if (!noSpaceNext && !attachLeft) {
        out.append(' ');
      }
      out.append(t);
      noSpaceNext = opening;
    }
  }

  private static boolean isClosing(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    return t.length() <= 3 && (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')'
        || c == ']' || c == '»' || c == '…' || c == '%' || c == '“' && t.length() == 1);
  }

  private static boolean isOpening(String t) {
    return t.equals("(") || t.equals("[") || t.equals("«") || t.equals("„");
  }
}
