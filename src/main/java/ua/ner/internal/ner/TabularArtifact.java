package ua.ner.internal.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text format of our model artifacts: a header line, then {@code key<TAB>value} lines sorted by
 * key, UTF-8. Sorted, so that the same content gives the same bytes.
 */
final class TabularArtifact {

  /** The header line and the entries of an artifact. */
  record Content(String header, Map<String, String> entries) {
  }

  private TabularArtifact() {
  }

  /**
   * Reads to the end of the entry, without closing the stream (it is the model's zip stream).
   *
   * @param kind the name the header must start with
   */
  static Content read(InputStream in, String kind) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    in.transferTo(buf);
    String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
    if (lines.length == 0 || !lines[0].startsWith(kind)) {
      throw new IOException("not a " + kind + " artifact (no '" + kind + "' header)");
    }
    Map<String, String> entries = new HashMap<>(lines.length * 2);
    for (int i = 1; i < lines.length; i++) {
      int tab = lines[i].indexOf('\t');
      if (tab > 0) {
        entries.put(lines[i].substring(0, tab), lines[i].substring(tab + 1));
      }
    }
    return new Content(lines[0], entries);
  }

  static void write(OutputStream out, String header, Map<String, String> entries) throws IOException {
    List<String> keys = new ArrayList<>(entries.keySet());
    keys.sort(null);
    StringBuilder sb = new StringBuilder(header).append('\n');
    for (String k : keys) {
      sb.append(k).append('\t').append(entries.get(k)).append('\n');
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
