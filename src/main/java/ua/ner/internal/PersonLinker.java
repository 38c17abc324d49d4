package ua.ner.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ua.ner.Entity;
import ua.ner.EntityType;
import ua.ner.Person;
import ua.ner.Role;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.MorphTag;
import ua.ner.internal.morph.Reading;
import ua.ner.internal.morph.WordAnalysis;

/**
 * Groups a document's PERSON mentions into people and ties the posts the text gives them.
 *
 * <p><b>Mentions → people.</b> In text order: a mention with a surname joins the latest person with
 * that surname whose first name does not contradict it ({@code Умєров} after {@code Рустем Умєров};
 * {@code Микола Онул} and {@code Лариса Онул} stay two people); a bare first name joins the latest
 * person with that first name. A surname counts as the same when the mention is one of its case forms
 * ({@code Умєрова}, {@code Гнатова} of {@code Гнатов}); the mention's normalized form then takes the
 * person's surname. The person's name is the fullest nominative form among the mentions.
 *
 * <p><b>Posts</b> ({@link #roles}, per sentence, while its tokens are at hand). The patterns Ukrainian news uses:
 * {@code ROLE [ORG|LOC] PERSON} ("секретар РНБО Рустем Умєров"), {@code ROLE PERSON} and a bare post
 * before the name ("генерал Андрій Гнатов"), {@code PERSON, ROLE [ORG|LOC]} ("Іван Петренко, директор
 * ТОВ «Альфа»"), and an appointment: {@code призначив PERSON ROLE(instrumental) ORG} ("призначив …
 * Рустема Умєрова головою української делегації"). A post before a coordination belongs to the first
 * person only: each pattern needs the post and the name side by side.
 */
final class PersonLinker {

  private static final Locale UK = Locale.forLanguageTag("uk");

  /** Verbs of appointment, after which "PERSON post-in-instrumental" states a post. */
  static final Set<String> APPOINTING_VERBS = Set.of(
      "призначити", "призначати", "обрати", "обирати", "затвердити", "затверджувати", "переобрати",
      "перепризначити", "зробити", "назначити", "іменувати");

  /** Case endings a surname takes after its nominative ("Умєров" + "а", "у", "им" …). */
  private static final String[] SURNAME_ENDINGS = {"", "а", "у", "ові", "ом", "им", "і", "е", "я", "ю", "ем", "єм",
      "еві", "єві", "ого", "ому", "ої", "ій", "ою"};

  private PersonLinker() {
  }

  /** A person being built. */
  private static final class Cluster {
    String first;
    String patronymic;
    String last;
    Mention fullest;
    final List<Mention> mentions = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();

    void add(Mention m) {
      mentions.add(m);
      PersonNames.Name n = m.name;
      first = better(first, n.first());
      patronymic = better(patronymic, n.patronymic());
      last = last == null ? n.last() : last;
      if (fullest == null || n.parts() > fullest.name.parts()) {
        fullest = m;
      }
    }

    /** A full word beats an initial ("Тарас" over "Т."). */
    private static String better(String current, String candidate) {
      if (current == null) {
        return candidate;
      }
      if (candidate != null && current.endsWith(".") && !candidate.endsWith(".")) {
        return candidate;
      }
      return current;
    }
  }

  /**
   * Beyond the exact-name index, a mention is compared with the people first mentioned most recently,
   * at most this many (keeps long texts linear).
   */
  static final int RECENT_PEOPLE = 64;

