package ua.ner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesOneJsonLinePerFileInSortedOrder() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("b.txt"), "Рустем Умєров прибув до Києва.");
    Files.writeString(docs.resolve("a.txt"), "Секретар РНБО виступив у Львові.");
    Files.writeString(docs.resolve("notes.md"), "не текст для нас");
    assertEquals(0, Main.execute("extract", "--format", "jsonl", docs.toString()));
    List<String> lines = stdout().lines().toList();
    assertEquals(2, lines.size(), stdout());
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertEquals(docs.resolve("a.txt").toString(), first.get("file").asText());
    JsonNode second = json.readTree(lines.get(1));
    assertEquals(docs.resolve("b.txt").toString(), second.get("file").asText());
    String text = Files.readString(docs.resolve("b.txt"));
    boolean person = false;
    for (JsonNode e : second.get("entities")) {
      int start = e.get("start").asInt();
      int end = e.get("end").asInt();
      assertEquals(text.substring(start, end), e.get("text").asText());
      assertTrue(e.has("normalized") && e.has("confidence") && e.has("type"));
      person |= e.get("type").asText().equals("PERSON") && e.get("text").asText().equals("Рустем Умєров");
    }
    assertTrue(person, lines.get(1));
  }

  @Test
  void keepsInputOrderWhenFilesAreAnalysedInParallel() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("many"));
    String[] names = {"Рустем Умєров", "Андрій Гнатов", "Джаред Кушнер", "Стівен Віткофф", "Юлія Тимошенко",
        "Олена Поляк", "Ігор Марков", "Віктор Пінчук"};
    for (int i = 0; i < names.length; i++) {
      Files.writeString(docs.resolve(String.format("%02d.txt", i)),
          (names[i] + " приїхав до Києва. ").repeat(1 + (names.length - i) * 20));
    }
    assertEquals(0, Main.execute("extract", "--format", "jsonl", "--threads", "1", docs.toString()));
    String sequential = stdout();
    out.reset();
    assertEquals(0, Main.execute("extract", "--format", "jsonl", "--threads", "4", docs.toString()));
    assertEquals(sequential, stdout());
    List<String> files = stdout().lines().map(l -> l.substring(0, l.indexOf(".txt"))).toList();
    assertEquals(files.stream().sorted().toList(), files);
    assertEquals(names.length, files.size());
  }

  @Test
  void writesPersonsWithMentionsAndRolesInJson() throws Exception {
    Path f = dir.resolve("persons.txt");
    String text = "Секретар РНБО Рустем Умєров прибув до Києва. Умєров провів переговори.";
    Files.writeString(f, text);
    assertEquals(0, Main.execute("extract", "--format", "jsonl", f.toString()));
    JsonNode doc = new ObjectMapper().readTree(stdout().lines().findFirst().orElseThrow());
    JsonNode persons = doc.get("persons");
    assertEquals(1, persons.size(), doc.toString());
    JsonNode p = persons.get(0);
    assertEquals("Рустем Умєров", p.get("name").asText());
    assertEquals("Рустем", p.get("firstName").asText());
    assertEquals("Умєров", p.get("lastName").asText());
    assertTrue(p.get("patronymic").isNull());
    assertEquals(2, p.get("mentions").size());
    JsonNode first = p.get("mentions").get(0);
    assertEquals("Рустем Умєров", text.substring(first.get(0).asInt(), first.get(1).asInt()));
    JsonNode role = p.get("roles").get(0);
    assertEquals("секретар", role.get("title").asText());
    assertEquals("РНБО", role.get("organization").asText());
    assertEquals("Секретар РНБО", role.get("text").asText());
  }

  @Test
  void writesAJsonArrayAndTabSeparatedText() throws Exception {
    Path f = dir.resolve("one.txt");
    Files.writeString(f, "Андрій Гнатов прибув до Харкова.");
    assertEquals(0, Main.execute("extract", "--format", "json", f.toString()));
    JsonNode array = new ObjectMapper().readTree(stdout());
    assertEquals(1, array.size());
    assertEquals(f.toString(), array.get(0).get("file").asText());
    out.reset();
    assertEquals(0, Main.execute("extract", f.toString()));
    assertTrue(stdout().lines().anyMatch(l -> l.startsWith("PERSON\t0\t13\tАндрій Гнатов\t")), stdout());
  }

  @Test
  void reportsBadInputsByNameAndGoesOn() throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Рустем Умєров прибув до Києва.");
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01});
    Path cp1251 = dir.resolve("cp1251.txt");
    Files.write(cp1251, "Рустем Умєров".getBytes("windows-1251"));
    Path missing = dir.resolve("missing.txt");
    int code = Main.execute("extract", "--format", "jsonl", missing.toString(), binary.toString(), cp1251.toString(),
        good.toString());
    assertEquals(1, code);
    assertTrue(stderr().contains(missing.toString()) && stderr().contains("no such file"), stderr());
    assertTrue(stderr().contains(binary.toString()) && stderr().contains("binary"), stderr());
    assertTrue(stderr().contains(cp1251.toString()) && stderr().contains("UTF-8"), stderr());
    assertEquals(1, stdout().lines().count(), stdout());
    assertTrue(stdout().contains(good.toString()));
  }

  @Test
  void decodesOtherCharsetsWhenAsked() throws Exception {
    Path cp1251 = dir.resolve("cp1251.txt");
    Files.write(cp1251, "Рустем Умєров прибув до Києва.".getBytes("windows-1251"));
    assertEquals(0, Main.execute("extract", "--charset", "windows-1251", cp1251.toString()));
    assertTrue(stdout().contains("Рустем Умєров"), stdout());
  }

  @Test
  void answersUsageErrorsWithExitCode2() {
    assertEquals(2, Main.execute("extract", "--format", "xml"));
    assertEquals(2, Main.execute("no-such-command"));
    assertEquals(2, Main.execute());
    assertEquals(2, Main.execute("eval"));
  }

  @Test
  void evaluatesAgainstBratGold() throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("d1.txt"), "Рустем Умєров прибув до Києва.");
    Files.writeString(gold.resolve("d1.ann"), "T1\tPERS\t0\t13\tРустем Умєров\nT2\tLOC\t24\t29\tКиєва\n");
    assertEquals(0, Main.execute("eval", "--gold", gold.toString()));
    List<String> lines = stdout().lines().toList();
    assertTrue(lines.get(lines.size() - 1).matches("micro F1 [01]\\.\\d{4}"), stdout());
    assertTrue(stdout().contains("PERSON"), stdout());
  }

  @Test
  void refusesAnEmptyGoldFolder() throws Exception {
    Path gold = Files.createDirectories(dir.resolve("empty"));
    assertEquals(2, Main.execute("eval", "--gold", gold.toString()));
    assertTrue(stderr().contains("no gold documents"), stderr());
  }
}
