package ua.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.UkrainianDictionary;

class PostProcessingTest {

  private final MorphAnalyzer analyzer = UkrainianDictionary.shared().newAnalyzer();

  /** Where each of {@code tokens} starts in {@code text}, found in order. */
  private static int[] starts(String text, String[] tokens) {
    int[] starts = new int[tokens.length];
    int at = 0;
    for (int i = 0; i < tokens.length; i++) {
      starts[i] = text.indexOf(tokens[i], at);
      at = starts[i] + tokens[i].length();
    }
    return starts;
  }

  private static int[] ends(int[] starts, String[] tokens) {
    int[] ends = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      ends[i] = starts[i] + tokens[i].length();
    }
    return ends;
  }

  @Test
  void marksThePostBeforeAnInstitutionAndAName() {
    String[] tokens = "Спеціальний посланник США Стівен Віткофф прибув".split(" ");
    Span[] found = {new Span(2, 3, "LOCATION"), new Span(3, 5, "PERSON")};
    Span[] out = RolePattern.apply(tokens, found, analyzer);
    assertEquals(3, out.length);
    assertEquals(new Span(0, 2, "ROLE"), out[0]);
  }

  @Test
  void leavesNonPostsAndBareNounsAlone() {
    // a kinship term, a form of address, and a post without an institution before the name
    for (String sentence : new String[] {"брат США Іван Петренко", "пані США Лариса Онул", "генерал Андрій Гнатов"}) {
      String[] tokens = sentence.split(" ");
      Span[] found = tokens.length == 4
          ? new Span[] {new Span(1, 2, "LOCATION"), new Span(2, 4, "PERSON")}
          : new Span[] {new Span(1, 3, "PERSON")};
      assertArrayEquals(found, RolePattern.apply(tokens, found, analyzer), sentence);
    }
  }

  @Test
  void keepsAPostTheModelFound() {
    String[] tokens = "секретар РНБО Рустем Умєров".split(" ");
    Span[] found = {new Span(0, 1, "ROLE"), new Span(1, 2, "ORGANIZATION"), new Span(2, 4, "PERSON")};
    assertArrayEquals(found, RolePattern.apply(tokens, found, analyzer));
  }

  @Test
  void joinsTouchingPersonSpansOnly() {
    Span[] spans = {new Span(0, 2, "PERSON", 0.9), new Span(2, 3, "PERSON", 0.8), new Span(4, 5, "PERSON", 0.9),
        new Span(5, 6, "LOCATION", 0.9)};
    Span[] merged = SpanRules.mergeAdjacentPersons(spans);
    assertEquals(3, merged.length);
    assertEquals(new Span(0, 3, "PERSON"), merged[0]);
    assertEquals(0.8, merged[0].getProb(), 1e-9);
    assertEquals(new Span(4, 5, "PERSON"), merged[1]);
  }

  @Test
  void aNameThatOpensAQuoteTakesTheClosingOne() {
    // nested quotes that share one closing mark: ТОВ «Компанія «Зевс ЛТД»
    String[] tokens = {"ТОВ", "«", "Компанія", "«", "Зевс", "ЛТД", "»", ",", "яка"};
    Span[] out = SpanRules.closeQuotes(tokens, new Span[] {new Span(0, 6, "ORGANIZATION", 0.7)});
    assertEquals(new Span(0, 7, "ORGANIZATION"), out[0]);
    assertEquals(0.7, out[0].getProb(), 1e-9);
  }

  @Test
  void aNameGivesBackAClosingQuoteItDidNotOpen() {
    String[] tokens = {"компанія", "«", "Вікторі", "трейд", "»", "."};
    assertEquals(new Span(2, 4, "ORGANIZATION"),
        SpanRules.closeQuotes(tokens, new Span[] {new Span(2, 5, "ORGANIZATION")})[0]);
    Span[] balanced = {new Span(1, 5, "ORGANIZATION")};
    assertArrayEquals(balanced, SpanRules.closeQuotes(tokens, balanced));
  }

  @Test
  void bracketsPairUpAsQuotesDo() {
    String[] tokens = "( смт Любашівка , вул . Радянська , 132-А ) ; вул . Нагнибіди ( 76 , 79 ) та ЦК КП ( б ) У".split(" ");
    Span[] found = {new Span(4, 10, "LOCATION"), new Span(11, 18, "LOCATION"), new Span(20, 26, "ORGANIZATION")};
    assertArrayEquals(new Span[] {new Span(4, 9, "LOCATION"), new Span(11, 19, "LOCATION"), found[2]},
        SpanRules.closeQuotes(tokens, found));
  }

  @Test
  void aNameIsSplitAtABracketItOpensAndDoesNotClose() {
    String[] tokens = "у Міжнародну федерацію асоціацій ( International Standards Association – ISA ) і ЦК КП ("
        .split(" ");
    Span[] found = {new Span(1, 8, "ORGANIZATION", 0.7), new Span(12, 15, "ORGANIZATION")};
    Span[] out = SpanRules.closeQuotes(tokens, found);
    assertArrayEquals(new Span[] {new Span(1, 4, "ORGANIZATION"), new Span(5, 8, "ORGANIZATION"),
        new Span(12, 14, "ORGANIZATION")}, out);
    assertEquals(0.7, out[1].getProb());
  }

  @Test
  void namesCoverWholeHyphenatedWords() {
    String text = "ремонт траси Миронівка-Канів-Софіївка та інженера-програміста Т. Недозим";
    String[] tokens = {"ремонт", "траси", "Миронівка", "-", "Канів", "-", "Софіївка", "та", "інженера", "-",
        "програміста", "Т.", "Недозим"};
    int[] starts = starts(text, tokens);
    int[] ends = ends(starts, tokens);
    Span[] found = {new Span(2, 3, "LOCATION"), new Span(4, 5, "LOCATION"), new Span(6, 7, "LOCATION"),
        new Span(8, 9, "ROLE"), new Span(10, 11, "ROLE"), new Span(11, 13, "PERSON")};
    Span[] out = SpanRules.joinCompounds(tokens, starts, ends, found);
    assertArrayEquals(new Span[] {new Span(2, 7, "LOCATION"), new Span(8, 11, "ROLE"), new Span(11, 13, "PERSON")}, out);
  }

  @Test
  void aWordUsuallyAPostByItselfBecomesOne() {
    String text = "відгуки про суддю , фізичною особою-підприємцем , головного слідчого управління , а суддя Петренко";
    String[] tokens = {"відгуки", "про", "суддю", ",", "фізичною", "особою", "-", "підприємцем", ",", "головного", "слідчого",
        "управління", ",", "а", "суддя", "Петренко"};
    int[] starts = starts(text, tokens);
    int[] ends = ends(starts, tokens);
    Set<String> usual = Set.of("суддю", "підприємцем", "слідчого", "суддя");
    Span[] found = {new Span(14, 15, "ROLE", 0.9), new Span(15, 16, "PERSON")};
    Span[] out = SpanRules.usualPosts(tokens, starts, ends, found, analyzer, usual::contains);
    // not inside a hyphenated compound, not a word that may be an adjective, not over a name found
    assertArrayEquals(new Span[] {new Span(2, 3, "ROLE"), found[0], found[1]}, out);
    assertEquals(0.5, out[0].getProb());
  }

  @Test
  void aCapitalThatOnlyOpensTheSentenceDoesNotHideAUsualPost() {
    String text = "Суддя відповів , що Суддя і СУДДЯ ні до чого : Суддя пішов";
    String[] tokens = {"Суддя", "відповів", ",", "що", "Суддя", "і", "СУДДЯ", "ні", "до", "чого", ":", "Суддя", "пішов"};
    int[] starts = starts(text, tokens);
    int[] ends = ends(starts, tokens);
    Span[] out = SpanRules.usualPosts(tokens, starts, ends, new Span[0], analyzer, Set.of("суддя")::contains);
    // judged lowercased at the start of the sentence and after the colon; not mid-sentence, not in capitals
    assertArrayEquals(new Span[] {new Span(0, 1, "ROLE"), new Span(11, 12, "ROLE")}, out);
  }

  @Test
  void aCompoundIsNotWidenedIntoANameOfAnotherType() {
    String[] tokens = {"АМКУ", "-", "начальника", "відділу"};
    int[] starts = {0, 4, 5, 16};
    int[] ends = {4, 5, 15, 23};
    Span[] found = {new Span(0, 1, "ORGANIZATION"), new Span(2, 4, "ROLE")};
    assertArrayEquals(found, SpanRules.joinCompounds(tokens, starts, ends, found));
    // a hyphen with a space beside it is a dash between words, not part of a compound
    int[] spaced = {0, 5, 7, 18};
    int[] spacedEnds = {4, 6, 17, 25};
    Span[] one = {new Span(0, 1, "LOCATION")};
    assertArrayEquals(one, SpanRules.joinCompounds(tokens, spaced, spacedEnds, one));
  }

  @Test
  void aStreetTakesItsStreetWordAndHouseNumber() {
    String[] tokens = {"на", "вулиці", "Літкенса", ",", "8", ",", "а", "також", "вул", ".", "Лумумби", ",", "4", "/",
        "6", "і", "просп", ".", "Перемоги", ",", "58", "-", "А", "."};
    Span[] found = {new Span(2, 3, "LOCATION"), new Span(10, 11, "LOCATION"), new Span(16, 19, "LOCATION")};
    assertArrayEquals(new Span[] {new Span(1, 5, "LOCATION"), new Span(8, 15, "LOCATION"), new Span(16, 23, "LOCATION")},
        SpanRules.addresses(tokens, found, analyzer));
    // a range of house numbers
    String[] range = "пров . Музейний , 12 - 14 .".split(" ");
    assertArrayEquals(new Span[] {new Span(0, 7, "LOCATION")},
        SpanRules.addresses(range, new Span[] {new Span(2, 3, "LOCATION")}, analyzer));
    // буд. before the number; two house numbers; no comma after a street word, but one after other places
    String[] more = "вул . Промислова , буд . 29 . вул . Срібнокільський , 3б та 3в . просп . Гагаріна 362 . Києва 5 ."
        .split(" ");
    assertArrayEquals(new Span[] {new Span(0, 7, "LOCATION"), new Span(8, 15, "LOCATION"), new Span(16, 20, "LOCATION"),
        new Span(21, 22, "LOCATION")}, SpanRules.addresses(more, new Span[] {new Span(2, 3, "LOCATION"),
            new Span(10, 11, "LOCATION"), new Span(16, 19, "LOCATION"), new Span(21, 22, "LOCATION")}, analyzer));
  }

  @Test
  void aStreetNamedWithAnInitialIsOnePlace() {
    String[] tokens = "на вул . Л . Курбаса 11 та 11 / 1 . Т . Київ".split(" ");
    Span[] found = {new Span(1, 4, "LOCATION"), new Span(5, 6, "LOCATION"), new Span(12, 13, "PERSON"),
        new Span(14, 15, "LOCATION")};
    // not a place after a person's initial
    Span[] joined = SpanRules.streetInitials(tokens, found);
    assertArrayEquals(new Span[] {new Span(1, 6, "LOCATION"), found[2], found[3]}, joined);
    assertArrayEquals(new Span[] {new Span(1, 11, "LOCATION"), found[2], found[3]},
        SpanRules.addresses(tokens, joined, analyzer));
  }

  @Test
  void capitalisedWordsAfterAStreetWordAreAStreet() {
    String[] tokens = "реконструкцію проспекту Червоної Калини , пров . Музейний , 12 - 14 , вулиці Франка і Вулиці Шевченка"
        .split(" ");
    Span[] found = {new Span(14, 15, "PERSON")};
    Span[] out = SpanRules.unmarkedStreets(tokens, found);
    // where the model found a name it stays as it is; a capitalised street word is no street word
    assertArrayEquals(new Span[] {new Span(2, 4, "LOCATION"), new Span(7, 8, "LOCATION"), found[0]}, out);
    assertEquals(0.5, out[0].getProb());
    assertArrayEquals(new Span[] {new Span(1, 4, "LOCATION"), new Span(5, 12, "LOCATION"), found[0]},
        SpanRules.addresses(tokens, out, analyzer));
  }

  @Test
  void aNameAfterANaturalOrTownPlaceNounIsAPlace() {
    String[] tokens = ("гора Нітані , в урочищі Жовті Води , парку Герхта , по мосту Кирпи , міст України ,"
        + " парк МВС , острів Невезіння , річка Конка").split(" ");
    Span[] found = {new Span(1, 2, "PERSON", 0.7), new Span(9, 10, "LOCATION", 0.9), new Span(19, 20, "ORGANIZATION")};
    Span[] out = SpanRules.namedLandmarks(tokens, found, analyzer);
    // a natural place's name stands alone, a town place's takes the noun in; not міст (the plural of місто too), an
    // abbreviation after парк is an organisation, and острів is left out
    assertArrayEquals(new Span[] {new Span(1, 2, "LOCATION"), new Span(5, 7, "LOCATION"), new Span(8, 10, "LOCATION"),
        found[2], new Span(25, 26, "LOCATION")}, out);
    assertEquals(0.7, out[0].getProb());
    assertEquals(0.9, out[2].getProb());
    assertEquals(0.5, out[1].getProb());
  }

  @Test
  void aPersonsNameAfterAStreetWordIsAStreet() {
    String[] tokens = "на вулиці В'ячеслава Чорновола , 22 і вул . Л . Курбаса , а також просп . Перемоги та Іван Франко"
        .split(" ");
    Span[] found = {new Span(2, 4, "PERSON", 0.9), new Span(11, 12, "PERSON", 0.8), new Span(17, 18, "PERSON"),
        new Span(19, 21, "PERSON")};
    Span[] streets = SpanRules.streetsNamedAfterPeople(tokens, found, analyzer);
    assertArrayEquals(new Span[] {new Span(2, 4, "LOCATION", 0.9), new Span(9, 12, "LOCATION", 0.8),
        new Span(17, 18, "LOCATION"), new Span(19, 21, "PERSON")}, streets);
    assertEquals(0.8, streets[1].getProb());
    // the street word and the house number join the street afterwards, as for any place
    assertArrayEquals(new Span[] {new Span(1, 6, "LOCATION"), new Span(7, 12, "LOCATION"), new Span(15, 18, "LOCATION"),
        new Span(19, 21, "PERSON")}, SpanRules.addresses(tokens, streets, analyzer));
    // a capitalised word is not a street word, and a name of another type stays as it is
    Span[] other = {new Span(1, 3, "PERSON"), new Span(5, 6, "ORGANIZATION")};
    assertArrayEquals(other, SpanRules.streetsNamedAfterPeople("Вулиці Івана Франка і вулиці Шевченка".split(" "), other, analyzer));
  }

  @Test
  void personsNamesInAListOfStreetsAreStreets() {
    String[] tokens = "ремонт вулиць : В . Чорновола , Різдвяна , Героїв Сталінграда та Івана Франка ; а Петро Іваненко сказав"
        .split(" ");
    Span[] found = {new Span(3, 6, "PERSON"), new Span(7, 8, "LOCATION"), new Span(9, 11, "PERSON"),
        new Span(12, 14, "PERSON"), new Span(16, 18, "PERSON")};
    Span[] streets = {new Span(3, 6, "LOCATION"), new Span(7, 8, "LOCATION"), new Span(9, 11, "LOCATION"),
        new Span(12, 14, "LOCATION"), new Span(16, 18, "PERSON")};
    assertArrayEquals(streets, SpanRules.streetsNamedAfterPeople(tokens, found, analyzer));
    // the plural street word stays out of the first street
    assertArrayEquals(streets, SpanRules.addresses(tokens, streets, analyzer));
    // a list goes on after a street that holds its street word, through house numbers and street words
    String[] more = "вул . Горького , 5 , Якубовського та вул . Лесі Українки".split(" ");
    Span[] list = {new Span(0, 3, "LOCATION"), new Span(6, 7, "PERSON"), new Span(10, 12, "PERSON")};
    assertArrayEquals(new Span[] {new Span(0, 3, "LOCATION"), new Span(6, 7, "LOCATION"), new Span(10, 12, "LOCATION")},
        SpanRules.streetsNamedAfterPeople(more, list, analyzer));
    // no list without a street before it
    Span[] people = {new Span(0, 1, "PERSON"), new Span(2, 4, "PERSON")};
    assertArrayEquals(people, SpanRules.streetsNamedAfterPeople("Горького , Лесі Українки".split(" "), people, analyzer));
  }

  @Test
  void aPersonTakesTheInitialsBeforeIt() {
    String[] tokens = "хіміки А . Купер , О . М . Бутлеров і м . Київ".split(" ");
    Span[] found = {new Span(3, 4, "PERSON", 0.6), new Span(7, 10, "PERSON"), new Span(13, 14, "LOCATION")};
    Span[] out = SpanRules.leadingInitials(tokens, found);
    assertArrayEquals(new Span[] {new Span(1, 4, "PERSON"), new Span(5, 10, "PERSON"), found[2]}, out);
    assertEquals(0.6, out[0].getProb());
  }

  @Test
  void aPersonGivesBackACommonWordAfterItsInitials() {
    String[] tokens = "командою Смєшко І . П . Окрім того , академік С . М . Реформатського і Т . Г . Шевченко".split(" ");
    Span[] found = {new Span(1, 7, "PERSON", 0.6), new Span(10, 15, "PERSON"), new Span(16, 21, "PERSON")};
    Span[] out = SpanRules.dropCommonWordsAfterInitials(tokens, found, analyzer);
    assertArrayEquals(new Span[] {new Span(1, 6, "PERSON"), found[1], found[2]}, out);
    assertEquals(0.6, out[0].getProb());
  }

  @Test
  void splitsAPlaceAtAPrepositionBeforeACapitalisedWord() {
    String[] tokens = "на вул . Сурікова у Черкасах , Учителя з Назарету , Комітет з питань освіти , село « Над Дніпром »"
        .split(" ");
    Span[] found = {new Span(1, 6, "LOCATION", 0.9), new Span(7, 10, "PERSON"), new Span(11, 15, "ORGANIZATION"),
        new Span(16, 21, "LOCATION")};
    Span[] out = SpanRules.splitAtPrepositions(tokens, found, analyzer);
    assertArrayEquals(new Span[] {new Span(1, 4, "LOCATION"), new Span(5, 6, "LOCATION"), new Span(7, 8, "PERSON"),
        new Span(9, 10, "PERSON"), found[2], found[3]}, out);
    assertEquals(0.9, out[1].getProb());
  }

  @Test
  void splitsARegionOffTheEndOfAPlace() {
    String[] tokens = "у Жовкла Львівської області , с . Олексіївка Перевальського району Луганської області і Київської області"
        .split(" ");
    Span[] found = {new Span(1, 4, "LOCATION", 0.8), new Span(5, 12, "LOCATION"), new Span(13, 15, "LOCATION")};
    Span[] out = SpanRules.splitRegions(tokens, found);
    assertArrayEquals(new Span[] {new Span(1, 2, "LOCATION"), new Span(2, 4, "LOCATION"), new Span(5, 8, "LOCATION"),
        new Span(8, 10, "LOCATION"), new Span(10, 12, "LOCATION"), new Span(13, 15, "LOCATION")}, out);
    assertEquals(0.8, out[1].getProb());
    // an organisation, and a region after a lowercase word, stay whole
    Span[] other = {new Span(0, 3, "ORGANIZATION"), new Span(4, 7, "LOCATION")};
    assertArrayEquals(other, SpanRules.splitRegions("Жовкла Львівської області ; місто Львівської області".split(" "), other));
  }

  @Test
  void splitsAPersonWhereAFirstNameSharesNoCaseWithTheWordBefore() {
    String[] tokens = "дружина Бродського Світлана , син Віктора Януковича Євген Анісімов і сином Близнюка Олексієм"
        .split(" ");
    Span[] found = {new Span(1, 3, "PERSON", 0.7), new Span(5, 9, "PERSON"), new Span(11, 13, "PERSON")};
    Span[] out = SpanRules.splitPersonsByCase(tokens, found, analyzer);
    assertArrayEquals(new Span[] {new Span(1, 2, "PERSON"), new Span(2, 3, "PERSON"), new Span(5, 7, "PERSON"),
        new Span(7, 9, "PERSON"), new Span(11, 12, "PERSON"), new Span(12, 13, "PERSON")}, out);
    assertEquals(0.7, out[0].getProb());
    assertEquals(0.7, out[1].getProb());
  }

  @Test
  void splitsAPersonWhereASecondPersonStartsAfterASurname() {
    String[] tokens = "Івана Дзюби Михайлина Коцюбинська ; Брагіна Олександр Черняєв ; Кравця Людмили ; Петренко Марія ;"
        .concat(" Петренко Марія Іванівна").split(" ");
    Span[] found = {new Span(0, 4, "PERSON"), new Span(5, 8, "PERSON"), new Span(9, 11, "PERSON"),
        new Span(12, 14, "PERSON"), new Span(15, 18, "PERSON")};
    // a surname and a first name that agree, or a patronymic after them: one person
    assertArrayEquals(new Span[] {new Span(0, 2, "PERSON"), new Span(2, 4, "PERSON"), new Span(5, 6, "PERSON"),
        new Span(6, 8, "PERSON"), new Span(9, 10, "PERSON"), new Span(10, 11, "PERSON"), found[3], found[4]},
        SpanRules.splitPersonsByCase(tokens, found, analyzer));
  }

  @Test
  void keepsAPersonWhoseWordsCanShareACase() {
    // first name + surname, surname + first name + patronymic, a vocative-looking surname, an
    // uninflected surname, an initial, and another type
    String[] tokens = "Віктора Януковича ; Януковичу Віктору Федоровичу ; Світлана Христинко ; Варібрус Лану Юріївну ;"
        .concat(" В . Романюк ; Кравця Петра ; Бродського Світлана").split(" ");
    Span[] found = {new Span(0, 2, "PERSON"), new Span(3, 6, "PERSON"), new Span(7, 9, "PERSON"),
        new Span(10, 13, "PERSON"), new Span(14, 17, "PERSON"), new Span(18, 20, "PERSON"),
        new Span(21, 23, "ORGANIZATION")};
    assertArrayEquals(found, SpanRules.splitPersonsByCase(tokens, found, analyzer));
  }

  @Test
  void aStreetThatRunsOnIntoTheNextIsSplit() {
    String[] tokens = "вул . Завокзальна , Броварська , Головатого ; вул . Набережна та вул . Мерзляка ; вул . Промислова , буд . 29"
        .split(" ");
    Span[] found = {new Span(0, 7, "LOCATION", 0.9), new Span(8, 15, "LOCATION"), new Span(16, 23, "LOCATION")};
    Span[] out = SpanRules.splitStreetLists(tokens, found);
    assertArrayEquals(new Span[] {new Span(0, 3, "LOCATION"), new Span(4, 5, "LOCATION"), new Span(6, 7, "LOCATION"),
        new Span(8, 11, "LOCATION"), new Span(12, 15, "LOCATION"), found[2]}, out);
    assertEquals(0.9, out[2].getProb());
    // a comma before the next street's abbreviation
    String[] list = "вул . Пантелеймонівської , вул . Преображенської".split(" ");
    assertArrayEquals(new Span[] {new Span(0, 3, "LOCATION"), new Span(4, 7, "LOCATION")},
        SpanRules.splitStreetLists(list, new Span[] {new Span(0, 7, "LOCATION")}));
    // not a street: left alone
    Span[] places = {new Span(0, 5, "LOCATION")};
    assertArrayEquals(places, SpanRules.splitStreetLists("Херсонському , Вінницькому та Одеському".split(" "), places));
  }

  @Test
  void aNameWithoutALetterOrDigitIsDropped() {
    String[] tokens = "« « « Київ » — 2 — .".split(" ");
    Span[] found = {new Span(0, 3, "ORGANIZATION"), new Span(3, 4, "LOCATION"), new Span(5, 8, "ORGANIZATION"),
        new Span(8, 9, "PERSON")};
    assertArrayEquals(new Span[] {found[1], found[2]}, SpanRules.wordless(tokens, found));
    Span[] names = {new Span(3, 4, "LOCATION")};
    assertSame(names, SpanRules.wordless(tokens, names));
  }

  @Test
  void aNameGivesBackTheSentencesPoint() {
    String[] tokens = "у Театрі імені Франка . Кузнєцов А . С . і Ронтекс Інк .".split(" ");
    Span[] found = {new Span(1, 5, "ORGANIZATION"), new Span(5, 10, "PERSON"), new Span(11, 14, "ORGANIZATION")};
    assertArrayEquals(new Span[] {new Span(1, 4, "ORGANIZATION"), found[1], found[2]},
        SpanRules.dropFinalPoints(tokens, found));
  }

  @Test
  void anOrganisationTakesCoordinatedAdjectivesWithTheirNoun() {
    String[] tokens = ("Міністерство енергетики та вугільної промисловості , будівництва та житлово - комунального"
        + " господарства , управління та інших посадових осіб").split(" ");
    Span[] found = {new Span(0, 2, "ORGANIZATION"), new Span(6, 7, "ORGANIZATION"), new Span(14, 15, "ORGANIZATION")};
    // a split compound adjective counts as one; not a pronoun (інших)
    assertArrayEquals(new Span[] {new Span(0, 5, "ORGANIZATION"), new Span(6, 12, "ORGANIZATION"), found[2]},
        SpanRules.coordinatedOrganisationHeads(tokens, found, analyzer));
  }

  @Test
  void anOrganisationNamedAsAStateIsAPlace() {
    String[] tokens = ("території Автономної Республіки Крим , у Руському королівстві , Індустріальний союз Донбасу ,"
        + " Верховна Рада Криму").split(" ");
    Span[] found = {new Span(1, 4, "ORGANIZATION"), new Span(6, 8, "ORGANIZATION"), new Span(9, 12, "ORGANIZATION"),
        new Span(13, 16, "ORGANIZATION")};
    // not a lowercase союз, not a body (Рада)
    assertArrayEquals(new Span[] {new Span(1, 4, "LOCATION"), new Span(6, 8, "LOCATION"), found[2], found[3]},
        SpanRules.states(tokens, found, analyzer));
  }

  @Test
  void aCapitalisedMinistryIsAnOrganisation() {
    String[] tokens = ("Міністерство внутрішніх справ розглядає , Міністерство за 50 тис грн замовило , до Міністерства оборони"
        + " України , міністерства юстиції").split(" ");
    Span[] found = {new Span(13, 16, "ORGANIZATION")};
    // alone where no genitive follows; not one the model found, not a lowercase one
    assertArrayEquals(new Span[] {new Span(0, 3, "ORGANIZATION"), new Span(5, 6, "ORGANIZATION"), found[0]},
        SpanRules.ministries(tokens, found, analyzer));
  }

  @Test
  void anOrganisationTakesTheGenitiveNounsCoordinatedWithIt() {
    String[] tokens = ("Міністерства економічного розвитку і торгівлі , Міністерства регіонального розвитку , будівництва і ЖКГ ,"
        + " Донецької ОДА та її голови , ради та Петра").split(" ");
    Span[] found = {new Span(0, 3, "ORGANIZATION", 0.8), new Span(6, 9, "ORGANIZATION"), new Span(14, 16, "ORGANIZATION"),
        new Span(20, 21, "ORGANIZATION"), new Span(22, 23, "PERSON")};
    Span[] out = SpanRules.coordinatedOrganisationHeads(tokens, found, analyzer);
    assertArrayEquals(new Span[] {new Span(0, 5, "ORGANIZATION"), new Span(6, 13, "ORGANIZATION"), found[2], found[3],
        found[4]}, out);
    assertEquals(0.8, out[0].getProb());
  }

  @Test
  void aPostGivesBackAnAdjectiveThatDatesIt() {
    String[] tokens = "чинний депутат , нинішнього голови , колишній , головний бухгалтер".split(" ");
    Span[] found = {new Span(0, 2, "ROLE"), new Span(3, 5, "ROLE"), new Span(6, 7, "ROLE"), new Span(8, 10, "ROLE")};
    assertArrayEquals(new Span[] {new Span(1, 2, "ROLE"), new Span(4, 5, "ROLE"), found[2], found[3]},
        SpanRules.dropTimeQualifiers(tokens, found, analyzer));
  }

  @Test
  void aQuotedNameAfterAKindOfOrganisationIsAnOrganisation() {
    String[] tokens = ("фірма « Промисловість і технологія » , власник « Арсу » , серіал « Спрут » , фірми « ТОВ » ,"
        + " компанія « нова » , Фірма « Ніка » , фірмі « Онур Груп »").split(" ");
    Span[] found = {new Span(19, 20, "ORGANIZATION"), new Span(29, 30, "PERSON", 0.7), new Span(35, 36, "PERSON")};
    Span[] out = SpanRules.quotedOrganisations(tokens, found, analyzer);
    // not after a series, nor over a name of its own, nor a lower-case word; a person that is the whole name, or a
    // part of it, becomes the organisation of the whole name
    assertArrayEquals(new Span[] {new Span(2, 5, "ORGANIZATION"), new Span(9, 10, "ORGANIZATION"), found[0],
        new Span(29, 30, "ORGANIZATION"), new Span(34, 36, "ORGANIZATION")}, out);
    assertEquals(0.5, out[0].getProb());
    assertEquals(0.7, out[3].getProb());
  }

  @Test
  void aLatinNameAfterAKindOfOrganisationIsAnOrganisation() {
    String[] tokens = "корпорація Roshen , компанії Safegate group Ltd , фірма Kernel , Група D , серіал Lost".split(" ");
    Span[] found = {new Span(9, 10, "LOCATION")};
    // a place that is the whole name becomes the organisation; not a single letter, not after a series
    assertArrayEquals(new Span[] {new Span(1, 2, "ORGANIZATION"), new Span(4, 7, "ORGANIZATION"),
        new Span(9, 10, "ORGANIZATION")}, SpanRules.quotedOrganisations(tokens, found, analyzer));
  }

  @Test
  void aQuotedNameAfterABuildingOrReserveIsAPlace() {
    String[] tokens = ("будівлю « Гостинного двору » , заказника « Острів Жуків » , урочища « Маяк » , стадіоні « Юність » ,"
        + " метро « Кловська » , будівлі Roshen").split(" ");
    Span[] found = {new Span(1, 5, "ORGANIZATION", 0.8), new Span(8, 10, "ORGANIZATION"), new Span(19, 20, "ORGANIZATION"),
        new Span(24, 25, "PERSON")};
    Span[] out = SpanRules.quotedPlaces(tokens, found, analyzer);
    // an organisation or person that is the whole quoted name becomes the place; one that takes in the quote is left;
    // not after a stadium (TRAIN: organisations), not a Latin name
    assertArrayEquals(new Span[] {found[0], new Span(8, 10, "LOCATION"), new Span(14, 15, "LOCATION"), found[2],
        new Span(24, 25, "LOCATION")}, out);
    assertEquals(0.5, out[2].getProb());
  }

  @Test
  void aPostTakesTheTitleAdjectivesBeforeIt() {
    String[] tokens = ("генерального директора , колишній народний депутат , першим директором , першого заступника ,"
        + " головна лікаря , Іванова головний бухгалтер , першим замовником , першого замміністра").split(" ");
    Span[] found = {new Span(1, 2, "ROLE", 0.9), new Span(5, 6, "ROLE"), new Span(8, 9, "ROLE"), new Span(11, 12, "ROLE"),
        new Span(14, 15, "ROLE"), new Span(16, 17, "PERSON"), new Span(17, 19, "ROLE"), new Span(21, 22, "ROLE"),
        new Span(24, 25, "ROLE")};
    Span[] out = SpanRules.titleAdjectives(tokens, found, analyzer);
    // not колишній, not перший before a post that is not a deputy's, not an adjective that does not agree
    assertArrayEquals(new Span[] {new Span(0, 2, "ROLE"), new Span(4, 6, "ROLE"), found[2], new Span(10, 12, "ROLE"),
        found[4], found[5], found[6], found[7], new Span(23, 25, "ROLE")}, out);
    assertEquals(0.9, out[0].getProb());
  }

  @Test
  void aPostTakesTheRelationalAdjectiveOfItsTitle() {
    String[] tokens = "родині судового слідчого , у приватних підприємців , відомий журналіст , приватною підприємцем"
        .split(" ");
    Span[] found = {new Span(2, 3, "ROLE"), new Span(6, 7, "ROLE"), new Span(9, 10, "ROLE"), new Span(12, 13, "ROLE")};
    // not an evaluative adjective, not one that does not agree
    assertArrayEquals(new Span[] {new Span(1, 3, "ROLE"), new Span(5, 7, "ROLE"), found[2], found[3]},
        SpanRules.titleAdjectives(tokens, found, analyzer));
  }

  @Test
  void aPersonNamedByAnAdjectiveBeforeAPlaceNounIsThatPlace() {
    String[] tokens = "на Замковій горі , Високий замок , Ґюстава Ейфеля вокзал , Петренко гора".split(" ");
    Span[] found = {new Span(1, 2, "PERSON", 0.6), new Span(4, 5, "PERSON"), new Span(7, 9, "PERSON"),
        new Span(11, 12, "PERSON")};
    Span[] out = SpanRules.landmarks(tokens, found, analyzer);
    // a genitive name and a surname agree with no place noun
    assertArrayEquals(new Span[] {new Span(1, 3, "LOCATION"), new Span(4, 6, "LOCATION"), found[2], found[3]}, out);
    assertEquals(0.6, out[0].getProb());
  }

  @Test
  void anAcademicDegreeIsAPost() {
    String[] tokens = ("кандидата філологічних наук Л . В . Орлової , канд . істор . наук , доктор наук ,"
        + " доктор фізико-математичних наук , доктор Петренко наук").split(" ");
    Span[] found = {new Span(3, 8, "PERSON"), new Span(18, 21, "ROLE")};
    Span[] out = SpanRules.academicDegrees(tokens, found);
    // not without a field, not over a name the model found, not across a capitalised word
    assertArrayEquals(new Span[] {new Span(0, 3, "ROLE"), found[0], new Span(9, 14, "ROLE"), found[1]}, out);
  }

  @Test
  void aNameAfterASettlementAbbreviationIsAPlace() {
    String[] tokens = ("в с . Ясногородка , смт . Димер , с . Нова Дофіновка , м . Києві ; 100 кв . м . Про це ;"
        + " 9 м . Роботи ; м . Тобто ; с . Гаврилівка").split(" ");
    Span[] found = {new Span(37, 38, "PERSON")};
    // not after a number or кв (metres), not before a function word, not over a name the model found
    assertArrayEquals(new Span[] {new Span(3, 4, "LOCATION"), new Span(7, 8, "LOCATION"), new Span(11, 13, "LOCATION"),
        new Span(16, 17, "LOCATION"), found[0]}, SpanRules.settlements(tokens, found, analyzer));
  }

  @Test
  void aPlaceGivesBackTheSettlementAbbreviationBeforeIt() {
    String[] tokens = "в с . Ясногородка і м . Києві , вул . Франка".split(" ");
    Span[] found = {new Span(1, 4, "LOCATION"), new Span(5, 8, "ORGANIZATION"), new Span(9, 12, "LOCATION")};
    assertArrayEquals(new Span[] {new Span(3, 4, "LOCATION"), found[1], found[2]},
        SpanRules.settlements(tokens, found, analyzer));
  }

  @Test
  void smtNeedsNoPointAndAnOrganisationAfterAnAbbreviationIsAPlace() {
    String[] tokens = "в смт Саврань ; в смт Володимерець Рівненської області ; фірми м . Києва ; 5 м . Рада".split(" ");
    Span[] found = {new Span(6, 9, "ORGANIZATION"), new Span(13, 14, "ORGANIZATION"), new Span(18, 19, "ORGANIZATION")};
    // the organisation after смт and after м. becomes a place; not where м. measures (5 м.)
    assertArrayEquals(new Span[] {new Span(2, 3, "LOCATION"), new Span(6, 9, "LOCATION"), new Span(13, 14, "LOCATION"),
        found[2]}, SpanRules.settlements(tokens, found, analyzer));
  }

  @Test
  void aPluralSurnameIsAFamilyNotAPlace() {
    String[] tokens = "і в Острозьких були ; водієм Анісімових ; в Карпатах ; у Шевченка ; до Потапенків".split(" ");
    Span[] found = {new Span(2, 3, "LOCATION"), new Span(6, 7, "LOCATION"), new Span(9, 10, "LOCATION"),
        new Span(12, 13, "LOCATION"), new Span(15, 16, "LOCATION")};
    // not a plural place name, not a surname in the singular; an unknown plural of a surname in -енко
    assertArrayEquals(new Span[] {new Span(2, 3, "PERSON"), new Span(6, 7, "PERSON"), found[2], found[3],
        new Span(15, 16, "PERSON")}, SpanRules.families(tokens, found, analyzer));
  }

  @Test
  void aPersonEndingInAPlaceNameOnlyIsAPlace() {
    String[] tokens = "у Петропавлівській Борщагівці , Ярослава Києва , Учителя з Назарету , Києву".split(" ");
    Span[] found = {new Span(1, 3, "PERSON"), new Span(4, 6, "PERSON"), new Span(7, 10, "PERSON"), new Span(11, 12, "PERSON")};
    // not after a first name, not across a lowercase word, not a one-word person
    assertArrayEquals(new Span[] {new Span(1, 3, "LOCATION"), found[1], found[2], found[3]},
        SpanRules.placesTakenForPeople(tokens, found, analyzer));
  }

  @Test
  void aRegionAfterAnUnmarkedLocalBodyIsItsName() {
    String[] tokens = ("слідчих прокуратури Донецької області , Хмільницької райради Вінницької області ,"
        + " рішення госпсуду Дніпропетровської обл . , суду Київської області").split(" ");
    Span[] found = {new Span(2, 4, "LOCATION"), new Span(7, 9, "LOCATION"), new Span(12, 14, "LOCATION"),
        new Span(17, 19, "LOCATION")};
    // not after a capitalised word (the body's own name), not after a body noun this rule does not know
    assertArrayEquals(new Span[] {new Span(1, 4, "ORGANIZATION"), found[1], new Span(11, 14, "ORGANIZATION"), found[3]},
        SpanRules.regionBodies(tokens, found));
  }

  @Test
  void aPersonsNameAfterAPlaceNounIsThatPlace() {
    String[] tokens = "у парку Герхта , на мості Патона , у парку Іван , в урочищі Горохова Діброва , вулиці Франка"
        .split(" ");
    Span[] found = {new Span(2, 3, "PERSON"), new Span(6, 7, "PERSON"), new Span(10, 11, "PERSON"),
        new Span(14, 16, "PERSON"), new Span(18, 19, "PERSON")};
    // not a nominative first name, not a nominative name, not after a street word (another rule's)
    assertArrayEquals(new Span[] {new Span(1, 3, "LOCATION"), new Span(5, 7, "LOCATION"), found[2], found[3], found[4]},
        SpanRules.landmarksNamedAfterPeople(tokens, found, analyzer));
  }

  @Test
  void anOrganisationTakesTheRegionOfItsBranch() {
    String[] tokens = ("ГУ ДФС у м . Києві ; СБУ у Волинській області ; Держгеокадастру в Львові ; фонду у Львівській"
        + " області та Києві ; ГУМВС України в Донецькій обл").split(" ");
    Span[] found = {new Span(0, 2, "ORGANIZATION"), new Span(5, 6, "LOCATION"), new Span(7, 8, "ORGANIZATION"),
        new Span(9, 11, "LOCATION"), new Span(12, 13, "ORGANIZATION"), new Span(14, 15, "LOCATION"),
        new Span(16, 17, "ROLE"), new Span(18, 20, "LOCATION"), new Span(21, 22, "LOCATION"),
        new Span(23, 25, "ORGANIZATION"), new Span(26, 28, "LOCATION")};
    // a city only after м. or місті; a post is no organisation; обл as області
    assertArrayEquals(new Span[] {new Span(0, 6, "ORGANIZATION"), new Span(7, 11, "ORGANIZATION"), found[4], found[5],
        found[6], found[7], found[8], new Span(23, 28, "ORGANIZATION")}, SpanRules.regionalBranches(tokens, found));
  }

  @Test
  void anOrganisationTakesThePlaceRightAfterIt() {
    String[] tokens = "Тендерної палати України і Києва , мерія у Києві".split(" ");
    Span[] found = {new Span(0, 2, "ORGANIZATION"), new Span(2, 3, "LOCATION"), new Span(4, 5, "LOCATION"),
        new Span(6, 7, "ORGANIZATION"), new Span(8, 9, "LOCATION")};
    assertArrayEquals(new Span[] {new Span(0, 3, "ORGANIZATION"), found[2], found[3], found[4]},
        SpanRules.regionalBranches(tokens, found));
  }

  @Test
  void aStateAfterALawIsPartOfItsTitle() {
    String[] tokens = "згідно з законам України , ст . 69 Повітряного кодексу України , законодавства України".split(" ");
    Span[] found = {new Span(3, 4, "LOCATION"), new Span(10, 11, "LOCATION"), new Span(13, 14, "LOCATION")};
    assertArrayEquals(new Span[] {found[2]}, SpanRules.lawTitles(tokens, found));
  }

  @Test
  void aDeputysPostTakesThePostAfterIt() {
    String[] tokens = "заступника головного лікаря , екс-заступник мера , бізнес-партнером депутата , Слідчий суддя"
        .split(" ");
    Span[] found = {new Span(0, 1, "ROLE"), new Span(1, 3, "ROLE"), new Span(4, 5, "ROLE"), new Span(5, 6, "ROLE"),
        new Span(7, 8, "ROLE"), new Span(8, 9, "ROLE"), new Span(10, 11, "ROLE"), new Span(11, 12, "ROLE")};
    assertArrayEquals(new Span[] {new Span(0, 3, "ROLE"), new Span(4, 6, "ROLE"), found[4], found[5], found[6], found[7]},
        SpanRules.mergeAdjacentRoles(tokens, found));
  }

  @Test
  void aPostTakesTheActingBeforeIt() {
    String[] tokens = "в . о . генерального директора , т . в . о . начальника , виконуючою обов’язки голови , в . директора"
        .split(" ");
    Span[] found = {new Span(4, 6, "ROLE"), new Span(13, 14, "ROLE"), new Span(17, 18, "ROLE"),
        new Span(21, 22, "ROLE")};
    assertArrayEquals(new Span[] {new Span(0, 6, "ROLE"), new Span(7, 14, "ROLE"), new Span(15, 18, "ROLE"), found[3]},
        SpanRules.actingPosts(tokens, found));
  }

  @Test
  void aPostIsSplitWhereASecondPostStartsAfterAConjunction() {
    String[] tokens = ("дільничного міліціонера та сільського лікаря , засновником і директором ,"
        + " учитель історії та російської мови , міністра молоді та спорту").split(" ");
    Span[] found = {new Span(0, 5, "ROLE", 0.8), new Span(6, 9, "ROLE"), new Span(10, 15, "ROLE"),
        new Span(16, 20, "ROLE")};
    Span[] out = SpanRules.splitCoordinatedPosts(tokens, found, analyzer);
    // not where the noun after the conjunction names no profession or person, or may be an adjective
    assertArrayEquals(new Span[] {new Span(0, 2, "ROLE"), new Span(3, 5, "ROLE"), new Span(6, 7, "ROLE"),
        new Span(8, 9, "ROLE"), found[2], found[3]}, out);
    assertEquals(0.8, out[1].getProb());
  }

  @Test
  void aOneWordPersonThatIsAnAbbreviationIsAnOrganisation() {
    String[] tokens = "у ЗакДУ , СЕТАМу , ОлександрЛаврінчук , Мак-Дональд , ДУ".split(" ");
    Span[] found = {new Span(1, 2, "PERSON", 0.4), new Span(3, 4, "PERSON"), new Span(5, 6, "PERSON"),
        new Span(7, 8, "PERSON"), new Span(9, 10, "PERSON")};
    // not two capitalised words run together, not a capital after a hyphen, not an all-caps word
    Span[] out = SpanRules.abbreviatedOrganisations(tokens, found);
    assertArrayEquals(new Span[] {new Span(1, 2, "ORGANIZATION"), new Span(3, 4, "ORGANIZATION"), found[2], found[3],
        found[4]}, out);
    assertEquals(0.4, out[0].getProb());
  }

  @Test
  void aPostWhoseHeadTakesTheGenitiveNounsAfterItTakesTheRestOfThem() {
    String[] tokens = ("заступник міністра внутрішніх справ , директор компанії , начальник відділу освіти ,"
        + " Начальник обласного управління лісового та мисливського господарства , заступник голови правління банку ,"
        + " начальник обласного").split(" ");
    Span[] found = {new Span(0, 2, "ROLE", 0.7), new Span(5, 6, "ROLE"), new Span(8, 10, "ROLE"), new Span(12, 15, "ROLE"),
        new Span(20, 22, "ROLE"), new Span(22, 24, "ORGANIZATION"), new Span(25, 27, "ROLE")};
    Span[] out = SpanRules.postChains(tokens, found, analyzer, Set.of("заступник", "начальник", "Начальник")::contains);
    // not a head that TRAIN's posts leave the nouns after (директор), not into the next name, not a post
    // ending on an adjective
    assertArrayEquals(new Span[] {new Span(0, 4, "ROLE"), found[1], new Span(8, 11, "ROLE"), new Span(12, 19, "ROLE"),
        found[4], found[5], found[6]}, out);
    assertEquals(0.7, out[0].getProb());
  }

  @Test
  void aOneWordNameInCapitalsThatTheDictionaryKnowsOnlyAsAPlaceIsAPlace() {
    String[] tokens = "у США , ДНР , СРСР , НАТО , ЄС , госпсуду АРК , Оаеє , посол ОАЕ".split(" ");
    Span[] found = {new Span(1, 2, "ORGANIZATION", 0.4), new Span(3, 4, "PERSON"), new Span(5, 6, "LOCATION"),
        new Span(7, 8, "ORGANIZATION"), new Span(9, 10, "ORGANIZATION"), new Span(11, 13, "ORGANIZATION"),
        new Span(14, 15, "ORGANIZATION"), new Span(16, 18, "ROLE")};
    // not an abbreviation of no place (НАТО, ЄС), not inside a longer name, not a word the dictionary lacks
    Span[] out = SpanRules.abbreviatedPlaces(tokens, found, analyzer);
    assertArrayEquals(new Span[] {new Span(1, 2, "LOCATION"), new Span(3, 4, "LOCATION"), found[2], found[3],
        found[4], found[5], found[6], found[7]}, out);
    assertEquals(0.4, out[0].getProb());
    // a Soviet republic, though the dictionary tags it no place; not a fund whose abbreviation ends alike
    String[] soviet = "в УСРР , РСФРР , УРСР , ДФРР".split(" ");
    Span[] orgs = {new Span(1, 2, "ORGANIZATION"), new Span(3, 4, "ORGANIZATION"), new Span(5, 6, "ORGANIZATION"),
        new Span(7, 8, "ORGANIZATION")};
    assertArrayEquals(new Span[] {new Span(1, 2, "LOCATION"), new Span(3, 4, "LOCATION"), new Span(5, 6, "LOCATION"),
        orgs[3]}, SpanRules.abbreviatedPlaces(soviet, orgs, analyzer));
  }

  @Test
  void aDocumentOrTheInternetIsNoOrganisation() {
    String[] tokens = ("Указом Президента , Державного Герба України , до Інтернету , Інтернет - асоціації України ,"
        + " Державний бюджет , Указом , Зборівський договір").split(" ");
    Span[] found = {new Span(0, 2, "ORGANIZATION"), new Span(3, 6, "ORGANIZATION"), new Span(8, 9, "ORGANIZATION"),
        new Span(10, 14, "ORGANIZATION"), new Span(15, 17, "ORGANIZATION"), new Span(18, 19, "PERSON"),
        new Span(20, 22, "LOCATION")};
    // not a compound that starts with such a word, not a person
    assertArrayEquals(new Span[] {found[3], found[5]}, SpanRules.documents(tokens, found, analyzer));
  }

  @Test
  void aBookOfReferenceIsNoOrganisation() {
    String[] tokens = "у « Шевченківській енциклопедії » , до Червоної книги України , у Книзі рекордів".split(" ");
    Span[] found = {new Span(2, 4, "ORGANIZATION"), new Span(7, 10, "ORGANIZATION"), new Span(12, 14, "LOCATION")};
    assertArrayEquals(new Span[] {}, SpanRules.documents(tokens, found, analyzer));
  }

  @Test
  void aPlaceThatClosesATitleIsNoPlace() {
    String text = "потрапив до Книги рекордів України , законом про Державний бюджет України , за законами"
        + " України , програми розвитку Києва . Книга рекордів України , Програма на 2013 рік у Києві , Указу"
        + " Президента України";
    String[] tokens = text.split(" ");
    int[] starts = starts(text, tokens);
    Span[] found = {new Span(4, 5, "LOCATION"), new Span(10, 11, "LOCATION"), new Span(14, 15, "LOCATION"),
        new Span(18, 19, "LOCATION"), new Span(22, 23, "LOCATION"), new Span(29, 30, "LOCATION"),
        new Span(33, 34, "ORGANIZATION")};
    // not after a lowercase title without a capitalised adjective, not at the start of a sentence, not
    // after a number, not an organisation
    assertArrayEquals(new Span[] {found[2], found[3], found[4], found[5], found[6]},
        SpanRules.placesClosingTitles(tokens, starts, ends(starts, tokens), found, analyzer));
  }

  @Test
  void aTitleMayOpenWithACompoundAdjectiveTheTokenizerSplit() {
    String text = "У рамках Загальнодержавної цільової науково-технічної космічної програми України, у рамках"
        + " Загальнодержавної цільової науково - технічної космічної програми України";
    String[] tokens = {"У", "рамках", "Загальнодержавної", "цільової", "науково", "-", "технічної", "космічної",
        "програми", "України", ",", "у", "рамках", "Загальнодержавної", "цільової", "науково", "-", "технічної",
        "космічної", "програми", "України"};
    int[] starts = starts(text, tokens);
    Span[] found = {new Span(9, 10, "LOCATION"), new Span(20, 21, "LOCATION")};
    // a dash between spaces joins no compound
    assertArrayEquals(new Span[] {found[1]},
        SpanRules.placesClosingTitles(tokens, starts, ends(starts, tokens), found, analyzer));
  }

  @Test
  void aProductIsNoOrganisation() {
    String[] tokens = ("автомобіля « Mitsubishi Pajero » , автівку марки Toyota Land Cruiser , компанія Toyota ,"
        + " Модель Nokia , автомобіль Петра").split(" ");
    Span[] found = {new Span(2, 4, "ORGANIZATION"), new Span(8, 11, "ORGANIZATION"), new Span(13, 14, "ORGANIZATION"),
        new Span(16, 17, "ORGANIZATION"), new Span(19, 20, "PERSON")};
    // not after a noun of no product, not after a capital (a name's word), not a person
    assertArrayEquals(new Span[] {found[2], found[3], found[4]}, SpanRules.products(tokens, found, analyzer));
  }

  @Test
  void aStateBodyIsNoPlace() {
    String[] tokens = "в Міненерговугілля , Мінфін , Нацполіції , до Мінська , у Національному парку , Мінфін".split(" ");
    Span[] found = {new Span(1, 2, "LOCATION", 0.6), new Span(3, 4, "LOCATION"), new Span(5, 6, "LOCATION"),
        new Span(8, 9, "LOCATION"), new Span(11, 13, "LOCATION"), new Span(14, 15, "PERSON")};
    Span[] out = SpanRules.stateBodies(tokens, found, analyzer);
    // not a place name (Мінськ), not an adjective, not a person
    assertArrayEquals(new Span[] {new Span(1, 2, "ORGANIZATION"), new Span(3, 4, "ORGANIZATION"),
        new Span(5, 6, "ORGANIZATION"), found[3], found[4], found[5]}, out);
    assertEquals(0.6, out[0].getProb());
  }

  @Test
  void aStateBodyTheModelLeftUnmarkedIsAnOrganisation() {
    String[] tokens = "розслідувань Міндоходів Луганської області , Нацбанк , Держави , Мінська , Держава".split(" ");
    Span[] found = {new Span(2, 4, "LOCATION")};
    // not a word the dictionary knows as a state or a place, nor one the model marked
    assertArrayEquals(new Span[] {new Span(1, 2, "ORGANIZATION"), found[0], new Span(5, 6, "ORGANIZATION")},
        SpanRules.stateBodies(tokens, found, analyzer));
  }

  @Test
  void anOrganisationIsSplitWhereASecondOneStarts() {
    String[] tokens = ("Міносвіти та Держстандарту України , Маневицького і Колківського лісгоспів , будівництва і ЖКГ ,"
        + " ГУ СБУ в м . Києві та Київській області , музеї Гуцульщини і Покуття , фірмою « Пукшин і Партнери »")
        .split(" ");
    Span[] found = {new Span(0, 4, "ORGANIZATION", 0.7), new Span(5, 9, "ORGANIZATION"), new Span(10, 13, "ORGANIZATION"),
        new Span(14, 23, "ORGANIZATION"), new Span(24, 28, "ORGANIZATION"), new Span(29, 34, "ORGANIZATION")};
    Span[] out = SpanRules.splitCoordinatedOrganisations(tokens, found, analyzer);
    // not after an adjective, not before an abbreviation, a region or a place name, not inside quotes
    assertArrayEquals(new Span[] {new Span(0, 1, "ORGANIZATION"), new Span(2, 4, "ORGANIZATION"), found[1], found[2],
        found[3], found[4], found[5]}, out);
    assertEquals(0.7, out[1].getProb());
  }

  @Test
  void anOrganisationIsSplitAtACommaBeforeACapitalisedWord() {
    String[] tokens = ("МЗС , ЦВК ; Подільська районна рада , Комунальне підприємство « Поділ , Інвест » ;"
        + " Кременчуцький , Дрогобицький і Надвірнянський НПЗ ; Ricondo & Associates , Inc . ; ради , будівництва")
        .split(" ");
    Span[] found = {new Span(0, 3, "ORGANIZATION", 0.7), new Span(4, 15, "ORGANIZATION"), new Span(16, 22, "ORGANIZATION"),
        new Span(23, 29, "ORGANIZATION"), new Span(30, 33, "ORGANIZATION")};
    Span[] out = SpanRules.splitCoordinatedOrganisations(tokens, found, analyzer);
    // not inside quotes, not after a word that can only be an adjective, not before a company form or a
    // lowercase word
    assertArrayEquals(new Span[] {new Span(0, 1, "ORGANIZATION"), new Span(2, 3, "ORGANIZATION"), new Span(4, 7, "ORGANIZATION"),
        new Span(8, 15, "ORGANIZATION"), found[2], found[3], found[4]}, out);
    assertEquals(0.7, out[1].getProb());
  }

  @Test
  void aNameEndingWithTwoInitialsTakesThePointAfterThem() {
    String[] tokens = "MAKO Trading S . A . , Смєшко І . П . ; БЮТ - Б . ; Іванов А . Б . Петров".split(" ");
    Span[] found = {new Span(0, 5, "ORGANIZATION", 0.7), new Span(7, 11, "PERSON"), new Span(13, 16, "ORGANIZATION"),
        new Span(18, 22, "PERSON"), new Span(23, 24, "PERSON")};
    Span[] out = SpanRules.initialPoints(tokens, found);
    // not after one capital letter of a hyphenated word
    assertArrayEquals(new Span[] {new Span(0, 6, "ORGANIZATION"), new Span(7, 12, "PERSON"), found[2],
        new Span(18, 23, "PERSON"), found[4]}, out);
    assertEquals(0.7, out[0].getProb());
  }

  @Test
  void aFeastIsNoPlace() {
    String[] tokens = "на Новий рік , до Купала , на Трійцю , у Різдвяній , Янка Купала".split(" ");
    Span[] found = {new Span(1, 3, "LOCATION"), new Span(5, 6, "LOCATION"), new Span(8, 9, "ORGANIZATION"),
        new Span(11, 12, "LOCATION"), new Span(13, 15, "PERSON")};
    assertArrayEquals(new Span[] {found[3], found[4]}, SpanRules.feasts(tokens, found));
  }

  @Test
  void aPlaceOrOrganisationNamingADayIsNoName() {
    String[] tokens = "до Дня Києва , з нагоди Дня юриста . Дня Києва , день Києва".split(" ");
    Span[] found = {new Span(2, 3, "LOCATION"), new Span(6, 8, "ORGANIZATION"), new Span(10, 11, "LOCATION"),
        new Span(13, 14, "LOCATION")};
    // not after a day that opens the sentence (a capital that says nothing), nor after a lowercase one
    assertArrayEquals(new Span[] {found[2], found[3]}, SpanRules.feasts(tokens, found));
  }

  @Test
  void aWordKnownOnlyAsAPlaceNameIsAPlace() {
    String[] tokens = ("Дунай , сага . Україна рослинна , законам України , Міністерства України , « Червоної книги України » ,"
        + " гроші . Львів » , Варшаву , Петро , до Києва , у Вітебську губернію , на Трійцю").split(" ");
    Span[] found = {new Span(24, 25, "ORGANIZATION")};
    // not after a law, not next to a capitalised word, not inside quotes (also one opened before the
    // window), not over a name the model found, not a first name, an adjective alone or a feast; a
    // common reading (кий: київ) counts only where a capital may start a sentence; the adjective with
    // its state noun is a place of its own
    assertArrayEquals(new Span[] {new Span(0, 1, "LOCATION"), new Span(4, 5, "LOCATION"), found[0],
        new Span(29, 30, "LOCATION"), new Span(32, 34, "LOCATION")}, SpanRules.placeNames(tokens, found, analyzer));
    // after an agreeing capitalised adjective mid-sentence, which the place then takes in
    String[] adjective = "до Східна Україна , у Білій Церкві , Нова . Каховка".split(" ");
    Span[] places = SpanRules.placeNames(adjective, new Span[0], analyzer);
    assertArrayEquals(new Span[] {new Span(2, 3, "LOCATION")}, places);
    assertArrayEquals(new Span[] {new Span(1, 3, "LOCATION")}, SpanRules.leadingAdjectives(adjective, places, analyzer));
  }

  @Test
  void aCapitalisedAdjectiveAndAStateNounAreAPlace() {
    String[] tokens = ("в Російській імперії , розпаду Радянського Союзу , Ltd ( Сполучене королівство ) ,"
        + " Героїв Радянського Союзу , Автономної Республіки Крим , Нова держава , « Нова держава » , Нову державу ,"
        + " у Сполучених Штатах").split(" ");
    Span[] found = {new Span(30, 32, "ORGANIZATION")};
    // not inside a longer capitalised name, not in quotes, not over a name the model found
    assertArrayEquals(new Span[] {new Span(1, 3, "LOCATION"), new Span(5, 7, "LOCATION"), new Span(10, 12, "LOCATION"),
        new Span(22, 24, "LOCATION"), found[0], new Span(34, 36, "LOCATION")},
        SpanRules.placeNames(tokens, found, analyzer));
    // a landmark named by a capitalised adjective, not another noun
    String[] landmarks = "на Андріївський узвіз , у Стрийському парку , на Зеленому полі".split(" ");
    assertArrayEquals(new Span[] {new Span(1, 3, "LOCATION"), new Span(5, 7, "LOCATION")},
        SpanRules.placeNames(landmarks, new Span[0], analyzer));
    // a capitalised cardinal point mid-sentence, not at the start of a sentence or in quotes
    String[] points = "на Заході , Півдня та Сходу , « Агролеон Захід » . Захід".split(" ");
    assertArrayEquals(new Span[] {new Span(1, 2, "LOCATION"), new Span(3, 4, "LOCATION"), new Span(5, 6, "LOCATION")},
        SpanRules.placeNames(points, new Span[0], analyzer));
    // not where a capital may start the sentence
    for (String sentence : new String[] {"Нова держава постала", "— Нова держава постала", "Захід відбувся"}) {
      assertArrayEquals(new Span[0], SpanRules.placeNames(sentence.split(" "), new Span[0], analyzer));
    }
  }

  @Test
  void aRegionTakesTheAbbreviationObl() {
    String[] tokens = "( Мирноград , Донецька обл . ) і ( Червоноград , Львівська обл . )".split(" ");
    Span[] found = {new Span(1, 2, "LOCATION"), new Span(3, 4, "LOCATION"), new Span(9, 10, "LOCATION"),
        new Span(11, 14, "LOCATION")};
    assertArrayEquals(new Span[] {found[0], new Span(3, 5, "LOCATION"), found[2], new Span(11, 13, "LOCATION")},
        SpanRules.regionAbbreviations(tokens, found));
  }

  @Test
  void crimeaTakesTheAutonomousRepublicBeforeIt() {
    String[] tokens = "Луганська обл . , АР Крим ; в АР Криму ; АР Київ".split(" ");
    Span[] found = {new Span(0, 2, "LOCATION"), new Span(5, 6, "LOCATION"), new Span(8, 9, "ORGANIZATION"),
        new Span(9, 10, "LOCATION"), new Span(12, 13, "LOCATION")};
    // not over a name before it, not before a name other than Крим
    assertArrayEquals(new Span[] {found[0], new Span(4, 6, "LOCATION"), found[2], found[3], found[4]},
        SpanRules.regionAbbreviations(tokens, found));
  }

  @Test
  void aPlaceOfTwoAdjectivesIsTwoPlaces() {
    String[] tokens = "Одеська , Чернігівська Сумська й Харківська області ; Верхня Рада ; Нижній Дунай".split(" ");
    Span[] found = {new Span(0, 1, "LOCATION"), new Span(2, 4, "LOCATION"), new Span(8, 10, "LOCATION"),
        new Span(11, 13, "LOCATION")};
    // not where a word may be a noun (Рада, Дунай)
    assertArrayEquals(new Span[] {found[0], new Span(2, 3, "LOCATION"), new Span(3, 4, "LOCATION"), found[2], found[3]},
        SpanRules.splitAdjectivePairs(tokens, found, analyzer));
  }

  @Test
  void aPlaceBeforeACouncilIsTheCouncil() {
    String[] tokens = ("Зеленодольської міської ради Апостолівського району ; Київ міської ради ; Глибоцької сільської"
        + " ради ; Львівська обласна рада").split(" ");
    Span[] found = {new Span(0, 1, "LOCATION"), new Span(6, 7, "LOCATION"), new Span(10, 11, "LOCATION"),
        new Span(11, 13, "ORGANIZATION"), new Span(14, 15, "LOCATION")};
    // not after a noun (Київ), not over a name after it
    assertArrayEquals(new Span[] {new Span(0, 3, "ORGANIZATION"), found[1], found[2], found[3], new Span(14, 17, "ORGANIZATION")},
        SpanRules.councils(tokens, found, analyzer));
  }

  @Test
  void aPlaceEndingInALocalForceIsAnOrganisation() {
    String[] tokens = "Івано-Франківська поліція розслідує ; Київська мерія ; Київ поліція ; Київська область".split(" ");
    Span[] found = {new Span(0, 2, "LOCATION"), new Span(4, 6, "LOCATION"), new Span(7, 9, "LOCATION"),
        new Span(10, 12, "LOCATION")};
    // not after a noun, not a region
    assertArrayEquals(new Span[] {new Span(0, 2, "ORGANIZATION"), new Span(4, 6, "ORGANIZATION"), found[2], found[3]},
        SpanRules.localForces(tokens, found, analyzer));
  }

  @Test
  void aPlaceSplitsWhereTwoAdjectivesShareNoCase() {
    String[] tokens = "по вул . Зеленодольська Зеленодольської міської ради , в Об'єднаних Арабських Еміратах".split(" ");
    Span[] found = {new Span(1, 5, "LOCATION"), new Span(10, 13, "LOCATION")};
    // not where they agree (Об'єднаних Арабських)
    assertArrayEquals(new Span[] {new Span(1, 4, "LOCATION"), new Span(4, 5, "LOCATION"), found[1]},
        SpanRules.splitAdjectivePairs(tokens, found, analyzer));
  }

  @Test
  void aPlaceInTownTakesItsNoun() {
    String[] tokens = "три роки майдану Тахрір , на площі Таксим , річки Полтви , міст України , на майдані Незалежності".split(" ");
    Span[] found = {new Span(3, 4, "LOCATION"), new Span(7, 8, "LOCATION"), new Span(10, 11, "LOCATION"),
        new Span(13, 14, "LOCATION"), new Span(16, 18, "LOCATION")};
    // not a river, not міст (also of місто), not a place that already holds its noun
    assertArrayEquals(new Span[] {new Span(2, 4, "LOCATION"), new Span(6, 8, "LOCATION"), found[2], found[3], found[4]},
        SpanRules.townLandmarks(tokens, found, analyzer));
  }

  @Test
  void anAcronymOfLowercaseWordsIsNoName() {
    String[] tokens = ("виконує науково-дослідну роботу ( НДР ) ; науково - дослідну роботу ( НДР ) ;"
        + " Російської академії наук ( РАН ) ; технічні умови ( ТУ ) ; роботу ( НДР )").split(" ");
    Span[] found = {new Span(4, 5, "LOCATION"), new Span(12, 13, "LOCATION"), new Span(19, 20, "ORGANIZATION"),
        new Span(25, 26, "ORGANIZATION"), new Span(30, 31, "LOCATION")};
    // a split hyphenated word counts by its parts; not after capitalised words, not where the words spell less
    assertArrayEquals(new Span[] {found[2], found[4]}, SpanRules.commonAcronyms(tokens, found));
  }

  @Test
  void aHouseNumberFollowedByABracketOrAWordOfNoTimeJoinsTheStreet() {
    String[] tokens = "на вул . Хрещатик , 30 ( на час ) ; на пл . Корятовича , 13 орендується ; області , 21 грудня".split(" ");
    Span[] found = {new Span(3, 4, "LOCATION", 0.7), new Span(14, 15, "LOCATION"), new Span(19, 20, "LOCATION")};
    assertArrayEquals(new Span[] {new Span(1, 6, "LOCATION"), new Span(12, 17, "LOCATION"), found[2]},
        SpanRules.addresses(tokens, found, analyzer));
  }

  @Test
  void aNumberThatIsNotAHouseNumberStaysOut() {
    // a share, a date, a name of another type: none is part of the place
    String[] tokens = {"Кіпр", ",", "36", "%", ";", "Києві", ",", "5", "березня", ";", "Львів", ",", "12", "ТОВ"};
    Span[] found = {new Span(0, 1, "LOCATION"), new Span(5, 6, "LOCATION"), new Span(10, 11, "LOCATION"),
        new Span(13, 14, "ORGANIZATION")};
    assertArrayEquals(found, SpanRules.addresses(tokens, found, analyzer));
    Span[] person = {new Span(1, 2, "PERSON")};
    assertArrayEquals(person, SpanRules.addresses(new String[] {"вулиці", "Шевченка", ",", "28"}, person, analyzer));
  }

  @Test
  void joinsALoneFirstNameCoordinatedWithAFullName() {
    String[] tokens = "власники Микола та Лариса Онули , а також Абрезков та Олег Стальчук".split(" ");
    Span[] found = {new Span(1, 2, "PERSON", 0.9), new Span(3, 5, "PERSON", 0.8), new Span(8, 9, "PERSON"),
        new Span(10, 12, "PERSON")};
    Span[] out = SpanRules.joinCoordinatedFirstNames(tokens, found, analyzer);
    assertArrayEquals(new Span[] {new Span(1, 5, "PERSON"), new Span(8, 9, "PERSON"), new Span(10, 12, "PERSON")}, out);
    assertEquals(0.8, out[0].getProb(), 1e-9);
  }

  @Test
  void aPersonTakesTheRegnalNumberAfterIt() {
    String[] tokens = {"прихильників", "Катерини", "II", "і", "Зиґмунта", "III", "."};
    Span[] found = {new Span(1, 2, "PERSON"), new Span(4, 5, "PERSON")};
    assertArrayEquals(new Span[] {new Span(1, 3, "PERSON"), new Span(4, 6, "PERSON")},
        SpanRules.regnalNumbers(tokens, found));
    Span[] place = {new Span(0, 1, "LOCATION")};
    assertArrayEquals(place, SpanRules.regnalNumbers(new String[] {"Київ", "II"}, place));
    // the Cyrillic І and Х of Ukrainian texts, not the Cyrillic В (a preposition)
    String[] cyrillic = {"Франц", "Йосиф", "І", ",", "Карл", "ХІІ", ",", "Іван", "В"};
    Span[] people = {new Span(0, 2, "PERSON"), new Span(4, 5, "PERSON"), new Span(7, 8, "PERSON")};
    assertArrayEquals(new Span[] {new Span(0, 3, "PERSON"), new Span(4, 6, "PERSON"), people[2]},
        SpanRules.regnalNumbers(cyrillic, people));
  }

  @Test
  void joinsPlacesCoordinatedBeforeOnePluralNoun() {
    String[] tokens = "учасників з Хмельницької , Тернопільської та Чернівецької областей і Києва , Львова".split(" ");
    Span[] found = {new Span(2, 3, "LOCATION", 0.9), new Span(4, 5, "LOCATION", 0.7), new Span(6, 8, "LOCATION", 0.8),
        new Span(9, 10, "LOCATION"), new Span(11, 12, "LOCATION")};
    Span[] out = SpanRules.joinCoordinatedPlaces(tokens, found);
    assertArrayEquals(new Span[] {new Span(2, 8, "LOCATION"), new Span(9, 10, "LOCATION"), new Span(11, 12, "LOCATION")},
        out);
    assertEquals(0.7, out[0].getProb(), 1e-9);
    // a singular noun names one place: Києві та Київській області stay two
    String[] one = "у Києві та Київській області".split(" ");
    Span[] two = {new Span(1, 2, "LOCATION"), new Span(3, 5, "LOCATION")};
    assertArrayEquals(two, SpanRules.joinCoordinatedPlaces(one, two));
    String[] seas = "акваторії Чорного та Азовського морів".split(" ");
    assertArrayEquals(new Span[] {new Span(1, 5, "LOCATION")},
        SpanRules.joinCoordinatedPlaces(seas, new Span[] {new Span(1, 2, "LOCATION"), new Span(3, 5, "LOCATION")}));
  }

  @Test
  void dropsNamesInsideTheTitleOfALegalAct() {
    String[] tokens = "згідно із Законом України « Про статус міста Києва в Україні » , який ухвалила Верховна Рада"
        .split(" ");
    Span[] found = {new Span(3, 4, "LOCATION"), new Span(8, 9, "LOCATION"), new Span(10, 11, "LOCATION"),
        new Span(15, 17, "ORGANIZATION")};
    assertArrayEquals(new Span[] {new Span(3, 4, "LOCATION"), new Span(15, 17, "ORGANIZATION")},
        SpanRules.actTitles(tokens, found));
    // not after a word naming an act, or with a quote inside the title: the names stay
    String[] song = "пісня « Про Київ »".split(" ");
    Span[] kyiv = {new Span(3, 4, "LOCATION")};
    assertArrayEquals(kyiv, SpanRules.actTitles(song, kyiv));
    String[] nested = "рішення « Про вихід із засновників газети « Вісті Полісся » »".split(" ");
    Span[] paper = {new Span(8, 10, "ORGANIZATION")};
    assertArrayEquals(paper, SpanRules.actTitles(nested, paper));
  }

  @Test
  void joinsCapitalisedAdjectivesCoordinatedBeforeAnOrganisation() {
    String[] tokens = "ремонт на Бурштинській , Ладижинській і Трипільській ТЕС".split(" ");
    Span[] found = {new Span(2, 3, "LOCATION", 0.6), new Span(4, 5, "ORGANIZATION", 0.9),
        new Span(6, 8, "ORGANIZATION", 0.8)};
    Span[] out = SpanRules.joinCoordinatedAdjectives(tokens, found, analyzer);
    assertArrayEquals(new Span[] {new Span(2, 8, "ORGANIZATION")}, out);
    assertEquals(0.6, out[0].getProb(), 1e-9);
    // the last name must be an organisation starting with an adjective in the same case
    String[] place = "у Київській і Житомирській області".split(" ");
    Span[] places = {new Span(1, 2, "LOCATION"), new Span(3, 5, "LOCATION")};
    assertArrayEquals(places, SpanRules.joinCoordinatedAdjectives(place, places, analyzer));
    String[] cases = "з Харківським і Одеська облрада".split(" ");
    Span[] mismatch = {new Span(1, 2, "ORGANIZATION"), new Span(3, 5, "ORGANIZATION")};
    assertArrayEquals(mismatch, SpanRules.joinCoordinatedAdjectives(cases, mismatch, analyzer));
    String[] noun = "до Києва і Одеського НПЗ".split(" ");
    Span[] nouns = {new Span(1, 2, "LOCATION"), new Span(3, 5, "ORGANIZATION")};
    assertArrayEquals(nouns, SpanRules.joinCoordinatedAdjectives(noun, nouns, analyzer));
  }

  @Test
  void aPlaceTakesTheCapitalisedAdjectiveBeforeIt() {
    String[] tokens = "підтоплення села Мала Костромка . Велика Британія і Це Київ".split(" ");
    Span[] found = {new Span(3, 4, "LOCATION"), new Span(6, 7, "LOCATION"), new Span(9, 10, "LOCATION")};
    // after a full stop the capital may only start the sentence; a pronoun is not part of the name
    assertArrayEquals(new Span[] {new Span(2, 4, "LOCATION"), new Span(6, 7, "LOCATION"), new Span(9, 10, "LOCATION")},
        SpanRules.leadingAdjectives(tokens, found, analyzer));
  }

  @Test
  void aNameEndsBeforeAVerbOutsideItsQuotes() {
    String[] tokens = "на вул . Авіаторів володіє 7 сотками , театр з трупою й мав успіх".split(" ");
    Span[] found = {new Span(1, 7, "LOCATION", 0.6), new Span(8, 13, "ORGANIZATION")};
    assertArrayEquals(new Span[] {new Span(1, 4, "LOCATION"), new Span(8, 11, "ORGANIZATION")},
        SpanRules.cutRunOns(tokens, found, analyzer));
    // inside quotes a verb is part of the title
    String[] quoted = "ГО « Дивись і думай » повідомила".split(" ");
    Span[] name = {new Span(0, 6, "ORGANIZATION")};
    assertArrayEquals(name, SpanRules.cutRunOns(quoted, name, analyzer));
    // a dash or a conjunction never ends a name; "ради" is a noun here, not the preposition
    String[] dash = "Фонду гарантування — та Верховної Ради".split(" ");
    Span[] two = {new Span(0, 4, "ORGANIZATION"), new Span(4, 6, "ORGANIZATION")};
    assertArrayEquals(new Span[] {new Span(0, 2, "ORGANIZATION"), new Span(4, 6, "ORGANIZATION")},
        SpanRules.cutRunOns(dash, two, analyzer));
    // a preposition before a number or a time word starts what the name is not
    String[] runOn = "Міністерство за 50 ; службою автомобільних доріг у грудні ; Комітет з питань бюджету".split(" ");
    Span[] three = {new Span(0, 3, "ORGANIZATION"), new Span(4, 9, "ORGANIZATION"), new Span(10, 14, "ORGANIZATION")};
    assertArrayEquals(new Span[] {new Span(0, 1, "ORGANIZATION"), new Span(4, 7, "ORGANIZATION"),
        new Span(10, 14, "ORGANIZATION")}, SpanRules.cutRunOns(runOn, three, analyzer));
    // a comma and a conjunction end a name; a comma alone does not (розвитку, будівництва та ЖКГ)
    String[] listed = "в . о . директора , і т . в . о . начальника ; міністра розвитку , будівництва та ЖКГ".split(" ");
    Span[] posts = {new Span(0, 14, "ROLE"), new Span(15, 21, "ROLE")};
    assertArrayEquals(new Span[] {new Span(0, 5, "ROLE"), posts[1]}, SpanRules.cutRunOns(listed, posts, analyzer));
  }
}
