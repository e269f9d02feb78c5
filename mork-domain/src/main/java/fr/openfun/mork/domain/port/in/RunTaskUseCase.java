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

  /**
   * Like {@link #run(UUID, BooleanSupplier)}; {@code onRecorded} is called after each chunk of
   * users a delete run has durably recorded (see {@link RunObserver#onRecorded}), so that their
   * erasure may start before the run ends. Implementations that cannot tell just run.
   */
  default Task run(UUID taskId, BooleanSupplier stopping, Runnable onRecorded) {
    return run(taskId, stopping);
  }
}
