package ua.ner.internal.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The disambiguated BRUK corpus ({@code bruk/disambig/*.xml}): paragraphs of sentences of tokens with
 * gold lemmas and VESUM tags. Used for the sentence detector (after {@link Detokenizer detokenizing})
 * and for word statistics.
 */
public final class BrukCorpus {

  /** A token with its gold lemma and VESUM tags. */
  public record Token(String value, String lemma, String tags) {
  }

  /** A text: its paragraphs, each a list of sentences, each a list of tokens. */
  public record Text(String name, List<List<List<Token>>> paragraphs) {
  }

  private BrukCorpus() {
  }

  /** The texts under {@code dir} (the {@code bruk} folder or its {@code disambig} subfolder), sorted by name. */
  public static List<Text> read(Path dir) throws IOException {
    Path d = Files.isDirectory(dir.resolve("disambig")) ? dir.resolve("disambig") : dir;
    List<Path> files;
    try (Stream<Path> s = Files.list(d)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no BRUK .xml files in " + d);
    }
    List<Text> texts = new ArrayList<>(files.size());
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    for (Path f : files) {
      texts.add(readText(factory, f));
    }
    return texts;
  }

  private static Text readText(XMLInputFactory factory, Path file) throws IOException {
    List<List<List<Token>>> paragraphs = new ArrayList<>();
    List<List<Token>> paragraph = new ArrayList<>();
    List<Token> sentence = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = factory.createXMLStreamReader(in, "UTF-8");
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("token")) {
            String value = r.getAttributeValue(null, "value");
            if (value != null && !value.isEmpty()) {
              sentence.add(new Token(value, r.getAttributeValue(null, "lemma"), r.getAttributeValue(null, "tags")));
            }
          } else if (name.equals("alts")) {
            skipElement(r);
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("sentence") && !sentence.isEmpty()) {
            paragraph.add(sentence);
            sentence = new ArrayList<>();
          } else if (name.equals("paragraph") && !paragraph.isEmpty()) {
            paragraphs.add(paragraph);
            paragraph = new ArrayList<>();
          }
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      throw new IOException("malformed BRUK file " + file + ": " + e.getMessage(), e);
    }
    if (!sentence.isEmpty()) {
      paragraph.add(sentence);
    }
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
    String name = file.getFileName().toString();
    return new Text(name.substring(0, name.length() - 4), paragraphs);
  }

  private static void skipElement(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }
}
