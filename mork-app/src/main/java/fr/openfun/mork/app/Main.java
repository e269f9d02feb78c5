package fr.openfun.mork.app;

import fr.openfun.mork.app.cli.CliContext;
import fr.openfun.mork.app.cli.MorkCli;
import fr.openfun.mork.app.cli.MorkRuntime;
import fr.openfun.mork.app.cli.ShutdownHooks;
import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.logging.LogbackSetup;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/** {@code java -jar mork.jar [command]}: reads the configuration once, then runs the command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (MorkCli.isBareRun(args)) {
      StartupClasses.preloadInBackground();
    }
    int status = run(System.getenv(), MorkApplication::create, args);
    LogbackSetup.drain();
    System.exit(status);
  }

  /** Runs with this environment and runtime factory; returns the exit status. */
  public static int run(
      Map<String, String> environment, Function<MorkConfig, MorkRuntime> runtimes, String... args) {
    PrintWriter out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8));
    CliContext context =
        new CliContext(
            () -> configure(MorkConfigLoader.load(environment)),
            runtimes,
            out,
            System.err,
            isTerminal(),
            ShutdownHooks.JVM);
    return MorkCli.run(context, err, args);
  }

  private static MorkConfig configure(MorkConfig config) {
    LogbackSetup.apply(config.observability());
    return config;
  }

  /** {@code System.console()} alone is not enough on JDK 22+, where it exists without a TTY. */
  static boolean isTerminal() {
    var console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = console.getClass().getMethod("isTerminal");
      return (boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
