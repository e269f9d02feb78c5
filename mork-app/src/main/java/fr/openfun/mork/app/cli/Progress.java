package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.port.in.RunObserver;

/** Shows a long run's progress: a bar in a terminal, nothing otherwise. */
interface Progress extends AutoCloseable {

  /** Called after every page; the returned observer also answers whether the run may go on. */
  RunObserver observer();

  @Override
  void close();
}
