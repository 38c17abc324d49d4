package ua.ner.internal.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import ua.ner.internal.ner.CrfSequenceModel;
import ua.ner.internal.ner.CrfTransitions;

/** The CRF trainer and decoder on a toy corpus, the decoder checked against enumerating every sequence. */
class CrfTrainerTest {

  private static final BilouCodec CODEC = new BilouCodec();
  private static final CrfTrainer.Params PARAMS = new CrfTrainer.Params(30, 1, 0.1, 0.1, 0.95, 42, 0);

  private static List<NameSample> corpus() {
    List<NameSample> samples = new ArrayList<>();
    samples.add(sample("Іван Петренко приїхав до Києва .", new Span(0, 2, "PERSON"), new Span(4, 5, "LOCATION")));
    samples.add(sample("У Львові виступив Андрій Коваль .", new Span(1, 2, "LOCATION"), new Span(3, 5, "PERSON")));
    samples.add(sample("Марія Шевчук живе в Одесі .", new Span(0, 2, "PERSON"), new Span(4, 5, "LOCATION")));
    samples.add(sample("Вчора в Харкові було тихо .", new Span(2, 3, "LOCATION")));
    samples.add(sample("Петро Бондар та Олена Ткач працюють у Полтаві .", new Span(0, 2, "PERSON"),
        new Span(3, 5, "PERSON"), new Span(7, 8, "LOCATION")));
    return samples;
  }

  private static NameSample sample(String text, Span... names) {
    return new NameSample(text.split(" "), names, true);
  }

  private static NameContextGenerator generator() {
    return new DefaultNameContextGenerator(new WindowFeatureGenerator(new TokenFeatureGenerator(), 1, 1),
        new TokenClassFeatureGenerator(true));
  }

  @Test
  void learnsTheTrainingSentencesDeterministically() {
    AbstractModel model = CrfTrainer.train(corpus(), generator(), CODEC, PARAMS);
    AbstractModel again = CrfTrainer.train(corpus(), generator(), CODEC, PARAMS);
    CrfSequenceModel crf = CrfSequenceModel.of(model, Map.of());
    CrfSequenceModel crfAgain = CrfSequenceModel.of(again, Map.of());
    SequenceValidator<String> validator = CODEC.createSequenceValidator();
    for (NameSample s : corpus()) {
      String[] tokens = s.getSentence();
      Sequence best = crf.bestSequence(tokens, null, generator(), validator);
      assertEquals(List.of(CODEC.encode(s.getNames(), tokens.length)), best.getOutcomes(), String.join(" ", tokens));
      Sequence other = crfAgain.bestSequence(tokens, null, generator(), validator);
      assertEquals(best.getOutcomes(), other.getOutcomes());
      assertArrayEquals(best.getProbs(), other.getProbs(), 0.0, "the same seed gives the same weights");
    }
  }

  @Test
  void decodesTheBestSequenceAndItsMarginalsExactly() {
    AbstractModel model = CrfTrainer.train(corpus(), generator(), CODEC, PARAMS);
    CrfSequenceModel crf = CrfSequenceModel.of(model, Map.of());
    CrfTransitions transitions = CrfSequenceModel.transitions(model);
    int k = model.getNumOutcomes();
    for (String text : List.of("Олена Коваль приїхала до Львова", "у Полтаві Іван", "Шевчук")) {
      String[] tokens = text.split(" ");
      int n = tokens.length;
      double[][] emission = new double[n][k];
      NameContextGenerator cg = generator();
      @SuppressWarnings("unchecked")
      Map<String, Context> pmap = (Map<String, Context>) model.getDataStructures()[1];
      for (int t = 0; t < n; t++) {
        for (String f : cg.getContext(t, tokens, null, null)) {
          Context c = pmap.get(f);
          if (c != null) {
            for (int j = 0; j < c.getOutcomes().length; j++) {
              emission[t][c.getOutcomes()[j]] += c.getParameters()[j];
            }
          }
        }
      }
      // every sequence of outcomes: the best by score, and each position's outcome marginals
      double bestScore = Double.NEGATIVE_INFINITY;
      int[] best = null;
      double z = 0;
      double[][] mass = new double[n][k];
      int[] seq = new int[n];
      for (long code = 0; code < Math.pow(k, n); code++) {
        long c = code;
        for (int t = 0; t < n; t++) {
          seq[t] = (int) (c % k);
          c /= k;
        }
        double score = transitions.start(seq[0]) + transitions.end(seq[n - 1]);
        for (int t = 0; t < n; t++) {
          score += emission[t][seq[t]] + (t > 0 ? transitions.transition(seq[t - 1], seq[t]) : 0);
        }
        if (score == Double.NEGATIVE_INFINITY) {
          continue;
        }
        double weight = Math.exp(score);
        z += weight;
        for (int t = 0; t < n; t++) {
          mass[t][seq[t]] += weight;
        }
        if (score > bestScore) {
          bestScore = score;
          best = seq.clone();
        }
      }
      Sequence decoded = crf.bestSequence(tokens, null, cg, CODEC.createSequenceValidator());
      for (int t = 0; t < n; t++) {
        assertEquals(model.getOutcome(best[t]), decoded.getOutcome(t), text + " #" + t);
        assertEquals(mass[t][best[t]] / z, decoded.getProb(t), 1e-9, text + " #" + t);
      }
    }
  }
}
