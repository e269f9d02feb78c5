package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.TaskProgress;

/**
 * Told of a run's progress after every page. Answering {@code false} stops the run at that page
 * boundary (the task was revoked, or the node shuts down).
 */
@FunctionalInterface
public interface RunObserver {

  RunObserver NONE = progress -> true;

  boolean onPage(TaskProgress progress);

  /**
   * Told after a delete run has durably recorded {@code users} more users (one ledger transaction),
   * before it records the next ones: their erasure may start while the run goes on.
   */
  default void onRecorded(int users) {}
}
