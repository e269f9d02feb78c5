package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "warn",
    mixinStandardHelpOptions = true,
    description =
        "Warn inactive users due a reminder by email. A dry run (the default) sends and records nothing and lists who would be warned.")
final class WarnCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin QuietOption quiet = new QuietOption();

  @Option(
      names = "--dry-run",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Change nothing, report only (default). --no-dry-run sends the emails.")
  boolean dryRun;

  @Option(names = "--limit", paramLabel = "N", description = "Warn at most N users.")
  Integer limit;

  WarnCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    WarnInactiveUsersUseCase warn = context.runtime().operations().warnInactiveUsers();
    RunReport report =
        context.withProgress(
            "warn",
            progress ->
                warn.warnInactiveUsers(
                    new WarnInactiveUsersUseCase.Command(
                        dryRun, limit == null ? OptionalInt.empty() : OptionalInt.of(limit), 0),
                    progress.observer()));
    return ReportPrinter.print(report, context.out());
  }
}
