package ua.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the extractor with Jazzer. In {@code mvn verify} this runs the stored
 * inputs in {@code src/test/resources/ua/ner/ExtractorFuzzTestInputs/} (regression mode); to fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ExtractorFuzzTest} (see the README).
 */
class ExtractorFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void extractEntitiesKeepsOffsetsTrue(byte[] data) {
    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    Document doc = TestExtractor.get().analyze(text);
    check(text, doc);
  }

  static void check(String text, Document doc) {
    assertNotNull(doc.entities());
    int last = 0;
    for (Entity e : doc.entities()) {
      // messages are built lazily: a long text has hundreds of thousands of entities
      assertEquals(e.text(), text.substring(e.start(), e.end()), e::toString);
      int previous = last;
      assertTrue(e.start() >= previous, () -> "entities in text order: " + e + " after offset " + previous);
      last = e.start();
      assertTrue(!e.text().isBlank() && !e.normalized().isBlank(), e::toString);
      assertTrue(e.text().codePoints().anyMatch(Character::isLetterOrDigit), () -> "a name has a letter or digit: " + e);
    }
    long personEntities = doc.entities().stream().filter(e -> e.type() == EntityType.PERSON).count();
    List<Person> persons = doc.persons();
    assertEquals(personEntities, persons.stream().mapToLong(p -> p.mentions().size()).sum());
  }
}
