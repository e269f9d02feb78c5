package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.Task;
import java.util.Optional;
import java.util.UUID;

/** Operator actions on tasks. */
public interface ManageTasksUseCase {

  /**
   * Revokes a pending or running task (a running one stops at its next page). Empty if unknown;
   * throws {@link IllegalStateException} if the task already ended.
   */
  Optional<Task> revoke(UUID taskId, Actor actor);

  /**
   * Approves a finished dry-run {@code delete_inactive_users} task: submits a real run restricted
   * to exactly the users it selected (each re-checked). Empty if unknown; throws {@link
   * IllegalStateException} if the task is not such a dry run.
   */
  Optional<Task> approve(UUID dryRunTaskId, Actor actor);
}
