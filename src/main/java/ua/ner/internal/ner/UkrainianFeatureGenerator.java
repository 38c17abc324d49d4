package ua.ner.internal.ner;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
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
  private String[] cachedTokens;
  private TokenFeatures.Sentence cached;
  /** The "doc=" feature of each token of the cached sentence (null: none), built on first use. */
  private String[] documentFeatures;
  /** Entity type last given to each document key (capitalized lemma, profession noun) in the current document. */
  private final Map<String, String> documentMemory = new HashMap<>();

  /**
   * @param classes the model's word classes, or null for a model trained without them
   * @param guesses the model's suffix guesses for unknown words, or null
   */
  public UkrainianFeatureGenerator(WordClasses classes, SuffixGuesses guesses) {
    this.features = new TokenFeatures(UkrainianDictionary.shared().newAnalyzer(), classes, guesses);
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    Collections.addAll(features, sentence(tokens).features(index));
    String doc = documentFeature(index);
    if (doc != null) {
      features.add(doc);
    }
  }

  /**
   * Adds to {@code scores} the weights in {@code table} of the features {@link #createFeatures} lists
   * for token {@code index}, without listing them.
   */
  void addWeights(String[] tokens, int index, WeightTable table, double[] scores) {
    sentence(tokens).addWeights(index, table, scores);
    String doc = documentFeature(index);
    if (doc != null) {
      table.add(doc, scores);
    }
  }

  /** The "doc=" feature of token {@code index} of the current sentence, or null. */
  private String documentFeature(int index) {
    if (documentFeatures == null) {
      // the memory changes only between sentences, so a sentence's "doc=" features are built once
      String[] keys = cached.documentKeys();
      documentFeatures = new String[keys.length];
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != null) {
          String type = documentMemory.get(keys[i]);
          documentFeatures[i] = "doc=" + (type == null ? "none" : type);
        }
      }
    }
    return documentFeatures[index];
  }

  private TokenFeatures.Sentence sentence(String[] tokens) {
    if (tokens != cachedTokens) {
      cached = features.compute(tokens);
      cachedTokens = tokens;
      documentFeatures = null;
    }
    return cached;
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    if (tokens == null || outcomes == null) {
      return;
    }
    String[] keys = sentence(tokens).documentKeys();
    for (int i = 0; i < tokens.length; i++) {
      if (keys[i] != null) {
        int dash = outcomes[i].lastIndexOf('-');
        documentMemory.put(keys[i], dash > 0 ? outcomes[i].substring(0, dash) : "O");
      }
    }
    documentFeatures = null;
  }

  @Override
  public void clearAdaptiveData() {
    cachedTokens = null;
    cached = null;
    documentFeatures = null;
    documentMemory.clear();
  }
}
