package fr.openfun.mork.adapter.scheduler;

import static fr.openfun.mork.adapter.scheduler.TestSchedulers.EDX;
import static fr.openfun.mork.adapter.scheduler.TestSchedulers.claimed;
import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import fr.openfun.mork.domain.port.in.RunTaskUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReconcileJobTest {
  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private final AtomicInteger calls = new AtomicInteger();
  private final List<ServiceName> rejections = new CopyOnWriteArrayList<>();
  private MorkScheduler scheduler;

  @AfterEach
  void stop() {
    scheduler.shutdown(false);
  }

  @Test
  void givenFullBatchesThenAPartialOne_firing_stopsAfterThePartialBatch() {
    ExecutionLog log =
        start(Duration.ofHours(1), Duration.ofHours(1), n -> claimed(n <= 2 ? 10 : 3, false));

    Eventually.await(DEADLINE, () -> log.count(Keys.RECONCILERS) >= 1);

    assertThat(calls.get()).isEqualTo(3);
  }

  @Test
  void givenAlwaysFullBatches_firing_stopsAtTheBoundPerFiring() {
    ExecutionLog log =
        start(Duration.ofHours(1), Duration.ofHours(1), n -> claimed(n <= 4 ? 10 : 0, false));

    Eventually.await(DEADLINE, () -> log.count(Keys.RECONCILERS) >= 2);

    assertThat(calls.get()).isEqualTo(5);
  }

  /** Seen failing (one firing, then nothing for the hour) without the kick in ReconcileJob. */
  @Test
  void givenABacklogLeftAtTheBound_reconciler_firesAgainWithoutWaitingForItsInterval() {
    ExecutionLog log = start(Duration.ofHours(1), Duration.ofHours(1), n -> claimed(10, false));

    Eventually.await(DEADLINE, () -> log.count(Keys.RECONCILERS) >= 3);

    assertThat(calls.get()).isGreaterThanOrEqualTo(12);
  }

  /**
   * An unreachable service used to make a firing claim batch after batch, each failing whole, so
   * one outage spent an attempt of every user of the backlog. Seen failing (4 calls) without the
   * {@code allFailed} stop in {@code ReconcileJob}.
   */
  @Test
  void givenAFullBatchThatFailedWhole_firing_claimsNoFurtherBatch() {
    ExecutionLog log =
        start(
            Duration.ofHours(1),
            Duration.ofHours(1),
            n -> new ReconcileServiceUseCase.Result(10, Map.of("failed", 10), false));

    Eventually.await(DEADLINE, () -> log.count(Keys.RECONCILERS) >= 1);

    assertThat(calls.get()).isEqualTo(1);
  }

  @Test
  void givenServiceRejectsMork_firing_pausesTheReconcilerAndRaisesTheFlag() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    ExecutionLog log = start(Duration.ofMillis(100), Duration.ofHours(1), n -> claimed(0, true));
    Eventually.await(DEADLINE, () -> log.count(Keys.RECONCILERS) >= 1);

    ReconcilerStatus status = scheduler.reconcilerStatuses().getFirst();
    assertThat(status.rejected()).isTrue();
    assertThat(status.rejectedUntil().orElseThrow())
        .isBetween(before.plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)));
    assertThat(status.nextRun()).isEqualTo(status.rejectedUntil());
    assertThat(rejections).containsExactly(EDX);
    assertThat(calls.get()).isEqualTo(1);
  }

  @Test
  void givenRejectionPauseOver_reconciler_resumesAndClearsTheFlag() {
    ExecutionLog log =
        start(Duration.ofMillis(100), Duration.ofMillis(300), n -> claimed(0, n == 1));

    Eventually.await(DEADLINE, () -> log.count(Keys.RECONCILERS) >= 3);

    assertThat(calls.get()).isGreaterThanOrEqualTo(3);
    assertThat(rejections).containsExactly(EDX);
    assertThat(scheduler.reconcilerStatuses().getFirst().rejected()).isFalse();
  }

  @Test
  void givenIdleService_reconciler_firesEveryInterval() {
    ExecutionLog log = start(Duration.ofMillis(100), Duration.ofHours(1), n -> claimed(0, false));

    Eventually.await(DEADLINE, () -> log.count(Keys.RECONCILERS) >= 3);

    assertThat(calls.get()).isGreaterThanOrEqualTo(3);
    assertThat(scheduler.reconcilerStatuses().getFirst().nextRun()).isPresent();
  }

  @Test
  void givenAnEdxBatchSize_edxReconciler_claimsItsOwnBatchSizeAndTheOthersTheCommonOne() {
    ServiceName joanie = ServiceName.of("joanie");
    ReconcilerSettings reconcilers =
        new ReconcilerSettings(
            List.of(EDX, joanie), Duration.ofHours(1), 10, 250, 4, Duration.ofHours(1));
    scheduler =
        new MorkScheduler(
            TestSchedulers.settings(
                new JobStoreSettings.Ram(), "AUTO", CronSettings.OFF, reconcilers),
            Clock.systemUTC());
    List<ReconcileServiceUseCase.Command> commands = new CopyOnWriteArrayList<>();
    ReconcileServiceUseCase reconcile =
        command -> {
          commands.add(command);
          return claimed(0, false);
        };
    scheduler.startWorker(
        TestSchedulers.jobs(
            TestSchedulers.unusedRun(), TestSchedulers.unusedSubmit(), reconcile, rejections::add));

    Eventually.await(DEADLINE, () -> commands.size() >= 2);

    assertThat(commands)
        .contains(
            new ReconcileServiceUseCase.Command(EDX, 250),
            new ReconcileServiceUseCase.Command(joanie, 10));
  }

  /** Seen failing (the gate's second firing only once the run had ended) without the kick. */
  @Test
  void givenADeleteRunRecordingUsers_gateReconciler_firesBeforeTheRunEnds() {
    ReconcilerSettings reconcilers =
        new ReconcilerSettings(List.of(EDX), Duration.ofHours(1), 10, 10, 4, Duration.ofHours(1));
    scheduler =
        new MorkScheduler(
            TestSchedulers.settings(
                new JobStoreSettings.Ram(), "AUTO", CronSettings.OFF, reconcilers),
            Clock.systemUTC());
    PagedTaskRunner tasks = new PagedTaskRunner(1, 1);
    AtomicInteger firedDuringTheRun = new AtomicInteger(-1);
    RunTaskUseCase recording =
        new RunTaskUseCase() {
          @Override
          public fr.openfun.mork.domain.model.Task run(java.util.UUID taskId) {
            return tasks.run(taskId);
          }

          @Override
          public fr.openfun.mork.domain.model.Task run(
              java.util.UUID taskId,
              java.util.function.BooleanSupplier stopping,
              Runnable onRecorded) {
            Eventually.await(DEADLINE, () -> calls.get() >= 1); // the firing at start
            onRecorded.run();
            Eventually.await(Duration.ofSeconds(3), () -> calls.get() >= 2);
            firedDuringTheRun.set(calls.get());
            return tasks.run(taskId);
          }
        };
    scheduler.startWorker(
        TestSchedulers.jobs(
            recording,
            TestSchedulers.unusedSubmit(),
            command -> {
              calls.incrementAndGet();
              return claimed(0, false);
            },
            rejections::add));

    scheduler.taskQueue().enqueue(tasks.newTask());

    Eventually.await(DEADLINE, () -> firedDuringTheRun.get() >= 0);
    assertThat(firedDuringTheRun.get()).isGreaterThanOrEqualTo(2);
  }

  private ExecutionLog start(
      Duration interval, Duration pause, IntFunction<ReconcileServiceUseCase.Result> answers) {
    ReconcilerSettings reconcilers =
        new ReconcilerSettings(List.of(EDX), interval, 10, 10, 4, pause);
    scheduler =
        new MorkScheduler(
            TestSchedulers.settings(
                new JobStoreSettings.Ram(), "AUTO", CronSettings.OFF, reconcilers),
            Clock.systemUTC());
    ExecutionLog log = ExecutionLog.on(scheduler);
    ReconcileServiceUseCase reconcile =
        command -> {
          assertThat(command).isEqualTo(new ReconcileServiceUseCase.Command(EDX, 10));
          return answers.apply(calls.incrementAndGet());
        };
    scheduler.startWorker(
        TestSchedulers.jobs(
            TestSchedulers.unusedRun(), TestSchedulers.unusedSubmit(), reconcile, rejections::add));
    return log;
  }
}
