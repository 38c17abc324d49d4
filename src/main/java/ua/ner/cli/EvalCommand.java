package ua.ner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ua.ner.UkrainianEntityExtractor;
import ua.ner.internal.corpus.BratDocument;
import ua.ner.internal.corpus.NerUkCorpus;
import ua.ner.internal.eval.NerEvaluation;

/** {@code eval}: exact-span precision, recall and F1 per type against brat gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores the extractor against brat files (X.txt + X.ann, labels PERS/ORG/LOC/JOB):",
        "exact spans, per type, then micro; the last line is 'micro F1 0.xxxx'.",
        "Example (the DEV part of NER-UK 2.0):",
        "  eval --gold ../shared/data/ner-uk-2.0/train --split ../shared/data/ner-uk-2.0/split.txt --part DEV"})
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder with X.txt and X.ann files (searched recursively).")
  Path gold;

  @Option(names = "--split", paramLabel = "FILE", description = "A split file (TRAIN/DEV sections of document ids) to select documents.")
  Path split;

  @Option(names = "--part", paramLabel = "PART", description = "With --split: the part to score (TRAIN or DEV; default DEV).")
  NerUkCorpus.Part part = NerUkCorpus.Part.DEV;

  @Option(names = "--models", paramLabel = "DIR", description = "Score the models in DIR instead of the bundled ones.")
  Path models;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(gold)) {
      throw new IllegalArgumentException("--gold is not a folder: " + gold);
    }
    Map<String, NerUkCorpus.Part> parts = split == null ? null : NerUkCorpus.readSplit(split);
    List<BratDocument> docs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(gold)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
      if (parts != null && parts.get(id) != part) {
        continue;
      }
      if (Files.exists(f.resolveSibling(id + ".ann"))) {
        docs.add(BratDocument.read(f));
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no gold documents (X.txt with X.ann) in " + gold
          + (parts == null ? "" : " for part " + part + " of " + split));
    }
    UkrainianEntityExtractor extractor = models == null ? UkrainianEntityExtractor.create()
        : UkrainianEntityExtractor.create(models);
    NerEvaluation.evaluate(docs, extractor::extractEntities).print(System.out);
    return 0;
  }
}
