package ua.ner.internal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExchangeClusteringTest {

  /** Towns always follow "до", names always follow "пан": two classes the algorithm must find. */
  private static List<List<String>> corpus() {
    String[] towns = {"києва", "львова", "харкова", "одеси"};
    String[] names = {"іван", "петро", "тарас", "остап"};
    List<List<String>> sentences = new ArrayList<>();
    for (int r = 0; r < 5; r++) {
      for (int i = 0; i < 4; i++) {
        sentences.add(List.of("пан", names[i], "поїхав", "до", towns[(i + r) % 4]));
        sentences.add(List.of("пан", names[(i + r) % 4], "прибув", "до", towns[i]));
      }
    }
    sentences.add(List.of("рідкісне"));
    return sentences;
  }

  @Test
  void groupsWordsUsedInTheSameContexts() {
    ExchangeClustering clustering = new ExchangeClustering(corpus(), 3);
    Map<String, Integer> classes = clustering.cluster(4, 20);
    assertEquals(classes.get("києва"), classes.get("львова"));
    assertEquals(classes.get("києва"), classes.get("одеси"));
    assertEquals(classes.get("іван"), classes.get("тарас"));
    assertNotEquals(classes.get("києва"), classes.get("іван"));
    assertNull(classes.get("рідкісне"), "words below the count threshold get no class");
  }

  @Test
  void isDeterministic() {
    assertEquals(new ExchangeClustering(corpus(), 1).cluster(3, 10), new ExchangeClustering(corpus(), 1).cluster(3, 10));
  }
}
