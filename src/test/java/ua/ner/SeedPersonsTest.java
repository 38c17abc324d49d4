package ua.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The people of the seed article, their mentions and posts, as {@link UkrainianEntityExtractor#analyze} gives them. */
class SeedPersonsTest {

  private static Document doc;

  @BeforeAll
  static void analyze() throws IOException {
    doc = TestExtractor.get().analyze(Files.readString(Path.of("seeds/000_6eac95132f65cda0.txt"), StandardCharsets.UTF_8));
  }

  private static Person person(String lastName) {
    List<Person> found = doc.persons().stream().filter(p -> lastName.equals(p.lastName())).toList();
    assertEquals(1, found.size(), "one person named " + lastName + " in " + doc.persons());
    return found.get(0);
  }

  @Test
  void umerovIsOnePersonWithAllSixMentions() {
    Person p = person("Умєров");
    assertEquals("Рустем Умєров", p.name());
    assertEquals("Рустем", p.firstName());
    assertNull(p.patronymic());
    assertEquals(6, p.mentions().size());
    assertTrue(p.roles().contains(new Role("секретар", "Рада національної безпеки і оборони України",
        "секретар Ради національної безпеки і оборони України")), p.roles().toString());
    assertTrue(p.roles().stream().anyMatch(r -> r.title().equals("голова") && "української делегації".equals(r.organization())),
        p.roles().toString());
  }

  @Test
  void witkoffIsTheSpecialEnvoyOfTheUsAndKushnerHasNoPost() {
    Person witkoff = person("Віткофф");
    assertEquals("Стівен Віткофф", witkoff.name());
    assertEquals(List.of(new Role("спеціальний посланник", "США", "Спеціальний посланник США")), witkoff.roles());
    Person kushner = person("Кушнер");
    assertEquals("Джаред", kushner.firstName());
    assertEquals(List.of(), kushner.roles());
  }

  @Test
  void hnatovIsChiefOfTheGeneralStaffAndAGeneral() {
    Person p = person("Гнатов");
    assertEquals("Андрій Гнатов", p.name());
    assertTrue(p.roles().stream().anyMatch(r -> r.title().equals("начальник") && "Генеральний штаб ЗСУ".equals(r.organization())),
        p.roles().toString());
    assertTrue(p.roles().stream().anyMatch(r -> r.title().equals("генерал")), p.roles().toString());
  }

  @Test
  void zelenskyHasNoPostAndEveryPersonMentionBelongsToOnePerson() {
    assertEquals(List.of(), person("Зеленський").roles());
    assertEquals(5, doc.persons().size(), doc.persons().toString());
    long personEntities = doc.entities().stream().filter(e -> e.type() == EntityType.PERSON).count();
    assertEquals(personEntities, doc.persons().stream().mapToLong(p -> p.mentions().size()).sum());
  }

  @Test
  void normalizesTheEntitiesToTheNominative() {
    assertTrue(doc.entities().stream().anyMatch(e -> e.text().equals("Рустема Умєрова") && e.normalized().equals("Рустем Умєров")));
    assertTrue(doc.entities().stream().anyMatch(e -> e.text().equals("Генерального штабу ЗСУ")
        && e.normalized().equals("Генеральний штаб ЗСУ")));
    assertTrue(doc.entities().stream().anyMatch(e -> e.text().equals("Сполученими Штатами Америки")
        && e.normalized().equals("Сполучені Штати Америки")));
    assertTrue(doc.entities().stream().anyMatch(e -> e.text().equals("секретаря") && e.normalized().equals("секретар")));
  }
}
