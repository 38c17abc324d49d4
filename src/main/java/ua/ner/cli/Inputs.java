package ua.ner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Resolves the command line's PATH arguments to files and reads them as text, with clear errors. */
final class Inputs {

  /** Standard input, as a path name. */
  static final String STDIN = "-";

  private Inputs() {
  }

  /** Every path as given; a directory becomes every {@code *.txt} below it, in sorted order. */
  static List<String> expand(List<String> args) throws IOException {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
              .map(Path::toString).sorted().forEach(out::add);
        }
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Reads a file (or standard input for {@code -}) strictly in {@code charset}.
   *
   * @throws IOException with a message that says what is wrong: missing, unreadable, binary, or not
   *                     valid in the charset
   */
  static String read(String name, Charset charset) throws IOException {
    byte[] bytes;
    if (name.equals(STDIN)) {
      bytes = System.in.readAllBytes();
    } else {
      Path p = Path.of(name);
      if (!Files.exists(p)) {
        throw new IOException("no such file");
      }
      if (Files.isDirectory(p)) {
        throw new IOException("is a directory");
      }
      if (!Files.isReadable(p)) {
        throw new IOException("not readable");
      }
      try (InputStream in = Files.newInputStream(p)) {
        bytes = in.readAllBytes();
      }
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        throw new IOException("binary file (contains NUL bytes), not text");
      }
    }
    try {
      String text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text; // a byte-order mark stays: offsets match a plain decode, and the tokenizer skips it
    } catch (CharacterCodingException e) {
      throw new IOException("not valid " + charset.name() + " text (try --charset windows-1251 for cp1251 files)");
    }
  }
}
