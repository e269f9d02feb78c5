package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.port.in.RunObserver;
import java.io.PrintStream;
import java.util.function.BooleanSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar of users scanned (total unknown up front), drawn on the terminal's stderr. */
final class TerminalProgress implements Progress {
  private final ProgressBar bar;
  private final BooleanSupplier goOn;

  TerminalProgress(String taskName, PrintStream terminal, BooleanSupplier goOn) {
    this.goOn = goOn;
    this.bar =
        new ProgressBarBuilder()
            .setTaskName(taskName)
            .setInitialMax(-1)
            .setUnit(" users", 1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .setConsumer(new ConsoleProgressBarConsumer(terminal))
            .build();
  }

  @Override
  public RunObserver observer() {
    return progress -> {
      bar.stepTo(progress.scanned());
      bar.setExtraMessage(
          " selected " + progress.selected() + ", done " + progress.succeeded() + " ");
      return goOn.getAsBoolean();
    };
  }

  @Override
  public void close() {
    bar.close();
  }
}
