package fr.openfun.mork.domain.service.task;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import fr.openfun.mork.testing.InMemoryWorld;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** A node shutting down stops a run at its next page boundary and leaves it resumable. */
class RunTaskShutdownTest {
  private final InMemoryWorld world = new InMemoryWorld();
  private final SubmitTaskService submit =
      new SubmitTaskService(world.tasks, world.queue, world.clock);

  private RunTaskService runner() {
    return TaskRunners.over(world);
  }

  private Task submitted(TaskParameters parameters) {
    return submit.submit(new SubmitTaskUseCase.Command(parameters, false, Actor.of("operator")));
  }

  /** Not stopping when the run starts; stopping from the first page boundary on. */
  private static BooleanSupplier stoppingAfterStart() {
    AtomicInteger asked = new AtomicInteger();
    return () -> asked.incrementAndGet() > 1;
  }

  private static TaskParameters warnAll() {
    return new TaskParameters.EmailInactiveUsers(OptionalInt.empty());
  }

  @Test
  void givenNodeStoppingDuringAWarnRun_run_stopsAtThePageBoundaryAsRetryWithItsCursor() {
    world.addInactiveUser();
    EdxUser second = world.addInactiveUser();
    world.addInactiveUser();
    world.addInactiveUser();
    Task task = submitted(warnAll());

    Task ended = runner().run(task.id(), stoppingAfterStart());

    assertThat(ended.status()).isEqualTo(TaskStatus.RETRY);
    assertThat(ended.progress().cursor()).isEqualTo(second.id());
    assertThat(world.tasks.findById(task.id())).contains(ended);
    assertThat(world.notifier.warnings()).hasSize(2);
    assertThat(world.notifier.digests()).isEmpty();
  }

  @Test
  void givenWarnRunStoppedByShutdown_resumedRun_warnsEachRemainingUserOnceAndSucceeds() {
    List<EdxUser> users =
        List.of(
            world.addInactiveUser(),
            world.addInactiveUser(),
            world.addInactiveUser(),
            world.addInactiveUser(),
            world.addInactiveUser());
    Task task = submitted(warnAll());
    runner().run(task.id(), stoppingAfterStart());

    Task ended = runner().run(task.id(), () -> false);

    assertThat(ended.status()).isEqualTo(TaskStatus.SUCCESS);
    assertThat(world.notifier.warnings())
        .extracting(n -> n.user().id())
        .containsExactlyElementsOf(users.stream().map(EdxUser::id).toList());
  }

  @Test
  void givenWarnRunInterruptedTwice_finalProgress_countsEveryUserOnceAcrossTheRuns() {
    for (int i = 0; i < 6; i++) {
      world.addInactiveUser();
    }
    Task task = submitted(warnAll());
    runner().run(task.id(), stoppingAfterStart());
    runner().run(task.id(), stoppingAfterStart());

    Task ended = runner().run(task.id(), () -> false);

    assertThat(ended.status()).isEqualTo(TaskStatus.SUCCESS);
    assertThat(ended.progress().succeeded()).isEqualTo(6);
    assertThat(ended.report())
        .hasValueSatisfying(r -> assertThat(r.progress().succeeded()).isEqualTo(6));
    assertThat(world.notifier.warnings()).hasSize(6);
  }

  @Test
  void givenAWarnLimitAndTwoInterruptions_resumedRuns_warnExactlyTheLimitInAll() {
    for (int i = 0; i < 8; i++) {
      world.addInactiveUser();
    }
    Task task = submitted(new TaskParameters.EmailInactiveUsers(OptionalInt.of(5)));
    runner().run(task.id(), stoppingAfterStart());
    runner().run(task.id(), stoppingAfterStart());

    runner().run(task.id(), () -> false);

    assertThat(world.notifier.warnings()).hasSize(5);
  }

  @Test
  void givenNodeStoppingDuringARealDeleteSelection_run_recordsNothingUntilTheResumedRun() {
    EdxUser first = world.addDueUser();
    EdxUser second = world.addDueUser();
    world.addActiveUser();
    world.addActiveUser();
    world.addActiveUser();
    Task task =
        submitted(new TaskParameters.DeleteInactiveUsers(OptionalInt.empty(), false, List.of()));
    Task stopped = runner().run(task.id(), stoppingAfterStart());
    long recordedWhenStopped = world.ledger.count(LedgerQuery.all());

    Task ended = runner().run(task.id(), () -> false);

    assertThat(stopped.status()).isEqualTo(TaskStatus.RETRY);
    assertThat(recordedWhenStopped).isZero();
    assertThat(ended.status()).isEqualTo(TaskStatus.SUCCESS);
    assertThat(world.ledger.findByEdxUserId(first.id())).isPresent();
    assertThat(world.ledger.findByEdxUserId(second.id())).isPresent();
  }

  @Test
  void givenNodeAlreadyStopping_run_leavesTheQueuedTaskUntouched() {
    world.addInactiveUser();
    Task task = submitted(warnAll());

    Task answered = runner().run(task.id(), () -> true);

    assertThat(answered.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(world.tasks.findById(task.id())).contains(task);
    assertThat(world.notifier.warnings()).isEmpty();
  }

  @Test
  void givenTaskRevokedWhileTheNodeStops_run_endsRevokedNotRetry() {
    world.addInactiveUser();
    world.addInactiveUser();
    world.addInactiveUser();
    Task task = submitted(warnAll());
    ManageTasksService manage =
        new ManageTasksService(world.tasks, world.queue, submit, world.clock);
    AtomicInteger asked = new AtomicInteger();
    BooleanSupplier stopping =
        () -> {
          if (asked.incrementAndGet() == 2) {
            manage.revoke(task.id(), Actor.of("operator"));
          }
          return asked.get() > 1;
        };

    Task ended = runner().run(task.id(), stopping);

    assertThat(ended.status()).isEqualTo(TaskStatus.REVOKED);
  }
}
