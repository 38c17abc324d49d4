package ua.ner.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ua.ner.Document;
import ua.ner.Entity;
import ua.ner.Person;
import ua.ner.Role;
import ua.ner.UkrainianEntityExtractor;

/** {@code extract}: entities of files, directories or standard input, as text, JSON, JSON lines or HTML. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Finds the entities in the given files (a directory: every *.txt below it; none: standard input).")
final class ExtractCommand implements Callable<Integer> {

  enum Format { text, json, jsonl, html }

  @Option(names = {"-f", "--format"}, defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--charset", defaultValue = "UTF-8", description = "Charset of the input files (default: ${DEFAULT-VALUE}).")
  Charset charset;

  @Option(names = "--models", paramLabel = "DIR", description = "Use the models in DIR instead of the bundled ones.")
  java.nio.file.Path models;

  @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
      description = "Files analysed in parallel (default: all cores); output stays in input order.")
  int threads;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Text files or directories; '-' or none: standard input.")
  List<String> paths = new ArrayList<>();

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public Integer call() throws IOException {
    List<String> inputs = paths.isEmpty() ? List.of(Inputs.STDIN) : Inputs.expand(paths);
    UkrainianEntityExtractor extractor = models == null ? UkrainianEntityExtractor.create()
        : UkrainianEntityExtractor.create(models);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int failed = 0;
    Writer writer = switch (format) {
      case text -> new TextWriter(out, inputs.size() > 1);
      case json -> new JsonWriter(out, false);
      case jsonl -> new JsonWriter(out, true);
      case html -> new HtmlWriter(out);
    };
    writer.begin();
    // files are read and analysed by a pool (one shared extractor), and written in input order as soon
    // as each is done; at most 2 × threads files are in flight, so memory stays bounded
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(n, inputs.size())), r -> {
      Thread t = new Thread(r, "ukrainian-ner-extract");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<Result>> inFlight = new ArrayDeque<>();
      int next = 0;
      while (next < inputs.size() || !inFlight.isEmpty()) {
        while (next < inputs.size() && inFlight.size() < 2 * n) {
          String input = inputs.get(next++);
          inFlight.add(pool.submit(() -> process(extractor, input)));
        }
        Result r = await(inFlight.poll());
        if (r.error() != null) {
          System.err.println("ukrainian-ner: " + r.input() + ": " + r.error());
          failed++;
        } else {
          writer.file(r.input(), r.text(), r.document());
          out.flush();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    writer.end();
    out.flush();
    return failed == 0 ? 0 : Main.EXIT_INPUT_FAILED;
  }

  /** One input's outcome: its text and document, or why it failed. */
  private record Result(String input, String text, Document document, String error) {
  }

  private Result process(UkrainianEntityExtractor extractor, String input) {
    String text;
    try {
      text = Inputs.read(input, charset);
    } catch (IOException e) {
      return new Result(input, null, null, e.getMessage());
    }
    try {
      return new Result(input, text, extractor.analyze(text), null);
    } catch (RuntimeException | OutOfMemoryError e) {
      return new Result(input, null, null, "analysis failed: " + e);
    }
  }

  private static Result await(Future<Result> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    }
  }

  /** One output format. */
  private interface Writer {
    default void begin() throws IOException {
    }

    void file(String name, String text, Document doc) throws IOException;

    default void end() throws IOException {
    }
  }

  /** Tab-separated: {@code TYPE start end text normalized confidence}; a {@code # file} line per file when several. */
  private record TextWriter(PrintStream out, boolean headers) implements Writer {
    @Override
    public void file(String name, String text, Document doc) {
      if (headers) {
        out.println("# " + name);
      }
      for (Entity e : doc.entities()) {
        out.printf(Locale.ROOT, "%s\t%d\t%d\t%s\t%s\t%.4f%n", e.type(), e.start(), e.end(), oneLine(e.text()),
            oneLine(e.normalized()), e.confidence());
      }
    }

    private static String oneLine(String s) {
      return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
  }

  /** JSON: an array of file objects; JSON lines: one file object per line, flushed as each file is done. */
  private static final class JsonWriter implements Writer {
    private final OutputStream out;
    private final boolean lines;
    private JsonGenerator array;

    JsonWriter(OutputStream out, boolean lines) {
      this.out = out;
      this.lines = lines;
    }

    @Override
    public void begin() throws IOException {
      if (!lines) {
        array = JSON.createGenerator(nonClosing(out), JsonEncoding.UTF8);
        array.useDefaultPrettyPrinter();
        array.writeStartArray();
      }
    }

    @Override
    public void file(String name, String text, Document doc) throws IOException {
      if (lines) {
        try (JsonGenerator g = JSON.createGenerator(nonClosing(out), JsonEncoding.UTF8)) {
          writeFile(g, name, doc);
        }
        out.write('\n');
        out.flush();
      } else {
        writeFile(array, name, doc);
        array.flush();
      }
    }

    @Override
    public void end() throws IOException {
      if (array != null) {
        array.writeEndArray();
        array.close();
        out.write('\n');
      }
    }

    private static void writeFile(JsonGenerator g, String name, Document doc) throws IOException {
      g.writeStartObject();
      g.writeStringField("file", name);
      g.writeArrayFieldStart("entities");
      for (Entity e : doc.entities()) {
        g.writeStartObject();
        g.writeStringField("type", e.type().name());
        g.writeStringField("text", e.text());
        g.writeNumberField("start", e.start());
        g.writeNumberField("end", e.end());
        g.writeStringField("normalized", e.normalized());
        g.writeNumberField("confidence", Math.round(e.confidence() * 10000) / 10000.0);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("persons");
      for (Person p : doc.persons()) {
        g.writeStartObject();
        g.writeStringField("name", p.name());
        g.writeStringField("firstName", p.firstName());
        g.writeStringField("lastName", p.lastName());
        g.writeStringField("patronymic", p.patronymic());
        g.writeArrayFieldStart("mentions");
        for (Entity m : p.mentions()) {
          g.writeStartArray();
          g.writeNumber(m.start());
          g.writeNumber(m.end());
          g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("roles");
        for (Role r : p.roles()) {
          g.writeStartObject();
          g.writeStringField("title", r.title());
          g.writeStringField("organization", r.organization());
          g.writeStringField("text", r.text());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** A standalone HTML page: each file's text with its entities marked. */
  private record HtmlWriter(PrintStream out) implements Writer {
    @Override
    public void begin() {
      out.println("<!DOCTYPE html>\n<html lang=\"uk\"><head><meta charset=\"utf-8\"><title>ukrainian-ner</title>");
      out.println("<style>body{font-family:sans-serif;max-width:50em;margin:auto;line-height:1.6}"
          + "mark{padding:0 .2em;border-radius:.2em}mark.PERSON{background:#cde}mark.ORGANIZATION{background:#fdc}"
          + "mark.LOCATION{background:#cec}mark.ROLE{background:#eec}mark small{color:#555;font-size:.6em}"
          + "pre{white-space:pre-wrap;font-family:inherit}</style></head><body>");
    }

    @Override
    public void file(String name, String text, Document doc) {
      out.println("<h2>" + escape(name) + "</h2>");
      StringBuilder sb = new StringBuilder("<pre>");
      int at = 0;
      for (Entity e : doc.entities()) {
        sb.append(escape(text.substring(at, e.start())));
        sb.append("<mark class=\"").append(e.type()).append("\" title=\"").append(escape(e.normalized())).append("\">")
            .append(escape(e.text())).append(" <small>").append(e.type()).append("</small></mark>");
        at = e.end();
      }
      sb.append(escape(text.substring(at))).append("</pre>");
      out.println(sb);
      if (!doc.persons().isEmpty()) {
        out.println("<ul>");
        for (Person p : doc.persons()) {
          StringBuilder li = new StringBuilder("<li>").append(escape(p.name()));
          for (Role r : p.roles()) {
            li.append(" — ").append(escape(r.title()));
            if (r.organization() != null) {
              li.append(" (").append(escape(r.organization())).append(')');
            }
          }
          out.println(li.append(" <small>×").append(p.mentions().size()).append("</small></li>"));
        }
        out.println("</ul>");
      }
    }

    @Override
    public void end() {
      out.println("</body></html>");
    }

    private static String escape(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }
}
