package ua.ner.internal;

import java.util.Set;

import ua.ner.internal.text.TextNormalizer;

/**
 * Tells a narrative text (fiction, memoirs, letters) from a report: a text told in the first or second
 * person uses their pronouns (я, ми, ти, ви, мій, наш …) often, a news report only in its quotes.
 * NER-UK marks posts seldom and unevenly in its fiction: on the cross-validation folds of TRAIN the
 * posts found in its {@code bruk} texts were right 37% of the time, against 83% in the news. In a
 * narrative text the pipeline returns no one-word post whose noun the training documents hardly know
 * ({@link ua.ner.internal.ner.PostMarking#rarelySeen}). Stateless.
 */
final class Narration {

  /**
   * First- and second-person pronouns per thousand words at and above which a text counts as narrative.
   * Chosen with {@link ua.ner.internal.ner.PostMarking#MAX_RARELY_SEEN} on the cross-validation folds of
   * TRAIN, simulated on the fold models' output first, then built: 5 to 20 per thousand all gained on
   * both folds, 12 most by the simulation (micro F1 0.8573 → 0.8599 and 0.8647 → 0.8658).
   */
  static final double MIN_RATE = 12;

  /** The personal and possessive pronouns of the first and second person, in all their forms. */
  private static final Set<String> PRONOUNS = Set.of(
      "я", "мене", "мені", "мною", "ти", "тебе", "тобі", "тобою", "ми", "нас", "нам", "нами", "ви", "вас", "вам", "вами",
      "мій", "моя", "моє", "мої", "мого", "моєї", "моїх", "моєму", "моїй", "моїм", "моїми", "мою",
      "твій", "твоя", "твоє", "твої", "твого", "твоєї", "твоїх", "твоєму", "твоїй", "твоїм", "твоїми", "твою",
      "наш", "наша", "наше", "наші", "нашого", "нашої", "наших", "нашому", "нашій", "нашим", "нашими", "нашу",
      "ваш", "ваша", "ваше", "ваші", "вашого", "вашої", "ваших", "вашому", "вашій", "вашим", "вашими", "вашу");

  private Narration() {
  }

  /**
   * Whether {@code text} uses first- and second-person pronouns at least {@link #MIN_RATE} times per
   * thousand words. Only pronouns in lowercase count: a capitalised one opens a sentence now and then,
   * but is more often part of a name («Наша Україна», «Наші гроші»).
   */
  static boolean isNarrative(CharSequence text) {
    int words = 0;
    int pronouns = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetter(text.charAt(i)) || isInnerMark(text, i))) {
        i++;
      }
      words++;
      if (i - start <= 6 && Character.isLowerCase(text.charAt(start))
          && PRONOUNS.contains(text.subSequence(start, i).toString())) {
        pronouns++;
      }
    }
    return words > 0 && pronouns * 1000.0 >= MIN_RATE * words;
  }

  /** An apostrophe or hyphen between two letters, inside a word. */
  private static boolean isInnerMark(CharSequence text, int i) {
    char c = text.charAt(i);
    return (TextNormalizer.isApostrophe(c) || TextNormalizer.isHyphen(c)) && i + 1 < text.length()
        && Character.isLetter(text.charAt(i + 1));
  }
}
