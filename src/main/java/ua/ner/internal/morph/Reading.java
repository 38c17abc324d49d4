package ua.ner.internal.morph;

/**
 * One dictionary reading of a word form: its lemma, its VESUM tag string and the parsed tag bits.
 *
 * @param lemma the dictionary lemma (citation form)
 * @param tag   the VESUM tag string, e.g. {@code noun:anim:m:v_rod:prop:lname}
 * @param bits  {@link MorphTag} bits of {@code tag}
 */
public record Reading(String lemma, String tag, long bits) {

  public boolean has(long bit) {
    return (bits & bit) != 0;
  }

  /**
   * Whether this reading, as a modifier, agrees with {@code head}: they share a case, and this
   * reading's gender and number are among the head's.
   */
  public boolean agreesWith(Reading head) {
    return (bits & head.bits & MorphTag.CASE_MASK) != 0 && (bits & ~head.bits & MorphTag.GENDER_NUMBER_MASK) == 0;
  }
}
