package fr.openfun.mork.app.cli;

import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.TaskProgress;
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

/** Records what the commands asked for and answers with canned reports. */
final class FakeRuntime implements MorkRuntime, Operations, Lifecycle {
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
        return new DeletionPlan(List.of(), List.of(), "f00d", Instant.EPOCH);
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
    throw new UnsupportedOperationException("not used");
  }

  @Override
  public GetLedgerUseCase ledger() {
    throw new UnsupportedOperationException("not used");
  }

  @Override
  public ReplayErasuresUseCase replayErasures() {
    return command -> {
      calls.add("replay dryRun=" + command.dryRun());
      return new ReplayErasuresUseCase.Result(command.dryRun(), 0, 0, 0, java.util.List.of());
    };
  }
}
