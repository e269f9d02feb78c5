package fr.openfun.mork.adapter.api.console;

import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.model.TaskType;

/** When the console offers an approve button: the domain re-checks the same on approval. */
final class TaskRules {
  private TaskRules() {}

  static boolean approvable(Task task) {
    return task.dryRun()
        && task.type() == TaskType.DELETE_INACTIVE_USERS
        && task.status() == TaskStatus.SUCCESS;
  }
}
