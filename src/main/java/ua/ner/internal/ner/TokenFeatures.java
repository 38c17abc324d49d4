package ua.ner.internal.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.MorphTag;
import ua.ner.internal.morph.SemanticTag;
import ua.ner.internal.morph.WordAnalysis;

/**
 * Computes the name finder's features of every token of a sentence at once, from the token text and
 * its dictionary analysis. Features that do not depend on earlier outcomes are computed here once per
 * token (the beam search asks for them several times); outcome features are OpenNLP's.
 *
 * <p>Part of the model format: the feature strings are what the model's weights are keyed by, so any
 * change here needs a retrained model.
 */
final class TokenFeatures {

  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final long[] POS_BITS = bits(MorphTag.POS_MASK);
  private static final long[] CASE_BITS = bits(MorphTag.CASE_MASK);
  private static final long[] GN_BITS = bits(MorphTag.GENDER_NUMBER_MASK);
  private static final long[] NAME_BITS = bits(MorphTag.NAME_MASK | MorphTag.ANIM | MorphTag.INANIM);

  private final MorphAnalyzer analyzer;
  private final WordClasses classes;
  private final SuffixGuesses guesses;

  TokenFeatures(MorphAnalyzer analyzer, WordClasses classes, SuffixGuesses guesses) {
    this.analyzer = analyzer;
    this.classes = classes;
    this.guesses = guesses;
    this.lexicalCache = CACHES.computeIfAbsent(classes == null ? NO_CLASSES : classes,
        k -> new java.util.concurrent.ConcurrentHashMap<>(1 << 14));
  }

  /** Lexical features per distinct token text, shared by the finders of one model; bounded. */
  private static final int LEXICAL_CACHE_LIMIT = 30_000;
  /** One cache per model (keyed by its word classes, which every finder of the model shares). */
  private static final Map<Object, Map<String, Lexical>> CACHES =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
  private static final Object NO_CLASSES = new Object();
  private final Map<String, Lexical> lexicalCache;

  /**
   * The features of a token that depend on its text alone (word, shape, affixes, tags, lemma,
   * semantic tags, word classes), built once per distinct token: as the current token, and as the
   * neighbour at each offset.
   */
  private static final class Lexical {
    WordAnalysis analysis;
    String lower;
    /** The lowercased dictionary lemma, or null for a word the dictionary lacks. */
    String lemma;
    /** The signature of the word's semantic tags that quotes and phrase heads use ({@link #semanticSignature}). */
    String semantics;
    String shape;
    /** Compact signature of part of speech, case and name tags (or of the guessed paradigm). */
    String morph;
    /** The guessed paradigm of an unknown word, or null. */
    String guess;
    /** Null when the word was too rare to be classed. */
    int[] wordClasses;
    String[] own;
    final String[][] neighbour = new String[5][];

    /** The lexical features of the word as the token at offset {@code d} from the current one (0: itself). */
    String[] block(int d) {
      return d == 0 ? own : neighbour[d + 2];
    }

    /** The sums of this word's lexical weights in the tables asked for, newest first, or null. */
    volatile LexicalSums sums;
    /**
     * How often the word's lexical weights were asked for before it kept sums (racy: an estimate). A
     * word seen once (most distinct words) keeps none, which saves their memory.
     */
    int requests;
  }

  /** Per-token facts used by the features of the token and of its neighbours. */
  private static final class Info {
    /** What the token's text alone determines. */
    final Lexical lexical;

    Info(Lexical lexical) {
      this.lexical = lexical;
    }

    /** Tokens to the next first name or surname within a short window, 0 when none. */
    int nameAhead;
    boolean capitalized;
    boolean inQuotes;
    boolean openQuote;
    boolean closeQuote;
    /** For tokens in quotes and the quotes themselves: the lemma of the word before the opening quote. */
    String quoteHead;
    String quoteHeadSemantics = "";
  }

  /** Features of a neighbour position outside the sentence, at offsets -2, -1, +1, +2. */
  private static final String[] EDGE = {"w-2=BOS", "w-1=BOS", null, "w+1=EOS", "w+2=EOS"};

