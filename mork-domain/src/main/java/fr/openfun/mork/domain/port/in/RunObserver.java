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
}
