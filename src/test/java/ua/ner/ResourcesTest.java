package ua.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing or corrupt model fails {@code create()} with one exception that names it. */
class ResourcesTest {

  @TempDir
  Path dir;

  @Test
  void namesAMissingModelFolder() {
    Path missing = dir.resolve("no-such-folder");
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> UkrainianEntityExtractor.create(missing));
    assertEquals(missing.toString(), e.resource());
    assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
  }

  @Test
  void namesACorruptSentenceModel() throws Exception {
    Files.write(dir.resolve("sentence-uk.bin"), new byte[] {1, 2, 3, 4});
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> UkrainianEntityExtractor.create(dir));
    assertTrue(e.resource().endsWith("sentence-uk.bin"), e.resource());
  }

  @Test
  void namesANameFinderModelThatIsAZipOfSomethingElse() throws Exception {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("ner-uk.bin")))) {
      zip.putNextEntry(new ZipEntry("manifest.properties"));
      zip.write("Component-Name=SomethingElse\n".getBytes());
      zip.closeEntry();
    }
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> UkrainianEntityExtractor.create(dir));
    assertTrue(e.getMessage().contains("ner-uk.bin"), e.getMessage());
  }

  @Test
  void takesMissingFilesFromTheBundledModels() {
    // an empty folder: both models come from the jar
    UkrainianEntityExtractor extractor = UkrainianEntityExtractor.create(dir);
    assertTrue(extractor.extractEntities("Рустем Умєров прибув до Києва.").size() >= 2);
  }
}