  /**
   * The features of every token of a sentence, and each token's key for document memory (or null).
   * A token's features are its own lexical ones, then those of its context, then the lexical ones of
   * its neighbours at -2, -1, +1, +2 (or their edge markers), then the rest: {@link #features(int)}
   * lists them in that order; {@link #addWeights} adds their weights without listing them, reusing
   * each distinct word's sums of lexical weights.
   */
  static final class Sentence {
    private final Lexical[] lexicals;
    /** Per token: the context features that follow its own lexical ones. */
    private final String[][] context;
    /** Per token: the features that follow its neighbours'. */
    private final String[][] rest;
    private final String[] documentKeys;
    /** Per token: all features, listed on first request. */
    private final String[][] features;

    private Sentence(Lexical[] lexicals, String[][] context, String[][] rest, String[] documentKeys) {
      this.lexicals = lexicals;
      this.context = context;
      this.rest = rest;
      this.documentKeys = documentKeys;
      this.features = new String[lexicals.length][];
    }

    /** Each token's key for document memory (or null); not a copy. */
    String[] documentKeys() {
      return documentKeys;
    }

    /** All features of token {@code i}; not a copy. */
    String[] features(int i) {
      String[] f = features[i];
      if (f == null) {
        List<String> list = new ArrayList<>(96);
        java.util.Collections.addAll(list, lexicals[i].own);
        java.util.Collections.addAll(list, context[i]);
        for (int d = -2; d <= 2; d++) {
          if (d != 0) {
            int j = i + d;
            if (j < 0 || j >= lexicals.length) {
              list.add(EDGE[d + 2]);
            } else {
              java.util.Collections.addAll(list, lexicals[j].block(d));
            }
          }
        }
        java.util.Collections.addAll(list, rest[i]);
        f = list.toArray(new String[0]);
        features[i] = f;
      }
      return f;
    }

    /**
     * Adds to {@code scores} the weights of all features of token {@code i}: the same sum as over
     * {@link #features(int)} (up to rounding), with the lexical part of each word summed once per
     * word and table and kept with the word.
     */
    void addWeights(int i, WeightTable table, double[] scores) {
      addLexical(lexicals[i], 0, table, scores);
      table.add(context[i], 0, context[i].length, scores);
      for (int d = -2; d <= 2; d++) {
        if (d != 0) {
          int j = i + d;
          if (j < 0 || j >= lexicals.length) {
            table.add(EDGE[d + 2], scores);
          } else {
            addLexical(lexicals[j], d, table, scores);
          }
        }
      }
      table.add(rest[i], 0, rest[i].length, scores);
    }

    private static void add(double[] from, double[] to) {
      for (int o = 0; o < from.length; o++) {
        to[o] += from[o];
      }
    }

    /**
     * Adds the weights of the word's lexical features as the token at offset {@code d} (0: the token
     * itself): from the word's kept sums, or, while the word is new, summed the same way for this
     * once, so that the scores do not depend on what the shared cache holds (bit for bit).
     */
    private static void addLexical(Lexical lexical, int d, WeightTable table, double[] scores) {
      double[][] sums = sums(lexical, table);
      add(sums != null ? sums[d + 2] : table.sum(lexical.block(d)), scores);
    }

    /**
     * The word's lexical weight sums in {@code table}: as the token itself (index 2), as each
     * neighbour (offset + 2); null until the word has been asked for {@code REQUESTS_BEFORE_SUMS}
     * times (an occurrence asks five times per table: as the token and as four neighbours).
     */
    private static double[][] sums(Lexical lexical, WeightTable table) {
      LexicalSums first = lexical.sums;
      int tables = 0;
      for (LexicalSums s = first; s != null; s = s.next) {
        if (s.table == table) {
          return s.byOffset;
        }
        tables++;
      }
      if (lexical.requests++ < REQUESTS_BEFORE_SUMS) {
        return null;
      }
      double[][] byOffset = new double[5][];
      for (int d = -2; d <= 2; d++) {
        byOffset[d + 2] = table.sum(lexical.block(d));
      }
      // shared words are read by several threads: each list is published whole through the volatile
      // field and never changed after (a lost race only costs a recomputation)
      lexical.sums = new LexicalSums(table, byOffset, tables < MAX_TABLES ? first : null);
      return byOffset;
    }
  }

  /** Requests for a word's lexical weights (over all tables) before it keeps sums: one occurrence's with two tables. */
  private static final int REQUESTS_BEFORE_SUMS = 10;

  /** How many weight tables a word keeps sums for (a model has one or two). */
  private static final int MAX_TABLES = 4;

  /** A word's sums of lexical feature weights in one table, then those in others; immutable once published. */
  private record LexicalSums(WeightTable table, double[][] byOffset, LexicalSums next) {
  }

