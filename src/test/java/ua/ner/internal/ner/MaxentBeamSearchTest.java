package ua.ner.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import ua.ner.internal.Models;

/**
 * The summed path of {@link MaxentBeamSearch} and {@link CrfSequenceModel} (our context generator)
 * against OpenNLP's listed features (a plain {@link DefaultNameContextGenerator} over the same
 * generators), on the bundled model.
 */
class MaxentBeamSearchTest {

  private static final List<String[]> SENTENCES = List.of(
      "Секретар Ради національної безпеки і оборони України Рустем Умєров зустрівся з посланником США .".split(" "),
      "У Києві та Львівській області в понеділок пройшли навчання Національної поліції .".split(" "),
      "« Укрзалізниця » призначила нового директора , повідомляє прес-служба компанії .".split(" "),
      "Він сказав : „ Ні ” .".split(" "),
      new String[] {"Ні"},
      new String[0]);

  private static TokenNameFinderModel model;

  @BeforeAll
  static void load() {
    model = Models.nameFinderModel(null);
  }

  @Test
  void summedWeightsGiveTheListedFeaturesSequences() {
    NameContextGenerator ours = model.getFactory().createContextGenerator();
    UkrainianContextGenerator summing = assertInstanceOf(UkrainianContextGenerator.class, ours);
    assertTrue(summing.canAddWeights());
    NameContextGenerator listing = new DefaultNameContextGenerator(model.getFactory().createFeatureGenerators());
    SequenceClassificationModel search = model.getNameFinderSequenceModel();
    assertTrue(search instanceof MaxentBeamSearch || search instanceof CombinedSequenceModel, search.toString());
    SequenceValidator<String> validator = model.getFactory().createSequenceCodec().createSequenceValidator();
    int names = 0;
    // twice, so that the second pass reads the words' weight sums kept from the first, and the
    // document memory ("doc=") of the first sentences reaches the later ones
    for (int pass = 0; pass < 2; pass++) {
      for (String[] tokens : SENTENCES) {
        Sequence a = search.bestSequence(tokens, null, ours, validator);
        Sequence b = search.bestSequence(tokens, null, listing, validator);
        assertEquals(b.getOutcomes(), a.getOutcomes(), String.join(" ", tokens));
        for (int i = 0; i < tokens.length; i++) {
          assertEquals(b.getProb(i), a.getProb(i), 1e-9, tokens[i]);
          names += a.getOutcome(i).equals("other") ? 0 : 1;
        }
        String[] outcomes = a.getOutcomes().toArray(new String[0]);
        ours.updateAdaptiveData(tokens, outcomes);
        listing.updateAdaptiveData(tokens, outcomes);
      }
    }
    assertTrue(names > 0, "the sentences have names");
  }

  @Test
  void unknownGeneratorsFallBackToListedFeatures() {
    AdaptiveFeatureGenerator descriptor = model.getFactory().createFeatureGenerators();
    UkrainianContextGenerator withUnknown = new UkrainianContextGenerator(descriptor, new TokenFeatureGenerator());
    assertFalse(withUnknown.canAddWeights());
    UkrainianContextGenerator alone = new UkrainianContextGenerator(descriptor);
    assertTrue(alone.canAddWeights());
    // NameFinderME adds its window over the additional context, which reads no outcomes
    alone.addFeatureGenerator(new WindowFeatureGenerator(new AdditionalContextFeatureGenerator(), 8, 8));
    assertTrue(alone.canAddWeights());
    SequenceValidator<String> validator = model.getFactory().createSequenceCodec().createSequenceValidator();
    String[] tokens = SENTENCES.get(0);
    Sequence fallback = model.getNameFinderSequenceModel().bestSequence(tokens, null, withUnknown, validator);
    assertEquals(tokens.length, fallback.getSize());
  }
}
