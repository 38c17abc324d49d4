package ua.ner.internal.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with its brat standoff annotations ({@code X.txt} + {@code X.ann}).
 *
 * @param id       the file name without extension
 * @param text     the document text
 * @param entities the text-bound annotations, in file order
 */
public record BratDocument(String id, String text, List<Annotation> entities) {

  /** One text-bound annotation; {@code start}/{@code end} are char offsets into the text. */
  public record Annotation(String type, int start, int end) {
  }

  /** The NER-UK labels of the four entity types this library finds, mapped to our type names. */
  public static final Map<String, String> TYPE_NAMES = Map.of(
      "PERS", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION", "JOB", "ROLE");

  // T1<TAB>TYPE START END[;START END]*<TAB>TEXT, where NER-UK also uses tabs between type and offsets
  private static final Pattern TEXT_BOUND = Pattern.compile("^T\\d+\\t(\\S+)[ \\t](\\d+)[ \\t](\\d+)((?:;\\d+ \\d+)*)\\t");

  /** By start, and of two that start together the longer first. */
  private static final Comparator<Annotation> OUTER_FIRST =
      Comparator.comparingInt(Annotation::start).thenComparing(Comparator.comparingInt(Annotation::end).reversed());

  /** Reads {@code txt} and the {@code .ann} beside it (no annotations when there is none). */
  public static BratDocument read(Path txt) throws IOException {
    String name = txt.getFileName().toString();
    String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    Path ann = txt.resolveSibling(id + ".ann");
    List<Annotation> entities = new ArrayList<>();
    if (Files.exists(ann)) {
      for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
        Matcher m = TEXT_BOUND.matcher(line);
        if (!m.find()) {
          continue;
        }
        int start = Integer.parseInt(m.group(2));
        int end = Integer.parseInt(m.group(3));
        if (!m.group(4).isEmpty()) {
          // discontinuous: take the whole extent
          String[] last = m.group(4).substring(m.group(4).lastIndexOf(';') + 1).split(" ");
          end = Integer.parseInt(last[1]);
        }
        if (start < 0 || end > text.length() || start >= end) {
          throw new IOException("annotation offsets outside the text in " + ann + ": " + line);
        }
        entities.add(new Annotation(m.group(1), start, end));
      }
    }
    return new BratDocument(id, text, List.copyOf(entities));
  }

  /**
   * {@link #flatEntities()} plus the annotations of {@code otherTypes} (NER-UK labels such as
   * {@code MISC}, kept under those labels) that overlap none of them and no earlier one of these, sorted
   * by start.
   */
  public List<Annotation> flatEntities(Set<String> otherTypes) {
    List<Annotation> flat = new ArrayList<>(flatEntities());
    if (otherTypes.isEmpty()) {
      return flat;
    }
    List<Annotation> others = entities.stream().filter(a -> otherTypes.contains(a.type())).sorted(OUTER_FIRST).toList();
    for (Annotation a : others) {
      if (flat.stream().noneMatch(b -> b.start() < a.end() && a.start() < b.end())) {
        flat.add(a);
      }
    }
    flat.sort(Comparator.comparingInt(Annotation::start));
    return flat;
  }

  /**
   * The annotations of the four types this library finds, under our type names, flattened: an entity
   * inside another one of these types is dropped (the model learns the outer one), sorted by start.
   */
  public List<Annotation> flatEntities() {
    List<Annotation> ours = new ArrayList<>();
    for (Annotation a : entities) {
      String type = TYPE_NAMES.get(a.type());
      if (type != null) {
        ours.add(new Annotation(type, a.start(), a.end()));
      }
    }
    ours.sort(OUTER_FIRST);
    List<Annotation> flat = new ArrayList<>();
    int coveredTo = -1;
    for (Annotation a : ours) {
      if (a.start() < coveredTo) {
        continue; // nested in (or crossing) the previous outer entity
      }
      flat.add(a);
      coveredTo = a.end();
    }
    return flat;
  }
}
