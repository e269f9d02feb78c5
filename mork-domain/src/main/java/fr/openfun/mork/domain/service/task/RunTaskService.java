package fr.openfun.mork.domain.service.task;

import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskProgress;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.DeleteUserUseCase;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.domain.port.in.RunTaskUseCase;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.WarnUserUseCase;
import fr.openfun.mork.domain.port.out.ControlRepository;
import fr.openfun.mork.domain.port.out.DirectoryUnavailableException;
import fr.openfun.mork.domain.port.out.StoreUnavailableException;
import fr.openfun.mork.domain.port.out.TaskRepository;
import fr.openfun.mork.domain.port.out.WarningNotifier;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a stored task: {@code STARTED}, progress saved after every page (a revoked task stops at the
 * next one; a warn run resumes from its saved cursor), then the final status from the report. A
 * destructive real task waits ({@code RETRY}) while paused, and any task when edX or Mork's store
 * cannot be reached (a store that is still down when saving that leaves it to the job's retry); any
 * task stopped at a page boundary because its node shuts down waits ({@code RETRY}) to be resumed.
 */
public final class RunTaskService implements RunTaskUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(RunTaskService.class);

  private final TaskRepository tasks;
  private final ControlRepository control;
  private final WarningNotifier notifier;
  private final DispatchTaskService dispatch;
  private final Clock clock;

  public RunTaskService(
      TaskRepository tasks,
      ControlRepository control,
      WarningNotifier notifier,
      WarnInactiveUsersUseCase warnInactiveUsers,
      WarnUserUseCase warnUser,
      DeleteInactiveUsersUseCase deleteInactiveUsers,
      DeleteUserUseCase deleteUser,
      Clock clock) {
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.control = Objects.requireNonNull(control, "control");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.dispatch =
        new DispatchTaskService(warnInactiveUsers, warnUser, deleteInactiveUsers, deleteUser);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Task run(UUID taskId) {
    return run(taskId, () -> false);
  }

  @Override
  public Task run(UUID taskId, BooleanSupplier stopping) {
    return run(taskId, stopping, () -> {});
  }

  @Override
  public Task run(UUID taskId, BooleanSupplier stopping, Runnable onRecorded) {
    Task task =
        tasks
            .findById(taskId)
            .orElseThrow(() -> new IllegalArgumentException("taskId: no task " + taskId));
    if (task.status().isFinal() || stopping.getAsBoolean()) {
      return task;
    }
    if (task.type().destructive() && !task.dryRun() && control.paused()) {
      return save(waiting(task, "Mork is paused"));
    }
    Task started = save(task.started(clock.instant()));
    TaskProgress before = resumable(task) ? task.progress() : TaskProgress.NONE;
    RunReport report;
    try {
      report =
          resumed(before, dispatch.run(started, observer(taskId, stopping, before, onRecorded)));
    } catch (DirectoryUnavailableException | StoreUnavailableException e) {
      LOG.warn("task {} will be retried: {}", taskId, e.getMessage());
      return save(waiting(current(started), e.getMessage()));
    } catch (RuntimeException e) {
      LOG.error("task {} failed", taskId, e);
      return save(current(started).failed(e.getClass().getSimpleName(), clock.instant()));
    }
    Task finished = finish(current(started), report, stopping);
    if (!task.dryRun() && finished.status() != TaskStatus.RETRY) {
      try {
        notifier.sendDigest(report);
      } catch (RuntimeException e) {
        LOG.warn("digest of task {} not sent: {}", taskId, e.getClass().getSimpleName());
      }
    }
    return finished;
  }

  private Task finish(Task stored, RunReport report, BooleanSupplier stopping) {
    Optional<RunStop> stop = report.stop();
    if (stored.status() == TaskStatus.REVOKED) {
      return save(stored.finished(TaskStatus.REVOKED, report, stored.error(), clock.instant()));
    }
    if (stop.isPresent() && stop.get().kind() == RunStop.Kind.REVOKED && stopping.getAsBoolean()) {
      LOG.info("task {} stopped at a page boundary: the node shuts down", stored.id());
      return save(
          waiting(
              stored.withProgress(report.progress()),
              "the node shut down after user id " + report.progress().cursor() + ": resumes"));
    }
    if (stop.isPresent() && stop.get().kind() == RunStop.Kind.PAUSED) {
      return save(waiting(stored.withProgress(report.progress()), stop.get().message()));
    }
    TaskStatus status =
        stop.map(
                s ->
                    switch (s.kind()) {
                      case GUARD, SCHEMA_DRIFT -> TaskStatus.FAILURE;
                      case REVOKED -> TaskStatus.REVOKED;
                      case PAUSED, LIMIT -> TaskStatus.SUCCESS;
                    })
            .orElse(TaskStatus.SUCCESS);
    Optional<String> why =
        status == TaskStatus.SUCCESS ? Optional.empty() : stop.map(RunStop::message);
    return save(stored.finished(status, report, why, clock.instant()));
  }

  /**
   * Saves each page's progress (the cursor a resumed run starts from), then says whether to go on;
   * passes on each chunk of recorded users.
   */
  private RunObserver observer(
      UUID taskId, BooleanSupplier stopping, TaskProgress before, Runnable onRecorded) {
    return new RunObserver() {
      @Override
      public boolean onPage(TaskProgress progress) {
        Optional<Task> stored = tasks.findById(taskId);
        if (stored.isEmpty() || stored.get().status() == TaskStatus.REVOKED) {
          return false;
        }
        tasks.update(stored.get().withProgress(before.plus(progress)));
        return !stopping.getAsBoolean();
      }

      @Override
      public void onRecorded(int users) {
        onRecorded.run();
      }
    };
  }

  /** Warn runs resume from their cursor; the others start their selection again. */
  private static boolean resumable(Task task) {
    return task.parameters() instanceof TaskParameters.EmailInactiveUsers;
  }

  /** The report of a resumed run counts what the earlier runs of the task had done too. */
  private static RunReport resumed(TaskProgress before, RunReport report) {
    if (before.equals(TaskProgress.NONE)) {
      return report;
    }
    return new RunReport(
        report.type(),
        report.dryRun(),
        before.plus(report.progress()),
        report.outcomes(),
        report.entries(),
        report.entriesTruncated(),
        report.selectedEdxUserIds(),
        report.stop());
  }

  private Task current(Task fallback) {
    return tasks.findById(fallback.id()).orElse(fallback);
  }

  private Task save(Task task) {
    tasks.update(task);
    return task;
  }

  private static Task waiting(Task task, String why) {
    return new Task(
        task.id(),
        task.parameters(),
        task.dryRun(),
        TaskStatus.RETRY,
        task.progress(),
        task.report(),
        task.createdAt(),
        task.startedAt(),
        Optional.empty(),
        Optional.of(why),
        task.requestedBy());
  }

  /** The task ended with {@code status} and {@code why}, keeping its progress and report. */
  static Task ended(Task task, TaskStatus status, String why, Clock clock) {
    return new Task(
        task.id(),
        task.parameters(),
        task.dryRun(),
        status,
        task.progress(),
        task.report(),
        task.createdAt(),
        task.startedAt(),
        Optional.of(clock.instant()),
        Optional.of(why),
        task.requestedBy());
  }
}
