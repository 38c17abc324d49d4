package ua.ner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ua.ner.internal.eval.Benchmark;

/** {@code bench}: throughput, load time and heap figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measures, after warm-up: the whole pipeline, the floor (sentences + tokens + dictionary), and",
        "vanilla OpenNLP NameFinderME over the same tokens, in tokens/s; create() time, heap after loading,",
        "one thread and all cores. The last line: 'throughput: N tokens/s on 1 thread, M tokens/s on K threads,",
        "load X ms, heap Y MB'. Default input: the DEV documents of NER-UK 2.0 under --data."})
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--input", paramLabel = "PATH", description = "Text files or folders of *.txt to measure on.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--data", defaultValue = "../shared/data", paramLabel = "DIR",
      description = "Folder with ner-uk-2.0/ (default input, and the data for the vanilla model; default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--threads", defaultValue = "0", paramLabel = "N", description = "Threads for the parallel run (default: all cores).")
  int threads;

  @Option(names = "--seconds", defaultValue = "5", paramLabel = "S", description = "Measuring time per figure (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--scaling", description = "Also measure the time per token on inputs of 1 KB, 100 KB, 1 MB and 10 MB.")
  boolean scaling;

  @Override
  public Integer call() throws Exception {
    if (threads < 0 || seconds <= 0) {
      throw new IllegalArgumentException("--threads must be >= 0 and --seconds > 0: threads=" + threads + ", seconds=" + seconds);
    }
    new Benchmark(new Benchmark.Options(inputs, data, threads, seconds, scaling), System.out).run();
    return 0;
  }
}
