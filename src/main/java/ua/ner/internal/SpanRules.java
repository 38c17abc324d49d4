package ua.ner.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.MorphTag;
import ua.ner.internal.morph.Reading;
import ua.ner.internal.morph.SemanticTag;
import ua.ner.internal.morph.WordAnalysis;
import ua.ner.internal.ner.PostMarking;
import ua.ner.internal.text.TextNormalizer;
import ua.ner.internal.text.UkrainianSentenceDetector;

/**
 * Span rules applied to the name finder's output, each following how NER-UK marks names, as counted
 * in its TRAIN part: touching person names are one name, so are first names coordinated with a full
 * name, places coordinated before one plural noun, and capitalised adjectives coordinated before an
 * organisation that starts with one; a person takes a regnal number, a place or
 * organisation the capitalised adjective before it, a street its street word and house number;
 * quotes pair up inside a name; a name covers whole hyphenated words; a name does not run on past a
 * verb, a preposition with a number or a time word, or end with a dash or a conjunction; and there
 * is no name inside the title of a legal act.
 * Stateless; the token arrays are those of one sentence window.
 */
final class SpanRules {

  /** A singular word for a region, written out or abbreviated: області, обл, району, р-ну, округу. */
  private static final Pattern REGION = Pattern.compile("(?u)област[іяьию]|обл|район[уіа]?|районі|р-н[уі]?|округ[уі]?");

  /** Adjectives that date a post rather than name it: колишній, нинішній, тодішній, чинний. */
  private static final Set<String> TIME_QUALIFIERS = Set.of("колишній", "нинішній", "тодішній", "теперішній", "чинний",
      "діючий");

  /** The abbreviation of "область", as the tokenizer leaves it (its point apart). */
  private static final String REGION_ABBREVIATION = "обл";

  /** A plural noun that coordinated places share: областей, районах, округів, морів (Чорного та Азовського морів). */
  private static final Pattern PLURAL_REGION = Pattern.compile(
      "(?iu)област(ей|ях|ям|ями)|район(ів|ах|ам|ами)|округ(ів|ах|ам|ами)|мор(ів|ях|ям|ями)|річ(ок|ках|кам|ками)|озер(ах|ам|ами)?|гір|гора(х|м|ми)");

  private static final Set<String> AND = Set.of("і", "та", "й");

  /** Tokens after which a capital letter says nothing: the word may start a sentence or a quote. */
  private static final Set<String> OPENERS = Set.of(".", "!", "?", ":", "…", "«", "\"", "„", "“", "(", "-", "–", "—");

  /** Readings that make a word more than a verb form. */
  private static final long NOT_ONLY_VERB = MorphTag.NOUN | MorphTag.ADJ | MorphTag.ADV | MorphTag.PREP | MorphTag.CONJ
      | MorphTag.PART | MorphTag.PRON;

  /** A street word, written out or abbreviated (the tokenizer splits off an abbreviation's point). */
  private static final Pattern STREET_WORD = Pattern.compile(
      "(?iu)вул|вулиц[яіюе]|вулицею|просп|проспект[уіо]?|пров|провул(ок|ку|ком|ці)|бульв|бульвар[уіо]?|пл|площ[аіеу]|площею|шосе|узвіз|узвозу|набережн(а|ій|у|ою)");

  /** A plural street word, which opens a list of streets and stays out of their names. */
  private static final Pattern STREETS_WORD = Pattern.compile("(?u)вулиц(ь|ях|ям|ями)|проспект(ів|ах)|провулк(ів|ах)");

  /** Punctuation between the streets of a list (an abbreviated street word's point included). */
  private static final Set<String> LIST_SEPARATORS = Set.of(",", ";", ".");

  /** The abbreviated street words, which come with their point. */
  private static final Pattern STREET_ABBREVIATION = Pattern.compile("(?iu)вул|просп|пров|бульв|пл");

  /** A house number: 8, 58-А, 15д. */
  private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d{1,3}(-?\\p{L})?");

  /** A house number's second number, after a slash or in a range (4 / 6, 4 / 6б, 12-14). */
  private static final Pattern HOUSE_SECOND_NUMBER = Pattern.compile("\\d{1,3}\\p{L}?");

  /** What may follow a house number that belongs to the address: punctuation or a conjunction. */
  private static final Pattern AFTER_HOUSE_NUMBER = Pattern.compile("[.,;:()»]|і|й|та");

  /** A word naming a legal act, before the act's title: Закону, указ, постанови, рішення, ЗУ. */
  private static final Pattern ACT_WORD = Pattern.compile(
      "(?iu)закон\\p{L}*|указ\\p{L}*|постанов\\p{L}*|рішенн\\p{L}*|розпорядженн\\p{L}*|наказ\\p{L}*|кодекс\\p{L}*|ЗУ");

  private static final Set<String> OPENING_QUOTES = Set.of("«", "“", "„", "\"");
  private static final Set<String> CLOSING_QUOTES = Set.of("»", "”", "\"");

  /** A regnal number, I to XXIX, also with the Cyrillic letters І and Х that Ukrainian texts often use for I and X. */
  private static final Pattern ROMAN = Pattern.compile("[XХ]{0,2}([IІ][XХ]|[IІ]V|V?[IІ]{0,3})");

  private SpanRules() {
  }

  /**
   * All the rules, in order.
   *
   * @param starts the char offset of each token, to tell a hyphen inside a word from a dash
   * @param ends   the char end of each token
   */
  static Span[] apply(String[] tokens, int[] starts, int[] ends, Span[] spans, MorphAnalyzer analyzer) {
    Span[] out = wordless(tokens, spans);
    out = actTitles(tokens, out);
    out = lawTitles(tokens, out);
    out = feasts(tokens, out);
    out = abbreviatedOrganisations(tokens, out);
    out = abbreviatedPlaces(tokens, out, analyzer);
    out = stateBodies(tokens, out, analyzer);
    out = ministries(tokens, out, analyzer);
    out = states(tokens, out, analyzer);
    out = placesTakenForPeople(tokens, out, analyzer);
    out = families(tokens, out, analyzer);
    out = mergeAdjacentPersons(out);
    out = joinCoordinatedFirstNames(tokens, out, analyzer);
    out = splitPersonsByCase(tokens, out, analyzer);
    out = dropCommonWordsAfterInitials(tokens, out, analyzer);
    out = leadingInitials(tokens, out);
    out = regnalNumbers(tokens, out);
    out = cutRunOns(tokens, out, analyzer);
    out = placeNames(tokens, out, analyzer);
    out = leadingAdjectives(tokens, out, analyzer);
    out = closeQuotes(tokens, out);
    out = joinCompounds(tokens, starts, ends, out);
    out = streetsNamedAfterPeople(tokens, out, analyzer);
    out = splitStreetLists(tokens, out);
    out = unmarkedStreets(tokens, out);
    out = namedLandmarks(tokens, out, analyzer);
    out = streetInitials(tokens, out);
    out = addresses(tokens, out, analyzer);
    out = regionAbbreviations(tokens, out);
    out = dropFinalPoints(tokens, out);
    out = initialPoints(tokens, out);
    out = joinCoordinatedAdjectives(tokens, out, analyzer);
    out = splitAdjectivePairs(tokens, out, analyzer);
    out = councils(tokens, out, analyzer);
    out = localForces(tokens, out, analyzer);
    out = coordinatedOrganisationHeads(tokens, out, analyzer);
    out = splitCoordinatedOrganisations(tokens, out, analyzer);
    out = joinCoordinatedPlaces(tokens, out);
    out = splitAtPrepositions(tokens, out, analyzer);
    out = dropTimeQualifiers(tokens, out, analyzer);
    out = quotedOrganisations(tokens, out, analyzer);
    out = quotedPlaces(tokens, out, analyzer);
    out = titleAdjectives(tokens, out, analyzer);
    out = actingPosts(tokens, out);
    out = splitCoordinatedPosts(tokens, out, analyzer);
    out = landmarks(tokens, out, analyzer);
    out = landmarksNamedAfterPeople(tokens, out, analyzer);
    out = townLandmarks(tokens, out, analyzer);
    out = academicDegrees(tokens, out);
    out = settlements(tokens, out, analyzer);
    out = splitRegions(tokens, out);
    out = regionalBranches(tokens, out);
    out = regionBodies(tokens, out);
    out = documents(tokens, out, analyzer);
    out = placesClosingTitles(tokens, starts, ends, out, analyzer);
    out = products(tokens, out, analyzer);
    out = commonAcronyms(tokens, out);
    return mergeAdjacentRoles(tokens, out);
  }

  /**
   * Marks as a post a word the model left unmarked that the training documents mostly mark as a post
   * by itself ({@code usualPost}: суддю, правоохоронцям, засновником), unless it may be an
   * adjective too (слідчого управління, дільничного міліціонера) or is part of a hyphenated compound
   * (фізичною особою-підприємцем, unmarked both times in TRAIN). Chosen on the cross-validation folds
   * of TRAIN with the counts of each fold's own training part, first simulated on the fold models'
   * output: a lemma seen at least twice and a post by itself in at least half of its occurrences (ROLE
   * 0.6817 → 0.6886 and 0.6975 → 0.7053 simulated; 60% gave 0.6901 / 0.7031, 35% 0.6854 / 0.7041,
   * three occurrences or more 0.6894 / 0.7007, words that may be adjectives taken too 0.6886 / 0.7039);
   * built, 0.6817 → 0.6861 and 0.6975 → 0.7053. The share was later re-checked with newer models: 60%
   * ({@link PostMarking#MIN_ALONE_SHARE}). A word that opens a sentence or clause is judged by its
   * lowercase form (Мер особисто підтримував …; the counts are of lowercase words): on the folds 0 and
   * +2 posts, both right.
   */
  static Span[] usualPosts(String[] tokens, int[] starts, int[] ends, Span[] spans, MorphAnalyzer analyzer,
      Predicate<String> usualPost) {
    List<Span> out = null;
    for (int i = 0; i < tokens.length; i++) {
      String word = positionalCapitalLowered(tokens, i);
      if (usualPost.test(word) && !analyzer.analyze(word).has(MorphTag.ADJ) && free(spans, i, i + 1)
          && !isInnerHyphen(tokens, starts, ends, i - 1) && !isInnerHyphen(tokens, starts, ends, i + 1)) {
        out = plus(out, spans, new Span(i, i + 1, "ROLE", RULE_PROBABILITY));
      }
    }
    return out == null ? spans : byStart(out);
  }

