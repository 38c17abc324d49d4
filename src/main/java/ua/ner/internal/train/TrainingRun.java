package ua.ner.internal.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import ua.ner.internal.Models;
import ua.ner.internal.corpus.BratDocument;
import ua.ner.internal.corpus.BrukCorpus;
import ua.ner.internal.corpus.NerUkCorpus;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.UkrainianDictionary;
import ua.ner.internal.ner.SuffixGuesses;
import ua.ner.internal.ner.WordClasses;
import ua.ner.internal.text.Tokenizer;

/**
 * Rebuilds the bundled models from {@code ../shared/data}: the sentence detector from BRUK and the
 * NER-UK news texts, the name finder from the TRAIN part of NER-UK 2.0. BRUK texts that DEV documents
 * were excerpted from are left out ({@link HeldOutText}). Deterministic: the same data gives
 * byte-identical model files.
 */
public final class TrainingRun {

  /** What to train. */
  public record Options(boolean sentences, boolean names, boolean vanilla, boolean swapped,
      NerTrainer.Settings settings) {
  }

  private TrainingRun() {
  }

  public static void run(Path dataDir, Path outDir, Options options, PrintStream log) throws IOException {
    Path nerDir = dataDir.resolve("ner-uk-2.0");
    Path brukDir = dataDir.resolve("bruk");
    if (!Files.isDirectory(nerDir)) {
      throw new IOException("NER-UK 2.0 not found: " + nerDir + " (give the data folder with --data)");
    }
    NerUkCorpus corpus = NerUkCorpus.open(nerDir);
    List<BratDocument> train = corpus.documents(NerUkCorpus.Part.TRAIN);
    log.printf(Locale.ROOT, "NER-UK 2.0: %d TRAIN documents%n", train.size());
    Files.createDirectories(outDir);

    if (!Files.isDirectory(brukDir)) {
      throw new IOException("BRUK not found: " + brukDir);
    }
    List<BrukCorpus.Text> allBruk = BrukCorpus.read(brukDir);
    List<BrukCorpus.Text> bruk = new HeldOutText(corpus.documents(NerUkCorpus.Part.DEV)).without(allBruk);
    log.printf(Locale.ROOT, "BRUK: %d texts, %d left out as the running text of DEV documents%n", allBruk.size(),
        allBruk.size() - bruk.size());

    if (options.sentences() && !options.vanilla()) {
      long t0 = System.nanoTime();
      List<BratDocument> news = corpus.documents(NerUkCorpus.Part.TRAIN, "ng");
      var samples = SentenceTrainer.samples(bruk, news);
      SentenceModel model = SentenceTrainer.train(samples, 100, 5);
      Path file = outDir.resolve(Models.SENTENCE_MODEL);
      String sha = ModelFiles.write(model, file);
      log.printf(Locale.ROOT, "sentence detector: %d samples (%d BRUK texts, %d news documents), %.1f s -> %s (%d KB, sha256 %s)%n",
          samples.size(), bruk.size(), news.size(), seconds(t0), file, Files.size(file) / 1024, sha);
    }

    if (options.names() || options.vanilla()) {
      long t0 = System.nanoTime();
      MorphAnalyzer analyzer = UkrainianDictionary.shared().newAnalyzer();
      WordClasses classes = null;
      SuffixGuesses guesses = null;
      if (!options.vanilla()) {
        long tg = System.nanoTime();
        guesses = SuffixGuessBuilder.build(UkrainianDictionary.shared());
        log.printf(Locale.ROOT, "suffix guesses: %d endings from the dictionary, %.1f s%n", guesses.size(), seconds(tg));
        WordClassBuilder wcb = new WordClassBuilder(analyzer).addBruk(bruk).addDocuments(train);
        classes = wcb.build();
        log.printf(Locale.ROOT, "word classes: %d words classed from %d tokens (BRUK + NER-UK TRAIN), %.1f s%n",
            classes.size(), wcb.tokens(), seconds(t0));
      }
      NameSamples builder = new NameSamples(new Tokenizer(), analyzer, options.settings().otherTypes());
      NameSamples.Stats stats = new NameSamples.Stats();
      List<NameSample> samples = builder.samples(train, stats);
      if (options.swapped()) {
        samples.addAll(builder.samples(corpus.swapped(NerUkCorpus.Part.TRAIN), stats));
      }
      log.printf(Locale.ROOT, "name finder: %d sentences, %s%n", samples.size(), stats);
      TokenNameFinderModel model = options.vanilla()
          ? NerTrainer.trainVanilla(samples, options.settings())
          : NerTrainer.train(samples, options.settings(), classes, guesses, PostMarkingBuilder.build(samples, analyzer));
      Path file = outDir.resolve(Models.NAME_FINDER_MODEL);
      String sha = ModelFiles.write(model, file, options.settings().manifestEntries());
      log.printf(Locale.ROOT, "name finder%s: %s, %.1f s -> %s (%d KB, sha256 %s)%n", options.vanilla() ? " (vanilla)" : "",
          options.settings(), seconds(t0), file, Files.size(file) / 1024, sha);
    }
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
