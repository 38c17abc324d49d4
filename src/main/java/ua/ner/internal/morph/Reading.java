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
}