  /**
   * Token {@code i}, lowercased where its capital may be only positional: it starts a sentence or
   * clause ({@link ExtractionPipeline#startsClause}) and has no other capital letter (Мер, not МВС).
   */
  private static String positionalCapitalLowered(String[] tokens, int i) {
    String t = tokens[i];
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || t.codePoints().skip(1).anyMatch(Character::isUpperCase)
        || !ExtractionPipeline.startsClause(tokens, i)) {
      return t;
    }
    return t.toLowerCase(Locale.ROOT);
  }

  /**
   * A post that ends with its head ({@link PostMarking#head}) or with a genitive noun after it takes
   * the rest of the lowercase genitive nouns after the head ({@link PostMarking#genitiveChain}), when
   * the training documents' posts with that head mostly hold them ({@code takesChain}, given the head's
   * token): заступник міністра | внутрішніх справ, начальник | відділу освіти, Начальник обласного
   * управління | лісового та мисливського господарства; not директор | компанії (TRAIN: заступник 33
   * posts hold such nouns and 1 ends before them, начальник 22 / 3, міністр 7 / 0, голова 7 / 5;
   * директор 1 / 31, керівник 3 / 21, засновник 0 / 17). Chosen on the cross-validation folds of
   * TRAIN with each fold's own counts, simulated on the fold models' output first.
   */
  static Span[] postChains(String[] tokens, Span[] spans, MorphAnalyzer analyzer, Predicate<String> takesChain) {
    Span[] out = spans.clone();
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      if (!"ROLE".equals(s.getType())) {
        continue;
      }
      int head = PostMarking.head(tokens, s.getStart(), s.getEnd(), analyzer);
      if (head < 0 || !takesChain.test(tokens[head])) {
        continue;
      }
      int limit = nextStart(spans, k, tokens.length);
      int[] chain = PostMarking.genitiveChain(tokens, head + 1, limit, analyzer);
      int last = chain.length == 0 ? -1 : chain[chain.length - 1];
      boolean onChain = s.getEnd() == head + 1 || Arrays.stream(chain).anyMatch(end -> end == s.getEnd());
      if (onChain && last > s.getEnd()) {
        out[k] = bounds(s, s.getStart(), last);
      }
    }
    return out;
  }

  /**
   * Drops a name without a letter or digit in it: a run of quotes or dashes is no name (the model can
   * carry a name on over a long run of opening quotes that never close). No NER-UK name is one.
   */
  static Span[] wordless(String[] tokens, Span[] spans) {
    return without(spans, s -> {
      for (int i = s.getStart(); i < s.getEnd(); i++) {
        if (tokens[i].codePoints().anyMatch(Character::isLetterOrDigit)) {
          return false;
        }
      }
      return true;
    });
  }

  /**
   * Drops the names inside the title of a legal act (Закону України «Про місцеве самоврядування в
   * Україні»): NER-UK marks the act as a whole, with a type this library does not learn, and no name
   * inside it (TRAIN: 10 such titles, none with a name inside). A title holding a quote of its own is
   * left alone.
   */
  static Span[] actTitles(String[] tokens, Span[] spans) {
    Span[] out = spans;
    for (int i = 1; i + 1 < tokens.length; i++) {
      if (!OPENING_QUOTES.contains(tokens[i]) || !tokens[i + 1].equals("Про") || !afterActWord(tokens, i)) {
        continue;
      }
      int close = closingQuote(tokens, i + 2);
      if (close < 0) {
        continue;
      }
      int from = i;
      int to = close;
      out = Arrays.stream(out).filter(s -> s.getStart() <= from || s.getEnd() > to).toArray(Span[]::new);
      i = close;
    }
    return out;
  }

  /**
   * Feasts, which NER-UK never marks (TRAIN: 20 of them, none a name; the model takes some for
   * places): Новий рік, Різдво, Великдень, Пасха, Трійця, Водохреще, Благовіщення, Стрітення, Купала,
   * Поминальна (Вербна) неділя, in their case forms.
   */
  private static final Pattern FEAST = Pattern.compile("(?u)Нов(ий|ого|ому|им) р(ік|оку|оці|оком)|Різдв(о|а|у|ом|і)"
      + "|Великд(ень|ня|ню|нем|ні)|Пасх(а|и|у|ою|і)|Трійц(я|і|ю|ею)|Водохрещ(а|е|і|ем)|Благовіщенн(я|ю|ям|і)"
      + "|Стрітенн(я|ю|ям|і)|Купала|(Поминальн|Вербн)(а|ої|ій|у|ою) неділ(я|і|ю|ею)");

  /** A capitalised day, which names a feast (День Києва, Дня юриста). */
  private static final Pattern FEAST_DAY = Pattern.compile("(?u)Д(ень|ня|ню|нем|ні)");

  /**
   * Drops a place or organisation that is a feast ({@link #FEAST}: на Новий рік, до Купала, Трійцю), or
   * that starts with or follows a capitalised day mid-sentence ({@link #FEAST_DAY}: до Дня Києва, з нагоди
   * Дня юриста). TRAIN: 5 such days, all a feast's name (MISC) with nothing marked inside.
   */
  static Span[] feasts(String[] tokens, Span[] spans) {
    return without(spans, s -> ("LOCATION".equals(s.getType()) || "ORGANIZATION".equals(s.getType()))
        && namesFeast(tokens, s));
  }

  /** Whether {@code s} is a feast or starts with or follows a capitalised day, as {@link #feasts} says. */
  private static boolean namesFeast(String[] tokens, Span s) {
    return s.length() <= 2 && FEAST.matcher(String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd()))).matches()
        || isFeastDay(tokens, s.getStart()) || isFeastDay(tokens, s.getStart() - 1);
  }

  private static boolean isFeastDay(String[] tokens, int i) {
    return i >= 0 && FEAST_DAY.matcher(tokens[i]).matches() && midSentence(tokens, i);
  }

  /**
   * A word with two capitals in a row and a lowercase letter: an abbreviation, inflected or mixed
   * (ЗакДУ, СЕТАМу, МОНу), not a person's name.
   */
  private static final Pattern MIXED_ABBREVIATION = Pattern.compile("(?u)(?=.*\\p{Ll})[\\p{L}-]*\\p{Lu}\\p{Lu}[\\p{L}-]*");

  /**
   * A one-word person that is an abbreviation ({@link #MIXED_ABBREVIATION}) is an organisation. TRAIN:
   * 80 such words, none a person or part of one; 23 organisations and 32 parts of one, 3 posts, 20
   * unmarked.
   */
  static Span[] abbreviatedOrganisations(String[] tokens, Span[] spans) {
    return replaceEach(spans, k -> {
      Span s = spans[k];
      boolean abbreviation = s.length() == 1 && MIXED_ABBREVIATION.matcher(tokens[s.getStart()]).matches();
      return "PERSON".equals(s.getType()) && abbreviation ? new Span(s.getStart(), s.getEnd(), "ORGANIZATION", s.getProb()) : s;
    });
  }

  /**
   * A one-word organisation or person written in capitals that the dictionary knows, as written, only as
   * a place name is a place: США, СРСР, ДНР. TRAIN: 17 such words are places by themselves, 10 lie inside
   * organisations (АРК in господарського суду АРК), none is an organisation, person or unmarked. So is a
   * Soviet republic's abbreviation the dictionary knows without a place tag ({@link #SOVIET_REPUBLIC}:
   * УСРР, РСФРР; TRAIN: 9 places, 1 inside an organisation; second fold +0.0011).
   */
  static Span[] abbreviatedPlaces(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return replaceEach(spans, k -> {
      Span s = spans[k];
      if (s.length() != 1 || "LOCATION".equals(s.getType()) || "ROLE".equals(s.getType())) {
        return s;
      }
      String t = tokens[s.getStart()];
      if (t.length() < 2 || !t.equals(t.toUpperCase(Locale.ROOT)) || !Character.isLetter(t.charAt(0))) {
        return s;
      }
      WordAnalysis a = analyzer.analyze(t);
      return a.source() == WordAnalysis.Source.EXACT && isPlaceNameOnly(a, true) || SOVIET_REPUBLIC.matcher(t).matches()
          ? new Span(s.getStart(), s.getEnd(), "LOCATION", s.getProb()) : s;
    });
  }

  /** A Soviet republic's abbreviation: УСРР, УРСР, РСФРР, СРСР (Соціалістична Радянська Республіка). */
  private static final Pattern SOVIET_REPUBLIC = Pattern.compile("(?u)\\p{Lu}*(СРР|РСР)|РСФРР");

  /** A compound abbreviation of a state body: Мінфін, Мін'юст, Нацполіція, Держгеокадастр. */
  private static final Pattern STATE_BODY = Pattern.compile("(?u)(Мін|Нац|Держ)['’ʼ]?\\p{Ll}[\\p{L}'’ʼ-]*");

  /** Common words that start like {@link #STATE_BODY} but name no body. */
  private static final Set<String> NOT_STATE_BODIES = Set.of("держава", "міністерство", "міністр", "нація");

  /**
   * A place whose first word is a compound abbreviation of a state body ({@link #isStateBody}) is an
   * organisation: передати його в Міненерговугілля, Мінфін; so is such a word the model left unmarked
   * (розслідувань Міндоходів, Нацбанк, Держспецзв'язку). TRAIN: 92 such words, 51 of them an organisation
   * by themselves, 32 inside one, 2 a post or inside one, 1 a person (Мінґуса), none a place, 6 unmarked
   * (Четьї Мінеї, Держструктуру); the model takes some for places after в / у and misses others. The
   * unmarked words: first fold 0.8606 → 0.8612 (7 more organisations right, 3 wrong), second fold
   * unchanged, DEV +0.0005.
   */
  static Span[] stateBodies(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    Span[] retyped = retyped(spans, "LOCATION", "ORGANIZATION", s -> isStateBody(tokens[s.getStart()], analyzer));
    List<Span> out = null;
    for (int i = 0; i < tokens.length; i++) {
      if (isStateBody(tokens[i], analyzer) && free(retyped, i, i + 1)) {
        out = plus(out, retyped, new Span(i, i + 1, "ORGANIZATION", RULE_PROBABILITY));
      }
    }
    return out == null ? retyped : byStart(out);
  }

  /**
   * Whether a word is a compound abbreviation of a state body ({@link #STATE_BODY}) that is no place
   * name in the dictionary, no adjective, verb or adverb, and none of {@link #NOT_STATE_BODIES} (Мінськ,
   * Національному, Держави).
   */
  private static boolean isStateBody(String token, MorphAnalyzer analyzer) {
    if (!STATE_BODY.matcher(token).matches()) {
      return false;
    }
    WordAnalysis lower = analyzer.analyze(token.toLowerCase(Locale.ROOT));
    return !analyzer.analyze(token).has(MorphTag.GEO) && !lower.has(MorphTag.ADJ | MorphTag.VERB | MorphTag.ADV)
        && !lower.mayBeNounOf(NOT_STATE_BODIES);
  }

  /**
   * An organisation of capitalised adjectives, a noun of a state ({@link #STATE_NOUNS}) and capitalised
   * words only is a place (Автономної Республіки Крим, Руському королівстві); not a lowercase союз,
   * which may be a union (Індустріальний союз Донбасу). TRAIN: 20 names of that shape, 19 places.
   */
  static Span[] states(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return retyped(spans, "ORGANIZATION", "LOCATION", s -> namesState(tokens, s, analyzer));
  }

  /** Whether {@code s} is capitalised adjectives, a state noun and capitalised words (see {@link #states}). */
  private static boolean namesState(String[] tokens, Span s, MorphAnalyzer analyzer) {
    int i = s.getStart();
    while (i < s.getEnd() && isCapitalisedWord(tokens[i]) && isOnlyAdjective(tokens[i], analyzer)) {
      i++;
    }
    if (i == s.getStart() || i == s.getEnd() || tokens[i].startsWith("союз")
        || !analyzer.analyze(tokens[i].toLowerCase(Locale.ROOT)).mayBeNounOf(STATE_NOUNS)) {
      return false;
    }
    for (int j = i + 1; j < s.getEnd(); j++) {
      if (!isCapitalisedWord(tokens[j])) {
        return false;
      }
    }
    return true;
  }

  /** A ministry, capitalised: Міністерство, Міністерства, Міністерству, Міністерством, Міністерстві. */
  private static final Pattern MINISTRY = Pattern.compile("(?u)Міністерств(о|а|у|ом|і)");

  /**
   * A capitalised ministry the model left unmarked is an organisation with the lowercase genitive words
   * after it (Міністерство внутрішніх справ, Міністерство регіонального розвитку, the rest of the
   * coordination taken by {@link #coordinatedOrganisationHeads}, a place after it by
   * {@link #regionalBranches}); alone where none follows (Міністерство за 50 тис грн замовило …).
   * TRAIN: 52 such words, 48 start an organisation, 4 lie inside one.
   */
  static Span[] ministries(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    List<Span> out = null;
    for (int i = 0; i < tokens.length; i++) {
      if (!MINISTRY.matcher(tokens[i]).matches() || !free(spans, i, i + 1)) {
        continue;
      }
      int end = i + 1;
      while (end < tokens.length && isLowercaseGenitive(tokens[end], analyzer, false) && free(spans, end, end + 1)) {
        end++;
      }
      out = plus(out, spans, new Span(i, end, "ORGANIZATION", RULE_PROBABILITY));
      i = end - 1;
    }
    return out == null ? spans : byStart(out);
  }

  /** A law or code, after which the state that passed it is part of its title: закону, кодексу, КК, ЗУ. */
  private static final Pattern LAW_WORD = Pattern.compile(
      "(?iu)закон(у|ам|ом|і|и|ів|ами|ах)?|кодекс\\p{L}*|конституці\\p{L}*|КК|КПК|ЦК|ГК|КЗпП|ЗУ");

  /**
   * Drops a one-word place right after a law or code (законам | України, Повітряного кодексу |
   * України): NER-UK marks it as part of the law's title, a type this library does not learn.
   * TRAIN: 9 such words, none marked; законодавства України is a place (no law word).
   */
  static Span[] lawTitles(String[] tokens, Span[] spans) {
    return without(spans, s -> "LOCATION".equals(s.getType()) && s.length() == 1 && s.getStart() > 0
        && LAW_WORD.matcher(tokens[s.getStart() - 1]).matches());
  }

  /**
   * Nouns of documents and acts, books of reference, state symbols and the Internet: what they start is
   * no organisation or place.
   */
  private static final Set<String> DOCUMENT_NOUNS = Set.of("указ", "закон", "конституція", "декларація", "кодекс",
      "постанова", "бюджет", "концепція", "стратегія", "угода", "договір", "статут", "положення", "енциклопедія",
      "словник", "довідник", "літопис", "книга", "герб", "прапор", "гімн", "інтернет");

  /**
   * Drops an organisation or place whose first noun (after a leading capitalised adjective) is a
   * document or an act, a book of reference, a state symbol or the Internet (Указ Президента України,
   * Конституції, Державний бюджет України, Шевченківської енциклопедії, Червоної книги України,
   * Державного Герба України, Зборівський договір, Інтернету), not the first part of a compound
   * (Інтернет-асоціації України): NER-UK marks none of them. TRAIN: 83 capitalised such words of acts,
   * symbols and the Internet (6 of them symbols), 82 unmarked, 1 inside a quoted title; 17 of books of
   * reference, capitalised or after a capitalised adjective, all unmarked; no organisation or place
   * starts with one.
   */
  static Span[] documents(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return without(spans, s -> {
      if (!"ORGANIZATION".equals(s.getType()) && !"LOCATION".equals(s.getType())) {
        return false;
      }
      int first = s.getStart();
      if (s.length() > 1 && isCapitalisedAdjective(tokens[first], analyzer)) {
        first++;
      }
      if (first + 1 < s.getEnd() && tokens[first + 1].equals("-")) {
        return false; // the first part of a compound: Інтернет-асоціації
      }
      return analyzer.analyze(tokens[first].toLowerCase(Locale.ROOT)).mayBeNounOf(DOCUMENT_NOUNS);
    });
  }

  /** Nouns that head the title of a document, a programme, a plan or a book: {@link #DOCUMENT_NOUNS} and more. */
  private static final Set<String> TITLE_NOUNS = titleNouns();

  private static Set<String> titleNouns() {
    List<String> nouns = new ArrayList<>(DOCUMENT_NOUNS);
    nouns.addAll(List.of("програма", "схема", "план", "порядок", "правило", "меморандум", "реєстр"));
    return Set.copyOf(nouns);
  }

  /** The most lowercase words between a title's noun and the place that closes it. */
  private static final int MAX_TITLE_WORDS = 8;

  /**
   * Drops a place that closes a capitalised title ({@link #closesTitle}: Книги рекордів України,
   * Положення про використання повітряного простору України, Генеральної схеми планування території
   * України, Програми транскордонного співробітництва Польща-Білорусь-Україна). NER-UK marks such a
   * title as a document or a name of another kind, and nothing inside it. TRAIN: 5 such places found by
   * the model (`Червоної книги України`, `Державний бюджет України` …), none of them marked.
   */
  static Span[] placesClosingTitles(String[] tokens, int[] starts, int[] ends, Span[] spans, MorphAnalyzer analyzer) {
    return without(spans, s -> "LOCATION".equals(s.getType()) && closesTitle(tokens, starts, ends, s.getStart(), analyzer));
  }

  /**
   * Whether the words right before token {@code start} are a title: a noun of {@link #TITLE_NOUNS},
   * capitalised mid-sentence or after adjectives of which the first is (Генеральної схеми; also a
   * compound adjective the tokenizer split at its hyphen: науково-технічної), then lowercase words only,
   * at most {@link #MAX_TITLE_WORDS}.
   */
  private static boolean closesTitle(String[] tokens, int[] starts, int[] ends, int start, MorphAnalyzer analyzer) {
    for (int i = start - 1; i >= 0 && i >= start - 1 - MAX_TITLE_WORDS; i--) {
      String t = tokens[i];
      if (!Character.isLetter(t.charAt(0))) {
        return false;
      }
      if (analyzer.analyze(t.toLowerCase(Locale.ROOT)).mayBeNounOf(TITLE_NOUNS)) {
        if (Character.isUpperCase(t.charAt(0))) {
          return midSentence(tokens, i);
        }
        int first = firstAdjectiveBefore(tokens, starts, ends, i, analyzer);
        return first < i && isCapitalisedAdjective(tokens[first], analyzer) && midSentence(tokens, first);
      }
      if (!Character.isLowerCase(t.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The first of the adjectives right before token {@code noun} ({@code noun} itself if there is none);
   * a compound adjective the tokenizer split at its hyphen (науково | - | технічної) counts as one.
   */
  private static int firstAdjectiveBefore(String[] tokens, int[] starts, int[] ends, int noun, MorphAnalyzer analyzer) {
    int first = noun;
    while (first > 0) {
      String before = tokens[first - 1];
      if (first < noun && isInnerHyphen(tokens, starts, ends, first - 1)) {
        first -= 2;
      } else if (Character.isLetter(before.charAt(0))
          && analyzer.analyze(before.toLowerCase(Locale.ROOT)).has(MorphTag.ADJ)) {
        first--;
      } else {
        return first;
      }
    }
    return first;
  }

  /** Nouns of vehicles, models and brands: the name right after one is a product's. */
  private static final Set<String> PRODUCT_NOUNS = Set.of("автомобіль", "автівка", "позашляховик", "модель", "марка");

  /**
   * Drops an organisation named right after a noun of {@link #PRODUCT_NOUNS}, quoted or not (автомобіля
   * «Mitsubishi Pajero», автомобіль Passat B7, автівку марки Toyota Land Cruiser, труб марки
   * «Ізопрофлекс»): NER-UK marks a product as a work (ART). TRAIN: 10 names right after such a noun, 9
   * of them works, 1 an organisation (торгової марки СхідSide).
   */
  static Span[] products(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return without(spans, s -> {
      if (!"ORGANIZATION".equals(s.getType())) {
        return false;
      }
      int i = s.getStart() - 1;
      if (i > 0 && OPENING_QUOTES.contains(tokens[i])) {
        i--;
      }
      return i >= 0 && Character.isLowerCase(tokens[i].charAt(0))
          && analyzer.analyze(tokens[i]).mayBeNounOf(PRODUCT_NOUNS);
    });
  }

  /**
   * {@code spans} with each of type {@code from} that {@code when} accepts given type {@code to}, its
   * bounds and probability kept (the same array when none changes).
   */
  private static Span[] retyped(Span[] spans, String from, String to, Predicate<Span> when) {
    return replaceEach(spans, k -> {
      Span s = spans[k];
      return from.equals(s.getType()) && when.test(s) ? new Span(s.getStart(), s.getEnd(), to, s.getProb()) : s;
    });
  }

  /**
   * {@code spans} with each of {@code type} split in two at the token {@code cut} gives for it (none
   * where it gives -1); the parts keep the type and probability (the same array when none is split).
   */
  private static Span[] splitInTwo(Span[] spans, String type, ToIntFunction<Span> cut) {
    List<Span> out = null;
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      int at = type.equals(s.getType()) ? cut.applyAsInt(s) : -1;
      if (at > s.getStart() && at < s.getEnd()) {
        if (out == null) {
          out = new ArrayList<>(Arrays.asList(spans).subList(0, k));
        }
        out.add(new Span(s.getStart(), at, type, s.getProb()));
        out.add(new Span(at, s.getEnd(), type, s.getProb()));
      } else if (out != null) {
        out.add(s);
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /** {@code spans} without those {@code drop} accepts (the same array when it accepts none). */
  private static Span[] without(Span[] spans, Predicate<Span> drop) {
    Span[] out = Arrays.stream(spans).filter(drop.negate()).toArray(Span[]::new);
    return out.length == spans.length ? spans : out;
  }

  /**
   * Drops a name that is an acronym in brackets spelling the lowercase words before it: a common
   * phrase abbreviated, no name (науково-дослідну роботу (НДР), технічні умови (ТУ)). TRAIN: of the
   * acronyms in brackets that spell the words before them, 4 follow lowercase words (3 unmarked, 1 an
   * organisation: об'єднань співвласників багатоквартирних будинків (ОСББ)); the 7 after capitalised words
   * are names like the words they spell (Російської академії наук (РАН)).
   */
  static Span[] commonAcronyms(String[] tokens, Span[] spans) {
    return without(spans, s -> s.length() == 1 && s.getStart() > 0 && s.getEnd() < tokens.length
        && tokens[s.getStart() - 1].equals("(") && tokens[s.getEnd()].equals(")")
        && spellsLowercaseWords(tokens, s.getStart() - 1, tokens[s.getStart()]));
  }

  /**
   * Whether {@code acronym}, in capitals, is the initials of the lowercase words that end before token
   * {@code end} (a hyphenated word gives one initial for each part: науково-дослідну → НД).
   */
  private static boolean spellsLowercaseWords(String[] tokens, int end, String acronym) {
    if (acronym.length() < 2 || !acronym.equals(acronym.toUpperCase(Locale.ROOT))) {
      return false;
    }
    int letter = acronym.length();
    for (int i = end - 1; i >= 0 && letter > 0; i--) {
      if (TextNormalizer.isHyphen(tokens[i].charAt(0)) && tokens[i].length() == 1) {
        continue;
      }
      String[] parts = tokens[i].split("[-\u2010\u2011]");
      for (int p = parts.length - 1; p >= 0 && letter > 0; p--) {
        String part = parts[p];
        if (part.isEmpty() || !Character.isLowerCase(part.charAt(0))
            || Character.toUpperCase(part.charAt(0)) != acronym.charAt(--letter)) {
          return false;
        }
      }
    }
    return letter == 0;
  }

  /**
   * Nouns after which a quoted, capitalised name is an organisation (фірма «Арс», власник «Парадизу»):
   * kinds of organisation and the owners and heads of one. TRAIN: of the 302 quoted names after such
   * a noun, 248 are an organisation exactly as quoted (the rest mostly take the noun in: Компанія
   * «…» written as one name).
   */
  private static final Set<String> ORGANISATION_HEADS = Set.of("фірма", "компанія", "підприємство",
      "держпідприємство", "корпорація", "концерн", "холдинг", "товариство", "банк", "кафе", "ресторан", "галерея",
      "завод", "фабрика", "комбінат", "агентство", "агенція", "група", "гурт", "партія", "офшор", "магазин", "мережа",
      "супермаркет", "клуб", "асоціація", "спілка", "об'єднання", "фонд", "видавництво", "студія", "кооператив",
      "директор", "власник", "засновник", "співзасновник", "керівник", "акціонер", "бенефіціар");

  /** A capitalised word in Latin letters, of two characters or more: Roshen, InMind, ABACUS, ICU (not Група D). */
  private static final Pattern LATIN_NAME_WORD = Pattern.compile("[A-Z][A-Za-z0-9&'’.-]+");

  /** The legal form or kind after a company's Latin name: Ltd, LLC, group. */
  private static final Pattern COMPANY_FORM = Pattern.compile("(?i)ltd|llc|llp|limited|inc|corp|gmbh|ag|sa|plc|group|holding");

  /** The most words a quoted name found by {@link #quotedOrganisations} may have. */
  private static final int MAX_QUOTED_NAME = 6;

  /** The confidence given to a name found by a rule rather than by the model. */
  static final double RULE_PROBABILITY = 0.5;

  /**
   * Marks a quoted, capitalised name as an organisation when a noun of {@link #ORGANISATION_HEADS}
   * comes right before the quote (фірма «Промисловість і технологія»), and so a name in Latin letters
   * right after such a noun (корпорація Roshen, компанії Safegate group; TRAIN: 14 such names are
   * organisations, one lies inside one, none is unmarked): one the model left unmarked is added, one
   * it took for a person or place (фірма «Онур») is retyped, and so is a lone person or place inside the
   * name (кафе «Хуторок у моря», фірма Пукшин і Партнери: the whole name becomes the organisation; first
   * fold +0.0003, DEV +0.0005). Other names the model found there or around the noun are left as they are.
   */
  static Span[] quotedOrganisations(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return quotedNames(tokens, spans, analyzer, ORGANISATION_HEADS, "ORGANIZATION", true);
  }

  /**
   * Nouns after which a quoted, capitalised name is a place: buildings, reserves, tracts, parks,
   * cemeteries, metro stations (будівлі «Гостинного двору», заказника «Острів Жуків», урочища «Маяк»,
   * метро «Кловська»; цвинтар with кладовище). TRAIN: 13 quoted names after one of these are places as
   * quoted, 1 an organisation (a reserve). Not стадіон, театр, кінотеатр, аеропорт, заповідник: TRAIN
   * marks the names after them as organisations as often or more; not об'єкт (2 places, both in one
   * text, and 1 part of another kind of name).
   */
  private static final Set<String> PLACE_HEADS = Set.of("будівля", "заказник", "урочище", "парк",
      "метро", "кладовище", "цвинтар", "болото");

  /**
   * Marks a quoted, capitalised name as a place when a noun of {@link #PLACE_HEADS} comes right before
   * the quote, by the conditions of {@link #quotedOrganisations}: one the model left unmarked is added,
   * one it took for a person or organisation is retyped.
   */
  static Span[] quotedPlaces(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return quotedNames(tokens, spans, analyzer, PLACE_HEADS, "LOCATION", false);
  }

  /**
   * Marks as {@code type} a quoted, capitalised name right after a noun of {@code heads} (and, when
   * {@code latin}, a name in Latin letters right after one): added where no name touches the noun and
   * the name, retyped where the model found exactly the quoted name as a person, place or organisation
   * of another type.
   */
  private static Span[] quotedNames(String[] tokens, Span[] spans, MorphAnalyzer analyzer, Set<String> heads,
      String type, boolean latin) {
    List<Span> out = null;
    for (int i = 1; i < tokens.length; i++) {
      int nameStart;
      int nameEnd;
      int to;
      if (OPENING_QUOTES.contains(tokens[i]) && i + 2 < tokens.length && Character.isUpperCase(tokens[i + 1].charAt(0))) {
        int close = closingQuote(tokens, i + 1);
        if (close < 0 || close - i - 1 > MAX_QUOTED_NAME) {
          continue;
        }
        nameStart = i + 1;
        nameEnd = close;
        to = close + 1;
      } else if (latin && LATIN_NAME_WORD.matcher(tokens[i]).matches()) {
        nameStart = i;
        nameEnd = i + 1;
        while (nameEnd < tokens.length && nameEnd - i < MAX_QUOTED_NAME
            && (LATIN_NAME_WORD.matcher(tokens[nameEnd]).matches() || COMPANY_FORM.matcher(tokens[nameEnd]).matches())) {
          nameEnd++;
        }
        to = nameEnd;
      } else {
        continue;
      }
      if (!heads.contains(analyzer.analyze(tokens[i - 1].toLowerCase(Locale.ROOT)).lemma())) {
        continue;
      }
      Span[] touching = touching(spans, i - 1, to);
      boolean retype = touching.length == 1 && touching[0].getStart() >= nameStart && touching[0].getEnd() <= nameEnd
          && RETYPED.contains(touching[0].getType()) && !type.equals(touching[0].getType());
      if (retype) {
        out = swapped(out, spans, touching[0], new Span(nameStart, nameEnd, type, touching[0].getProb()));
      } else if (touching.length == 0) {
        out = plus(out, spans, new Span(nameStart, nameEnd, type, RULE_PROBABILITY));
      }
      i = to - 1;
    }
    return out == null ? spans : byStart(out);
  }

  /** The types a quoted name after a head noun may be retyped from. */
  private static final Set<String> RETYPED = Set.of("PERSON", "LOCATION", "ORGANIZATION");

  /**
   * Adjectives that make a post of their own with the noun after them (народний депутат, головний
   * лікар, генерального директора, судового слідчого, приватних підприємців). TRAIN: posts right after
   * one of these, agreeing with it, leave it out 4 times; posts starting with one 64 times (14 and 1 of
   * them for the relational adjectives from {@code державний} on). {@code перший} only before a deputy (перший
   * заступник, першого віце-прем'єр-міністра): the first director is no post of its own.
   */
  private static final Set<String> TITLE_ADJECTIVES = Set.of("народний", "головний", "перший", "генеральний",
      "міський", "селищний", "старший", "молодший", "комерційний", "виконавчий", "фінансовий", "технічний",
      "державний", "кошовий", "науковий", "позаштатний", "судовий", "медичний", "юридичний", "театральний", "приватний",
      "коронний");

  /** The words after which {@code перший} is part of a post. */
  private static final Pattern DEPUTY = Pattern.compile(
      "(?iu)(заступ|віце|зам(міністр|голов|директор|керівник|начальник|мер|губернатор|прокурор|генпрокурор)).*");

  /**
   * A post takes the title adjectives ({@link #TITLE_ADJECTIVES}) right before it that agree with it
   * (генерального | директора → генерального директора), but no word of another name.
   */
  static Span[] titleAdjectives(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return moveStarts(spans, "ROLE", (start, floor) -> {
      while (start > floor && isTitleAdjective(tokens[start - 1], tokens[start], analyzer)) {
        start--;
      }
      return start;
    });
  }

  private static boolean isTitleAdjective(String token, String next, MorphAnalyzer analyzer) {
    if (!Character.isLowerCase(token.charAt(0))) {
      return false;
    }
    boolean deputy = DEPUTY.matcher(next).matches();
    return analyzer.analyze(token).agreesWith(analyzer.analyze(next.toLowerCase(Locale.ROOT)),
        a -> (a.has(MorphTag.ADJ) || a.has(MorphTag.NUMR)) && TITLE_ADJECTIVES.contains(a.lemma())
            && (deputy || !a.lemma().equals("перший")),
        n -> n.has(MorphTag.NOUN) || n.has(MorphTag.ADJ));
  }

  /**
   * A post takes the "acting" before it: в. о. (т. в. о.) генерального директора, виконуючою обов'язки
   * голови. TRAIN: 8 posts after it, all with it.
   */
  static Span[] actingPosts(String[] tokens, Span[] spans) {
    return moveStarts(spans, "ROLE", (start, floor) -> {
      if (start - 4 >= floor && tokens[start - 4].equalsIgnoreCase("в") && tokens[start - 3].equals(".")
          && tokens[start - 2].equals("о") && tokens[start - 1].equals(".")) {
        start -= 4;
        if (start - 2 >= floor && tokens[start - 2].equalsIgnoreCase("т") && tokens[start - 1].equals(".")) {
          start -= 2;
        }
      } else if (start - 2 >= floor && tokens[start - 2].toLowerCase(Locale.ROOT).startsWith("виконуюч")
          && TextNormalizer.normalize(tokens[start - 1]).equals("обов'язки")) {
        start -= 2;
      }
      return start;
    });
  }

  /**
   * Splits a post at a conjunction that starts a second post: a noun of a profession or person (that
   * cannot be an adjective: російської, молоді) after it, adjectives aside (дільничного міліціонера |
   * та | сільського лікаря, засновником | і | директором; not учитель історії та російської мови,
   * міністра молоді та спорту). TRAIN: 24 such pairs of posts are marked as two, none as one; none of
   * the 17 posts that hold a conjunction would be split.
   */
  static Span[] splitCoordinatedPosts(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return splitAt(tokens, spans, s -> "ROLE".equals(s.getType()), true, (s, i) -> {
      if (!AND.contains(tokens[i])) {
        return false;
      }
      int j = i + 1;
      while (j + 1 < s.getEnd() && analyzer.analyze(tokens[j]).has(MorphTag.ADJ)) {
        j++;
      }
      WordAnalysis noun = analyzer.analyze(tokens[j].toLowerCase(Locale.ROOT));
      return noun.mayBePersonNoun() && !noun.has(MorphTag.ADJ);
    });
  }

  /**
   * Nouns of places a capitalised adjective names (Високий замок, Замкова гора, Боричів узвіз). TRAIN:
   * 63 places of two or more words end in one of them; a person's name is followed by one once (a
   * genitive name, which agrees with nothing).
   */
  private static final Set<String> LANDMARKS = Set.of("гора", "замок", "узвіз", "провулок", "алея", "парк", "міст",
      "вулиця", "проспект", "бульвар", "острів", "озеро", "море", "річка", "майдан", "сквер", "шосе", "хутір", "ліс",
      "яр", "урочище", "набережна", "собор", "цвинтар", "кладовище", "вокзал", "пустир", "шлях", "площа");

  /**
   * A person's name that ends with an adjective agreeing with a place noun of {@link #LANDMARKS}
   * right after it becomes a place with that noun (Замковій | горі → Замковій горі): the model takes
   * the capitalised adjective for a surname.
   */
  static Span[] landmarks(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return replaceEach(spans, k -> {
      Span s = spans[k];
      int end = s.getEnd();
      if (!"PERSON".equals(s.getType()) || end >= tokens.length || nextStart(spans, k, -1) == end
          || !Character.isLowerCase(tokens[end].charAt(0))
          || !namesLandmark(analyzer.analyze(tokens[end - 1]), analyzer.analyze(tokens[end]))) {
        return s;
      }
      return new Span(s.getStart(), end + 1, "LOCATION", s.getProb());
    });
  }

  /**
   * A person's name right after a lowercase place noun of {@link #LANDMARKS} becomes that place with
   * the noun (парку | Герхта → парку Герхта, мості Патона), unless it starts with a first name that
   * cannot be genitive (у парку Іван …): places bear a person's name in the genitive. Street words
   * are left to {@link #streetsNamedAfterPeople}.
   */
  static Span[] landmarksNamedAfterPeople(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return replaceEach(spans, k -> {
      Span s = spans[k];
      int noun = s.getStart() - 1;
      if (!"PERSON".equals(s.getType()) || noun < 0 || previousEnd(spans, k) > noun
          || !Character.isLowerCase(tokens[noun].charAt(0)) || STREET_WORD.matcher(tokens[noun]).matches()
          || !analyzer.analyze(tokens[noun]).mayBeNounOf(LANDMARKS)
          || startsWithNominativeFirstName(tokens, s, analyzer) || !genitiveName(tokens[s.getEnd() - 1], analyzer)) {
        return s;
      }
      return new Span(noun, s.getEnd(), "LOCATION", s.getProb());
    });
  }

  /** Places in a town whose name NER-UK marks with the noun before it: площі Таксим, парку Герхта. */
  private static final Set<String> TOWN_LANDMARKS = Set.of("площа", "майдан", "парк", "міст", "сквер");

  /**
   * A place right after a lowercase noun of {@link #TOWN_LANDMARKS} takes the noun (майдану | Тахрір →
   * майдану Тахрір), where the word can be nothing else (not міст, also of місто). TRAIN: after such a
   * noun, 7 places start with it (площі Таксим, мосту Кирпи, парку Годлевського), 1 does not (площі
   * Корятовича, 5, an address); after the other nouns of {@link #LANDMARKS} the name mostly goes
   * without its noun (річка Полтва, гора Монблан, вокзал Нюґати: 18 of 21), so those are not taken.
   */
  static Span[] townLandmarks(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return replaceEach(spans, k -> {
      Span s = spans[k];
      int noun = s.getStart() - 1;
      return "LOCATION".equals(s.getType()) && noun >= previousEnd(spans, k) && Character.isLowerCase(tokens[noun].charAt(0))
          && onlyReadingsOf(analyzer.analyze(tokens[noun]), TOWN_LANDMARKS) ? new Span(noun, s.getEnd(), "LOCATION", s.getProb()) : s;
    });
  }

  /** Whether every reading of a known word is of one of {@code lemmas}. */
  private static boolean onlyReadingsOf(WordAnalysis a, Set<String> lemmas) {
    if (!a.known()) {
      return false;
    }
    for (Reading r : a.readings()) {
      if (!lemmas.contains(r.lemma())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a name's last word reads as genitive and not nominative (Патона, Годлевського), or, unknown
   * to the dictionary, ends like a genitive (Герхта, not Калпитська).
   */
  private static boolean genitiveName(String token, MorphAnalyzer analyzer) {
    WordAnalysis a = analyzer.analyze(token);
    if (a.known()) {
      return a.has(MorphTag.V_ROD) && !a.has(MorphTag.V_NAZ);
    }
    return (token.endsWith("а") || token.endsWith("я")) && !token.endsWith("ька");
  }

  /** Whether {@code adj} can be an adjective agreeing with {@code noun} read as a noun of {@link #LANDMARKS}. */
  private static boolean namesLandmark(WordAnalysis adj, WordAnalysis noun) {
    return namesNounOf(adj, noun, LANDMARKS);
  }

  /** Whether {@code adj} can be an adjective agreeing with {@code noun} read as a noun whose lemma is in {@code nouns}. */
  private static boolean namesNounOf(WordAnalysis adj, WordAnalysis noun, Set<String> nouns) {
    return adj.agreesWith(noun, a -> a.has(MorphTag.ADJ), n -> n.has(MorphTag.NOUN) && nouns.contains(n.lemma()));
  }

  /** The first word of an academic degree: кандидата (філологічних наук), доктор, докторка, канд. */
  private static final Pattern DEGREE = Pattern.compile("(?iu)кандидат\\p{L}*|доктор\\p{L}*|канд|д-р");

  /** The field of a degree: a word (філологічних) or its abbreviation (філол), with its point. */
  private static final Pattern DEGREE_FIELD = Pattern.compile("(?u)\\p{Ll}[\\p{Ll}-]*\\.?");

  /** The most tokens between a degree's first word and "наук" (an abbreviated field with its point, twice). */
  private static final int MAX_DEGREE_FIELD = 4;

  /**
   * Marks an academic degree the model left unmarked as a post: кандидата філологічних наук, канд.
   * істор. наук, доктор фізико-математичних наук. TRAIN marks 7 of its 13 degrees so (the others
   * not at all), which is more often than this type's F1 needs for a gain.
   */
  static Span[] academicDegrees(String[] tokens, Span[] spans) {
    List<Span> out = null;
    for (int i = 0; i + 2 < tokens.length; i++) {
      if (!DEGREE.matcher(tokens[i]).matches()) {
        continue;
      }
      int end = -1;
      for (int j = i + 1; j < tokens.length && j <= i + 1 + MAX_DEGREE_FIELD; j++) {
        if (tokens[j].equalsIgnoreCase("наук")) {
          end = j + 1;
          break;
        }
        if (!tokens[j].equals(".") && !DEGREE_FIELD.matcher(tokens[j]).matches()) {
          break;
        }
      }
      if (end < 0 || end == i + 2 || !free(spans, i, end)) {
        continue;
      }
      out = plus(out, spans, new Span(i, end, "ROLE", RULE_PROBABILITY));
      i = end - 1;
    }
    return out == null ? spans : byStart(out);
  }

  /** Readings that make a capitalised word a sentence's opener rather than a name (Про, Тобто, Загалом). */
  private static final long FUNCTION_WORD = MorphTag.PREP | MorphTag.CONJ | MorphTag.PART | MorphTag.ADV;

  /**
   * Marks the name after a settlement abbreviation as a place when the model left it unmarked: с.
   * Ясногородка, смт. Димер, м. Краматорську, с. Нова Дофіновка (a capitalised adjective takes the
   * word after it). Not after a number or кв (100 кв. м. Про це …: metres), nor a function word.
   * TRAIN: of the names after such an abbreviation, 46 are a place starting there, 5 nothing, 3 a
   * person or post; 33 more lie inside an organisation, which the model finds. A place the model
   * starts with the abbreviation (с. Ясногородка) gives it back: TRAIN marks it so 4 times in 50.
   * смт counts without its point too (смт Кіровське: TRAIN 6 names, all places), and an organisation
   * the model starts right after an abbreviation is a place (TRAIN: none such; смт Володимерець
   * Рівненської області, whose region {@link #splitRegions} then splits off).
   */
  static Span[] settlements(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    Span[] trimmed = replaceEach(spans, k -> {
      Span s = spans[k];
      int start = s.getStart();
      int name = settlementName(tokens, start);
      if ("LOCATION".equals(s.getType()) && name > start && name < s.getEnd() && isCyrillicCapitalised(tokens[name])) {
        return bounds(s, name, s.getEnd());
      }
      boolean afterAbbreviation = start > 0 && settlementName(tokens, start - 1) == start
          || start > 1 && settlementName(tokens, start - 2) == start;
      return "ORGANIZATION".equals(s.getType()) && afterAbbreviation ? new Span(start, s.getEnd(), "LOCATION", s.getProb()) : s;
    });
    List<Span> out = null;
    for (int i = 0; i + 1 < tokens.length; i++) {
      int name = settlementName(tokens, i);
      if (name < 0 || name >= tokens.length || !isCyrillicCapitalised(tokens[name])) {
        continue;
      }
      WordAnalysis first = analyzer.analyze(tokens[name].toLowerCase(Locale.ROOT));
      if (first.has(FUNCTION_WORD) && !first.has(MorphTag.NOUN | MorphTag.ADJ)) {
        continue;
      }
      int end = name + 1;
      if (end < tokens.length && isCyrillicCapitalised(tokens[end]) && first.has(MorphTag.ADJ)) {
        end++;
      }
      if (!free(trimmed, i, end)) {
        continue;
      }
      out = plus(out, trimmed, new Span(name, end, "LOCATION", RULE_PROBABILITY));
      i = end - 1;
    }
    return out == null ? trimmed : byStart(out);
  }

  /**
   * The index of the name after a settlement abbreviation at {@code i} (с. Турці, м. Києва, смт Саврань),
   * or -1 where there is none or it measures (100 кв. м.).
   */
  private static int settlementName(String[] tokens, int i) {
    if (!UkrainianSentenceDetector.SETTLEMENT_ABBREVIATIONS.contains(tokens[i]) || i > 0 && afterQuantity(tokens, i)) {
      return -1;
    }
    if (i + 1 < tokens.length && tokens[i + 1].equals(".")) {
      return i + 2;
    }
    return tokens[i].equals("смт") ? i + 1 : -1;
  }

  /** Whether the abbreviation at {@code i} follows a number or кв, which makes м. metres. */
  private static boolean afterQuantity(String[] tokens, int i) {
    String prev = tokens[i - 1].equals(".") && i > 1 ? tokens[i - 2] : tokens[i - 1];
    return Character.isDigit(prev.charAt(0)) || prev.equalsIgnoreCase("кв");
  }

  private static boolean isCyrillicCapitalised(String token) {
    char c = token.charAt(0);
    return Character.isUpperCase(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
  }

  /** The first closing quote from {@code from} on, or -1 when there is none or an opening quote comes first. */
  private static int closingQuote(String[] tokens, int from) {
    for (int i = from; i < tokens.length; i++) {
      if (CLOSING_QUOTES.contains(tokens[i])) {
        return i;
      }
      if (OPENING_QUOTES.contains(tokens[i])) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the quote at {@code i} follows a word naming a legal act, perhaps with "України" between. */
  private static boolean afterActWord(String[] tokens, int i) {
    if (ACT_WORD.matcher(tokens[i - 1]).matches()) {
      return true;
    }
    return i >= 2 && tokens[i - 1].equals("України") && ACT_WORD.matcher(tokens[i - 2]).matches();
  }

  /**
   * Splits a place of two capitalised words that are both only adjectives when lowercased: two places
   * named by their adjectives, a comma left out (Одеська, Чернігівська Сумська й Харківська області).
   * A longer place splits where two such adjectives next to each other share no case: the second opens
   * another name (вул. Зеленодольська | Зеленодольської міської ради). TRAIN: of the 14 such pairs,
   * none is one name (the adjectives inside names agree: Об'єднаних Арабських Еміратах); 5 are a place and
   * the region after it (Вишневе Київської області), the rest inside longer names or unmarked.
   */
  static Span[] splitAdjectivePairs(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return splitInTwo(spans, "LOCATION", s -> adjectivePairCut(tokens, s, analyzer));
  }

  /** Where {@link #splitAdjectivePairs} splits {@code s}, or -1. */
  private static int adjectivePairCut(String[] tokens, Span s, MorphAnalyzer analyzer) {
    for (int i = s.getStart(); i + 1 < s.getEnd(); i++) {
      if (isAdjectiveOnlyName(tokens[i], analyzer) && isAdjectiveOnlyName(tokens[i + 1], analyzer)
          && (s.length() == 2 || (adjectiveCases(tokens[i], analyzer) & adjectiveCases(tokens[i + 1], analyzer)) == 0)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** A council's level before рада: сільської, селищної, міської, районної, обласної. */
  private static final Pattern COUNCIL_LEVEL = Pattern.compile("(?u)(сільськ|селищн|міськ|районн|обласн)(а|ої|ій|у|ою|их|і)");

  /** Рада in any case and number. */
  private static final Pattern COUNCIL = Pattern.compile("(?u)рад(а|и|і|у|ою|ам|ами|ах)?");

  /**
   * A place that ends with a capitalised adjective followed by a council's level and рада is that
   * council, an organisation (Зеленодольської | міської ради → Зеленодольської міської ради). TRAIN: of
   * the 43 such councils, 39 start an organisation, 3 lie inside one, 1 inside a document's title.
   */
  static Span[] councils(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return replaceEach(spans, k -> {
      Span s = spans[k];
      int end = s.getEnd();
      return "LOCATION".equals(s.getType()) && end + 2 <= nextStart(spans, k, tokens.length)
          && isCapitalisedAdjective(tokens[end - 1], analyzer) && COUNCIL_LEVEL.matcher(tokens[end]).matches()
          && COUNCIL.matcher(tokens[end + 1]).matches() ? new Span(s.getStart(), end + 2, "ORGANIZATION", s.getProb()) : s;
    });
  }

  /** A body named by a place's adjective before it: поліція, прокуратура, міліція, митниця, мерія. */
  private static final Pattern LOCAL_FORCE = Pattern.compile("(?u)(поліці|прокуратур|міліці|митниц|мері)\\p{Ll}*");

  /**
   * A place that ends with a lowercase body of {@link #LOCAL_FORCE} after a capitalised adjective is that
   * body, an organisation (Київська мерія, Івано-Франківська поліція). TRAIN: of the 9 such bodies
   * after a capitalised adjective, 8 are an organisation or lie in one, 1 is unmarked, none is a place.
   * Second fold +0.0002; DEV unchanged (Івано-Франківська поліція: NER-UK marks only the place there).
   */
  static Span[] localForces(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return retyped(spans, "LOCATION", "ORGANIZATION", s -> s.length() > 1
        && LOCAL_FORCE.matcher(tokens[s.getEnd() - 1]).matches() && isCapitalisedAdjective(tokens[s.getEnd() - 2], analyzer));
  }

  /** The cases of a capitalised adjective, read lowercased (Зеленодольська: not the genitive of Зеленодольськ). */
  private static long adjectiveCases(String token, MorphAnalyzer analyzer) {
    return analyzer.analyze(token.toLowerCase(Locale.ROOT)).tags() & MorphTag.CASE_MASK & ~MorphTag.V_KLY;
  }

  /** A capitalised word that, lowercased, is only an adjective (Сумська, also a surname; not Рада, a noun too). */
  private static boolean isAdjectiveOnlyName(String token, MorphAnalyzer analyzer) {
    return isCapitalisedWord(token) && isOnlyAdjective(token, analyzer);
  }

  /**
   * Joins capitalised adjectives coordinated before an organisation that starts with one, in the
   * same case ("Кременчуцький", "Дрогобицький" і "Надвірнянський НПЗ"): NER-UK marks them as one
   * organisation (TRAIN: "Слов'янської і Старобешівської ТЕС", "Маневицького і Колківського
   * лісгоспів"; none split). The model takes the lone adjectives for places or organisations of
   * their own.
   */
  static Span[] joinCoordinatedAdjectives(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return joinCoordinated(tokens, spans, s -> isLoneAdjective(tokens, s, analyzer), (k, m) -> {
      Span org = spans[m];
      return "ORGANIZATION".equals(org.getType()) && org.length() >= 2
          && isCapitalisedAdjective(tokens[org.getStart()], analyzer) && sameCase(tokens, spans, k, m, analyzer);
    });
  }

  /** A place or organisation that is one capitalised adjective. */
  private static boolean isLoneAdjective(String[] tokens, Span s, MorphAnalyzer analyzer) {
    return s.length() == 1 && ("LOCATION".equals(s.getType()) || "ORGANIZATION".equals(s.getType()))
        && isCapitalisedAdjective(tokens[s.getStart()], analyzer);
  }

  /** Whether the lone adjectives {@code spans[k..m)} can be in a case of the first word of {@code spans[m]}. */
  private static boolean sameCase(String[] tokens, Span[] spans, int k, int m, MorphAnalyzer analyzer) {
    long cases = caseTags(tokens[spans[m].getStart()], analyzer);
    for (int i = k; i < m; i++) {
      cases &= caseTags(tokens[spans[i].getStart()], analyzer);
    }
    return cases != 0;
  }

  private static long caseTags(String token, MorphAnalyzer analyzer) {
    return analyzer.analyze(token.toLowerCase(Locale.ROOT)).tags() & MorphTag.CASE_MASK;
  }

  /**
   * Splits a place or a person's name at a preposition before a capitalised word, outside quotes:
   * "вул. Сурікова" у "Черкасах". TRAIN: of 1,737 places none holds one, of 3,242 person names one
   * (Учителя з Назарету); organisations do (Комітет з питань …) and are left alone.
   */
  static Span[] splitAtPrepositions(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return splitAt(tokens, spans, s -> "LOCATION".equals(s.getType()) || "PERSON".equals(s.getType()), true,
        (s, i) -> Character.isLowerCase(tokens[i].charAt(0)) && Character.isUpperCase(tokens[i + 1].charAt(0))
            && analyzer.analyze(tokens[i]).has(MorphTag.PREP));
  }

  /**
   * A post gives back an adjective that dates it: колишній | голова, чинний | депутат (TRAIN: 33
   * posts come right after колишній, нинішній, тодішній or діючий; none starts with one of them).
   */
  static Span[] dropTimeQualifiers(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    Span[] out = spans.clone();
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      if ("ROLE".equals(s.getType()) && s.length() >= 2
          && TIME_QUALIFIERS.contains(analyzer.analyze(tokens[s.getStart()].toLowerCase(Locale.ROOT)).lemma())) {
        out[k] = bounds(s, s.getStart() + 1, s.getEnd());
      }
    }
    return out;
  }

  /** A local body named by one lowercase word, its region after it: прокуратури, госпсуду, міськради, райдержадміністрації. */
  private static final Pattern BODY_NOUN = Pattern.compile("(?u)прокуратур(а|и|і|у|ою)|(госп|рай)суд(у|ом|і)?"
      + "|(міськ|рай|обл)рад(а|и|і|у|ою)|(рай|обл)?держадміністраці(я|ї|ю|єю)");

  /** The last word of a region: області, обл (its point apart), району. */
  private static final Pattern REGION_END = Pattern.compile("(?u)області|обл|району");

  /**
   * A region right after a local body the model left unmarked, not after a capitalised word, is that
   * body's name: прокуратури | Донецької області becomes the organisation прокуратури Донецької області.
   * TRAIN: 3 such bodies (прокуратури Одеської області, госпсуду / госпсуд Дніпропетровської області), all
   * organisations with their region; after a capitalised word (Хмільницької райради) the body is the
   * model's to find. DEV: 2 of 2 so.
   */
  static Span[] regionBodies(String[] tokens, Span[] spans) {
    return replaceEach(spans, k -> {
      Span s = spans[k];
      int body = s.getStart() - 1;
      if (!"LOCATION".equals(s.getType()) || body < 0 || !BODY_NOUN.matcher(tokens[body]).matches()
          || !REGION_END.matcher(tokens[s.getEnd() - 1]).matches() || !free(spans, body, body + 1)
          || body > 0 && isCapitalisedWord(tokens[body - 1])) {
        return s;
      }
      return new Span(body, s.getEnd(), "ORGANIZATION", s.getProb());
    });
  }

  /**
   * A singular region in the locative, where a body's branch works: області, районі, and обл, the
   * abbreviation of області (TRAIN has no branch in an abbreviated region; DEV: в Донецькій обл).
   */
  private static final Pattern REGION_LOCATIVE = Pattern.compile("(?u)області|обл|районі");

  /**
   * An organisation followed by у/в and a region in the locative (Держгеокадастру | у | Волинській
   * області) or a city after м./місті is one organisation: a body's regional branch. TRAIN: 38
   * organisations hold such a place, 16 are followed by one marked apart. So is an organisation with a
   * place right after it (Тендерної палати | України): TRAIN has 3 such pairs (all with a region:
   * міськради | Донецької області), against 139 organisations ending with a capitalised place.
   */
  static Span[] regionalBranches(String[] tokens, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (int k = 0; k < spans.length; k++) {
      Span org = spans[k];
      Span place = k + 1 < spans.length ? spans[k + 1] : null;
      if (place != null && "ORGANIZATION".equals(org.getType()) && "LOCATION".equals(place.getType())
          && (place.getStart() == org.getEnd() || isBranchPlace(tokens, org.getEnd(), place))) {
        out.add(new Span(org.getStart(), place.getEnd(), "ORGANIZATION", org.getProb()));
        k++;
      } else {
        out.add(org);
      }
    }
    return out.size() == spans.length ? spans : out.toArray(new Span[0]);
  }

  /** Whether {@code place} follows у/в at {@code gap} and is a region in the locative or a city after м./місті. */
  private static boolean isBranchPlace(String[] tokens, int gap, Span place) {
    if (gap + 1 >= tokens.length || !(tokens[gap].equals("у") || tokens[gap].equals("в"))) {
      return false;
    }
    int from = gap + 1;
    if (tokens[from].equals("м") && from + 1 < tokens.length && tokens[from + 1].equals(".")) {
      return place.getStart() == from + 2;
    }
    if (tokens[from].equals("місті")) {
      return place.getStart() == from + 1;
    }
    return place.getStart() == from && REGION_LOCATIVE.matcher(tokens[place.getEnd() - 1]).matches();
  }

  /**
   * Splits a region off the end of a place: "Жовкла" | "Львівської області", "Мар'їнського району" |
   * "Донецької області". NER-UK marks the place and its region apart (TRAIN: 25 such pairs of
   * names; of 1,737 places, 2 would be split): a place that ends with a capitalised word and a region word, after a capitalised word
   * or another region word, ends before them, as often as it holds such a pair.
   */
  static Span[] splitRegions(String[] tokens, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      if (!"LOCATION".equals(s.getType())) {
        out.add(s);
        continue;
      }
      List<Span> parts = new ArrayList<>();
      int end = s.getEnd();
      while (end - 3 >= s.getStart() && REGION.matcher(tokens[end - 1]).matches() && isCapitalisedWord(tokens[end - 2])
          && (isCapitalisedWord(tokens[end - 3]) || REGION.matcher(tokens[end - 3]).matches())) {
        parts.add(0, new Span(end - 2, end, s.getType(), s.getProb()));
        end -= 2;
      }
      out.add(parts.isEmpty() ? s : new Span(s.getStart(), end, s.getType(), s.getProb()));
      out.addAll(parts);
    }
    return out.toArray(new Span[0]);
  }

  /**
   * An organisation that ends with a lowercase genitive word takes the lowercase genitive nouns
   * coordinated with it: Міністерства економічного розвитку | і торгівлі, Міністерства
   * регіонального розвитку | , будівництва і ЖКГ (a comma only where a conjunction follows the
   * noun; after the conjunction an abbreviation too). TRAIN: 38 organisations hold such a
   * coordination, 3 are followed by one (Донецької області та міністра …). After the conjunction also
   * genitive adjectives closed by a genitive noun (Міністерство енергетики | та вугільної промисловості,
   * будівництва | та житлово-комунального господарства; {@link #genitivePhraseEnd}): TRAIN holds 17 such
   * coordinations inside organisations after a lowercase word, 1 after one (та інших посадових, a
   * pronoun); second fold +0.0002, DEV +0.0007.
   */
  static Span[] coordinatedOrganisationHeads(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    Span[] out = spans.clone();
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      int end = s.getEnd();
      if (!"ORGANIZATION".equals(s.getType()) || !isLowercaseGenitive(tokens[end - 1], analyzer, false)) {
        continue;
      }
      int limit = nextStart(spans, k, tokens.length);
      while (end + 1 < limit) {
        String sep = tokens[end];
        String next = tokens[end + 1];
        int phrase;
        if (AND.contains(sep) && (isLowercaseGenitive(next, analyzer, true) || isAbbreviation(next))) {
          end += 2;
        } else if (AND.contains(sep) && (phrase = genitivePhraseEnd(tokens, end + 1, limit, analyzer)) > 0) {
          end = phrase;
        } else if (sep.equals(",") && end + 2 < limit && AND.contains(tokens[end + 2])
            && isLowercaseGenitive(next, analyzer, true)) {
          end += 2;
        } else {
          break;
        }
      }
      out[k] = bounds(s, s.getStart(), end);
    }
    return out;
  }

  /**
   * Splits an organisation at a conjunction that starts a second one: a capitalised word that is no
   * place name after it, no adjective before it, outside quotes, and not a region after it
   * (Міносвіти | та | Держстандарту України, Херсонське управління водних ресурсів | та | Департамент
   * екології; not Маневицького і Колківського лісгоспів, будівництва і ЖКГ, ГУ СБУ в м. Києві та
   * Київській області, музеї Гуцульщини і Покуття). TRAIN: 8 organisations hold a conjunction before a
   * capital outside quotes; this would split 1 of them (Пукшин і Партнери, a firm's name). Also at a
   * comma before a capitalised word, outside quotes (МЗС | , | ЦВК; Подільська районна у м. Києві рада |
   * , | Комунальне підприємство «…»), except after a word that can only be an adjective
   * (Кременчуцький, Дрогобицький і Надвірнянський НПЗ: coordinated adjectives, see
   * {@link #joinCoordinatedAdjectives}) and before a company form (Ricondo &amp; Associates, Inc.): no
   * TRAIN organisation holds such a comma.
   */
  static Span[] splitCoordinatedOrganisations(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return splitAt(tokens, spans, s -> "ORGANIZATION".equals(s.getType()), true,
        (s, i) -> AND.contains(tokens[i]) && !REGION.matcher(tokens[s.getEnd() - 1]).matches()
            && startsSecondOrganisation(tokens, i, analyzer)
            || tokens[i].equals(",") && isCapitalisedWord(tokens[i + 1])
                && !COMPANY_FORM.matcher(tokens[i + 1]).matches()
                && !isOnlyAdjective(tokens[i - 1], analyzer));
  }

  /** Whether a word, lowercased, reads as an adjective and never as a noun (рада may be радий, but is a noun). */
  private static boolean isOnlyAdjective(String token, MorphAnalyzer analyzer) {
    WordAnalysis a = analyzer.analyze(token.toLowerCase(Locale.ROOT));
    return a.has(MorphTag.ADJ) && !a.has(MorphTag.NOUN);
  }

  private static boolean startsSecondOrganisation(String[] tokens, int and, MorphAnalyzer analyzer) {
    String next = tokens[and + 1];
    if (next.length() < 2 || !Character.isUpperCase(next.charAt(0)) || !Character.isLowerCase(next.charAt(1))) {
      return false;
    }
    WordAnalysis before = analyzer.analyze(tokens[and - 1].toLowerCase(Locale.ROOT));
    WordAnalysis after = analyzer.analyze(next);
    return !before.has(MorphTag.ADJ) && !(after.has(MorphTag.GEO) && after.has(MorphTag.PROP) && !after.has(MorphTag.ADJ));
  }

  /**
   * The end of lowercase genitive adjectives (no pronouns) from {@code from} closed by a genitive noun,
   * or -1; an adjective the tokenizer split at its hyphen counts as one (житлово - комунального).
   */
  private static int genitivePhraseEnd(String[] tokens, int from, int limit, MorphAnalyzer analyzer) {
    int i = from;
    while (i < limit) {
      int next = i + 3 <= limit && tokens[i + 1].equals("-") ? i + 3 : i + 1;
      String word = next == i + 3 ? tokens[i] + "-" + tokens[i + 2] : tokens[i];
      if (!isLowercaseGenitive(word, analyzer, false) || !isOnlyAdjective(word, analyzer)
          || analyzer.analyze(word).has(MorphTag.PRON)) {
        break;
      }
      i = next;
    }
    return i > from && i < limit && isLowercaseGenitive(tokens[i], analyzer, true) ? i + 1 : -1;
  }

  /** A lowercase word that may be genitive; with {@code noun}, a genitive noun that is not a pronoun. */
  private static boolean isLowercaseGenitive(String token, MorphAnalyzer analyzer, boolean noun) {
    if (token.isEmpty() || !Character.isLowerCase(token.charAt(0))) {
      return false;
    }
    WordAnalysis a = analyzer.analyze(token);
    return a.has(MorphTag.V_ROD) && (!noun || (a.has(MorphTag.NOUN) && !a.has(MorphTag.PRON)));
  }

  /** An abbreviation in capitals: ЖКГ, ЗСУ. */
  private static boolean isAbbreviation(String token) {
    if (token.length() < 2) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isUpperCase(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Joins places coordinated before one plural noun ("Хмельницької", "Тернопільської" та
   * "Чернівецької областей"): NER-UK marks them as one name (TRAIN: 3 such names, 1 split).
   */
  static Span[] joinCoordinatedPlaces(String[] tokens, Span[] spans) {
    return joinCoordinated(tokens, spans,
        s -> "LOCATION".equals(s.getType()) && s.length() <= 3 && !endsWithPluralRegion(tokens, s),
        (k, m) -> "LOCATION".equals(spans[m].getType()) && endsWithPluralRegion(tokens, spans[m]));
  }

  private static boolean endsWithPluralRegion(String[] tokens, Span s) {
    return PLURAL_REGION.matcher(tokens[s.getEnd() - 1]).matches();
  }

  /** Whether a run of coordinated names {@code spans[k..m]} (k &lt; m) is to be one name. */
  private interface RunCloser {
    boolean closes(int k, int m);
  }

  /**
   * Joins runs of coordinated names: spans that {@code member} accepts, each followed by a comma
   * and/or a conjunction, then a last span; when {@code closer} accepts the run, it becomes one name
   * of the last span's type with the lowest probability among them.
   */
  private static Span[] joinCoordinated(String[] tokens, Span[] spans, Predicate<Span> member, RunCloser closer) {
    List<Span> out = new ArrayList<>(spans.length);
    int k = 0;
    while (k < spans.length) {
      int m = k;
      while (m + 1 < spans.length && member.test(spans[m])
          && onlyConjunctions(tokens, spans[m].getEnd(), spans[m + 1].getStart())) {
        m++;
      }
      if (m > k && closer.closes(k, m)) {
        Span last = spans[m];
        double prob = last.getProb();
        for (int i = k; i < m; i++) {
          prob = Math.min(prob, spans[i].getProb());
        }
        out.add(new Span(spans[k].getStart(), last.getEnd(), last.getType(), prob));
        k = m + 1;
      } else {
        out.add(spans[k++]);
      }
    }
    return out.toArray(new Span[0]);
  }

  /** Whether the tokens between two names are a comma, a conjunction, or a comma and a conjunction. */
  private static boolean onlyConjunctions(String[] tokens, int from, int to) {
    if (to - from == 1) {
      return tokens[from].equals(",") || AND.contains(tokens[from]);
    }
    return to - from == 2 && tokens[from].equals(",") && AND.contains(tokens[from + 1]);
  }

  /**
   * Marks a place name the model left unmarked: a capitalised word that the dictionary knows only as
   * a place name (Дунай, Варшаву, Україні, Київщині; no common-word, first-name or surname reading),
   * outside quotes (also those opened before the sentence), not after a law or code (законам України) and not next to another capitalised
   * word (Міністерства України, СБ України: part of a name the model missed). TRAIN: 871 such words
   * are a place of their own, 70 part of a longer place, 276 part of an organisation (which the model
   * mostly finds), 80 unmarked, 31 a person or organisation, 20 part of a person or post.
   *
   * <p>A capitalised cardinal point mid-sentence counts as such a word ({@link #CARDINAL_POINT}: на
   * Заході, Півдня та Сходу); TRAIN: 13 after a lowercase word or a comma are places, 1 is inside a
   * quoted organisation; the fold models find 4 of those 13.
   *
   * <p>Also marks a state or landmark named by a capitalised adjective and a common noun
   * ({@link #isAdjectivePlace}: Російській імперії, Радянського Союзу, Сполучених Штатах, Андріївський
   * узвіз, Стрийський парк, Низького замку), which the model often misses (the fold models: 1 of the
   * 16 states). TRAIN: 16 such states outside quotes, all places; 57 such landmarks after a lowercase
   * word or a comma, 53 of them places, 3 part of a longer place, 1 an organisation (Тридентський
   * собор, a council).
   */
  static Span[] placeNames(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    List<Span> out = null;
    int quotes = 0;
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (OPENING_QUOTES.contains(t) && !(t.equals("\"") && quotes > 0)) {
        quotes++;
        continue;
      }
      if (CLOSING_QUOTES.contains(t)) {
        quotes = Math.max(0, quotes - 1);
        continue;
      }
      if (quotes == 0 && isAdjectivePlace(tokens, i, analyzer) && free(spans, i, i + 2)) {
        out = plus(out, spans, new Span(i, i + 2, "LOCATION", RULE_PROBABILITY));
        i++;
        continue;
      }
      if (quotes > 0 || !isCapitalisedWord(t) || !free(spans, i, i + 1)
          || t.equals(t.toUpperCase(Locale.ROOT)) || FEAST.matcher(t).matches() || closesQuote(tokens, i)
          || i > 0 && (isCapitalisedWord(tokens[i - 1]) && !leadsPlace(tokens, i, analyzer)
              || LAW_WORD.matcher(tokens[i - 1]).matches())
          || i + 1 < tokens.length && isCapitalisedWord(tokens[i + 1])
          || !(isPlaceNameOnly(analyzer.analyze(t), midSentence(tokens, i))
              || midSentence(tokens, i) && CARDINAL_POINT.matcher(t).matches())) {
        continue;
      }
      out = plus(out, spans, new Span(i, i + 1, "LOCATION", RULE_PROBABILITY));
    }
    return out == null ? spans : byStart(out);
  }

  /**
   * A person of two or more capitalised words is a place when its last word is one the dictionary knows
   * only as a place name ({@link #isPlaceNameOnly}) and no word before it is a first name, surname or
   * patronymic (Петропавлівській Борщагівці; not Ярослава Галана). TRAIN: of the 100 names of this shape
   * (any type), none is a person: 41 places, 57 organisations, 2 posts. Seen on DEV (у Петропавлійській
   * Борщагівці, a misspelt adjective the dictionary lacks); the folds hold no such person.
   */
  static Span[] placesTakenForPeople(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return retyped(spans, "PERSON", "LOCATION", s -> s.length() > 1 && namesPlace(tokens, s, analyzer));
  }

  /**
   * A one-word place that the dictionary knows only as a surname in the plural (or a plural adjective)
   * is a family, a person (в Острозьких, водієм Анісімових). TRAIN: 18 such capitalised words, 10 a
   * person or inside one, 1 inside a place named after a family (горою Вороновських), 1 inside an
   * organisation, 6 unmarked (adjectives opening a sentence: Сірі чаплі), none a place by itself. So is
   * a word the dictionary lacks in the plural of a surname in -енко (до Потапенків; TRAIN: 4 such words,
   * all a person or in one).
   */
  static Span[] families(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return retyped(spans, "LOCATION", "PERSON", s -> s.length() == 1 && isFamily(tokens[s.getStart()], analyzer));
  }

  /** Whether a word is a plural surname only ({@link #isPluralSurnameOnly}) or, unknown, one in -енко. */
  private static boolean isFamily(String word, MorphAnalyzer analyzer) {
    WordAnalysis a = analyzer.analyze(word);
    return isPluralSurnameOnly(a) || !a.known() && PLURAL_ENKO.matcher(word).matches();
  }

  /** The plural of a surname in -енко: Потапенків, Ткаченкам, Супруненків. */
  private static final Pattern PLURAL_ENKO = Pattern.compile("(?u)\\p{Lu}[\\p{L}'’-]*енк(ів|ам|ами|ах)");

  /** Whether a word may be a surname in the plural and is nothing else but a plural adjective (Острозьких). */
  private static boolean isPluralSurnameOnly(WordAnalysis a) {
    if (!a.has(MorphTag.LNAME)) {
      return false;
    }
    for (Reading r : a.readings()) {
      if (!r.has(MorphTag.PLUR) || !r.has(MorphTag.LNAME) && !r.has(MorphTag.ADJ)) {
        return false;
      }
    }
    return true;
  }

  /** Whether span {@code s} is capitalised words only, the last a place name only, none before it a person's. */
  private static boolean namesPlace(String[] tokens, Span s, MorphAnalyzer analyzer) {
    for (int i = s.getStart(); i < s.getEnd(); i++) {
      if (!isCapitalisedWord(tokens[i])
          || i + 1 < s.getEnd() && analyzer.analyze(tokens[i]).has(MorphTag.FNAME | MorphTag.LNAME | MorphTag.PNAME)) {
        return false;
      }
    }
    return isPlaceNameOnly(analyzer.analyze(tokens[s.getEnd() - 1]), true);
  }

  /** A cardinal point, capitalised: a region (на Заході, Півдня та Сходу, на Близькому Сході). */
  private static final Pattern CARDINAL_POINT = Pattern.compile(
      "(?u)Захід|Заход(у|і|ом)|Схід|Сход(у|і|ом)|Північ|Півн(очі|іччю)|Південь|Півд(ня|ні|нем)");

  /** Whether a capital at token {@code i} says something: not at the start of a sentence or quote. */
  private static boolean midSentence(String[] tokens, int i) {
    return i > 0 && !OPENERS.contains(tokens[i - 1]);
  }

  /** Nouns of states and their parts that a capitalised adjective names (Російська імперія, Сполучене королівство). */
  private static final Set<String> STATE_NOUNS = Set.of("імперія", "держава", "республіка", "королівство", "союз",
      "князівство", "царство", "губернія", "штат");

  /**
   * Whether tokens {@code i} and {@code i + 1} are a capitalised adjective and a state noun
   * ({@link #STATE_NOUNS}) or a lowercase landmark noun ({@link #LANDMARKS}) agreeing with it, not at
   * the start of the sentence and not next to another capitalised word (Героїв Радянського Союзу,
   * Автономної Республіки Крим: part of a longer name).
   */
  private static boolean isAdjectivePlace(String[] tokens, int i, MorphAnalyzer analyzer) {
    if (i + 1 >= tokens.length || i == 0 || i == 1 && !Character.isLetterOrDigit(tokens[0].charAt(0))
        || isCapitalisedWord(tokens[i - 1]) || i + 2 < tokens.length && isCapitalisedWord(tokens[i + 2])
        || !isCapitalisedAdjective(tokens[i], analyzer)) {
      return false;
    }
    WordAnalysis adj = analyzer.analyze(tokens[i].toLowerCase(Locale.ROOT));
    WordAnalysis noun = analyzer.analyze(tokens[i + 1].toLowerCase(Locale.ROOT));
    return namesNounOf(adj, noun, STATE_NOUNS)
        || Character.isLowerCase(tokens[i + 1].charAt(0)) && namesLandmark(adj, noun);
  }

  /**
   * Whether the capitalised word before token {@code i} is an adjective agreeing with it, mid-sentence
   * (Білій | Церкві, Східна | Україна), which {@link #leadingAdjectives} then takes into the place.
   */
  private static boolean leadsPlace(String[] tokens, int i, MorphAnalyzer analyzer) {
    return midSentence(tokens, i - 1) && isCapitalisedAdjective(tokens[i - 1], analyzer)
        && analyzer.analyze(tokens[i - 1].toLowerCase(Locale.ROOT)).agreesWith(analyzer.analyze(tokens[i]),
            a -> a.has(MorphTag.ADJ), n -> n.has(MorphTag.NOUN));
  }

  /**
   * Whether a closing quote follows token {@code i} before any opening one: the token ends a quote that
   * opened before the window (a sentence split inside «Наші гроші. Львів»).
   */
  private static boolean closesQuote(String[] tokens, int i) {
    for (int j = i + 1; j < tokens.length; j++) {
      if (tokens[j].equals("»") || tokens[j].equals("”")) {
        return true;
      }
      if (OPENING_QUOTES.contains(tokens[j])) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a word is a proper place name and no first name, surname or common adjective (Вітебську
   * губернію); at the start of a sentence or quote, where a common word is capitalised too, also no
   * common noun (Суми, but Києва mid-sentence).
   */
  private static boolean isPlaceNameOnly(WordAnalysis a, boolean midSentence) {
    if (!a.has(MorphTag.GEO) || a.has(MorphTag.FNAME | MorphTag.LNAME | MorphTag.PNAME)) {
      return false;
    }
    for (Reading r : a.readings()) {
      if (!r.has(MorphTag.PROP) && (!midSentence || r.has(MorphTag.ADJ))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A place or organisation takes the capitalised adjective before it (Мала Костромка): in TRAIN,
   * 57 places and 94 organisations start with one and none leaves one out, except a pronoun (Це).
   * An adjective that may start a sentence or a quote proves nothing and is left alone.
   */
  static Span[] leadingAdjectives(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    StartRule adjectives = (start, floor) -> {
      while (start - 1 > floor && isCapitalisedAdjective(tokens[start - 1], analyzer)
          && midSentence(tokens, start - 1)) {
        start--;
      }
      return start;
    };
    return moveStarts(moveStarts(spans, "LOCATION", adjectives), "ORGANIZATION", adjectives);
  }

  /**
   * Ends a name before a verb outside its quotes (вул. Авіаторів | володіє 7 сотками) or before a
   * preposition with a number or a time word (службою доріг | у грудні), or before a comma and a
   * conjunction (в. о. директора | , і т. в. о. …): the model sometimes runs a name on into the
   * clause after it; in TRAIN, one name in 9,000 has a verb outside quotes (a relative clause) and
   * none has the other three. A name then loses the conjunctions, prepositions and
   * punctuation at its end (no name in TRAIN ends with one, nor with a dash or a comma); a name
   * left with nothing is dropped.
   */
  static Span[] cutRunOns(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    List<Span> out = new ArrayList<>(spans.length);
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      int end = s.getEnd();
      int depth = 0;
      for (int i = s.getStart() + 1; i < s.getEnd(); i++) {
        String t = tokens[i];
        if (t.equals("«") || t.equals("“")) {
          depth++;
        } else if (t.equals("»") || t.equals("”")) {
          depth--;
        } else if (depth <= 0 && Character.isLowerCase(t.charAt(0))
            && (isOnlyVerb(t, analyzer) || i + 1 < s.getEnd() && startsDateOrQuantity(t, tokens[i + 1], analyzer))) {
          end = i;
          break;
        } else if (depth <= 0 && t.equals(",") && i + 1 < s.getEnd() && AND.contains(tokens[i + 1])) {
          end = i;
          break;
        }
      }
      while (end > s.getStart() && isJoiner(tokens[end - 1], analyzer)) {
        end--;
      }
      if (end > s.getStart()) {
        out.add(bounds(s, s.getStart(), end));
      }
    }
    return out.toArray(new Span[0]);
  }

  /** A preposition before a number or a time word: "за 50", "у грудні" (no name in TRAIN has one). */
  private static boolean startsDateOrQuantity(String token, String next, MorphAnalyzer analyzer) {
    WordAnalysis a = analyzer.analyze(token);
    if (!a.has(MorphTag.PREP) || a.has(MorphTag.NOUN)) {
      return false;
    }
    if (Character.isDigit(next.charAt(0))) {
      return next.chars().allMatch(Character::isDigit);
    }
    return Character.isLowerCase(next.charAt(0)) && analyzer.analyze(next).hasSemantic(SemanticTag.TIME);
  }

  private static boolean isOnlyVerb(String token, MorphAnalyzer analyzer) {
    WordAnalysis a = analyzer.analyze(token);
    return a.known() && a.has(MorphTag.VERB) && (a.tags() & NOT_ONLY_VERB) == 0;
  }

  private static boolean isJoiner(String token, MorphAnalyzer analyzer) {
    if (!Character.isLetterOrDigit(token.charAt(0))) {
      char c = token.charAt(0);
      return token.length() == 1 && (",;:–—".indexOf(c) >= 0 || TextNormalizer.isHyphen(c));
    }
    if (!Character.isLowerCase(token.charAt(0))) {
      return false;
    }
    WordAnalysis a = analyzer.analyze(token);
    return (a.has(MorphTag.CONJ) || a.has(MorphTag.PREP)) && !a.has(MorphTag.NOUN);
  }

  private static boolean isCapitalisedAdjective(String token, MorphAnalyzer analyzer) {
    if (token.length() < 2 || !Character.isUpperCase(token.charAt(0)) || !Character.isLowerCase(token.charAt(1))) {
      return false;
    }
    WordAnalysis a = analyzer.analyze(token.toLowerCase(Locale.ROOT));
    return a.has(MorphTag.ADJ) && !a.has(MorphTag.PRON);
  }

  /**
   * Joins a lone first name coordinated with a full name ("Микола" та "Лариса Онули"): NER-UK marks
   * the first names of people sharing a surname in one name (TRAIN: 7 such names, none split; a
   * surname before the conjunction, as in "Абрезков та Олег Стальчук", stays apart).
   */
  static Span[] joinCoordinatedFirstNames(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return joinPersons(spans, (last, s) -> last.length() == 1 && s.length() >= 2
        && s.getStart() == last.getEnd() + 1 && AND.contains(tokens[last.getEnd()])
        && analyzer.analyze(tokens[last.getStart()]).has(MorphTag.FNAME)
        && analyzer.analyze(tokens[s.getStart()]).has(MorphTag.FNAME));
  }

  /**
   * Splits a person's name where a first name follows a word it shares no case with: "Бродського" |
   * "Світлана", "Віктора Януковича" | "Євген Анісімов" (a wife, a son or an official named right
   * after the person they belong to). TRAIN: 22 pairs of touching person names, 8 of them found
   * this way; of 3,242 person names none split wrongly. The vocative is left out of the cases
   * compared (Христинко is a surname more often than a vocative); a word the dictionary lacks or
   * does not inflect may be in any case.
   */
  static Span[] splitPersonsByCase(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    return splitInTwo(spans, "PERSON", s -> caseBreak(tokens, s, analyzer));
  }

  /**
   * The first token of {@code s} that is a first name sharing no case with the word before it, or
   * one that starts a second person after a surname ({@link #secondPerson}: Брагіна | Олександр
   * Черняєв), or -1. TRAIN: 14 pairs of touching person names meet at a surname and a first name;
   * inside one name a surname and a first name are followed by a patronymic (Петренко Марія
   * Іванівна) 17 times, by a first name once, by nothing never.
   */
  private static int caseBreak(String[] tokens, Span s, MorphAnalyzer analyzer) {
    for (int i = s.getStart() + 1; i < s.getEnd(); i++) {
      if (!isCapitalisedWord(tokens[i - 1]) || !isCapitalisedWord(tokens[i])) {
        continue;
      }
      WordAnalysis name = analyzer.analyze(tokens[i]);
      if (name.has(MorphTag.FNAME) && ((nameCases(tokens[i - 1], analyzer) & nameCases(tokens[i], analyzer)) == 0
          || secondPerson(analyzer.analyze(tokens[i - 1]), name, i + 1 < s.getEnd() ? analyzer.analyze(tokens[i + 1]) : null))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code first}, a first name after {@code before}, starts a second person: {@code before}
   * is only a surname, and {@code first} is followed by more of a name that is no patronymic or first
   * name (Івана Дзюби | Михайлина Коцюбинська) or, ending the name, does not agree with the surname
   * (Кравця | Людмили; Петренко Марія is one person).
   */
  private static boolean secondPerson(WordAnalysis before, WordAnalysis first, WordAnalysis after) {
    if (!before.has(MorphTag.LNAME) || before.has(MorphTag.FNAME | MorphTag.PNAME)) {
      return false;
    }
    if (after != null) {
      return !after.has(MorphTag.PNAME | MorphTag.FNAME);
    }
    return !before.agreesWith(first, r -> r.has(MorphTag.LNAME), r -> r.has(MorphTag.FNAME));
  }

  /**
   * Gives back a common word after a person's closing initials: "Смєшко І. П." | "Окрім того, …".
   * The sentence detector keeps an initial with the capitalised word after it (Т. Шевченко), which
   * here starts the next sentence. The word must be known to the dictionary, with no name reading,
   * no capitalised lemma and no adjective reading (surnames such as Реформатського are adjectives).
   * TRAIN: of 3,242 person names, none ends in such a word.
   */
  static Span[] dropCommonWordsAfterInitials(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    Span[] out = spans.clone();
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      int last = s.getEnd() - 1;
      if ("PERSON".equals(s.getType()) && s.length() >= 4 && tokens[last - 1].equals(".") && isInitial(tokens[last - 2])
          && isCapitalisedWord(tokens[last]) && isCommonWord(analyzer.analyze(tokens[last]))) {
        out[k] = bounds(s, s.getStart(), last);
      }
    }
    return out;
  }

  private static boolean isCommonWord(WordAnalysis a) {
    if (!a.known() || (a.tags() & MorphTag.NAME_MASK) != 0 || a.has(MorphTag.ADJ)) {
      return false;
    }
    for (Reading r : a.readings()) {
      if (!r.lemma().isEmpty() && Character.isUpperCase(r.lemma().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A person's name takes the initials before it: "А. Купер", "О. М. Бутлеров" from "Купер",
   * "М. Бутлеров" (TRAIN: 66 person names start with an initial; no name of any type follows one).
   */
  static Span[] leadingInitials(String[] tokens, Span[] spans) {
    return moveStarts(spans, "PERSON", (start, floor) -> {
      while (start - 2 >= floor && tokens[start - 1].equals(".") && isInitial(tokens[start - 2])) {
        start -= 2;
      }
      return start;
    });
  }

  /** Where a span ends before token {@code i} and the next part starts after it. */
  @FunctionalInterface
  private interface SplitRule {
    boolean splitsAt(Span span, int i);
  }

  /**
   * Splits each span that {@code applies} accepts at the tokens {@code rule} accepts inside it (never its
   * first or last token), dropping those tokens; with {@code quotesEnd}, not after an opening quote.
   */
  private static Span[] splitAt(String[] tokens, Span[] spans, Predicate<Span> applies, boolean quotesEnd,
      SplitRule rule) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      int start = s.getStart();
      if (applies.test(s)) {
        for (int i = start + 1; i + 1 < s.getEnd(); i++) {
          if (quotesEnd && OPENING_QUOTES.contains(tokens[i])) {
            break;
          }
          if (i > start && rule.splitsAt(s, i)) {
            out.add(new Span(start, i, s.getType(), s.getProb()));
            start = i + 1;
          }
        }
      }
      out.add(start == s.getStart() ? s : new Span(start, s.getEnd(), s.getType(), s.getProb()));
    }
    return out.toArray(new Span[0]);
  }

  /** Where a span starting at {@code start} should start, not before {@code floor} (the end of the span before it). */
  @FunctionalInterface
  private interface StartRule {
    int start(int start, int floor);
  }

  /** Moves the start of each span of {@code type} where {@code rule} says (the same array when it moves none). */
  private static Span[] moveStarts(Span[] spans, String type, StartRule rule) {
    return replaceEach(spans, k -> {
      Span s = spans[k];
      return type.equals(s.getType()) ? bounds(s, rule.start(s.getStart(), previousEnd(spans, k)), s.getEnd()) : s;
    });
  }

  /**
   * {@code spans} with span {@code k} replaced by {@code change.apply(k)}, read against the spans as
   * given (the same array when nothing changes).
   */
  private static Span[] replaceEach(Span[] spans, IntFunction<Span> change) {
    Span[] out = spans;
    for (int k = 0; k < spans.length; k++) {
      Span s = change.apply(k);
      if (s != spans[k]) {
        out = out == spans ? spans.clone() : out;
        out[k] = s;
      }
    }
    return out;
  }

  /** Whether no span of {@code spans} holds a token of {@code [from, to)}. */
  private static boolean free(Span[] spans, int from, int to) {
    for (Span s : spans) {
      if (s.getStart() < to && from < s.getEnd()) {
        return false;
      }
    }
    return true;
  }

  /** The spans of {@code spans} that hold a token of {@code [from, to)}. */
  private static Span[] touching(Span[] spans, int from, int to) {
    return Arrays.stream(spans).filter(s -> s.getStart() < to && from < s.getEnd()).toArray(Span[]::new);
  }

  /** {@code out} (a copy of {@code spans} when null) with a span a rule found added; sort it with {@link #byStart}. */
  private static List<Span> plus(List<Span> out, Span[] spans, Span added) {
    List<Span> list = out == null ? new ArrayList<>(Arrays.asList(spans)) : out;
    list.add(added);
    return list;
  }

  /** {@code out} (a copy of {@code spans} when null) with {@code old}, one of {@code spans}, replaced. */
  private static List<Span> swapped(List<Span> out, Span[] spans, Span old, Span replacement) {
    List<Span> list = out == null ? new ArrayList<>(Arrays.asList(spans)) : out;
    list.set(list.indexOf(old), replacement);
    return list;
  }

  /** The end of the run of capitalised words ({@link #isCapitalisedWord}) that starts at token {@code from}. */
  private static int capitalisedRunEnd(String[] tokens, int from) {
    int end = from;
    while (end < tokens.length && isCapitalisedWord(tokens[end])) {
      end++;
    }
    return end;
  }

  /** A capitalised word of two or more letters (hyphens and apostrophes allowed): not an initial. */
  private static boolean isCapitalisedWord(String token) {
    if (token.length() < 2 || !Character.isUpperCase(token.charAt(0))) {
      return false;
    }
    for (int i = 1; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
        return false;
      }
    }
    return true;
  }

  /** The cases a word of a name may be in, the vocative left out; all of them when unknown or uninflected. */
  private static long nameCases(String token, MorphAnalyzer analyzer) {
    WordAnalysis a = analyzer.analyze(token);
    long cases = a.tags() & MorphTag.CASE_MASK & ~MorphTag.V_KLY;
    return !a.known() || a.has(MorphTag.NV) || cases == 0 ? MorphTag.CASE_MASK : cases;
  }

  /**
   * A person name takes the regnal number after it (Катерини II, Франц Йосиф І with a Cyrillic І; TRAIN:
   * 4 such names, 2 of them with a Cyrillic І, none without).
   */
  static Span[] regnalNumbers(String[] tokens, Span[] spans) {
    Span[] out = spans.clone();
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      int end = s.getEnd();
      if ("PERSON".equals(s.getType()) && end < tokens.length && !tokens[end].isEmpty()
          && ROMAN.matcher(tokens[end]).matches() && nextStart(spans, k, tokens.length) > end) {
        out[k] = bounds(s, s.getStart(), end + 1);
      }
    }
    return out;
  }

  /**
   * Makes a person's name after a street word a street: вулиці В'ячеслава Чорновола, просп. Перемоги,
   * вул. Л. Курбаса, and so each person's name in a list of streets: вулиць: В. Чорновола, Героїв
   * Сталінграда, …; вул. Горького, Якубовського (TRAIN: 123 names start with or follow a street
   * word, 60 more continue such a list, separated by commas, conjunctions, house numbers or further
   * street words; all of them places but 2 organisations, none a person). An initial between the
   * street word and the name joins the name. A name in a list that starts with a first name that
   * cannot be genitive stays a person (вул. Перемоги та Іван Франко: streets bear a person's name
   * in the genitive). {@link #addresses} then adds the street word and the house number.
   */
  static Span[] streetsNamedAfterPeople(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    Span[] out = spans.clone();
    boolean street = false;
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      int floor = previousEnd(spans, k);
      int start = s.getStart();
      boolean person = "PERSON".equals(s.getType());
      if (person && start - 2 >= floor && tokens[start - 1].equals(".") && isInitial(tokens[start - 2])) {
        start -= 2;
      }
      boolean streetContext = streetWordEndsBefore(tokens, start, floor) || streetListOpensBefore(tokens, start, floor)
          || (street && isStreetListGap(tokens, floor, start) && !(person && startsWithNominativeFirstName(tokens, s, analyzer)));
      if (person && streetContext) {
        out[k] = new Span(start, s.getEnd(), "LOCATION", s.getProb());
      }
      street = (person || "LOCATION".equals(s.getType()))
          && (streetContext || STREET_WORD.matcher(tokens[start]).matches() && Character.isLowerCase(tokens[start].charAt(0)));
    }
    return out;
  }

  private static boolean startsWithNominativeFirstName(String[] tokens, Span s, MorphAnalyzer analyzer) {
    WordAnalysis a = analyzer.analyze(tokens[s.getStart()]);
    return a.has(MorphTag.FNAME) && !a.has(MorphTag.V_ROD);
  }

  /** Whether a plural street word opens a list right before token {@code start}: вулиць Енгельса, вулиць: Гоголя. */
  private static boolean streetListOpensBefore(String[] tokens, int start, int floor) {
    int w = start - 1;
    if (w >= floor && tokens[w].equals(":")) {
      w--;
    }
    return w >= floor && STREETS_WORD.matcher(tokens[w]).matches();
  }

  /**
   * Whether tokens {@code [from, to)}, at least one, only separate two streets of a list: commas,
   * semicolons, conjunctions, house numbers, street words.
   */
  private static boolean isStreetListGap(String[] tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String t = tokens[i];
      if (!LIST_SEPARATORS.contains(t) && !AND.contains(t) && !HOUSE_NUMBER.matcher(t).matches()
          && !(STREET_WORD.matcher(t).matches() && Character.isLowerCase(t.charAt(0)))) {
        return false;
      }
    }
    return from < to;
  }

  private static boolean isInitial(String token) {
    return token.length() == 1 && Character.isUpperCase(token.charAt(0));
  }

  /** Nouns of natural places; the name after one is a place without it (гора Говерла, річки Конка). */
  private static final Set<String> NATURAL_HEADS = Set.of("гора", "річка", "ріка", "озеро", "урочище");

  /** Nouns of places in a town; the name after one is a place with it (парку Герхта). */
  private static final Set<String> TOWN_HEADS = Set.of("парк");

  /**
   * Title-case words right after a lowercase noun of {@link #NATURAL_HEADS} or {@link #TOWN_HEADS} are
   * a place, with the noun for a town's places: added where the model found nothing there, and made
   * so where it found exactly those words as a place or as a person not in the genitive (a place named
   * after a person is left to {@link #landmarksNamedAfterPeople}) (гора Нітані, урочищі Жовті Води,
   * парку Герхта). TRAIN: after a natural noun, 23 capitalised names are places without it, 2 lie
   * inside longer places, 1 takes it in (горою Вороновських); after парк, 3 places take it in; after
   * острів the one name is unmarked (суцільний острів Невезіння), and so no острів here. An
   * abbreviation after парк is an organisation's (парк МВС), so the name starts in title case. Not
   * міст (мосту Кирпи, мості Патона in TRAIN), whose form міст is also the plural genitive of місто
   * (міст України); other town places (сквер, майдан) have no such name in TRAIN.
   */
  static Span[] namedLandmarks(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    List<Span> out = null;
    for (int i = 1; i < tokens.length; i++) {
      String head = tokens[i - 1];
      if (!isCapitalisedWord(tokens[i]) || !Character.isLowerCase(tokens[i].charAt(1)) || !Character.isLowerCase(head.charAt(0))) {
        continue;
      }
      WordAnalysis a = analyzer.analyze(head);
      boolean town = a.mayBeNounOf(TOWN_HEADS);
      if (!town && !a.mayBeNounOf(NATURAL_HEADS)) {
        continue;
      }
      int end = capitalisedRunEnd(tokens, i);
      Span[] touching = touching(spans, i - 1, end);
      Span place = new Span(town ? i - 1 : i, end, "LOCATION", RULE_PROBABILITY);
      if (touching.length == 0) {
        out = plus(out, spans, place);
      } else if (touching.length == 1 && touching[0].getStart() == i && touching[0].getEnd() == end
          && ("PERSON".equals(touching[0].getType()) && !genitiveName(tokens[end - 1], analyzer)
              || "LOCATION".equals(touching[0].getType()))) {
        out = swapped(out, spans, touching[0], new Span(place.getStart(), end, "LOCATION", touching[0].getProb()));
      }
      i = end - 1;
    }
    return out == null ? spans : byStart(out);
  }

  /**
   * Capitalised words right after a street word where the model found nothing are a street (проспекту
   * Червоної Калини, просп. Гагаріна); {@link #addresses} then adds the street word and a house number.
   * TRAIN: of 101 capitalised words right after a lowercase street word, 100 are a place or part of one
   * (87 with the street word), 1 a person (З узвозом Наталочка …, which the model finds).
   */
  static Span[] unmarkedStreets(String[] tokens, Span[] spans) {
    List<Span> out = null;
    for (int i = 1; i < tokens.length; i++) {
      if (!isCapitalisedWord(tokens[i]) || !streetWordEndsBefore(tokens, i, 0)) {
        continue;
      }
      int end = capitalisedRunEnd(tokens, i);
      if (free(spans, tokens[i - 1].equals(".") ? i - 2 : i - 1, end)) {
        out = plus(out, spans, new Span(i, end, "LOCATION", RULE_PROBABILITY));
      }
      i = end - 1;
    }
    return out == null ? spans : byStart(out);
  }

  /**
   * Whether a lowercase street word ends right before token {@code start}, not before token
   * {@code floor}: an abbreviated one with its point (вул .), a written-out one without (вулиці).
   */
  private static boolean streetWordEndsBefore(String[] tokens, int start, int floor) {
    int w = start - 1;
    if (w >= floor && tokens[w].equals(".")) {
      w--;
    }
    return w >= floor && STREET_WORD.matcher(tokens[w]).matches() && Character.isLowerCase(tokens[w].charAt(0))
        && (w == start - 1) == !STREET_ABBREVIATION.matcher(tokens[w]).matches();
  }

  /**
   * Splits a street that runs on into the next one: "вул. Завокзальна", "Броварська" from one name
   * "вул. Завокзальна, Броварська", "вул. Набережна" та "вул. Мерзляка" from one. A name that starts
   * with a street word ends before a comma and a capitalised word or a street word, or before a
   * conjunction and a street word (TRAIN: of 123 streets, none holds any; the 2 with a comma and a
   * word go on with the house: "буд. 29", "літера «А»").
   */
  static Span[] splitStreetLists(String[] tokens, Span[] spans) {
    return splitAt(tokens, spans, s -> "LOCATION".equals(s.getType()) && isStreetWord(tokens[s.getStart()]), false, (s, i) -> {
      String next = tokens[i + 1];
      return tokens[i].equals(",") && (Character.isUpperCase(next.charAt(0)) || isStreetWord(next))
          || AND.contains(tokens[i]) && isStreetWord(next);
    });
  }


  private static boolean isStreetWord(String token) {
    return STREET_WORD.matcher(token).matches() && Character.isLowerCase(token.charAt(0));
  }

  /**
   * Gives back a point that ends a name after a word of five or more letters: the sentence's end,
   * not an abbreviation's point (Театрі імені Франка | .). TRAIN: 1,229 names end right before a
   * point, 46 with one (after initials and abbreviations: Кузнєцов А. С., Інк., обл.), 1 of them
   * after such a word.
   */
  static Span[] dropFinalPoints(String[] tokens, Span[] spans) {
    Span[] out = spans.clone();
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      int last = s.getEnd() - 1;
      if (last - 1 > s.getStart() && tokens[last].equals(".") && tokens[last - 1].length() >= 5
          && tokens[last - 1].chars().allMatch(Character::isLetter)) {
        out[k] = bounds(s, s.getStart(), last);
      }
    }
    return out;
  }

  /**
   * Joins a place that ends with an initial to the place right after the initial's point: a street named
   * after a person with an initial (вул. Л | . | Курбаса → вул. Л. Курбаса). TRAIN: 5 street names hold an
   * initial after the street word, all as one place.
   */
  static Span[] streetInitials(String[] tokens, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && "LOCATION".equals(last.getType()) && "LOCATION".equals(s.getType())
          && s.getStart() == last.getEnd() + 1 && tokens[last.getEnd()].equals(".") && isInitial(tokens[last.getEnd() - 1])) {
        out.set(out.size() - 1, joined(last, s));
      } else {
        out.add(s);
      }
    }
    return out.size() == spans.length ? spans : out.toArray(new Span[0]);
  }

  /**
   * A name that ends with two initials takes the point after them (MAKO Trading S. A., Альтком Б. В.,
   * Смєшко І. П.; not БЮТ-Б, a hyphenated abbreviation). TRAIN: 20 names end with two initials, all
   * with the point (12 organisations, 8 people), none before it.
   */
  static Span[] initialPoints(String[] tokens, Span[] spans) {
    Span[] out = spans.clone();
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      int end = s.getEnd();
      int limit = nextStart(spans, k, tokens.length);
      if (end < limit && end - 3 >= s.getStart() && tokens[end].equals(".") && isInitial(tokens[end - 1])
          && tokens[end - 2].equals(".") && isInitial(tokens[end - 3])) {
        out[k] = bounds(s, s.getStart(), end + 1);
      }
    }
    return out;
  }

  /**
   * A region name takes the abbreviation "обл" after it, without its point: "Донецька обл" (TRAIN:
   * 15 names end with "обл", 11 of them without the point; none leaves it out). Крим takes the АР
   * (autonomous republic) before it: АР Крим (TRAIN: 1 place, 1 inside an organisation; none leaves it out).
   */
  static Span[] regionAbbreviations(String[] tokens, Span[] spans) {
    Span[] out = spans.clone();
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      if (!"LOCATION".equals(s.getType())) {
        continue;
      }
      int end = s.getEnd();
      int limit = nextStart(spans, k, tokens.length);
      if (end < limit && tokens[end].equals(REGION_ABBREVIATION)) {
        end++;
      } else if (end - 2 > s.getStart() && tokens[end - 1].equals(".") && tokens[end - 2].equals(REGION_ABBREVIATION)) {
        end--;
      }
      int start = s.getStart();
      if (start > previousEnd(spans, k) && tokens[start - 1].equals("АР") && tokens[start].startsWith("Крим")) {
        start--;
      }
      out[k] = bounds(s, start, end);
    }
    return out;
  }

  /** A lowercase word that names no time (орендується, але; not грудня, років): it may follow a house number. */
  private static boolean isWordNotOfTime(String token, MorphAnalyzer analyzer) {
    return Character.isLowerCase(token.charAt(0)) && token.chars().allMatch(Character::isLetter)
        && !analyzer.analyze(token).hasSemantic(SemanticTag.TIME);
  }

  /**
   * Makes street addresses whole as NER-UK marks them (TRAIN: the street word is inside the name in
   * 103 of 113 street names, the house number in about 70 and after it only where {@code %} or a time
   * word follows the number, as in "Кіпр, 36%", "області, 21 грудня", which the rule leaves alone): a
   * place name preceded by a street word (вул., вулиці, просп. …) takes it, and one followed by a comma
   * and a house number (", 28", ", 58-А", ", 12-14", ", 4 / 6") takes them when punctuation, a
   * conjunction or a lowercase word that names no time follows the number (TRAIN: of the numbers
   * inside, 16 are followed by such a word, 4 by a bracket; both house ranges inside). So with буд.
   * before the number (", буд. 29": TRAIN 1 of 1 inside; second fold +0.0002) and a second number after
   * a conjunction (", 3б та 3в": TRAIN 2 of 2 inside); after a street word the number may come without
   * the comma (просп. Гагаріна 362, вул. Л. Курбаса 11 та 11 / 1: TRAIN 3 of 3 inside; first fold
   * +0.0002).
   */
  static Span[] addresses(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    Span[] out = spans.clone();
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      if (!"LOCATION".equals(s.getType())) {
        continue;
      }
      int floor = previousEnd(spans, k);
      int start = s.getStart();
      if (streetWordEndsBefore(tokens, start, floor)) {
        start -= tokens[start - 1].equals(".") ? 2 : 1;
      }
      int limit = nextStart(spans, k, tokens.length);
      int end = s.getEnd();
      int number = houseNumber(tokens, end, limit, isStreetWord(tokens[start]));
      if (number >= 0) {
        int e = number + 1;
        if (e + 1 < limit && tokens[e].equals("-") && (tokens[e + 1].length() == 1 && Character.isLetter(tokens[e + 1].charAt(0))
            || HOUSE_SECOND_NUMBER.matcher(tokens[e + 1]).matches())) {
          e += 2;
        }
        e = afterSlash(tokens, e, limit);
        if (e + 1 < limit && AND.contains(tokens[e]) && HOUSE_NUMBER.matcher(tokens[e + 1]).matches()) {
          e = afterSlash(tokens, e + 2, limit);
        }
        if (e == tokens.length || e <= limit && (AFTER_HOUSE_NUMBER.matcher(tokens[e]).matches()
            || isWordNotOfTime(tokens[e], analyzer))) {
          end = e;
        }
      }
      out[k] = bounds(s, start, end);
    }
    return out;
  }

  /**
   * The index of the house number after a place that ends before token {@code end}: after a comma
   * (", 28"), perhaps with буд. (", буд. 29"), or right after a street's name ({@code street}: просп.
   * Гагаріна 362); -1 where none comes before {@code limit}.
   */
  private static int houseNumber(String[] tokens, int end, int limit, boolean street) {
    int number;
    if (end < limit && tokens[end].equals(",")) {
      number = end + 3 < limit && tokens[end + 1].equals("буд") && tokens[end + 2].equals(".") ? end + 3 : end + 1;
    } else {
      number = street ? end : -1;
    }
    return number >= 0 && number < limit && HOUSE_NUMBER.matcher(tokens[number]).matches() ? number : -1;
  }

  /** Token {@code e}, or the one after a slash and a second house number there (4 / 6). */
  private static int afterSlash(String[] tokens, int e, int limit) {
    return e + 1 < limit && tokens[e].equals("/") && HOUSE_SECOND_NUMBER.matcher(tokens[e + 1]).matches() ? e + 2 : e;
  }

  /**
   * Joins two PERSON spans that touch ("Валерій Михайлович" + "Троянов"): the left-to-right model
   * sometimes closes a name before its last part; two different people are never written without a
   * separator between them.
   */
  static Span[] mergeAdjacentPersons(Span[] spans) {
    return joinPersons(spans, (last, s) -> last.getEnd() == s.getStart());
  }

  /** A post held under another: заступник, помічник, радник, референт (екс-заступник). */
  private static final Pattern ASSISTANT = Pattern.compile("(?iu)(екс-)?(заступ|помічни|радни|референт)\\p{L}*");

  /**
   * Joins a deputy's or assistant's post ({@link #ASSISTANT}) to the post right after it (заступника |
   * головного лікаря, екс-заступник | мера): TRAIN has one pair of touching posts (бізнес-партнером
   * | депутата) against 256 posts followed right away by an organisation.
   */
  static Span[] mergeAdjacentRoles(String[] tokens, Span[] spans) {
    return join(spans, "ROLE",
        (last, s) -> last.getEnd() == s.getStart() && ASSISTANT.matcher(tokens[last.getEnd() - 1]).matches());
  }

  /** Joins each PERSON span with the PERSON span after it when {@code join} says so. */
  private static Span[] joinPersons(Span[] spans, BiPredicate<Span, Span> join) {
    return join(spans, "PERSON", join);
  }

  /** Joins each span of {@code type} with the span of that type after it when {@code join} says so. */
  private static Span[] join(Span[] spans, String type, BiPredicate<Span, Span> join) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && type.equals(last.getType()) && type.equals(s.getType()) && join.test(last, s)) {
        out.set(out.size() - 1, joined(last, s));
      } else {
        out.add(s);
      }
    }
    return out.toArray(new Span[0]);
  }

  /**
   * Makes a name's quotes and brackets pair up as NER-UK writes them: a name that opens a quote
   * inside it takes the closing quote that follows it (ТОВ «Компанія «Зевс ЛТД»: nested quotes often
   * share one closing mark), and a name that ends with a closing quote it did not open gives it back;
   * the same for round brackets (TRAIN: 13 names hold brackets, all of them paired).
   */
  static Span[] closeQuotes(String[] tokens, Span[] spans) {
    return splitAtOpenBrackets(tokens, pairUp(tokens, pairUp(tokens, spans, "«", "»"), "(", ")"));
  }

  /**
   * Splits a name at a round bracket it opens and does not close: "Міжнародну федерацію
   * національних асоціацій" ( "International Standards Association" – …; a name in brackets after
   * another is a name of its own unless the bracket closes inside it.
   */
  private static Span[] splitAtOpenBrackets(String[] tokens, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      int open = -1;
      for (int i = s.getStart(); i < s.getEnd(); i++) {
        if (tokens[i].equals("(")) {
          open = i;
        } else if (tokens[i].equals(")")) {
          open = -1;
        }
      }
      if (open < 0) {
        out.add(s);
        continue;
      }
      if (open > s.getStart()) {
        out.add(new Span(s.getStart(), open, s.getType(), s.getProb()));
      }
      if (open + 1 < s.getEnd()) {
        out.add(new Span(open + 1, s.getEnd(), s.getType(), s.getProb()));
      }
    }
    return out.toArray(new Span[0]);
  }

  private static Span[] pairUp(String[] tokens, Span[] spans, String opening, String closing) {
    Span[] out = spans.clone();
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      int open = 0;
      for (int i = s.getStart(); i < s.getEnd(); i++) {
        if (tokens[i].equals(opening)) {
          open++;
        } else if (tokens[i].equals(closing)) {
          open--;
        }
      }
      int end = s.getEnd();
      int limit = nextStart(spans, k, tokens.length);
      while (open > 0 && end < limit && tokens[end].equals(closing)) {
        end++;
        open--;
      }
      while (open < 0 && end - 1 > s.getStart() && tokens[end - 1].equals(closing)) {
        end--;
        open++;
      }
      out[k] = bounds(s, s.getStart(), end);
    }
    return out;
  }

  /**
   * Makes names cover whole hyphenated words: the tokenizer splits compounds whose parts are words
   * (інженера-програміста, Миронівка-Канів-Софіївка), but a name never starts or ends inside one.
   * A span is widened over the compound it touches, then joined with a span of the same type it
   * meets; a widening that would run into a span of another type is not made.
   */
  static Span[] joinCompounds(String[] tokens, int[] starts, int[] ends, Span[] spans) {
    if (spans.length == 0) {
      return spans;
    }
    List<Span> out = new ArrayList<>(spans.length);
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      int start = s.getStart();
      while (start >= 2 && isInnerHyphen(tokens, starts, ends, start - 1)) {
        start -= 2;
      }
      int end = s.getEnd();
      while (end + 1 < tokens.length && isInnerHyphen(tokens, starts, ends, end)) {
        end += 2;
      }
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && start < last.getEnd()) {
        if (last.getType().equals(s.getType())) {
          out.set(out.size() - 1, joined(last, bounds(s, start, end)));
          continue;
        }
        start = s.getStart();
      }
      Span next = k + 1 < spans.length ? spans[k + 1] : null;
      if (next != null && end > next.getStart() && !next.getType().equals(s.getType())) {
        end = s.getEnd();
      }
      out.add(bounds(s, start, end));
    }
    return out.toArray(new Span[0]);
  }

  /** True when token {@code i} is a hyphen written inside a word: touching a letter on each side. */
  private static boolean isInnerHyphen(String[] tokens, int[] starts, int[] ends, int i) {
    return i > 0 && i + 1 < tokens.length && tokens[i].length() == 1 && TextNormalizer.isHyphen(tokens[i].charAt(0))
        && ends[i - 1] == starts[i] && ends[i] == starts[i + 1]
        && Character.isLetter(tokens[i - 1].charAt(tokens[i - 1].length() - 1)) && Character.isLetter(tokens[i + 1].charAt(0));
  }

  /** The spans of {@code out} sorted by start, as an array. */
  static Span[] byStart(List<Span> out) {
    out.sort(Comparator.comparingInt(Span::getStart));
    return out.toArray(new Span[0]);
  }

  /** Where the span after {@code spans[k]} starts ({@code none} if it is the last): as far as it may grow. */
  private static int nextStart(Span[] spans, int k, int none) {
    return k + 1 < spans.length ? spans[k + 1].getStart() : none;
  }

  /** Where the span before {@code spans[k]} ends (0 if it is the first): as far back as it may grow. */
  private static int previousEnd(Span[] spans, int k) {
    return k > 0 ? spans[k - 1].getEnd() : 0;
  }

  /** {@code s} with new bounds, its type and probability kept; {@code s} itself when they are the same. */
  private static Span bounds(Span s, int start, int end) {
    return start == s.getStart() && end == s.getEnd() ? s : new Span(start, end, s.getType(), s.getProb());
  }

  /**
   * One name from the start of {@code first} to the later of the two ends, of {@code first}'s type,
   * with the lower of the two probabilities.
   */
  private static Span joined(Span first, Span last) {
    return new Span(first.getStart(), Math.max(first.getEnd(), last.getEnd()), first.getType(),
        Math.min(first.getProb(), last.getProb()));
  }
}
