package ua.ner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ua.ner.internal.Segmenter;
import ua.ner.internal.corpus.UdCorpus;
import ua.ner.internal.eval.SegmentationEvaluator;

/** {@code eval-segmentation}: sentence-boundary and token F1 against UD CoNLL-U files. */
@Command(name = "eval-segmentation", mixinStandardHelpOptions = true,
    description = {"Scores sentence splitting (boundary F1) and tokenization (exact-span F1) on the raw text of",
        "UD CoNLL-U files. Paragraphs are joined by newlines (and, in a second pass, by spaces)."})
final class SegmentationEvalCommand implements Callable<Integer> {

  @Option(names = "--ud", defaultValue = "../shared/data/ud-uk-iu/uk_iu-ud-test.conllu", paramLabel = "FILE",
      description = "A CoNLL-U file (default: ${DEFAULT-VALUE}).")
  Path ud;

  @Option(names = "--models", paramLabel = "DIR", description = "Use the sentence model in DIR instead of the bundled one.")
  Path models;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(ud)) {
      throw new IllegalArgumentException("no such CoNLL-U file: " + ud);
    }
    Segmenter segmenter = Segmenter.load(models);
    for (boolean lines : new boolean[] {true, false}) {
      List<UdCorpus.Doc> docs = UdCorpus.read(ud, lines);
      System.out.printf("%s, paragraphs joined by %s:%n", ud.getFileName(), lines ? "newlines" : "spaces");
      System.out.println("  sentence boundaries " + SegmentationEvaluator.sentenceBoundaries(docs, segmenter::sentences));
      if (lines) {
        System.out.println("  tokens              " + SegmentationEvaluator.tokens(docs, segmenter::tokens));
      }
    }
    return 0;
  }
}
