package fr.openfun.mork.app.cli;

import fr.openfun.mork.app.config.MorkConfig;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every command shares: the configuration (loaded once, on first use, so {@code --help} works
 * with a broken one), the runtime (built once, on first use), the output streams, and whether a
 * terminal is attached.
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
    }
    return config;
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

  ShutdownHooks hooks() {
    return hooks;
  }

  /** A progress display for a long run, stopping it gracefully on SIGTERM. */
  <T> T withProgress(String taskName, Function<Progress, T> run) {
    GracefulStop stop = new GracefulStop(hooks, Duration.ofSeconds(60));
    try (Progress progress =
        tty
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
