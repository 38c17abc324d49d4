package ua.ner.internal.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratDocumentTest {

  @TempDir
  Path dir;

  /** Writes {@code id}.txt and {@code id}.ann (one line per annotation) and reads them back. */
  private BratDocument write(String id, String text, String... annotations) throws IOException {
    Files.writeString(dir.resolve(id + ".txt"), text);
    Files.writeString(dir.resolve(id + ".ann"), String.join("\n", annotations) + "\n");
    return BratDocument.read(dir.resolve(id + ".txt"));
  }

  @Test
  void readsBothOffsetStylesAndFlattensNestedEntities() throws IOException {
    BratDocument doc = write("d", "Секретар Ради національної безпеки України Олег Іваненко.\nПрибув до Києва.",
        "T1\tJOB\t0\t8\tСекретар",
        "T2\tORG 9 42\tРади національної безпеки України",
        "T3\tLOC\t35\t42\tУкраїни",
        "T4\tPERS\t43\t56\tОлег Іваненко",
        "T5\tDATE\t58\t64\tПрибув",
        "#1\tAnnotatorNotes T1\tnote",
        "T6\tLOC\t68\t73\tКиєва");
    assertEquals("d", doc.id());
    assertEquals(6, doc.entities().size());
    List<BratDocument.Annotation> flat = doc.flatEntities();
    assertEquals(List.of(
        new BratDocument.Annotation("ROLE", 0, 8),
        new BratDocument.Annotation("ORGANIZATION", 9, 42),
        new BratDocument.Annotation("PERSON", 43, 56),
        new BratDocument.Annotation("LOCATION", 68, 73)), flat);
  }

  @Test
  void keepsOtherTypesOnlyWhereTheyOverlapNoneOfTheFour() throws IOException {
    BratDocument doc = write("o", "Законом України «Про освіту» на Різдво в Києві й Документом «Дія»",
        "T1\tDOC\t0\t28\tЗаконом України «Про освіту»",
        "T2\tLOC\t8\t15\tУкраїни",
        "T3\tMISC\t32\t38\tРіздво",
        "T4\tLOC\t41\t46\tКиєві",
        "T5\tDOC\t49\t65\tДокументом «Дія»",
        "T6\tART\t60\t65\t«Дія»",
        "T7\tDATE\t32\t38\tРіздво");
    assertEquals(List.of(
        new BratDocument.Annotation("LOCATION", 8, 15),
        new BratDocument.Annotation("MISC", 32, 38),
        new BratDocument.Annotation("LOCATION", 41, 46),
        new BratDocument.Annotation("DOC", 49, 65)), doc.flatEntities(Set.of("MISC", "DOC", "ART")));
    assertEquals(doc.flatEntities(), doc.flatEntities(Set.of()));
  }

  @Test
  void rejectsOffsetsOutsideTheText() throws IOException {
    Files.writeString(dir.resolve("e.txt"), "Київ");
    Files.writeString(dir.resolve("e.ann"), "T1\tLOC\t0\t40\tКиїв\n");
    IOException e = assertThrows(IOException.class, () -> BratDocument.read(dir.resolve("e.txt")));
    assertEquals(true, e.getMessage().contains("e.ann"));
  }
}
