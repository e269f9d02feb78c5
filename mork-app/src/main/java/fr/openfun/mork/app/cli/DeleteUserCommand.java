package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.port.in.DeleteUserUseCase;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "delete-user",
    mixinStandardHelpOptions = true,
    description =
        "Record one user, found by email, for erasure from every service, whatever their activity. A dry run (the default) records nothing and shows the edX row counts.")
final class DeleteUserCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin QuietOption quiet = new QuietOption();

  @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The user.")
  String email;

  @Option(
      names = "--reason",
      defaultValue = "user_requested",
      paramLabel = "REASON",
      description = "user_requested (default) or gdpr.")
  String reason;

  @Option(
      names = "--dry-run",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Change nothing, report only (default). --no-dry-run records the deletion.")
  boolean dryRun;

  DeleteUserCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    var command = new DeleteUserUseCase.Command(email, DeletionReason.fromWire(reason), dryRun);
    RunReport report = context.runtime().operations().deleteUser().deleteUser(command);
    return ReportPrinter.print(report, context.out());
  }
}
