package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.model.RunReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "replay-erasures",
    mixinStandardHelpOptions = true,
    description =
        "Erase again the ledger users that reappear in edX, e.g. after restoring a backup. A dry run (the default) only lists them.")
final class ReplayErasuresCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--dry-run",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Change nothing, report only (default). --no-dry-run re-opens their erasure.")
  boolean dryRun;

  ReplayErasuresCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ReplayErasures replay = context.runtime().operations().replayErasures();
    RunReport report =
        context.withProgress("replay", progress -> replay.replay(dryRun, progress.observer()));
    return ReportPrinter.print(report, context.out());
  }
}
