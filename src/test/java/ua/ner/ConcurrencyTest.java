package ua.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** One extractor shared by eight threads gives exactly the sequential results, document by document. */
class ConcurrencyTest {

  /** Documents made of the seed article's sentences in shuffled orders and lengths (fixed seed). */
  static List<String> documents(int count) throws IOException {
    String seed = Files.readString(Path.of("seeds/000_6eac95132f65cda0.txt"), StandardCharsets.UTF_8);
    List<String> sentences = List.of(seed.split("(?<=[.!?])\\s+"));
    Random random = new Random(20261124);
    List<String> docs = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) {
        sb.append(sentences.get(random.nextInt(sentences.size()))).append(random.nextInt(4) == 0 ? "\n" : " ");
      }
      docs.add(sb.toString());
    }
    return docs;
  }

  private static List<Document> analyzeInTurn(UkrainianEntityExtractor extractor, List<String> docs) {
    List<Document> out = new ArrayList<>();
    for (String d : docs) {
      out.add(extractor.analyze(d));
    }
    return out;
  }

  @Test
  void eightThreadsGiveTheSequentialResults() throws Exception {
    UkrainianEntityExtractor extractor = UkrainianEntityExtractor.create();
    List<String> docs = documents(120);
    List<Document> expected = analyzeInTurn(extractor, docs);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<Document>> results = new ArrayList<>();
        for (String d : docs) {
          results.add(pool.submit(() -> extractor.analyze(d)));
        }
        for (int i = 0; i < docs.size(); i++) {
          assertEquals(expected.get(i), results.get(i).get(), "document " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void closeReleasesPooledStateAndTheExtractorStaysUsable() throws Exception {
    UkrainianEntityExtractor extractor = UkrainianEntityExtractor.create();
    List<String> docs = documents(10);
    List<Document> before = analyzeInTurn(extractor, docs);
    extractor.close();
    for (int i = 0; i < docs.size(); i++) {
      assertEquals(before.get(i), extractor.analyze(docs.get(i)));
    }
    extractor.close();
  }
}
