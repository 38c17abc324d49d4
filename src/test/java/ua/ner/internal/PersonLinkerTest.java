package ua.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ua.ner.Document;
import ua.ner.Person;
import ua.ner.Role;
import ua.ner.UkrainianEntityExtractor;
import ua.ner.internal.morph.MorphTag;

/** Clustering and post patterns on sentences written for the tests. */
class PersonLinkerTest {

  private static final UkrainianEntityExtractor EXTRACTOR = UkrainianEntityExtractor.create();

  private static List<Person> persons(String text) {
    Document d = EXTRACTOR.analyze(text);
    return d.persons();
  }

  @Test
  void keepsPeopleWithTheSameSurnameApart() {
    List<Person> persons = persons("Микола Онул і Лариса Онул прийшли на засідання. Лариса Онул виступила першою.");
    assertEquals(2, persons.size(), persons.toString());
    assertEquals(1, persons.get(0).mentions().size());
    assertEquals(2, persons.get(1).mentions().size());
  }

  @Test
  void joinsCaseFormsOfTheSameSurname() {
    List<Person> persons = persons("Андрій Гнатов провів нараду. Після наради Гнатова запросили до Києва.");
    assertEquals(1, persons.size(), persons.toString());
    assertEquals("Андрій Гнатов", persons.get(0).name());
    assertEquals("Гнатов", persons.get(0).mentions().get(1).normalized());
  }

  @Test
  void findsThePostAfterTheNameAndTheComma() {
    List<Person> persons = persons("На зустріч прийшов Іван Петренко, директор компанії «Альфа».");
    Person p = persons.get(0);
    assertTrue(p.roles().stream().anyMatch(r -> r.title().equals("директор")), p.roles().toString());
  }

  @Test
  void aCandidacyIsNoPost() {
    List<Person> persons = persons("Мер особисто підтримував кандидатуру Івана Пецуха.");
    assertEquals(1, persons.size(), persons.toString());
    assertTrue(persons.get(0).roles().isEmpty(), persons.get(0).roles().toString());
  }

  @Test
  void guessesTheNominativeOfNamesTheDictionaryLacks() {
    assertEquals("Віткофф", PersonNames.guessNominative("Віткоффа", MorphTag.V_ROD | MorphTag.MASC));
    assertEquals("Гнатов", PersonNames.guessNominative("Гнатовим", MorphTag.V_ORU | MorphTag.MASC));
    assertEquals("Гнатова", PersonNames.guessNominative("Гнатовою", MorphTag.V_ORU | MorphTag.FEM));
    assertEquals("Шмигаль", PersonNames.guessNominative("Шмигаля", MorphTag.V_ROD | MorphTag.MASC));
    assertEquals("Зеленський", PersonNames.guessNominative("Зеленського", MorphTag.V_ROD | MorphTag.MASC));
    assertEquals("Мей", PersonNames.guessNominative("Мей", MorphTag.V_ROD | MorphTag.FEM));
  }

  @Test
  void roleValuesAreValidated() {
    assertThrowsNpe(() -> new Role(null, null, "x"));
  }

  private static void assertThrowsNpe(Runnable r) {
    org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, r::run);
  }
}
