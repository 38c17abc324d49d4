package ua.ner.internal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ua.ner.Entity;
import ua.ner.UkrainianEntityExtractor;
import ua.ner.internal.Models;
import ua.ner.internal.ner.CombinedSequenceModel;
import ua.ner.internal.ner.FastNameFinderModel;

/** The whole training path on a tiny corpus written for the tests (the real corpora are not needed). */
class TrainingRunTest {

  private static final Path DATA = Path.of("src/test/resources/corpus");

  /** A maxent model with a companion CRF for organisations and posts, as the bundled model has. */
  private static TrainingRun.Options options() {
    return new TrainingRun.Options(true, true, false, false,
        new NerTrainer.Settings(SgdMaxentTrainer.class.getName(), 5, 1, true, Map.of(SgdMaxentTrainer.L2_PARAM, "1"),
            Map.of(), new NerTrainer.Crf(Set.of("ORGANIZATION", "ROLE"), 5, 1, 1, 0.1, 0.9, Map.of("ROLE", 1.0))));
  }

  @Test
  void trainsLoadableModelsByteForByteReproducibly(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    TrainingRun.run(DATA, first, options(), new PrintStream(log, true, StandardCharsets.UTF_8));
    TrainingRun.run(DATA, second, options(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    for (String model : List.of(Models.SENTENCE_MODEL, Models.NAME_FINDER_MODEL)) {
      assertTrue(Files.size(first.resolve(model)) > 0, model);
      assertEquals(-1L, Files.mismatch(first.resolve(model), second.resolve(model)), model + " differs between runs");
    }
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("sha256"), log.toString(StandardCharsets.UTF_8));
    try (InputStream in = Files.newInputStream(first.resolve(Models.NAME_FINDER_MODEL))) {
      FastNameFinderModel model = new FastNameFinderModel(in);
      assertInstanceOf(CombinedSequenceModel.class, model.getNameFinderSequenceModel(), "the CRF is stored beside the maxent model");
      assertTrue(model.postMarking() != null && model.postMarking().size() > 0, "the post marking counts are stored too");
      assertFalse(model.postMarking().rarelyMarked("мер"), "мером is marked");
    }

    UkrainianEntityExtractor extractor = UkrainianEntityExtractor.create(first);
    String text = "Директор компанії «Альфа» Іван Петренко приїхав до Києва.";
    List<Entity> entities = extractor.extractEntities(text);
    for (Entity e : entities) {
      assertEquals(e.text(), text.substring(e.start(), e.end()));
    }
    assertFalse(entities.isEmpty(), "a model trained on this very sentence finds something in it");
  }

  @Test
  void storesTheEntryBiasInTheModelAndAppliesIt(@TempDir Path dir) throws IOException {
    Map<String, Double> silence = Map.of("PERSON", -50.0, "ORGANIZATION", -50.0, "LOCATION", -50.0, "ROLE", -50.0);
    TrainingRun.Options biased = new TrainingRun.Options(true, true, false, false,
        new NerTrainer.Settings(SgdMaxentTrainer.class.getName(), 5, 1, true, Map.of(SgdMaxentTrainer.L2_PARAM, "1"),
            silence));
    TrainingRun.run(DATA, dir, biased, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    FastNameFinderModel model;
    try (InputStream in = Files.newInputStream(dir.resolve(Models.NAME_FINDER_MODEL))) {
      model = new FastNameFinderModel(in);
    }
    assertEquals(silence, model.entryBias());
    // a bias this low forbids starting any name: names the model was trained on are not found (the quoted
    // name after "компанії" and the city are left out of the text, as span rules, not the model, would
    // mark them: a quoted name after a kind of organisation, a word the dictionary knows only as a place)
    String text = "Директор Іван Петренко приїхав до столиці.";
    assertEquals(List.of(), UkrainianEntityExtractor.create(dir).extractEntities(text));
  }

  @Test
  void learnsOtherTypesThatTheExtractorNeverReturns(@TempDir Path dir) throws IOException {
    // the tiny corpus with one MISC name more (a label the extractor does not return) and one that
    // overlaps a post, which the post keeps
    Path data = dir.resolve("data");
    try (var files = Files.walk(DATA)) {
      for (Path p : files.toList()) {
        Path target = data.resolve(DATA.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Path ann = data.resolve("ner-uk-2.0/train/ng/doc1.ann");
    Files.writeString(ann, Files.readString(ann) + "T9\tMISC\t40\t47\tприїхав\nT10\tMISC\t0\t17\tДиректор компанії\n");
    NerTrainer.Settings settings = options().settings().withOtherTypes(Set.of("MISC"));
    TrainingRun.run(data, dir.resolve("out"), new TrainingRun.Options(false, true, false, false, settings),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try (InputStream in = Files.newInputStream(dir.resolve("out").resolve(Models.NAME_FINDER_MODEL))) {
      List<String> outcomes = List.of(new FastNameFinderModel(in).getNameFinderSequenceModel().getOutcomes());
      assertTrue(outcomes.contains("MISC-unit"), outcomes.toString());
    }
    String text = "Директор компанії «Альфа» Іван Петренко приїхав до Києва.";
    for (Entity e : UkrainianEntityExtractor.create(dir.resolve("out")).extractEntities(text)) {
      assertFalse(e.start() < 47 && e.end() > 40, "no name over the MISC word: " + e);
    }
  }

  @Test
  void otherTypesTakeTheEntryBiasOfOrganisationsAndNeverOneOfTheFour() {
    NerTrainer.Settings s = NerTrainer.Settings.defaults().withOtherTypes(Set.of("MISC", "DOC"));
    assertEquals(Set.of("MISC", "DOC"), s.otherTypes());
    assertEquals(1.0, s.entryBias().get("MISC"));
    assertEquals(1.0, s.crf().entryBias().get("DOC"));
    assertEquals(NerTrainer.Settings.defaults().entryBias().get("ROLE"), s.entryBias().get("ROLE"));
    for (String label : List.of("ORG", "LOCATION")) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> NerTrainer.Settings.defaults().withOtherTypes(Set.of(label)));
      assertTrue(e.getMessage().contains(label), e.getMessage());
    }
  }

  @Test
  void trainsTheVanillaBaseline(@TempDir Path dir) throws IOException {
    TrainingRun.Options vanilla = new TrainingRun.Options(false, true, true, false,
        new NerTrainer.Settings("MAXENT", 10, 1, false, Map.of()));
    TrainingRun.run(DATA, dir, vanilla, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertTrue(Files.exists(dir.resolve(Models.NAME_FINDER_MODEL)));
    assertFalse(Files.exists(dir.resolve(Models.SENTENCE_MODEL)));
    UkrainianEntityExtractor.create(dir).extractEntities("Іван Петренко приїхав до Києва.");
  }

  @Test
  void namesTheMissingCorpus(@TempDir Path dir) {
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> TrainingRun.run(dir, dir.resolve("out"), options(), System.out));
    assertTrue(e.getMessage().contains("ner-uk-2.0"), e.getMessage());
  }
}
