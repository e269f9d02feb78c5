package fr.openfun.mork.app.cli;

import picocli.CommandLine.Option;

/**
 * {@code -q, --quiet} on every operator command: the result and the errors only, no progress bar
 * and no log below WARN. Exit statuses are unchanged. Read by {@link MorkCli} before the command
 * runs.
 */
final class QuietOption {
  static final String NAME = "--quiet";

  @Option(
      names = {"-q", NAME},
      description = "Print only the result and errors: no progress bar, no INFO logs.")
  boolean quiet;
}
