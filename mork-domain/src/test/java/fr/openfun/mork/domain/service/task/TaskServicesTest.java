package fr.openfun.mork.domain.service.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskProgress;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import fr.openfun.mork.testing.InMemoryWorld;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskServicesTest {
  private static final Actor OPERATOR = Actor.of("operator");
  private final InMemoryWorld world = new InMemoryWorld();
  private final SubmitTaskService submit =
      new SubmitTaskService(world.tasks, world.queue, world.clock);
  private final ManageTasksService manage =
      new ManageTasksService(world.tasks, world.queue, submit, world.clock);

  private RunTaskService runner() {
    return TaskRunners.over(world);
  }

  private Task submitted(TaskParameters parameters, boolean dryRun) {
    return submit.submit(new SubmitTaskUseCase.Command(parameters, dryRun, OPERATOR));
  }

  private static TaskParameters warnAll() {
    return new TaskParameters.EmailInactiveUsers(OptionalInt.empty());
  }

  private static TaskParameters deleteAll() {
    return new TaskParameters.DeleteInactiveUsers(OptionalInt.empty(), false, List.of());
  }

  @Test
  void givenParameters_submit_storesAPendingTaskAndQueuesIt() {
    TaskParameters parameters = warnAll();

    Task task = submitted(parameters, true);

    assertThat(world.tasks.findById(task.id())).map(Task::status).contains(TaskStatus.PENDING);
    assertThat(world.queue.queued()).containsExactly(task.id());
  }

  @Test
  void givenPendingTask_revoke_revokesAndCancelsIt() {
    Task task = submitted(warnAll(), true);

    manage.revoke(task.id(), OPERATOR);

    assertThat(world.tasks.findById(task.id())).map(Task::status).contains(TaskStatus.REVOKED);
    assertThat(world.queue.cancelled()).containsExactly(task.id());
  }

  @Test
  void givenFinishedTask_revoke_throws() {
    Task task = submitted(warnAll(), true);
    runner().run(task.id());

    assertThatThrownBy(() -> manage.revoke(task.id(), OPERATOR))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void givenTaskRevokedDuringItsFirstPage_run_stopsAtThatPage() {
    for (int i = 0; i < 4; i++) {
      world.addInactiveUser();
    }
    Task task = submitted(warnAll(), false);
    world.notifier.answering(
        n -> {
          if (world.tasks.findById(task.id()).orElseThrow().status() == TaskStatus.STARTED) {
            manage.revoke(task.id(), OPERATOR);
          }
          return new NotificationOutcome.Sent();
        });

    Task ended = runner().run(task.id());

    assertThat(ended.status()).isEqualTo(TaskStatus.REVOKED);
    assertThat(world.notifier.warnings()).hasSize(2);
  }

  @Test
  void givenSavedCursor_run_resumesTheWarnRunAfterIt() {
    world.addInactiveUser();
    EdxUser second = world.addInactiveUser();
    EdxUser third = world.addInactiveUser();
    Task task = submitted(warnAll(), false);
    world.tasks.update(
        task.withStatus(TaskStatus.RETRY)
            .withProgress(new TaskProgress(2, 2, 2, 0, 0, second.id())));

    Task ended = runner().run(task.id());

    assertThat(world.notifier.warnings())
        .extracting(n -> n.user().id())
        .containsExactly(third.id());
    assertThat(ended.status()).isEqualTo(TaskStatus.SUCCESS);
  }

  @Test
  void givenPaused_runRealDeletion_waitsInRetryWithoutRunning() {
    world.addDueUser();
    world.control.setPaused(true, world.now(), OPERATOR);
    Task task = submitted(deleteAll(), false);

    Task ended = runner().run(task.id());

    assertThat(ended.status()).isEqualTo(TaskStatus.RETRY);
    assertThat(world.ledger.count(fr.openfun.mork.domain.model.LedgerQuery.all())).isZero();
  }

  @Test
  void givenARealDeleteRun_run_tellsTheCallerOnceItsUsersAreRecorded() {
    world.addDueUser();
    for (int i = 0; i < 200; i++) {
      world.addActiveUser();
    }
    Task task = submitted(deleteAll(), false);
    java.util.concurrent.atomic.AtomicLong recordedWhenTold =
        new java.util.concurrent.atomic.AtomicLong(-1);

    Task ended =
        runner()
            .run(
                task.id(),
                () -> false,
                () ->
                    recordedWhenTold.set(
                        world.ledger.count(fr.openfun.mork.domain.model.LedgerQuery.all())));

    assertThat(ended.status()).isEqualTo(TaskStatus.SUCCESS);
    assertThat(recordedWhenTold.get()).isEqualTo(1);
  }

  @Test
  void givenGuardTrips_run_failsWithTheGuardMessage() {
    world.addDueUser();
    world.addDueUser();
    Task task = submitted(deleteAll(), false);

    Task ended = runner().run(task.id());

    assertThat(ended.status()).isEqualTo(TaskStatus.FAILURE);
    assertThat(ended.error()).hasValueSatisfying(e -> assertThat(e).contains("blast-radius guard"));
  }

  @Test
  void givenEdxUnreachable_run_retriesLater() {
    Task task = submitted(warnAll(), true);
    RunTaskService runner =
        new RunTaskService(
            world.tasks,
            world.control,
            world.notifier,
            (command, observer) -> {
              throw new fr.openfun.mork.domain.port.out.DirectoryUnavailableException(
                  "edX down", null);
            },
            null,
            null,
            null,
            world.clock);

    Task ended = runner.run(task.id());

    assertThat(ended.status()).isEqualTo(TaskStatus.RETRY);
    assertThat(ended.error()).contains("edX down");
  }

  /**
   * A store restart mid-run used to end the task FAILURE for good (the job then forgot it). Seen
   * failing (FAILURE) with only {@code DirectoryUnavailableException} caught as a retry.
   */
  @Test
  void givenStoreUnreachableDuringTheRun_run_retriesLater() {
    Task task = submitted(warnAll(), false);
    RunTaskService runner =
        new RunTaskService(
            world.tasks,
            world.control,
            world.notifier,
            (command, observer) -> {
              throw new fr.openfun.mork.domain.port.out.StoreUnavailableException("store down");
            },
            null,
            null,
            null,
            world.clock);

    Task ended = runner.run(task.id());

    assertThat(ended.status()).isEqualTo(TaskStatus.RETRY);
    assertThat(ended.error()).contains("store down");
  }

  @Test
  void givenRealRun_run_sendsTheDigestButADryRunDoesNot() {
    world.addInactiveUser();
    Task dry = submitted(warnAll(), true);
    Task real = submitted(warnAll(), false);

    runner().run(dry.id());
    runner().run(real.id());

    assertThat(world.notifier.digests())
        .singleElement()
        .satisfies(r -> assertThat(r.dryRun()).isFalse());
  }

  @Test
  void givenUnknownTask_run_throwsAndAFinishedOneIsReturnedUnchanged() {
    Task task = submitted(warnAll(), true);
    Task finished = runner().run(task.id());

    Task again = runner().run(task.id());

    assertThat(again).isEqualTo(finished);
    assertThatThrownBy(() -> runner().run(UUID.randomUUID()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenSuccessfulDryRunDeletion_approve_submitsARealRunOfExactlyItsSelection() {
    EdxUser due = world.addDueUser();
    world.addActiveUser();
    world.addActiveUser();
    Task dry = submitted(deleteAll(), true);
    runner().run(dry.id());

    Task approved = manage.approve(dry.id(), OPERATOR).orElseThrow();
    Task ended = runner().run(approved.id());

    assertThat(approved.dryRun()).isFalse();
    assertThat(approved.parameters())
        .isEqualTo(
            new TaskParameters.DeleteInactiveUsers(OptionalInt.empty(), false, List.of(due.id())));
    assertThat(ended.status()).isEqualTo(TaskStatus.SUCCESS);
    assertThat(world.ledger.findByEdxUserId(due.id())).isPresent();
  }

  @Test
  void givenRealRunTask_approve_throws() {
    world.addActiveUser();
    Task real = submitted(deleteAll(), false);
    runner().run(real.id());

    assertThatThrownBy(() -> manage.approve(real.id(), OPERATOR))
        .isInstanceOf(IllegalStateException.class);
  }
}
