package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.port.in.RunObserver;
import java.util.function.BooleanSupplier;

/** No output (not a terminal: logs and CI), only the stop signal. */
final class QuietProgress implements Progress {
  private final BooleanSupplier goOn;

  QuietProgress(BooleanSupplier goOn) {
    this.goOn = goOn;
  }

  @Override
  public RunObserver observer() {
    return progress -> goOn.getAsBoolean();
  }

  @Override
  public void close() {}
}
