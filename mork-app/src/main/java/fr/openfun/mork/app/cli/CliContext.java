package fr.openfun.mork.app.cli;

import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.logging.LogbackSetup;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every command shares: the configuration (loaded once, on first use, so {@code --help} works
 * with a broken one), the runtime (built once, on first use), the output streams, whether a
 * terminal is attached, and whether {@code --quiet} was given.
 */
public final class CliContext implements AutoCloseable {
  private final Supplier<MorkConfig> configs;
  private final Function<MorkConfig, MorkRuntime> runtimes;
  private final PrintWriter out;
  private final PrintStream terminal;
  private final boolean tty;
  private final ShutdownHooks hooks;
  private MorkConfig config;
  private MorkRuntime runtime;
  private boolean quiet;

  public CliContext(
      Supplier<MorkConfig> configs,
      Function<MorkConfig, MorkRuntime> runtimes,
      PrintWriter out,
      PrintStream terminal,
      boolean tty,
      ShutdownHooks hooks) {
    this.configs = configs;
    this.runtimes = runtimes;
    this.out = out;
    this.terminal = terminal;
    this.tty = tty;
    this.hooks = hooks;
  }

  public synchronized MorkConfig config() {
    if (config == null) {
      config = configs.get();
      if (quiet) {
        LogbackSetup.atLeast("WARN");
      }
    }
    return config;
  }

  /** {@code --quiet}: no progress display, and logs only from WARN up once configured. */
  synchronized void quiet() {
    quiet = true;
  }

  public synchronized MorkRuntime runtime() {
    if (runtime == null) {
      runtime = runtimes.apply(config());
    }
    return runtime;
  }

  PrintWriter out() {
    return out;
  }

  /** Where errors and the progress bar go (stderr): never mixed into a result. */
  PrintStream err() {
    return terminal;
  }

  ShutdownHooks hooks() {
    return hooks;
  }

  /** A progress display for a long run, stopping it gracefully on SIGTERM. */
  <T> T withProgress(String taskName, Function<Progress, T> run) {
    GracefulStop stop = new GracefulStop(hooks, Duration.ofSeconds(60));
    try (Progress progress =
        tty && !quiet
            ? new TerminalProgress(taskName, terminal, stop::goOn)
            : new QuietProgress(stop::goOn)) {
      return run.apply(progress);
    } finally {
      stop.finished();
    }
  }

  @Override
  public synchronized void close() {
    if (runtime != null) {
      runtime.close();
      runtime = null;
    }
  }
}
