package fr.openfun.mork.domain.service.task;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.model.TaskType;
import fr.openfun.mork.domain.port.in.ManageTasksUseCase;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import fr.openfun.mork.domain.port.out.TaskQueue;
import fr.openfun.mork.domain.port.out.TaskRepository;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revokes tasks (a running one stops at its next page, when its observer reads the stored status)
 * and approves dry-run delete runs by submitting a real run restricted to the users they selected.
 */
public final class ManageTasksService implements ManageTasksUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(ManageTasksService.class);

  private final TaskRepository tasks;
  private final TaskQueue queue;
  private final SubmitTaskUseCase submit;
  private final Clock clock;

  public ManageTasksService(
      TaskRepository tasks, TaskQueue queue, SubmitTaskUseCase submit, Clock clock) {
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.submit = Objects.requireNonNull(submit, "submit");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<Task> revoke(UUID taskId, Actor actor) {
    Optional<Task> found = tasks.findById(taskId);
    if (found.isEmpty()) {
      return found;
    }
    Task task = found.get();
    if (task.status().isFinal()) {
      throw new IllegalStateException(
          "task " + taskId + " already ended with status " + task.status());
    }
    Task revoked = RunTaskService.ended(task, TaskStatus.REVOKED, "revoked by " + actor, clock);
    tasks.update(revoked);
    if (task.status() != TaskStatus.STARTED) {
      queue.cancel(taskId);
    }
    LOG.info("task {} revoked by {}", taskId, actor);
    return Optional.of(revoked);
  }

  @Override
  public Optional<Task> approve(UUID dryRunTaskId, Actor actor) {
    Optional<Task> found = tasks.findById(dryRunTaskId);
    if (found.isEmpty()) {
      return found;
    }
    Task task = found.get();
    if (task.type() != TaskType.DELETE_INACTIVE_USERS
        || !task.dryRun()
        || task.status() != TaskStatus.SUCCESS
        || task.report().isEmpty()) {
      throw new IllegalStateException(
          "only a successful dry-run delete_inactive_users task can be approved");
    }
    RunReport report = task.report().get();
    if (report.selectedEdxUserIds().isEmpty()) {
      throw new IllegalStateException("the dry run selected nobody: there is nothing to approve");
    }
    boolean force = task.parameters() instanceof TaskParameters.DeleteInactiveUsers p && p.force();
    TaskParameters.DeleteInactiveUsers real =
        new TaskParameters.DeleteInactiveUsers(
            OptionalInt.empty(), force, report.selectedEdxUserIds());
    Task submitted = submit.submit(new SubmitTaskUseCase.Command(real, false, actor));
    LOG.info(
        "dry run {} approved by {}: task {} deletes {} users",
        dryRunTaskId,
        actor,
        submitted.id(),
        report.selectedEdxUserIds().size());
    return Optional.of(submitted);
  }
}
