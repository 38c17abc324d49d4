package ua.ner.internal.morph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The VESUM tags that matter for entity recognition, as bits of one {@code long}. A tag string such
 * as {@code noun:anim:m:v_rod:prop:lname} is parsed once into its bits ({@link #parse}); features ask
 * the bits, never the string.
 */
public final class MorphTag {

  // part of speech
  public static final long NOUN = 1L;
  public static final long ADJ = 1L << 1;
  public static final long VERB = 1L << 2;
  public static final long ADV = 1L << 3;
  public static final long ADVP = 1L << 4;
  public static final long PREP = 1L << 5;
  public static final long CONJ = 1L << 6;
  public static final long PART = 1L << 7;
  public static final long PRON = 1L << 8;
  public static final long NUMR = 1L << 9;
  public static final long INTJ = 1L << 10;
  public static final long NONINFL = 1L << 11;
  public static final long ONOMAT = 1L << 12;
  public static final long PREDIC = 1L << 13;
  public static final long INSERT = 1L << 14;
  // case
  public static final long V_NAZ = 1L << 15;
  public static final long V_ROD = 1L << 16;
  public static final long V_DAV = 1L << 17;
  public static final long V_ZNA = 1L << 18;
  public static final long V_ORU = 1L << 19;
  public static final long V_MIS = 1L << 20;
  public static final long V_KLY = 1L << 21;
  // gender and number
  public static final long MASC = 1L << 22;
  public static final long FEM = 1L << 23;
  public static final long NEUT = 1L << 24;
  public static final long PLUR = 1L << 25;
  public static final long SING_ONLY = 1L << 26;
  public static final long PLUR_ONLY = 1L << 27;
  // animacy
  public static final long ANIM = 1L << 28;
  public static final long INANIM = 1L << 29;
  public static final long UNANIM = 1L << 30;
  // proper names
  public static final long PROP = 1L << 31;
  public static final long FNAME = 1L << 32;
  public static final long LNAME = 1L << 33;
  public static final long PNAME = 1L << 34;
  public static final long GEO = 1L << 35;
  public static final long ABBR = 1L << 36;
  public static final long NV = 1L << 37;
  // register
  public static final long BAD = 1L << 38;
  public static final long ARCH = 1L << 39;
  public static final long SLANG = 1L << 40;
  public static final long RARE = 1L << 41;
  public static final long ALT = 1L << 42;
  // adjectives
  public static final long ADJP = 1L << 43;
  public static final long SHORT = 1L << 44;
  public static final long COMPR = 1L << 45;
  public static final long SUPER = 1L << 46;
  // pronouns
  public static final long PERS = 1L << 47;
  public static final long DEM = 1L << 48;
  public static final long REL = 1L << 49;
  public static final long INT = 1L << 50;
  public static final long IND = 1L << 51;
  public static final long NEG = 1L << 52;
  public static final long DEF = 1L << 53;
  public static final long POSS = 1L << 54;
  // conjunctions
  public static final long COORD = 1L << 55;
  public static final long SUBORD = 1L << 56;
  // verbs
  public static final long INF = 1L << 57;
  public static final long PAST = 1L << 58;
  public static final long PRES = 1L << 59;
  public static final long FUTR = 1L << 60;
  public static final long IMPR = 1L << 61;
  public static final long PERF = 1L << 62;
  public static final long IMPERF = 1L << 63;

  public static final long POS_MASK = (1L << 15) - 1;
  public static final long CASE_MASK = V_NAZ | V_ROD | V_DAV | V_ZNA | V_ORU | V_MIS | V_KLY;
  public static final long GENDER_NUMBER_MASK = MASC | FEM | NEUT | PLUR;
  public static final long NAME_MASK = PROP | FNAME | LNAME | PNAME | GEO | ABBR | NV;

  private static final Map<String, Long> ATOMS = Map.ofEntries(
      Map.entry("noun", NOUN), Map.entry("adj", ADJ), Map.entry("verb", VERB), Map.entry("adv", ADV),
      Map.entry("advp", ADVP), Map.entry("prep", PREP), Map.entry("conj", CONJ), Map.entry("part", PART),
      Map.entry("pron", PRON), Map.entry("numr", NUMR), Map.entry("intj", INTJ), Map.entry("noninfl", NONINFL),
      Map.entry("onomat", ONOMAT), Map.entry("predic", PREDIC), Map.entry("insert", INSERT),
      Map.entry("v_naz", V_NAZ), Map.entry("v_rod", V_ROD), Map.entry("v_dav", V_DAV), Map.entry("v_zna", V_ZNA),
      Map.entry("v_oru", V_ORU), Map.entry("v_mis", V_MIS), Map.entry("v_kly", V_KLY),
      Map.entry("m", MASC), Map.entry("f", FEM), Map.entry("n", NEUT), Map.entry("p", PLUR),
      Map.entry("s", SING_ONLY), Map.entry("ns", PLUR_ONLY),
      Map.entry("anim", ANIM), Map.entry("inanim", INANIM), Map.entry("unanim", UNANIM),
      Map.entry("prop", PROP), Map.entry("fname", FNAME), Map.entry("lname", LNAME), Map.entry("pname", PNAME),
      Map.entry("patr", PNAME), Map.entry("geo", GEO), Map.entry("abbr", ABBR), Map.entry("nv", NV),
      Map.entry("bad", BAD), Map.entry("arch", ARCH), Map.entry("slang", SLANG), Map.entry("rare", RARE),
      Map.entry("alt", ALT), Map.entry("adjp", ADJP), Map.entry("short", SHORT), Map.entry("compc", COMPR),
      Map.entry("comps", SUPER), Map.entry("pers", PERS), Map.entry("dem", DEM), Map.entry("rel", REL),
      Map.entry("int", INT), Map.entry("ind", IND), Map.entry("neg", NEG), Map.entry("def", DEF),
      Map.entry("pos", POSS), Map.entry("coord", COORD), Map.entry("subord", SUBORD), Map.entry("inf", INF),
      Map.entry("past", PAST), Map.entry("pres", PRES), Map.entry("futr", FUTR), Map.entry("impr", IMPR),
      Map.entry("perf", PERF), Map.entry("imperf", IMPERF));

  /** The names of the bits, index = bit position; used to spell features. */
  static final String[] NAMES = new String[64];

  static {
    for (Map.Entry<String, Long> e : ATOMS.entrySet()) {
      int bit = Long.numberOfTrailingZeros(e.getValue());
      if (NAMES[bit] == null || e.getKey().equals("pname")) {
        NAMES[bit] = e.getKey();
      }
    }
  }

  private static final Map<String, Long> CACHE = new ConcurrentHashMap<>();

  private MorphTag() {
  }

  /** Bits of a VESUM tag string; unknown atoms are ignored. Cached: there are a few thousand tag strings. */
  public static long parse(String tag) {
    Long cached = CACHE.get(tag);
    if (cached != null) {
      return cached;
    }
    long bits = 0;
    int start = 0;
    for (int i = 0; i <= tag.length(); i++) {
      if (i == tag.length() || tag.charAt(i) == ':') {
        Long atom = ATOMS.get(tag.substring(start, i));
        if (atom != null) {
          bits |= atom;
        }
        start = i + 1;
      }
    }
    if (CACHE.size() < 100_000) {
      CACHE.put(tag, bits);
    }
    return bits;
  }

  /** Name of a single bit, e.g. {@code v_rod} for {@link #V_ROD}. */
  public static String name(long bit) {
    return NAMES[Long.numberOfTrailingZeros(bit)];
  }
}
