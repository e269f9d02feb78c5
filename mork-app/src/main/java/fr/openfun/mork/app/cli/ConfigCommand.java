package fr.openfun.mork.app.cli;

import fr.openfun.mork.app.config.ConfigPrinter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description =
        "Print the effective configuration (secrets masked) and its warnings, then exit. Exits with status 3, listing every problem, when the configuration is invalid.")
final class ConfigCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin QuietOption quiet = new QuietOption();

  ConfigCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    context.out().print(ConfigPrinter.render(context.config()));
    context.out().flush();
    return 0;
  }
}
