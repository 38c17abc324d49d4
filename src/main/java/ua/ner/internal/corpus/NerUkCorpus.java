package ua.ner.internal.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The NER-UK 2.0 corpus as laid out in {@code ../shared/data/ner-uk-2.0}: {@code train/{bruk,ng}/ID.txt}
 * with {@code .ann}, gender-swapped copies in {@code swapped/}, and the fixed TRAIN/DEV {@code split.txt}.
 */
public final class NerUkCorpus {

  /** The parts of {@code split.txt}. */
  public enum Part { TRAIN, DEV }

  private final Path root;
  private final Map<String, Part> split;

  private NerUkCorpus(Path root, Map<String, Part> split) {
    this.root = root;
    this.split = split;
  }

  /** Opens the corpus at {@code root} (the folder holding {@code split.txt} and {@code train/}). */
  public static NerUkCorpus open(Path root) throws IOException {
    Path splitFile = root.resolve("split.txt");
    if (!Files.isRegularFile(splitFile)) {
      throw new IOException("not a NER-UK 2.0 folder (no split.txt): " + root);
    }
    return new NerUkCorpus(root, readSplit(splitFile));
  }

  /** Reads a split file: lines {@code TRAIN}/{@code DEV} start a part, other lines are document ids. */
  public static Map<String, Part> readSplit(Path splitFile) throws IOException {
    Map<String, Part> split = new HashMap<>();
    Part part = null;
    for (String line : Files.readAllLines(splitFile, StandardCharsets.UTF_8)) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      if (s.equals("TRAIN") || s.equals("DEV")) {
        part = Part.valueOf(s);
      } else if (part != null) {
        split.put(s, part);
      }
    }
    return split;
  }

  /** The documents of one part, sorted by path (a fixed order, for deterministic training). */
  public List<BratDocument> documents(Part part) throws IOException {
    return read(root.resolve("train"), id -> split.get(id) == part);
  }

  /**
   * The documents of one part from one subfolder of {@code train/}: {@code ng} (raw news text, one
   * sentence per line) or {@code bruk} (text already split into tokens by spaces).
   */
  public List<BratDocument> documents(Part part, String subfolder) throws IOException {
    return read(root.resolve("train").resolve(subfolder), id -> split.get(id) == part);
  }

  /** The gender-swapped copies of the documents of one part. */
  public List<BratDocument> swapped(Part part) throws IOException {
    Path dir = root.resolve("swapped");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    return read(dir, id -> split.get(id.replace("-swapped", "")) == part);
  }

  private static List<BratDocument> read(Path dir, java.util.function.Predicate<String> keep) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<BratDocument> docs = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (keep.test(name.substring(0, name.length() - 4))) {
        try {
          docs.add(BratDocument.read(f));
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
    }
    return docs;
  }
}
