package ua.ner.internal.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UD CoNLL-U file into raw documents with gold sentence and token spans: the gold standard for
 * sentence splitting and tokenization. Within a document, sentences of one paragraph are joined by a
 * space and paragraphs by a newline (or everything by a space, see {@link #read(Path, boolean)}).
 */
public final class UdCorpus {

  /** A raw document with its gold sentence spans and surface-token spans (char offsets). */
  public record Doc(String id, String text, List<int[]> sentences, List<int[]> tokens) {
  }

  private UdCorpus() {
  }

  /**
   * @param paragraphsAsLines join paragraphs with {@code \n} (true) or with a space (false, which leaves
   *                          every boundary to the sentence detector)
   */
  public static List<Doc> read(Path conllu, boolean paragraphsAsLines) throws IOException {
    List<Doc> docs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<int[]> sents = new ArrayList<>();
    List<int[]> toks = new ArrayList<>();
    String docId = null;
    String sentText = null;
    boolean newPar = false;
    List<String> forms = new ArrayList<>();
    int skipUntil = 0;
    for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
      if (line.startsWith("# newdoc")) {
        if (text.length() > 0) {
          docs.add(new Doc(docId, text.toString(), List.copyOf(sents), List.copyOf(toks)));
        }
        text.setLength(0);
        sents.clear();
        toks.clear();
        docId = line.contains("=") ? line.substring(line.indexOf('=') + 1).trim() : String.valueOf(docs.size());
        newPar = true;
      } else if (line.startsWith("# newpar")) {
        newPar = true;
      } else if (line.startsWith("# text = ")) {
        sentText = line.substring("# text = ".length());
      } else if (line.isEmpty()) {
        if (sentText != null) {
          if (text.length() > 0) {
            text.append(newPar && paragraphsAsLines ? '\n' : ' ');
          }
          int base = text.length();
          text.append(sentText);
          sents.add(new int[] {base, text.length()});
          int pos = 0;
          for (String form : forms) {
            int at = sentText.indexOf(form, pos);
            if (at < 0) {
              throw new IOException("token '" + form + "' not found in sentence text: " + sentText);
            }
            toks.add(new int[] {base + at, base + at + form.length()});
            pos = at + form.length();
          }
        }
        sentText = null;
        newPar = false;
        forms.clear();
        skipUntil = 0;
      } else if (!line.startsWith("#")) {
        String[] f = line.split("\t", -1);
        if (f.length < 2) {
          continue;
        }
        String id = f[0];
        int dash = id.indexOf('-');
        if (dash > 0) {
          forms.add(f[1]);
          skipUntil = Integer.parseInt(id.substring(dash + 1));
        } else if (id.indexOf('.') < 0) {
          int n = Integer.parseInt(id);
          if (n > skipUntil) {
            forms.add(f[1]);
          }
        }
      }
    }
    if (text.length() > 0) {
      docs.add(new Doc(docId, text.toString(), List.copyOf(sents), List.copyOf(toks)));
    }
    return docs;
  }
}
