package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.Task;
import java.util.UUID;

/**
 * Executes a stored task on a worker: {@code STARTED}, progress after every page (resuming from the
 * saved cursor after a crash), then {@code SUCCESS}, {@code FAILURE} or {@code REVOKED}.
 * Destructive tasks wait ({@code RETRY}) while Mork is paused.
 */
public interface RunTaskUseCase {

  Task run(UUID taskId);
}
