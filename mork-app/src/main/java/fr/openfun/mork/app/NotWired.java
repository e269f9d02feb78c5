package fr.openfun.mork.app;

import fr.openfun.mork.app.cli.MorkRuntime;
import fr.openfun.mork.app.config.MorkConfig;

/** Stands for the composition root until the adapters are wired: commands needing it fail. */
final class NotWired {
  private NotWired() {}

  static MorkRuntime runtime(MorkConfig config) {
    throw new IllegalStateException(
        "this build has no composition root yet: only 'config' and '--help' work");
  }
}
