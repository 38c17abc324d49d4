package ua.ner.internal;

import java.util.List;

/** A sentence (or a window of a long one): its tokens, their offsets in the text, and its mentions. */
record AnalyzedSentence(String[] tokens, int[] starts, int[] ends, List<Mention> mentions) {

  /** The mention that ends right before token {@code index} (its last token is {@code index - 1}), or null. */
  Mention endingBefore(int index) {
    for (Mention m : mentions) {
      if (m.tokenEnd == index) {
        return m;
      }
    }
    return null;
  }

  /** The mention that starts at token {@code index}, or null. */
  Mention startingAt(int index) {
    for (Mention m : mentions) {
      if (m.tokenStart == index) {
        return m;
      }
    }
    return null;
  }

  /** Whether token {@code index} belongs to a mention. */
  boolean covered(int index) {
    for (Mention m : mentions) {
      if (m.tokenStart <= index && index < m.tokenEnd) {
        return true;
      }
    }
    return false;
  }
}
