package ua.ner.internal.ner;

import java.util.Collections;
import java.util.List;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.UkrainianDictionary;

/**
 * OpenNLP feature generator over the Ukrainian morphology: word, shape, affixes, VESUM tags, lemma and
 * semantic tags of the token and its ±2 neighbours, quotes, case agreement. Features of a sentence are
 * computed once, on the first request for one of its tokens, and served from there.
 *
 * <p>One instance per {@code NameFinderME} (OpenNLP creates the generators per finder), so per thread:
 * not thread-safe itself. Its class name and that of its factory are stored in the model.
 */
public final class UkrainianFeatureGenerator implements AdaptiveFeatureGenerator {

  private final TokenFeatures features;
  private final MorphAnalyzer analyzer;
  private String[] cachedTokens;
  private String[][] cachedFeatures;

  public UkrainianFeatureGenerator() {
    this(UkrainianDictionary.shared().newAnalyzer());
  }

  UkrainianFeatureGenerator(MorphAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.features = new TokenFeatures(analyzer);
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != cachedTokens) {
      cachedFeatures = this.features.compute(tokens);
      cachedTokens = tokens;
    }
    Collections.addAll(features, cachedFeatures[index]);
  }

  @Override
  public void clearAdaptiveData() {
    cachedTokens = null;
    cachedFeatures = null;
  }
}
