package fr.openfun.mork.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = "Apply the store's database migrations (run before a new version starts).")
final class MigrateCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin QuietOption quiet = new QuietOption();

  MigrateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    context.out().println(context.runtime().migrate());
    context.out().flush();
    return 0;
  }
}