  /** The people of a document's mentions (in text order, PERSON ones with their posts already found). */
  static List<Person> link(List<Mention> mentions) {
    List<Cluster> clusters = new ArrayList<>();
    Map<String, Cluster> byName = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type == EntityType.PERSON) {
        Cluster c = place(m, clusters, byName);
        for (Role r : m.roles) {
          addRole(c.roles, r);
        }
      }
    }
    List<Person> persons = new ArrayList<>(clusters.size());
    for (Cluster c : clusters) {
      List<Entity> entities = new ArrayList<>(c.mentions.size());
      for (Mention m : c.mentions) {
        entities.add(m.entity);
      }
      persons.add(new Person(c.fullest.entity.normalized(), c.first, c.last, c.patronymic, entities, c.roles));
    }
    return persons;
  }

  /**
   * Finds (or starts) the person of a mention: by its exact name among all people seen (the latest
   * person with that surname, or with that first and last name), else by the rules above among the
   * people mentioned most recently.
   */
  private static Cluster place(Mention m, List<Cluster> clusters, Map<String, Cluster> byName) {
    PersonNames.Name n = m.name;
    Cluster match = null;
    if (n.last() != null) {
      Cluster c = n.first() != null ? byName.get(key(n.first(), n.last())) : null;
      if (c == null) {
        c = byName.get(key(null, n.last()));
      }
      if (c != null && compatible(c.first, n.first())) {
        match = c;
      }
    }
    for (int i = clusters.size() - 1; i >= Math.max(0, clusters.size() - RECENT_PEOPLE) && match == null; i--) {
      Cluster c = clusters.get(i);
      if (n.last() != null) {
        if (c.last != null && sameSurname(c.last, n.last(), m.entity.text()) && compatible(c.first, n.first())) {
          match = c;
        } else if (c.last == null && n.first() != null && c.first != null && sameFirst(c.first, n.first())
            && c.patronymic == null) {
          match = c; // "Рустем" first, then "Рустем Умєров"
        }
      } else if (n.first() != null && c.first != null && sameFirst(c.first, n.first())) {
        match = c;
      }
    }
    if (match == null) {
      match = new Cluster();
      clusters.add(match);
    }
    if (n.last() != null && match.last != null && !match.last.equalsIgnoreCase(n.last())) {
      // the mention is a case form of the person's surname: write it the person's way
      Entity e = m.entity;
      m.entity = new Entity(e.type(), e.text(), e.start(), e.end(), e.normalized().replace(n.last(), match.last),
          e.confidence());
      m.name = new PersonNames.Name(n.first(), n.patronymic(), match.last, n.forms());
    }
    match.add(m);
    if (match.last != null) {
      byName.put(key(null, match.last), match);
      if (match.first != null) {
        byName.put(key(match.first, match.last), match);
      }
    }
    return match;
  }

  private static String key(String first, String last) {
    return (first == null ? "" : first.toLowerCase(UK)) + "|" + last.toLowerCase(UK);
  }

  /** Whether {@code surname} (as read from a mention written {@code surface}) is the person's {@code last}. */
  static boolean sameSurname(String last, String surname, String surface) {
    if (last.equalsIgnoreCase(surname)) {
      return true;
    }
    String l = last.toLowerCase(UK);
    for (String word : surface.toLowerCase(UK).split("[\\s.]+")) {
      if (word.startsWith(l)) {
        String ending = word.substring(l.length());
        for (String e : SURNAME_ENDINGS) {
          if (e.equals(ending)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean compatible(String first, String other) {
    return first == null || other == null || sameFirst(first, other);
  }

  private static boolean sameFirst(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    // an initial matches the name it abbreviates
    if (a.endsWith(".") && a.length() == 2) {
      return Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0));
    }
    if (b.endsWith(".") && b.length() == 2) {
      return Character.toLowerCase(b.charAt(0)) == Character.toLowerCase(a.charAt(0));
    }
    return false;
  }

  /** The posts the sentence gives the person of mention {@code m}. */
  static List<Role> roles(String text, AnalyzedSentence s, Mention m, MorphAnalyzer analyzer) {
    List<Role> out = new ArrayList<>();
    String[] tokens = s.tokens();
    // before the name: [ROLE [ORG|LOC]] [post] PERSON, the post right before the name a bare post
    // word or a ROLE after a ROLE with its institution ("начальник Генштабу ЗСУ генерал Андрій Гнатов")
    int j = m.tokenStart;
    boolean near = false;
    Mention last = s.endingBefore(j);
    if (j > 0 && !s.covered(j - 1) && isBarePost(tokens[j - 1], analyzer)) {
      WordAnalysis a = analyzer.analyze(tokens[j - 1]);
      out.add(new Role(title(tokens[j - 1], a, analyzer), null, tokens[j - 1]));
      j--;
      near = true;
    } else if (last != null && last.type == EntityType.ROLE && postWithInstitutionBefore(s, last.tokenStart)) {
      out.add(role(text, last, null));
      j = last.tokenStart;
      near = true;
    }
    Mention org = s.endingBefore(j);
    Mention role = null;
    if (org != null && (org.type == EntityType.ORGANIZATION || org.type == EntityType.LOCATION)) {
      role = s.endingBefore(org.tokenStart);
    } else if (org != null && org.type == EntityType.ROLE && !near) {
      role = org;
      org = null;
    } else {
      org = null;
    }
    if (role != null && role.type == EntityType.ROLE) {
      out.add(0, role(text, role, org));
    }
    // after the name: PERSON, ROLE [ORG|LOC]
    int after = m.tokenEnd;
    if (after + 1 < tokens.length && tokens[after].equals(",")) {
      Mention r = s.startingAt(after + 1);
      if (r != null && r.type == EntityType.ROLE) {
        out.add(role(text, r, institutionAt(s, r.tokenEnd)));
      }
    }
    // an appointment: призначив PERSON головою ORG
    if (after < tokens.length && appointed(tokens, m.tokenStart, analyzer)) {
      Role appointed = appointment(text, s, after, analyzer);
      if (appointed != null) {
        out.add(appointed);
      }
    }
    return out;
  }

  /** Whether a ROLE and then an ORGANIZATION or LOCATION end right before token {@code index}. */
  private static boolean postWithInstitutionBefore(AnalyzedSentence s, int index) {
    Mention org = s.endingBefore(index);
    if (org == null || org.type != EntityType.ORGANIZATION && org.type != EntityType.LOCATION) {
      return false;
    }
    Mention role = s.endingBefore(org.tokenStart);
    return role != null && role.type == EntityType.ROLE;
  }

  private static Mention institutionAt(AnalyzedSentence s, int index) {
    Mention m = s.startingAt(index);
    return m != null && (m.type == EntityType.ORGANIZATION || m.type == EntityType.LOCATION) ? m : null;
  }

  private static Role role(String text, Mention role, Mention org) {
    String title = role.entity.normalized();
    int end = org == null ? role.entity.end() : org.entity.end();
    return new Role(title, org == null ? null : org.entity.normalized(), text.substring(role.entity.start(), end));
  }

  /** "PERSON головою ORG" / "PERSON головою української делегації" right after the name. */
  private static Role appointment(String text, AnalyzedSentence s, int at, MorphAnalyzer analyzer) {
    String[] tokens = s.tokens();
    Mention roleMention = s.startingAt(at);
    int afterPost;
    String title;
    int postStart = s.starts()[at];
    if (roleMention != null && roleMention.type == EntityType.ROLE) {
      if (!analyzer.analyze(tokens[roleMention.tokenEnd - 1]).has(MorphTag.V_ORU)) {
        return null;
      }
      title = roleMention.entity.normalized();
      afterPost = roleMention.tokenEnd;
    } else if (!s.covered(at) && isPostWord(tokens[at], analyzer) && analyzer.analyze(tokens[at]).has(MorphTag.V_ORU)) {
      title = title(tokens[at], analyzer.analyze(tokens[at]), analyzer);
      afterPost = at + 1;
    } else {
      return null;
    }
    Mention org = institutionAt(s, afterPost);
    if (org != null) {
      return new Role(title, org.entity.normalized(), text.substring(postStart, org.entity.end()));
    }
    // a genitive phrase: adjectives and a noun in the genitive ("української делегації")
    int end = afterPost;
    while (end < tokens.length && !s.covered(end) && isGenitiveWord(tokens[end], analyzer, true)) {
      end++;
    }
    if (end > afterPost && isGenitiveWord(tokens[end - 1], analyzer, false)) {
      String phrase = text.substring(s.starts()[afterPost], s.ends()[end - 1]);
      return new Role(title, phrase, text.substring(postStart, s.ends()[end - 1]));
    }
    return new Role(title, null, text.substring(postStart, s.ends()[afterPost - 1]));
  }

  private static boolean isGenitiveWord(String token, MorphAnalyzer analyzer, boolean adjectiveAllowed) {
    WordAnalysis a = analyzer.analyze(token);
    for (Reading r : a.readings()) {
      if (r.has(MorphTag.V_ROD) && (r.has(MorphTag.NOUN) || adjectiveAllowed && r.has(MorphTag.ADJ))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb of appointment comes before token {@code index} in the sentence. */
  private static boolean appointed(String[] tokens, int index, MorphAnalyzer analyzer) {
    for (int i = index - 1; i >= 0 && i >= index - 25; i--) {
      for (Reading r : analyzer.analyze(tokens[i]).readings()) {
        if (r.has(MorphTag.VERB) || r.has(MorphTag.ADJP)) {
          String lemma = r.lemma().toLowerCase(UK);
          if (APPOINTING_VERBS.contains(lemma) || lemma.startsWith("призначен") || lemma.startsWith("обран")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A lowercase common noun for a post, not part of an entity, directly before a name ("генерал"). */
  private static boolean isBarePost(String token, MorphAnalyzer analyzer) {
    return !token.isEmpty() && Character.isLowerCase(token.charAt(0)) && isPostWord(token, analyzer);
  }

  private static boolean isPostWord(String token, MorphAnalyzer analyzer) {
    return RolePattern.isPost(token, analyzer.analyze(token));
  }

  private static String title(String token, WordAnalysis a, MorphAnalyzer analyzer) {
    for (Reading r : a.readings()) {
      if (r.has(MorphTag.NOUN) && r.has(MorphTag.ANIM) && !r.has(MorphTag.PROP)) {
        return analyzer.nominative(r).toLowerCase(UK);
      }
    }
    return token.toLowerCase(UK);
  }

  /** Adds a role unless the person has it already; a fuller statement of the same post replaces a shorter one. */
  private static void addRole(List<Role> roles, Role r) {
    for (int i = 0; i < roles.size(); i++) {
      Role have = roles.get(i);
      if (!have.title().equalsIgnoreCase(r.title())) {
        continue;
      }
      String a = have.organization();
      String b = r.organization();
      if (a == null || b != null && b.length() > a.length() && b.startsWith(a)) {
        roles.set(i, b == null ? have : r);
        return;
      }
      if (b == null || a.startsWith(b) || a.equals(b)) {
        return;
      }
    }
    roles.add(r);
  }
}
