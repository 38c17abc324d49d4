package ua.ner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ukrainian-ner-cli.jar} entry point: {@code extract}, {@code eval}, {@code train},
 * {@code eval-segmentation}. Exit codes: 0 all good, 1 some inputs failed (each named on stderr),
 * 2 usage error.
 */
@Command(name = "ukrainian-ner", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Finds people, organisations, places and roles in Ukrainian text.",
    subcommands = {ExtractCommand.class, EvalCommand.class, TrainCommand.class, SegmentationEvalCommand.class,
        BenchCommand.class})
public final class Main implements Runnable {

  /** Exit code: some inputs could not be processed. */
  static final int EXIT_INPUT_FAILED = 1;
  /** Exit code: wrong usage. */
  static final int EXIT_USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code (for tests: nothing exits the JVM). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_INPUT_FAILED);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("ukrainian-ner: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return e instanceof IllegalArgumentException ? EXIT_USAGE : EXIT_INPUT_FAILED;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: extract, eval, train or eval-segmentation");
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"ukrainian-ner " + (v == null ? "(development build)" : v)};
    }
  }
}
