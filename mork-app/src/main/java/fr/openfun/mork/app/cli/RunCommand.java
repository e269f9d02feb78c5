package fr.openfun.mork.app.cli;

import fr.openfun.mork.app.config.RunMode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code serve}, {@code api} and {@code worker}: start the node, stop gracefully on SIGTERM. For
 * {@code serve}, {@code MORK_RUN_MODE} chooses the mode (default: all).
 */
@Command(mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
  private final CliContext context;
  private final RunMode mode;

  RunCommand(CliContext context, RunMode mode) {
    this.context = context;
    this.mode = mode;
  }

  @Override
  public Integer call() throws InterruptedException {
    RunMode effective = mode == null ? context.config().runMode() : mode;
    Lifecycle lifecycle = context.runtime().lifecycle();
    context.hooks().register(lifecycle::stop);
    lifecycle.start(effective);
    lifecycle.awaitStopped();
    return 0;
  }
}
