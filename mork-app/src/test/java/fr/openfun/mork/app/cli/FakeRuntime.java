package fr.openfun.mork.app.cli;

import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskProgress;
import fr.openfun.mork.domain.model.TaskQuery;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.model.TaskType;
import fr.openfun.mork.domain.policy.DriftVerdict;
import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.DeleteUserUseCase;
import fr.openfun.mork.domain.port.in.ExplainPlanUseCase;
import fr.openfun.mork.domain.port.in.GetLedgerUseCase;
import fr.openfun.mork.domain.port.in.GetTasksUseCase;
import fr.openfun.mork.domain.port.in.ReplayErasuresUseCase;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Records what the commands asked for and answers with canned reports. */
final class FakeRuntime implements MorkRuntime, Operations, Lifecycle {
  static final Instant AT = Instant.parse("2024-03-01T10:15:30Z");
  static final PlanStep STEP =
      new PlanStep(
          1,
          "student_courseenrollment",
          "user_id",
          "auth_user",
          "id",
          PlanAction.DELETE,
          true,
          "enrolments of the user",
          Map.of());
  static final Task TASK =
      new Task(
          UUID.fromString("5f0c7a52-8f35-4c0e-9a3c-1d2e3f4a5b6c"),
          new TaskParameters.DeleteUser("jane.doe@example.org", DeletionReason.GDPR),
          true,
          TaskStatus.SUCCESS,
          new TaskProgress(1, 1, 0, 0, 0, 0),
          Optional.of(report(TaskType.DELETE_USER, true, Optional.empty())),
          AT,
          Optional.of(AT),
          Optional.of(AT.plusSeconds(2)),
          Optional.empty(),
          Actor.of("ops"));
  static final MorkUser USER =
      new MorkUser(
          UUID.fromString("8b0e3f5c-2d1a-4c3e-9f6a-1b2c3d4e5f60"),
          "janedoe42",
          42,
          "jane.doe@example.org",
          DeletionReason.GDPR,
          AT,
          AT,
          List.of(
              ServiceStatus.toDelete(ServiceName.of("joanie"), AT),
              ServiceStatus.toDelete(ServiceName.EDX, AT)));
  final List<Object> calls = new ArrayList<>();
  Optional<RunStop> stop = Optional.empty();
  boolean closed;
  boolean stopped;

  static RunReport report(TaskType type, boolean dryRun, Optional<RunStop> stop) {
    return new RunReport(
        type,
        dryRun,
        new TaskProgress(300, 2, 0, 0, 0, 300),
        Map.of("would_delete", 2L),
        List.of(),
        false,
        List.of(7L, 9L),
        stop);
  }

  @Override
  public Operations operations() {
    return this;
  }

  @Override
  public Lifecycle lifecycle() {
    return this;
  }

  @Override
  public String migrate() {
    calls.add("migrate");
    return "store migrated to version 3";
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public void start(RunMode mode) {
    calls.add(mode);
  }

  @Override
  public void stop() {
    stopped = true;
  }

  @Override
  public void awaitStopped() {}

  @Override
  public ExplainPlanUseCase plans() {
    return new ExplainPlanUseCase() {
      @Override
      public DeletionPlan plan() {
        return new DeletionPlan(List.of(STEP), List.of("notes.author_id"), "f00d", Instant.EPOCH);
      }

      @Override
      public DriftVerdict drift() {
        return new DriftVerdict.Allowed();
      }

      @Override
      public void acknowledge(String fingerprint, fr.openfun.mork.domain.model.Actor actor) {}

      @Override
      public Optional<ErasureOutcome> preview(String email) {
        calls.add("preview " + email);
        return Optional.of(
            new ErasureOutcome.Erased(Map.of("auth_user", 1L, "student_courseenrollment", 3L)));
      }
    };
  }

  @Override
  public WarnInactiveUsersUseCase warnInactiveUsers() {
    return (command, observer) -> {
      calls.add(command);
      observer.onPage(new TaskProgress(300, 2, 0, 0, 0, 300));
      return report(TaskType.EMAIL_INACTIVE_USERS, command.dryRun(), stop);
    };
  }

  @Override
  public DeleteInactiveUsersUseCase deleteInactiveUsers() {
    return (command, observer) -> {
      calls.add(command);
      return report(TaskType.DELETE_INACTIVE_USERS, command.dryRun(), stop);
    };
  }

  @Override
  public DeleteUserUseCase deleteUser() {
    return command -> {
      calls.add(command);
      return report(TaskType.DELETE_USER, command.dryRun(), stop);
    };
  }

  @Override
  public GetTasksUseCase tasks() {
    return new GetTasksUseCase() {
      @Override
      public Optional<Task> find(UUID taskId) {
        return Optional.of(TASK).filter(t -> t.id().equals(taskId));
      }

      @Override
      public List<Task> search(TaskQuery query) {
        calls.add(query);
        return List.of(TASK);
      }
    };
  }

  @Override
  public GetLedgerUseCase ledger() {
    return new GetLedgerUseCase() {
      @Override
      public List<MorkUser> search(LedgerQuery query) {
        calls.add(query);
        return List.of(USER);
      }

      @Override
      public long count(LedgerQuery query) {
        return 1;
      }

      @Override
      public Optional<MorkUser> find(UUID userId) {
        return Optional.of(USER).filter(u -> u.id().equals(userId));
      }

      @Override
      public List<AuditEvent> history(UUID userId) {
        return List.of();
      }
    };
  }

  @Override
  public ReplayErasuresUseCase replayErasures() {
    return command -> {
      calls.add("replay dryRun=" + command.dryRun());
      return new ReplayErasuresUseCase.Result(command.dryRun(), 0, 0, 0, java.util.List.of());
    };
  }
}
