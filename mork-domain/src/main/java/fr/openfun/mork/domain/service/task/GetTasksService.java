package fr.openfun.mork.domain.service.task;

import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskQuery;
import fr.openfun.mork.domain.port.in.GetTasksUseCase;
import fr.openfun.mork.domain.port.out.TaskRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Reads stored tasks. */
public final class GetTasksService implements GetTasksUseCase {
  private final TaskRepository tasks;

  public GetTasksService(TaskRepository tasks) {
    this.tasks = Objects.requireNonNull(tasks, "tasks");
  }

  @Override
  public Optional<Task> find(UUID taskId) {
    return tasks.findById(taskId);
  }

  @Override
  public List<Task> search(TaskQuery query) {
    return tasks.search(query);
  }
}
