package ua.ner.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import opennlp.tools.util.Span;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.MorphTag;
import ua.ner.internal.morph.Reading;
import ua.ner.internal.morph.SemanticTag;
import ua.ner.internal.morph.WordAnalysis;

/**
 * Marks the post in front of a person's name as a ROLE when the name finder left it out: the
 * appositive pattern of Ukrainian news, {@code ROLE [ORG|LOC] PERSON} ("генерал Андрій Гнатов",
 * "посланник США Стівен Віткофф"), with the adjectives that agree with the post ("спеціальний
 * посланник"). A post is a common animate noun that the dictionary marks as a human being, except
 * kinship terms and the words that only name or address a person (listed below).
 *
 * <p>NER-UK annotates such posts inconsistently, so the model learns them with low confidence; the
 * pattern is how the posts of the people in a text are found reliably (the role linker builds on it).
 */
final class RolePattern {

  /** Nouns for a human being that are not posts: forms of address and generic words for a person. */
  static final Set<String> NOT_POSTS = Set.of(
      "пан", "пані", "панна", "панич", "добродій", "добродійка", "товариш", "товаришка", "друг", "подруга",
      "приятель", "приятелька", "колега", "сусід", "сусідка", "хлопець", "хлопчик", "дівчина", "дівчинка",
      "жінка", "чоловік", "людина", "дитина", "юнак", "особа", "громадянин", "громадянка", "земляк", "землячка",
      "мешканець", "мешканка", "житель", "жителька", "уродженець", "уродженка", "син", "донька", "дочка",
      "брат", "сестра", "батько", "мати", "дід", "баба", "бабуся", "онук", "онука", "родич", "родичка",
      "святий", "свята", "блаженний", "преподобний", "прихильник", "прихильниця", "соратник", "соратниця",
      "ставленик", "ставлениця", "підопічний", "підопічна", "однопартієць", "союзник", "противник", "суперник",
      "опонент", "кандидат", "кандидатка", "кандидатура", "переможець", "учасник", "учасниця", "автор", "авторка", "герой",
      "героїня", "покійний", "покійна", "небіжчик", "бідний", "бідолаха", "померлий", "загиблий");

  private RolePattern() {
  }

  /** The spans plus the posts found in front of the PERSON spans; sorted by start. */
  static Span[] apply(String[] tokens, Span[] spans, MorphAnalyzer analyzer) {
    List<Span> out = new ArrayList<>(Arrays.asList(spans));
    boolean[] covered = new boolean[tokens.length];
    for (Span s : spans) {
      for (int i = s.getStart(); i < s.getEnd(); i++) {
        covered[i] = true;
      }
    }
    for (Span person : spans) {
      if (!"PERSON".equals(person.getType())) {
        continue;
      }
      // only with the institution between post and name: "посланник США Стівен Віткофф"; a bare noun before
      // a name is as often a demonym or a form of address ("киянин Іван", "пані Лариса")
      Span before = endingAt(spans, person.getStart());
      if (before == null || !("ORGANIZATION".equals(before.getType()) || "LOCATION".equals(before.getType()))) {
        continue;
      }
      int j = before.getStart() - 1;
      if (j < 0 || covered[j]) {
        continue;
      }
      WordAnalysis head = analyzer.analyze(tokens[j]);
      if (!isPost(tokens[j], head)) {
        continue;
      }
      int start = j;
      while (start > 0 && !covered[start - 1] && agrees(tokens[start - 1], analyzer.analyze(tokens[start - 1]), head)) {
        start--;
      }
      for (int i = start; i <= j; i++) {
        covered[i] = true;
      }
      out.add(new Span(start, j + 1, "ROLE", SpanRules.RULE_PROBABILITY));
    }
    return SpanRules.byStart(out);
  }

  private static Span endingAt(Span[] spans, int end) {
    for (Span s : spans) {
      if (s.getEnd() == end) {
        return s;
      }
    }
    return null;
  }

  /**
   * A common animate noun for a human being that is not a kinship term, a form of address, a relation
   * or a demonym.
   */
  static boolean isPost(String token, WordAnalysis a) {
    if (!lowercaseOrCommonWord(token, a)) {
      return false;
    }
    if (!a.hasSemantic(SemanticTag.HUM) || a.hasSemantic(SemanticTag.KIN)) {
      return false;
    }
    boolean commonAnimateNoun = false;
    for (Reading r : a.readings()) {
      String lemma = r.lemma();
      if (NOT_POSTS.contains(lemma)) {
        return false; // any reading as a form of address or a generic person word: not a post
      }
      if (lemma.endsWith("янин") || lemma.endsWith("анин") || lemma.endsWith("янка") || lemma.endsWith("чанка")) {
        return false; // a demonym: "киянин Іван Петренко"
      }
      commonAnimateNoun |= r.has(MorphTag.NOUN) && r.has(MorphTag.ANIM) && !r.has(MorphTag.PROP) && !r.has(MorphTag.PRON);
    }
    return commonAnimateNoun;
  }

  /** A lowercase word, or a capitalized one the dictionary knows only in lowercase ("Президент"). */
  private static boolean lowercaseOrCommonWord(String token, WordAnalysis a) {
    if (token.isEmpty()) {
      return false;
    }
    if (Character.isLowerCase(token.charAt(0))) {
      return true;
    }
    return a.source() == WordAnalysis.Source.LOWERCASE;
  }

  /** An adjective that agrees in case and gender (or number) with the post: спеціальний посланник. */
  private static boolean agrees(String token, WordAnalysis adj, WordAnalysis head) {
    if (!adj.has(MorphTag.ADJ) || adj.has(MorphTag.PRON) || !lowercaseOrCommonWord(token, adj)) {
      return false;
    }
    return adj.agreesWith(head, a -> a.has(MorphTag.ADJ), n -> n.has(MorphTag.NOUN));
  }
}
