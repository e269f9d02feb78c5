package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description =
        "Select users past their deletion date and record them for erasure from every service. A dry run (the default) records nothing and reports the selection with the edX row counts. Stops (exit 4) if the run would delete more than MORK_DELETION_MAX_SHARE of all users, unless --force.")
final class DeleteCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin QuietOption quiet = new QuietOption();

  @Option(
      names = "--dry-run",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Change nothing, report only (default). --no-dry-run records the deletions.")
  boolean dryRun;

  @Option(names = "--limit", paramLabel = "N", description = "Select at most N users.")
  Integer limit;

  @Option(names = "--force", description = "Override the blast-radius guard.")
  boolean force;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "EDX_ID",
      description = "Restrict the run to these edX user ids (each still re-checked).")
  List<Long> only = List.of();

  DeleteCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    DeleteInactiveUsersUseCase delete = context.runtime().operations().deleteInactiveUsers();
    var command = new DeleteInactiveUsersUseCase.Command(dryRun, limitOrEmpty(), force, only);
    RunReport report =
        context.withProgress(
            "delete", progress -> delete.deleteInactiveUsers(command, progress.observer()));
    return ReportPrinter.print(report, context.out());
  }

  private OptionalInt limitOrEmpty() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }
}
