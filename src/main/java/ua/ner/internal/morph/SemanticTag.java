package ua.ner.internal.morph;

import java.util.Map;

/** The dict_uk semantic tags used as features, as bits of an {@code int}. */
public final class SemanticTag {

  public static final int PROF = 1;
  public static final int HIERAR = 1 << 1;
  public static final int HUM = 1 << 2;
  public static final int LOC = 1 << 3;
  public static final int ORG = 1 << 4;
  public static final int GROUP = 1 << 5;
  public static final int KIN = 1 << 6;
  public static final int ABST = 1 << 7;
  public static final int CONC = 1 << 8;
  public static final int TIME = 1 << 9;
  public static final int ANIMAL = 1 << 10;
  public static final int POSS = 1 << 11;
  public static final int SUPERNAT = 1 << 12;
  public static final int TEXT = 1 << 13;
  public static final int EVENT = 1 << 14;
  public static final int BUILD = 1 << 15;
  /** Set on a lemma whose first sense is human: the sense a news text means most often. */
  public static final int HUM_FIRST = 1 << 16;

  static final String[] NAMES = {"prof", "hierar", "hum", "loc", "org", "group", "kin", "abst", "conc", "time",
      "animal", "poss", "supernat", "text", "event", "build", "hum1"};

  private static final Map<String, Integer> ATOMS = Map.ofEntries(
      Map.entry("prof", PROF), Map.entry("hierar", HIERAR), Map.entry("hum", HUM), Map.entry("loc", LOC),
      Map.entry("org", ORG), Map.entry("group", GROUP), Map.entry("kin", KIN), Map.entry("abst", ABST),
      Map.entry("conc", CONC), Map.entry("time", TIME), Map.entry("animal", ANIMAL), Map.entry("poss", POSS),
      Map.entry("supernat", SUPERNAT), Map.entry("text", TEXT), Map.entry("event", EVENT), Map.entry("build", BUILD));

  private SemanticTag() {
  }

  /**
   * Bits of a semantic tag field such as {@code 1:conc:hum&hierar:2:abst}: the atoms of every sense,
   * plus {@link #HUM_FIRST} when the first sense is human.
   */
  static int parse(String field) {
    int bits = 0;
    int sense = 0;
    int start = 0;
    for (int i = 0; i <= field.length(); i++) {
      char c = i == field.length() ? ':' : field.charAt(i);
      if (c == ':' || c == '&') {
        String atom = field.substring(start, i);
        start = i + 1;
        if (atom.isEmpty()) {
          continue;
        }
        if (Character.isDigit(atom.charAt(0))) {
          sense = atom.charAt(0) - '0';
          continue;
        }
        Integer bit = ATOMS.get(atom);
        if (bit != null) {
          bits |= bit;
          if (bit == HUM && sense <= 1) {
            bits |= HUM_FIRST;
          }
        }
      }
    }
    return bits;
  }

  public static String name(int bit) {
    return NAMES[Integer.numberOfTrailingZeros(bit)];
  }

  public static int count() {
    return NAMES.length;
  }
}
