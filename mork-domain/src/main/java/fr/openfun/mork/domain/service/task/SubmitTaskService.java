package fr.openfun.mork.domain.service.task;

import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import fr.openfun.mork.domain.port.out.TaskQueue;
import fr.openfun.mork.domain.port.out.TaskRepository;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Stores a new task as {@code PENDING}, then queues it for a worker. */
public final class SubmitTaskService implements SubmitTaskUseCase {
  private final TaskRepository tasks;
  private final TaskQueue queue;
  private final Clock clock;

  public SubmitTaskService(TaskRepository tasks, TaskQueue queue, Clock clock) {
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Task submit(Command command) {
    Task task =
        Task.pending(
            UUID.randomUUID(),
            command.parameters(),
            command.dryRun(),
            clock.instant(),
            command.requestedBy());
    tasks.create(task);
    queue.enqueue(task.id());
    return task;
  }
}
