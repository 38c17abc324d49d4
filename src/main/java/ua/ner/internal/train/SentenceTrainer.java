package ua.ner.internal.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;
import ua.ner.internal.corpus.BratDocument;
import ua.ner.internal.corpus.BrukCorpus;
import ua.ner.internal.corpus.Detokenizer;

/**
 * Trains the sentence detector: BRUK paragraphs (detokenized, gold sentence boundaries) and NER-UK news
 * texts (one sentence per line), with the common Ukrainian abbreviations as features.
 */
public final class SentenceTrainer {

  /** End-of-sentence characters. */
  public static final char[] EOS = {'.', '!', '?', '…'};

  /** Abbreviations the model gets as a feature (the detector also vetoes some, see its class). */
  static final String[] ABBREVIATIONS = {
      "ім.", "вул.", "м.", "р.", "рр.", "ст.", "т.", "зв.", "ін.", "с.", "смт.", "обл.", "просп.", "бул.", "пров.",
      "пл.", "див.", "п.", "тис.", "млн.", "млрд.", "грн.", "коп.", "напр.", "акад.", "проф.", "доц.", "буд.", "кв.",
      "тел.", "англ.", "лат.", "рис.", "табл.", "св.", "о.", "оз.", "р-н.", "ген.", "д.", "под.", "кн.", "вид.",
      "ред.", "стор.", "с.-г.", "н.", "е.", "гр.", "хв.", "год.", "сек.", "км.", "кг.", "etc.", "e.g.", "i.e."};

  private SentenceTrainer() {
  }

  /** Builds the training samples: one per BRUK paragraph and one per NER-UK news document. */
  public static List<SentenceSample> samples(List<BrukCorpus.Text> bruk, List<BratDocument> news) {
    List<SentenceSample> samples = new ArrayList<>();
    for (BrukCorpus.Text text : bruk) {
      for (List<List<BrukCorpus.Token>> paragraph : text.paragraphs()) {
        StringBuilder sb = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (List<BrukCorpus.Token> sentence : paragraph) {
          if (sb.length() > 0) {
            sb.append(' ');
          }
          int start = sb.length();
          Detokenizer.append(sb, sentence.stream().map(BrukCorpus.Token::value).toList());
          spans.add(new Span(start, sb.length()));
        }
        samples.add(new SentenceSample(sb.toString(), spans.toArray(new Span[0])));
      }
    }
    for (BratDocument doc : news) {
      StringBuilder sb = new StringBuilder();
      List<Span> spans = new ArrayList<>();
      for (String line : doc.text().split("\n")) {
        String s = line.strip();
        if (s.isEmpty()) {
          continue;
        }
        if (sb.length() > 0) {
          sb.append(' ');
        }
        int start = sb.length();
        sb.append(s);
        spans.add(new Span(start, sb.length()));
      }
      if (!spans.isEmpty()) {
        samples.add(new SentenceSample(sb.toString(), spans.toArray(new Span[0])));
      }
    }
    return samples;
  }

  /** The abbreviation dictionary stored in the model. */
  public static Dictionary abbreviations() {
    Dictionary d = new Dictionary(false);
    for (String a : ABBREVIATIONS) {
      d.put(new StringList(a));
    }
    for (char c = 'А'; c <= 'Я'; c++) {
      d.put(new StringList(c + "."));
    }
    for (char c : new char[] {'Є', 'І', 'Ї', 'Ґ'}) {
      d.put(new StringList(c + "."));
    }
    return d;
  }

  public static SentenceModel train(List<SentenceSample> samples, int iterations, int cutoff) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    SentenceDetectorFactory factory = new SentenceDetectorFactory("uk", true, abbreviations(), EOS);
    return SentenceDetectorME.train("uk", new CollectionObjectStream<>(samples), factory, params);
  }
}
