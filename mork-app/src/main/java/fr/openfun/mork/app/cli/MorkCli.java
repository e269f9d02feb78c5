package fr.openfun.mork.app.cli;

import fr.openfun.mork.app.config.ConfigException;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.app.logging.PiiMasker;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mork} command line: run modes and operator commands, {@code serve} by default. */
public final class MorkCli {
  /** Exit status when the configuration is invalid. */
  public static final int INVALID_CONFIGURATION = 3;

  private MorkCli() {}

  @Command(
      name = "mork",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = {
        "Warns, then deletes, inactive Open edX users across every system of the ecosystem.",
        "Configured by MORK_* environment variables (and the file named by MORK_CONFIG_FILE).",
        "Without a command, runs 'serve'."
      },
      footer = {
        "",
        "Exit status: 0 ok, 1 failure, 2 usage, 3 invalid configuration, 4 safety stop."
      })
  static final class Root {}

  public static CommandLine commandLine(CliContext context) {
    CommandLine root = new CommandLine(new Root());
    root.addSubcommand("serve", run(context, null, "Run the API and the worker (MORK_RUN_MODE)."));
    root.addSubcommand("api", run(context, RunMode.API, "Run the REST API only."));
    root.addSubcommand(
        "worker",
        run(context, RunMode.WORKER, "Run the worker only: tasks, schedules, reconcilers."));
    root.addSubcommand(new MigrateCommand(context));
    root.addSubcommand(new ConfigCommand(context));
    root.addSubcommand(new PlanCommand(context));
    root.addSubcommand(new WarnCommand(context));
    root.addSubcommand(new DeleteCommand(context));
    root.addSubcommand(new DeleteUserCommand(context));
    root.addSubcommand(new TasksCommand(context));
    root.addSubcommand(new UsersCommand(context));
    root.addSubcommand(new ReplayErasuresCommand(context));
    root.setOut(context.out());
    root.setExecutionStrategy(
        parsed -> {
          CommandLine.ParseResult command = parsed.subcommand();
          if (command != null && command.hasMatchedOption(QuietOption.NAME)) {
            context.quiet();
          }
          return new CommandLine.RunLast().execute(parsed);
        });
    root.setExecutionExceptionHandler((e, commandLine, parsed) -> failure(e, commandLine.getErr()));
    return root;
  }

  /**
   * Runs {@code args}, {@code serve} when empty, and returns the exit status. A bare {@code serve},
   * {@code api} or {@code worker} (nothing else to parse) starts without building the command
   * line's twelve specifications, which costs a few hundred milliseconds of a node's start-up; it
   * runs the same command with the same failure handling and exit statuses.
   */
  public static int run(CliContext context, PrintWriter err, String... args) {
    try {
      Optional<RunCommand> bare = bareRun(context, args);
      if (bare.isPresent()) {
        return runBare(bare.get(), err);
      }
      CommandLine commandLine = commandLine(context);
      commandLine.setErr(err);
      return commandLine.execute(args.length == 0 ? new String[] {"serve"} : args);
    } finally {
      context.close();
    }
  }

  /** Whether {@code args} start a node without any option: {@code serve}, {@code api}, ... */
  public static boolean isBareRun(String... args) {
    return bareRun(null, args).isPresent();
  }

  private static Optional<RunCommand> bareRun(CliContext context, String... args) {
    if (args.length > 1) {
      return Optional.empty();
    }
    return switch (args.length == 0 ? "serve" : args[0]) {
      case "serve" -> Optional.of(new RunCommand(context, null));
      case "api" -> Optional.of(new RunCommand(context, RunMode.API));
      case "worker" -> Optional.of(new RunCommand(context, RunMode.WORKER));
      default -> Optional.empty();
    };
  }

  /** What picocli's {@code execute} does with a command that has no option: call, or fail. */
  private static int runBare(RunCommand command, PrintWriter err) {
    try {
      return command.call();
    } catch (Exception e) {
      return failure(e, err);
    }
  }

  private static CommandLine run(CliContext context, RunMode mode, String description) {
    CommandLine command = new CommandLine(new RunCommand(context, mode));
    command.getCommandSpec().usageMessage().description(description);
    return command;
  }

  private static int failure(Exception e, PrintWriter err) {
    if (e instanceof ConfigException config) {
      err.println(config.getMessage());
      err.flush();
      return INVALID_CONFIGURATION;
    }
    err.println("mork: " + e.getClass().getSimpleName() + ": " + PiiMasker.mask(e.getMessage()));
    err.flush();
    return 1;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = MorkCli.class.getPackage().getImplementationVersion();
      return new String[] {"mork " + (version == null ? "development" : version)};
    }
  }
}
