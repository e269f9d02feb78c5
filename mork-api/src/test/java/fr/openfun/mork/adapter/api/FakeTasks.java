package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskQuery;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.model.TaskType;
import fr.openfun.mork.domain.port.in.GetTasksUseCase;
import fr.openfun.mork.domain.port.in.ManageTasksUseCase;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Tasks in memory, keeping every submitted command for assertions. */
final class FakeTasks implements SubmitTaskUseCase, GetTasksUseCase, ManageTasksUseCase {
  final Map<UUID, Task> tasks = new LinkedHashMap<>();
  final List<Command> submitted = new ArrayList<>();
  TaskQuery lastQuery;
  int next = 1;

  FakeTasks add(Task task) {
    tasks.put(task.id(), task);
    return this;
  }

  @Override
  public Task submit(Command command) {
    submitted.add(command);
    UUID id = new UUID(0, next++);
    Task task =
        Task.pending(
            id, command.parameters(), command.dryRun(), Fixtures.NOW, command.requestedBy());
    tasks.put(id, task);
    return task;
  }

  @Override
  public Optional<Task> find(UUID taskId) {
    return Optional.ofNullable(tasks.get(taskId));
  }

  @Override
  public List<Task> search(TaskQuery query) {
    lastQuery = query;
    return tasks.values().stream().skip(query.offset()).limit(query.limit()).toList();
  }

  @Override
  public Optional<Task> revoke(UUID taskId, Actor actor) {
    return find(taskId)
        .map(
            t -> {
              if (t.status().isFinal()) {
                throw new IllegalStateException("task already ended");
              }
              Task revoked = t.withStatus(TaskStatus.REVOKED);
              tasks.put(taskId, revoked);
              return revoked;
            });
  }

  @Override
  public Optional<Task> approve(UUID dryRunTaskId, Actor actor) {
    return find(dryRunTaskId)
        .map(
            t -> {
              if (!t.dryRun() || t.type() != TaskType.DELETE_INACTIVE_USERS) {
                throw new IllegalStateException(
                    "not a finished dry-run delete_inactive_users task");
              }
              var ids = t.report().map(r -> r.selectedEdxUserIds()).orElse(List.of());
              return submit(
                  new Command(
                      new TaskParameters.DeleteInactiveUsers(
                          java.util.OptionalInt.empty(), false, ids),
                      false,
                      actor));
            });
  }
}
