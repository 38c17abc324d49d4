package ua.ner.internal.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import ua.ner.UkrainianEntityExtractor;
import ua.ner.internal.Segmenter;
import ua.ner.internal.corpus.BratDocument;
import ua.ner.internal.corpus.NerUkCorpus;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.UkrainianDictionary;
import ua.ner.internal.text.SpanList;
import ua.ner.internal.text.Tokenizer;
import ua.ner.internal.train.NameSamples;
import ua.ner.internal.train.NerTrainer;

/**
 * Throughput and load figures: the whole pipeline, the floor (sentences, tokens and dictionary
 * lookups only) and vanilla OpenNLP {@code NameFinderME} over the same tokens; one thread and all
 * cores; {@code create()} time and heap after loading; optionally the time per token from 1 KB to
 * 10 MB of input. Tokens are the pipeline's own tokens (punctuation included).
 */
public final class Benchmark {

  /** What to measure. */
  public record Options(List<Path> inputs, Path data, int threads, double seconds, boolean scaling) {
  }

  private final PrintStream out;
  private final Options options;

  public Benchmark(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** Runs the benchmark and prints its report; the last line is the {@code throughput: …} summary. */
  public void run() throws IOException, InterruptedException {
    // load first, in a JVM that has not loaded the models yet
    System.gc();
    long heapBefore = usedHeap();
    long t0 = System.nanoTime();
    UkrainianEntityExtractor extractor = UkrainianEntityExtractor.create();
    double loadMs = (System.nanoTime() - t0) / 1e6;
    System.gc();
    double heapMb = Math.max(0, usedHeap()) / 1e6;
    out.printf(Locale.ROOT, "create(): %.0f ms; heap after loading: %.1f MB (%.1f MB before)%n", loadMs, heapMb,
        heapBefore / 1e6);

    List<String> texts = texts();
    Segmenter segmenter = Segmenter.load(null);
    List<String[]> sentences = new ArrayList<>();
    long tokens = tokenize(segmenter, texts, sentences);
    long chars = texts.stream().mapToLong(String::length).sum();
    out.printf(Locale.ROOT, "input: %d texts, %d chars, %d tokens, %d sentences%n", texts.size(), chars, tokens,
        sentences.size());

    double full = rate("full pipeline, 1 thread", tokens, () -> {
      for (String t : texts) {
        extractor.analyze(t);
      }
    });
    double floor = rate("floor (sentences + tokens + dictionary), 1 thread", tokens, () -> floor(segmenter, texts));
    Double vanilla = null;
    TokenNameFinderModel vanillaModel = vanillaModel();
    if (vanillaModel != null) {
      NameFinderME finder = new NameFinderME(vanillaModel);
      vanilla = rate("vanilla OpenNLP NameFinderME (default features), same tokens, 1 thread", tokens, () -> {
        finder.clearAdaptiveData();
        for (String[] s : sentences) {
          finder.find(s);
        }
      });
    }
    int k = options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
    double parallel = rate("full pipeline, " + k + " threads", tokens, () -> parallel(extractor, texts, k));
    // the JIT keeps improving the code for a while: measure one thread again, now that everything ran
    full = Math.max(full, rate("full pipeline, 1 thread, measured again", tokens, () -> {
      for (String t : texts) {
        extractor.analyze(t);
      }
    }));

    out.printf(Locale.ROOT, "full / floor: %.2f%n", full / floor);
    if (vanilla != null) {
      out.printf(Locale.ROOT, "full / vanilla: %.2f%n", full / vanilla);
    }
    out.printf(Locale.ROOT, "%d threads / 1 thread: %.2f%n", k, parallel / full);
    if (options.scaling()) {
      scaling(extractor, texts);
    }
    out.printf(Locale.ROOT, "throughput: %.0f tokens/s on 1 thread, %.0f tokens/s on %d threads, load %.0f ms, heap %.0f MB%n",
        full, parallel, k, loadMs, heapMb);
  }

  private interface Work {
    void run() throws Exception;
  }

  /**
   * Tokens per second of {@code work} over {@code tokens}: warm-up, then passes for the configured
   * time; the figure is the fastest pass (the least disturbed by other load on the machine), the median
   * is printed beside it.
   */
  private double rate(String name, long tokens, Work work) {
    try {
      // warm-up: as long as the measurement, and at least five passes, so that the JIT has compiled the hot paths
      long warm = System.nanoTime();
      int warmPasses = 0;
      do {
        work.run();
        warmPasses++;
      } while (System.nanoTime() - warm < options.seconds() * 1e9 || warmPasses < 5);
      List<Long> passes = new ArrayList<>();
      long t0 = System.nanoTime();
      do {
        long p0 = System.nanoTime();
        work.run();
        passes.add(System.nanoTime() - p0);
      } while (System.nanoTime() - t0 < options.seconds() * 1e9 || passes.size() < 3);
      passes.sort(null);
      double rate = tokens / (passes.get(0) / 1e9);
      double median = tokens / (passes.get(passes.size() / 2) / 1e9);
      out.printf(Locale.ROOT, "%-75s %10.0f tokens/s (best of %d passes; median %.0f)%n", name + ":", rate,
          passes.size(), median);
      return rate;
    } catch (Exception e) {
      throw new IllegalStateException(name + " failed: " + e, e);
    }
  }

  private static long tokenize(Segmenter segmenter, List<String> texts, List<String[]> sentences) {
    Segmenter.Session session = segmenter.newSession();
    SpanList spans = new SpanList();
    long[] count = {0};
    for (String text : texts) {
      session.sentences(text, (s, e) -> {
        spans.clear();
        session.tokenize(text, s, e, spans);
        String[] toks = new String[spans.size()];
        for (int i = 0; i < toks.length; i++) {
          toks[i] = text.substring(spans.start(i), spans.end(i));
        }
        if (toks.length > 0) {
          sentences.add(toks);
        }
        count[0] += toks.length;
      });
    }
    return count[0];
  }

  private static void floor(Segmenter segmenter, List<String> texts) {
    Segmenter.Session session = segmenter.newSession();
    MorphAnalyzer analyzer = session.analyzer();
    SpanList spans = new SpanList();
    for (String text : texts) {
      session.sentences(text, (s, e) -> {
        spans.clear();
        session.tokenize(text, s, e, spans);
        for (int i = 0; i < spans.size(); i++) {
          analyzer.analyze(text.substring(spans.start(i), spans.end(i)));
        }
      });
    }
  }

  private static void parallel(UkrainianEntityExtractor extractor, List<String> texts, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < texts.size()) {
            extractor.analyze(texts.get(i));
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Time per token on documents of 1 KB to 10 MB made of the same text: the benchmark texts joined,
   * cut into documents of the size (or repeated up to it), so that only the size differs.
   */
  private void scaling(UkrainianEntityExtractor extractor, List<String> texts) {
    String all = String.join("\n", texts);
    Segmenter segmenter = Segmenter.load(null);
    for (int size : new int[] {1_000, 100_000, 1_000_000, 10_000_000}) {
      List<String> docs = new ArrayList<>();
      if (size < all.length()) {
        for (int at = 0; at + size <= all.length(); at += size) {
          docs.add(all.substring(at, at + size));
        }
      } else {
        StringBuilder sb = new StringBuilder(size + all.length());
        while (sb.length() < size) {
          sb.append(all).append('\n');
        }
        docs.add(sb.substring(0, size));
      }
      long tokens = tokenize(segmenter, docs, new ArrayList<>());
      long chars = docs.stream().mapToLong(String::length).sum();
      int repeats = (int) Math.max(3, Math.min(20, 4_000_000 / chars));
      for (String d : docs) {
        extractor.analyze(d);
      }
      long best = Long.MAX_VALUE;
      for (int r = 0; r < repeats; r++) {
        long t0 = System.nanoTime();
        for (String d : docs) {
          extractor.analyze(d);
        }
        best = Math.min(best, System.nanoTime() - t0);
      }
      out.printf(Locale.ROOT, "documents of %,d chars (%d of them, %,d tokens): %.2f µs per token%n", size, docs.size(),
          tokens, best / 1e3 / tokens);
    }
  }

  private List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    if (!options.inputs().isEmpty()) {
      for (Path p : options.inputs()) {
        if (Files.isDirectory(p)) {
          try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
              texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
          }
        } else {
          texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      }
      if (texts.isEmpty()) {
        throw new IOException("no *.txt files in " + options.inputs());
      }
      return texts;
    }
    Path ner = options.data().resolve("ner-uk-2.0");
    if (!Files.isDirectory(ner)) {
      throw new IOException("no input: give --input DIR, or put NER-UK 2.0 at " + ner
          + " (the default input is its DEV documents)");
    }
    for (BratDocument d : NerUkCorpus.open(ner).documents(NerUkCorpus.Part.DEV)) {
      texts.add(d.text());
    }
    out.printf(Locale.ROOT, "input: the DEV documents of %s%n", ner);
    return texts;
  }

  /** A vanilla name finder (OpenNLP defaults) trained on NER-UK TRAIN, or null without the corpus. */
  private TokenNameFinderModel vanillaModel() throws IOException {
    Path ner = options.data().resolve("ner-uk-2.0");
    if (!Files.isDirectory(ner)) {
      out.println("vanilla OpenNLP: skipped (no NER-UK 2.0 at " + ner + " to train it on)");
      return null;
    }
    long t0 = System.nanoTime();
    List<NameSample> samples = new NameSamples(new Tokenizer(), UkrainianDictionary.shared().newAnalyzer())
        .samples(NerUkCorpus.open(ner).documents(NerUkCorpus.Part.TRAIN), new NameSamples.Stats());
    TokenNameFinderModel model = NerTrainer.trainVanilla(samples, NerTrainer.Settings.vanilla());
    out.printf(Locale.ROOT, "vanilla OpenNLP model trained on NER-UK TRAIN in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    return model;
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
