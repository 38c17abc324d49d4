package ua.ner.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FastNameFinderModelTest {

  @Test
  void readsAndWritesTheEntryBias() {
    Map<String, Double> bias = FastNameFinderModel.parseEntryBias(" ROLE=1.0, ORGANIZATION = -0.5");
    assertEquals(Map.of("ROLE", 1.0, "ORGANIZATION", -0.5), bias);
    assertEquals("ORGANIZATION=-0.5,ROLE=1.0", FastNameFinderModel.formatEntryBias(bias));
    assertEquals(bias, FastNameFinderModel.parseEntryBias(FastNameFinderModel.formatEntryBias(bias)));
    assertEquals(Map.of(), FastNameFinderModel.parseEntryBias(null));
    assertEquals(Map.of(), FastNameFinderModel.parseEntryBias(""));
  }

  @Test
  void aBadEntryBiasNamesTheValue() {
    for (String bad : new String[] {"ROLE", "ROLE=high", "=1", "ROLE=NaN"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> FastNameFinderModel.parseEntryBias(bad));
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }
}
