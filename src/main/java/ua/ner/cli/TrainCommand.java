package ua.ner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ua.ner.internal.train.NerTrainer;
import ua.ner.internal.train.TrainingRun;

/** {@code train}: rebuilds the models from the corpora, deterministically. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Trains the sentence detector (BRUK + NER-UK news) and the name finder (NER-UK 2.0 TRAIN part)",
        "and writes them to --out. The same data gives byte-identical files."})
final class TrainCommand implements Callable<Integer> {

  @Option(names = "--data", defaultValue = "../shared/data", paramLabel = "DIR",
      description = "Folder with ner-uk-2.0/ and bruk/ (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--out", defaultValue = "models", paramLabel = "DIR", description = "Where to write the models (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--only", paramLabel = "MODEL", description = "Train only this model: sentences or names.")
  String only;

  @Option(names = "--vanilla", description = "Train the baseline instead: OpenNLP's default name finder features and "
      + "training parameters (MAXENT, 100 iterations, cutoff 5, BIO), on the same sentences and tokens.")
  boolean vanilla;

  @Option(names = "--other-types", split = ",", paramLabel = "LABEL",
      description = "Also learn these NER-UK labels (such as MISC,DOC) as types of their own, with the entry bias of "
          + "ORGANIZATION; the extractor never returns them (tried, not used for the bundled model).")
  Set<String> otherTypes = Set.of();

  @Override
  public Integer call() throws IOException {
    if (only != null && !only.equals("sentences") && !only.equals("names")) {
      throw new IllegalArgumentException("--only takes 'sentences' or 'names', not: " + only);
    }
    if (vanilla && !otherTypes.isEmpty()) {
      throw new IllegalArgumentException("--other-types is for our model, not the --vanilla baseline: " + otherTypes);
    }
    NerTrainer.Settings settings = vanilla ? NerTrainer.Settings.vanilla()
        : otherTypes.isEmpty() ? NerTrainer.Settings.defaults() : NerTrainer.Settings.defaults().withOtherTypes(otherTypes);
    long t0 = System.nanoTime();
    TrainingRun.run(data, out, new TrainingRun.Options(only == null || only.equals("sentences"),
        only == null || only.equals("names"), vanilla, false, settings), System.out);
    System.out.printf(Locale.ROOT, "training took %.1f s%n", (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