  Sentence compute(String[] tokens) {
    int n = tokens.length;
    Info[] infos = new Info[n];
    Lexical[] lexicals = new Lexical[n];
    for (int i = 0; i < n; i++) {
      infos[i] = info(tokens[i]);
      lexicals[i] = infos[i].lexical;
    }
    markQuotes(tokens, infos);
    markNamesAhead(infos);
    String[][] context = new String[n][];
    String[][] rest = new String[n][];
    List<String> f = new ArrayList<>(32);
    for (int i = 0; i < n; i++) {
      f.clear();
      current(f, infos, i);
      context[i] = f.toArray(new String[0]);
      f.clear();
      bigrams(f, infos, i);
      headAhead(f, infos, i);
      headBehind(f, infos, i);
      farLemmas(f, infos, i);
      rest[i] = f.toArray(new String[0]);
    }
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = documentKey(infos[i]);
    }
    return new Sentence(lexicals, context, rest, keys);
  }

  /**
   * The key under which a token's entity type is remembered within a document: the lemma of a
   * capitalized word (so that "Умєрова" recalls "Умєров"), or of a lowercase profession noun marked
   * with "~" (a text that marks "тренер" as a post once tends to do so again); null for other tokens.
   */
  private static String documentKey(Info t) {
    WordAnalysis analysis = t.lexical.analysis;
    if (!t.capitalized && analysis.known() && analysis.has(MorphTag.NOUN) && analysis.hasSemantic(SemanticTag.PROF)) {
      return "~" + t.lexical.lemma;
    }
    if (!t.capitalized || t.lexical.lower.length() < 2) {
      return null;
    }
    return analysis.known() && analysis.has(MorphTag.PROP) ? t.lexical.lemma : t.lexical.lower;
  }

  private Info info(String token) {
    Lexical lexical = lexicalCache.get(token);
    if (lexical == null) {
      lexical = lexical(token);
      if (lexicalCache.size() >= LEXICAL_CACHE_LIMIT) {
        lexicalCache.clear();
      }
      lexicalCache.put(token, lexical);
    }
    Info info = new Info(lexical);
    int c0 = token.isEmpty() ? 0 : token.codePointAt(0);
    info.capitalized = Character.isUpperCase(c0);
    return info;
  }

  private Lexical lexical(String token) {
    Lexical lexical = new Lexical();
    WordAnalysis a = analyzer.analyze(token);
    lexical.analysis = a;
    lexical.lower = a.form().toLowerCase(UK);
    lexical.lemma = a.known() ? a.lemma().toLowerCase(UK) : null;
    lexical.semantics = semanticSignature(a.semantics());
    lexical.shape = shape(a.form());
    if (!a.known() && guesses != null && SuffixGuesses.isWordLike(a.form())) {
      lexical.guess = guesses.guess(a.form());
    }
    lexical.morph = lexical.guess == null ? morphSignature(a) : "unk:" + lexical.guess;
    lexical.wordClasses = classes == null ? null : classes.classes(WordClasses.key(a));
    List<String> f = new ArrayList<>(48);
    lexicalOwn(f, lexical);
    lexical.own = f.toArray(new String[0]);
    for (int d = -2; d <= 2; d++) {
      if (d != 0) {
        f.clear();
        lexicalNeighbour(f, lexical, d);
        lexical.neighbour[d + 2] = f.toArray(new String[0]);
      }
    }
    return lexical;
  }

  /** The features of token {@code i} that depend on its context, not on its text alone. */
  private static void current(List<String> f, Info[] infos, int i) {
    Info t = infos[i];
    WordAnalysis a = t.lexical.analysis;
    if (t.inQuotes) {
      f.add("inq");
      if (t.quoteHead != null) {
        f.add("qhead=" + t.quoteHead);
      }
      f.add("qheadsem=" + t.quoteHeadSemantics);
    }
    if (t.openQuote || t.closeQuote) {
      f.add(t.openQuote ? "qopen" : "qclose");
      if (t.quoteHead != null) {
        f.add("qhead=" + t.quoteHead);
      }
    }
    if (t.capitalized && i > 0) {
      f.add("capmid");
    }
    if (t.nameAhead > 0) {
      // a person's name follows: the words before a name are often the person's post (секретар РНБО Х)
      f.add("nameAhead=" + t.nameAhead);
      if (a.has(MorphTag.NOUN) && a.has(MorphTag.ANIM) && a.hasSemantic(SemanticTag.HUM)) {
        f.add("humNameAhead=" + Math.min(t.nameAhead, 3));
        f.add("humNameAheadLs=" + lemmaSuffix(t.lexical.lemma));
      }
      if (a.has(MorphTag.ADJ) && i + 1 < infos.length && infos[i + 1].lexical.analysis.hasSemantic(SemanticTag.HUM)) {
        f.add("adjHumNameAhead");
      }
    }
    if (i > 0 && agree(infos[i - 1].lexical.analysis, a)) {
      f.add("agr-1");
    }
    if (i + 1 < infos.length && agree(a, infos[i + 1].lexical.analysis)) {
      f.add("agr+1");
    }
  }

  private static void lexicalOwn(List<String> f, Lexical t) {
    WordAnalysis a = t.analysis;
    f.add("w=" + t.lower);
    f.add("sh=" + t.shape);
    int len = t.lower.length();
    if (len > 2 && Character.isLetter(t.lower.charAt(0))) {
      for (int k = 1; k <= 4 && k < len; k++) {
        f.add("s" + k + "=" + t.lower.substring(len - k));
      }
      f.add("p3=" + t.lower.substring(0, Math.min(3, len)));
    }
    f.add("src=" + a.source());
    f.add("m=" + t.morph);
    if (t.guess != null) {
      f.add("guess=" + t.guess);
      int colon = t.guess.indexOf(':');
      if (colon > 0) {
        f.add("guesscls=" + t.guess.substring(0, colon));
      }
    }
    wordClassFeatures(f, t, "");
    for (long b : POS_BITS) {
      if (a.has(b)) {
        f.add("pos=" + MorphTag.name(b));
      }
    }
    for (long b : CASE_BITS) {
      if (a.has(b)) {
        f.add("case=" + MorphTag.name(b));
      }
    }
    for (long b : GN_BITS) {
      if (a.has(b)) {
        f.add("gn=" + MorphTag.name(b));
      }
    }
    for (long b : NAME_BITS) {
      if (a.has(b)) {
        f.add("nm=" + MorphTag.name(b));
      }
    }
    int sem = a.semantics();
    for (int k = 0; k < SemanticTag.count(); k++) {
      if ((sem & (1 << k)) != 0) {
        f.add("sem=" + SemanticTag.name(1 << k));
      }
    }
    String lemma = t.lemma;
    if (lemma != null) {
      f.add("lem=" + lemma);
      if (lemma.length() > 4) {
        f.add("ls3=" + lemma.substring(lemma.length() - 3));
        f.add("ls4=" + lemma.substring(lemma.length() - 4));
      }
    }
  }

  private static void lexicalNeighbour(List<String> f, Lexical t, int d) {
    String p = d > 0 ? "+" + d : String.valueOf(d);
    WordAnalysis a = t.analysis;
    f.add("w" + p + "=" + t.lower);
    f.add("sh" + p + "=" + t.shape);
    f.add("m" + p + "=" + t.morph);
    if (t.lemma != null) {
      f.add("lem" + p + "=" + t.lemma);
    }
    if (Math.abs(d) == 1) {
      wordClassFeatures(f, t, p);
      int sem = a.semantics();
      for (int k = 0; k < SemanticTag.count(); k++) {
        if ((sem & (1 << k)) != 0) {
          f.add("sem" + p + "=" + SemanticTag.name(1 << k));
        }
      }
      for (long b : NAME_BITS) {
        if (a.has(b)) {
          f.add("nm" + p + "=" + MorphTag.name(b));
        }
      }
      if (t.lower.length() > 3 && Character.isLetter(t.lower.charAt(0))) {
        f.add("s3" + p + "=" + t.lower.substring(t.lower.length() - 3));
      }
    }
  }

  private static void wordClassFeatures(List<String> f, Lexical t, String position) {
    if (t.wordClasses == null) {
      if (Character.isLetter(t.lower.isEmpty() ? ' ' : t.lower.charAt(0))) {
        f.add("k" + position + "=none");
      }
      return;
    }
    for (int g = 0; g < t.wordClasses.length; g++) {
      f.add("k" + g + position + "=" + t.wordClasses[g]);
    }
  }

  private static void bigrams(List<String> f, Info[] infos, int i) {
    Info t = infos[i];
    String prev = i > 0 ? infos[i - 1].lexical.lower : "BOS";
    String next = i + 1 < infos.length ? infos[i + 1].lexical.lower : "EOS";
    f.add("w-1w=" + prev + "|" + t.lexical.lower);
    f.add("ww+1=" + t.lexical.lower + "|" + next);
    String prevShape = i > 0 ? infos[i - 1].lexical.shape : "BOS";
    String nextShape = i + 1 < infos.length ? infos[i + 1].lexical.shape : "EOS";
    f.add("sh-1sh=" + prevShape + "|" + t.lexical.shape);
    f.add("shsh+1=" + t.lexical.shape + "|" + nextShape);
    String prevMorph = i > 0 ? infos[i - 1].lexical.morph : "BOS";
    String nextMorph = i + 1 < infos.length ? infos[i + 1].lexical.morph : "EOS";
    f.add("m-1m=" + prevMorph + "|" + t.lexical.morph);
    f.add("mm+1=" + t.lexical.morph + "|" + nextMorph);
  }

  /** The lemmas three tokens before and after: the wider context of long names and posts. */
  private static void farLemmas(List<String> f, Info[] infos, int i) {
    for (int d = -3; d <= 3; d += 6) {
      int j = i + d;
      if (j >= 0 && j < infos.length && infos[j].lexical.lemma != null) {
        f.add("lem" + d + "=" + infos[j].lexical.lemma);
      }
    }
  }

  /** A noun that is not also an adjective: the head a phrase of adjectives leads up to. */
  private static boolean isNounHead(WordAnalysis a) {
    return a.has(MorphTag.NOUN) && !a.has(MorphTag.ADJ);
  }

  /** Words that may stand between a word and its phrase's head: adjectives, numbers, commas, "та". */
  private static boolean skippable(Info t) {
    WordAnalysis a = t.lexical.analysis;
    String w = t.lexical.lower;
    return a.has(MorphTag.ADJ) || w.equals(",") || w.equals("та") || w.equals("і") || w.equals("й") || w.equals("-")
        || t.lexical.shape.startsWith("d");
  }

  /**
   * For an adjective (or a word of a coordination): the noun its phrase leads up to, within six
   * tokens (областях for each of "Київській , Полтавській областях"; НПЗ for "Дрогобицький і
   * Надвірнянський НПЗ"), so that coordinated adjectives learn the type of their shared head.
   */
  private static void headAhead(List<String> f, Info[] infos, int i) {
    if (isNounHead(infos[i].lexical.analysis) || !skippable(infos[i])) {
      return;
    }
    for (int j = i + 1; j < infos.length && j <= i + 6; j++) {
      Lexical head = infos[j].lexical;
      if (isNounHead(head.analysis) && head.lemma != null) {
        f.add("hn+=" + head.lemma);
        f.add("hnsem+=" + head.semantics);
        f.add("hnd+=" + Math.min(j - i, 3));
        return;
      }
      if (!skippable(infos[j])) {
        return;
      }
    }
  }

  /**
   * The lowercase noun before the token's phrase, within five tokens (суду for both words of "суду
   * Одеської області"; межа for "в межах Глибоцької сільської ради").
   */
  private static void headBehind(List<String> f, Info[] infos, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 5; j--) {
      Lexical head = infos[j].lexical;
      if (isNounHead(head.analysis) && head.lemma != null && !infos[j].capitalized) {
        f.add("hn-=" + head.lemma);
        f.add("hnsem-=" + head.semantics);
        return;
      }
      if (!skippable(infos[j]) && !infos[j].capitalized) {
        return;
      }
    }
  }

  /** True when two words share a case (adjective + noun, or two nouns in apposition). */
  private static boolean agree(WordAnalysis a, WordAnalysis b) {
    long ca = a.tags() & MorphTag.CASE_MASK;
    long cb = b.tags() & MorphTag.CASE_MASK;
    return ca != 0 && cb != 0 && (ca & cb) != 0;
  }

  private static void markQuotes(String[] tokens, Info[] infos) {
    boolean open = false;
    String head = null;
    String headSemantics = "";
    for (int i = 0; i < tokens.length; i++) {
      Info t = infos[i];
      String tok = tokens[i];
      boolean opening = tok.equals("«") || tok.equals("„") || tok.equals("“") && !open
          || tok.equals("\"") && !open;
      boolean closing = !opening && (tok.equals("»") || tok.equals("”") || tok.equals("“") || tok.equals("\""));
      if (opening) {
        open = true;
        t.openQuote = true;
        head = null;
        headSemantics = "";
        if (i > 0 && infos[i - 1].lexical.lemma != null && Character.isLetter(tokens[i - 1].charAt(0))) {
          head = infos[i - 1].lexical.lemma;
          headSemantics = infos[i - 1].lexical.semantics;
        }
      } else if (closing) {
        open = false;
        t.closeQuote = true;
      } else {
        t.inQuotes = open;
      }
      if (opening || closing || open) {
        t.quoteHead = head;
        t.quoteHeadSemantics = headSemantics;
      }
    }
  }

  /** For each token, how far ahead the next first name or surname is (up to 4 tokens; 0: none). */
  private static void markNamesAhead(Info[] infos) {
    int next = -1;
    for (int i = infos.length - 1; i >= 0; i--) {
      WordAnalysis a = infos[i].lexical.analysis;
      if (next >= 0 && next - i <= 4) {
        infos[i].nameAhead = next - i;
      }
      if (infos[i].capitalized && a.has(MorphTag.FNAME | MorphTag.LNAME)) {
        next = i;
      }
    }
  }

  /** The last three letters of a (lowercased) lemma. */
  private static String lemmaSuffix(String lemma) {
    return lemma.length() > 3 ? lemma.substring(lemma.length() - 3) : lemma;
  }

  private static String semanticSignature(int sem) {
    StringBuilder sb = new StringBuilder();
    for (int bit : new int[] {SemanticTag.ORG, SemanticTag.LOC, SemanticTag.HUM, SemanticTag.TEXT, SemanticTag.BUILD,
        SemanticTag.EVENT, SemanticTag.GROUP}) {
      if ((sem & bit) != 0) {
        sb.append(SemanticTag.name(bit)).append('+');
      }
    }
    return sb.toString();
  }

  private static String morphSignature(WordAnalysis a) {
    if (!a.known()) {
      return "unk";
    }
    long tags = a.tags();
    StringBuilder sb = new StringBuilder(16);
    if ((tags & MorphTag.NOUN) != 0) {
      sb.append('N');
    }
    if ((tags & MorphTag.ADJ) != 0) {
      sb.append('A');
    }
    if ((tags & MorphTag.VERB) != 0) {
      sb.append('V');
    }
    if ((tags & (MorphTag.PREP | MorphTag.CONJ | MorphTag.PART)) != 0) {
      sb.append('F');
    }
    if ((tags & MorphTag.PRON) != 0) {
      sb.append('P');
    }
    if ((tags & (MorphTag.ADV | MorphTag.ADVP | MorphTag.PREDIC)) != 0) {
      sb.append('D');
    }
    if ((tags & MorphTag.NUMR) != 0) {
      sb.append('Q');
    }
    if ((tags & MorphTag.FNAME) != 0) {
      sb.append('f');
    }
    if ((tags & MorphTag.LNAME) != 0) {
      sb.append('l');
    }
    if ((tags & MorphTag.PNAME) != 0) {
      sb.append('p');
    }
    if ((tags & MorphTag.GEO) != 0) {
      sb.append('g');
    }
    if ((tags & MorphTag.ABBR) != 0) {
      sb.append('b');
    }
    if ((tags & MorphTag.PROP) != 0 && (tags & (MorphTag.FNAME | MorphTag.LNAME | MorphTag.PNAME | MorphTag.GEO)) == 0) {
      sb.append('r');
    }
    if (a.source() == WordAnalysis.Source.LOWERCASE) {
      sb.append('_');
    }
    return sb.toString();
  }

  static String shape(String s) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char k;
      if (Character.isUpperCase(c)) {
        k = 'X';
      } else if (Character.isLowerCase(c)) {
        k = 'x';
      } else if (Character.isDigit(c)) {
        k = 'd';
      } else if (Character.isLetter(c)) {
        k = 'L';
      } else {
        k = c;
      }
      if (k == last) {
        run++;
        if (run >= 2) {
          continue;
        }
      } else {
        run = 0;
      }
      sb.append(k);
      last = k;
    }
    return sb.toString();
  }

  private static long[] bits(long mask) {
    long[] out = new long[Long.bitCount(mask)];
    int k = 0;
    for (int b = 0; b < 64; b++) {
      if ((mask & (1L << b)) != 0) {
        out[k++] = 1L << b;
      }
    }
    return out;
  }
}
