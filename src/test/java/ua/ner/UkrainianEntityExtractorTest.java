package ua.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UkrainianEntityExtractorTest {

  private final UkrainianEntityExtractor extractor = TestExtractor.get();

  @Test
  void rejectsNullWithAMessage() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> extractor.extractEntities(null));
    assertTrue(e.getMessage().contains("text"));
  }

  @Test
  void returnsNothingForEmptyOrBlankText() {
    assertEquals(List.of(), extractor.extractEntities(""));
    assertEquals(List.of(), extractor.extractEntities(" \n\t \r\n "));
  }

  @Test
  void findsPeopleRolesAndPlacesInASentence() {
    String text = "Заяву зробив президент України Володимир Зеленський у Львові.";
    List<Entity> entities = extractor.extractEntities(text);
    assertTrue(entities.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.text().equals("Володимир Зеленський")),
        entities.toString());
    assertTrue(entities.stream().anyMatch(e -> e.type() == EntityType.LOCATION && e.text().equals("Львові")),
        entities.toString());
    assertTrue(entities.stream().anyMatch(e -> e.type() == EntityType.ROLE && e.text().startsWith("президент")),
        entities.toString());
  }

  @Test
  void givesTheLemmaOfSingleWordEntities() {
    List<Entity> entities = extractor.extractEntities("Учора делегація повернулася зі Львова до Києва.");
    Entity kyiv = entities.stream().filter(e -> e.text().equals("Києва")).findFirst().orElseThrow();
    assertEquals("Київ", kyiv.normalized());
  }

  @Test
  void returnsImmutableListsInTextOrderWithValidValues() {
    String text = "Джаред Кушнер і Стівен Віткофф зустрілися в Женеві з Рустемом Умєровим.";
    List<Entity> entities = extractor.extractEntities(text);
    assertThrows(UnsupportedOperationException.class, () -> entities.add(entities.get(0)));
    int last = -1;
    for (Entity e : entities) {
      assertTrue(e.start() >= last, "not in text order: " + entities);
      last = e.end();
      assertEquals(e.text(), text.substring(e.start(), e.end()));
      assertTrue(e.confidence() >= 0 && e.confidence() <= 1, e.toString());
    }
  }

  @Test
  void aPostTheTrainingTextsNeverMarkIsNoRoleButStaysThePersonsPost() {
    // NER-UK leaves тренер unmarked in all its TRAIN occurrences (the model's post-marking counts)
    Document doc = extractor.analyze("Тоді тренер Вісенте Боске зупинив гру, а секретар РНБО Рустем Умєров вийшов.");
    List<String> roles = doc.entities().stream().filter(e -> e.type() == EntityType.ROLE).map(Entity::text).toList();
    assertEquals(List.of("секретар"), roles);
    Person coach = doc.persons().stream().filter(p -> p.name().contains("Вісенте")).findFirst().orElseThrow();
    assertEquals(List.of("тренер"), coach.roles().stream().map(Role::title).toList());
  }

  @Test
  void findsNoNameInALongRunOfQuotes() {
    String text = "«".repeat(250) + "Київ" + "»".repeat(250);
    List<Entity> entities = extractor.extractEntities(text);
    assertEquals(List.of("Київ"), entities.stream().map(Entity::text).toList());
    assertEquals(250, entities.get(0).start());
  }

  @Test
  void givesTheSameResultsFromManyThreads() throws Exception {
    List<String> texts = List.of(
        "Секретар РНБО Рустем Умєров провів зустріч у Києві.",
        "Начальник Генерального штабу ЗСУ генерал Андрій Гнатов доповів Президенту.",
        "Прем'єр-міністр Юлія Свириденко відвідала Харків і Дніпро.",
        "Посланник США Стівен Віткофф прибув до Москви.");
    List<List<Entity>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(extractor.extractEntities(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int k = i % texts.size();
        results.add(pool.submit(() -> extractor.extractEntities(texts.get(k)).equals(expected.get(k))));
      }
      for (Future<Boolean> r : results) {
        assertTrue(r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void staysUsableAfterClose() {
    UkrainianEntityExtractor own = UkrainianEntityExtractor.create();
    List<Entity> before = own.extractEntities("Рустем Умєров прибув до Києва.");
    own.close();
    assertEquals(before, own.extractEntities("Рустем Умєров прибув до Києва."));
  }

  @Test
  void failsWithTheNameOfACorruptModel(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ner-uk.bin"), "not a model");
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> UkrainianEntityExtractor.create(dir));
    assertTrue(e.getMessage().contains("ner-uk.bin"), e.getMessage());
    assertTrue(e.resource().endsWith("ner-uk.bin"));
  }

  @Test
  void validatesEntityValues() {
    assertThrows(IllegalArgumentException.class, () -> new Entity(EntityType.PERSON, "Київ", 5, 3, "Київ", 1));
    assertThrows(IllegalArgumentException.class, () -> new Entity(EntityType.PERSON, "Київ", 0, 3, "Київ", 1));
    assertThrows(IllegalArgumentException.class, () -> new Entity(EntityType.PERSON, "Київ", 0, 4, "Київ", 1.5));
    assertThrows(NullPointerException.class, () -> new Entity(null, "Київ", 0, 4, "Київ", 1));
  }
}
