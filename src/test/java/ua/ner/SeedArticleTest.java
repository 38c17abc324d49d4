package ua.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The article the project started from ({@code seeds/}), run through the bundled models: what a user
 * sees on the first try. The expectations name what the article says; the finding comes from the
 * trained model and the dictionary.
 */
class SeedArticleTest {

  private static String text;
  private static List<Entity> entities;

  @BeforeAll
  static void extract() throws IOException {
    text = Files.readString(Path.of("seeds/000_6eac95132f65cda0.txt"), StandardCharsets.UTF_8);
    entities = TestExtractor.get().extractEntities(text);
  }

  @Test
  void everyOffsetMatchesItsText() {
    assertTrue(entities.size() > 10, "entities: " + entities);
    for (Entity e : entities) {
      assertEquals(e.text(), text.substring(e.start(), e.end()), e.toString());
    }
  }

  @Test
  void findsThePeople() {
    for (String name : List.of("Стівен Віткофф", "Джаред Кушнер", "Андрій Гнатов", "Зеленський")) {
      assertTrue(has(EntityType.PERSON, name), name + " not found as PERSON in " + entities);
    }
  }

  @Test
  void findsEveryMentionOfUmerov() {
    Matcher m = Pattern.compile("(Рустем\\p{L}* )?Умєров\\p{L}*").matcher(text);
    int mentions = 0;
    while (m.find()) {
      mentions++;
      int start = m.start();
      int end = m.end();
      assertTrue(entities.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.start() <= start && e.end() >= end),
          "mention at " + start + " (" + m.group() + ") not covered by a PERSON: " + entities);
    }
    assertEquals(6, mentions);
  }

  @Test
  void findsTheRoles() {
    for (String role : List.of("посланник", "секретар", "начальник")) {
      assertTrue(entities.stream().anyMatch(e -> e.type() == EntityType.ROLE && e.text().toLowerCase().contains(role)),
          role + " not found as ROLE in " + entities);
    }
  }

  @Test
  void findsTheNationalSecurityCouncil() {
    assertTrue(has(EntityType.ORGANIZATION, "Ради національної безпеки і оборони України"), entities.toString());
  }

  private static boolean has(EntityType type, String surface) {
    return entities.stream().anyMatch(e -> e.type() == type && e.text().equals(surface));
  }
}
