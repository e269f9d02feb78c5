package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.Task;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Executes a stored task on a worker: {@code STARTED}, progress after every page (resuming from the
 * saved cursor after a crash), then {@code SUCCESS}, {@code FAILURE} or {@code REVOKED}.
 * Destructive tasks wait ({@code RETRY}) while Mork is paused.
 */
public interface RunTaskUseCase {

  Task run(UUID taskId);

  /**
   * Like {@link #run(UUID)}, but once {@code stopping} answers true (the node shuts down) the run
   * stops at its next page boundary and the task is left {@code RETRY} with its progress and cursor
   * saved, to be resumed by the next worker. Implementations that cannot stop early just run.
   */
  default Task run(UUID taskId, BooleanSupplier stopping) {
    return run(taskId);
  }
}
