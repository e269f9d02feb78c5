package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.port.in.ReplayErasuresUseCase;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "replay-erasures",
    mixinStandardHelpOptions = true,
    description =
        "Erase again the ledger users that reappear in edX, e.g. after restoring a backup. A dry run (the default) only lists them.")
final class ReplayErasuresCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin QuietOption quiet = new QuietOption();

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
    ReplayErasuresUseCase replay = context.runtime().operations().replayErasures();
    ReplayErasuresUseCase.Result result =
        replay.replay(new ReplayErasuresUseCase.Command(dryRun, Actor.of("cli")));
    var out = context.out();
    out.printf(
        "replay-erasures%s: %d erased users checked, %d reappeared in edX, %d statuses re-opened%n",
        result.dryRun() ? " (dry run: nothing was changed)" : "",
        result.scanned(),
        result.reappeared(),
        result.reopened());
    for (ReportEntry entry : result.entries()) {
      out.printf(
          "  #%-8d %-24s %-14s %s%n",
          entry.edxUserId(), entry.who(), entry.outcome(), entry.detail());
    }
    out.flush();
    return 0;
  }
}
