package fr.openfun.mork.adapter.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

/** {@code shutdown(true)} ends running work at its next page or batch, leaving it resumable. */
class GracefulShutdownTest {
  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private final List<MorkScheduler> schedulers = new java.util.ArrayList<>();

  @AfterEach
  void stop() {
    schedulers.forEach(s -> s.shutdown(false));
  }

  @Test
  void givenLongTaskRunning_gracefulShutdown_returnsAfterTheCurrentPageWithTheTaskRetry()
      throws Exception {
    PagedTaskRunner runner = new PagedTaskRunner(1000, 10);
    MorkScheduler node = ramNode();
    UUID taskId = runningUntilStopAsked(runner, node, 15);

    node.shutdown(true);

    assertThat(runner.stored(taskId).status()).isEqualTo(TaskStatus.RETRY);
    assertThat(runner.stored(taskId).progress().cursor()).isEqualTo(20);
    assertThat(runner.outcomes()).hasSize(20);
  }

  @Test
  void givenTaskStoppedByShutdown_nextStart_resumesItFromItsCursorToSuccess() throws Exception {
    PagedTaskRunner runner = new PagedTaskRunner(1000, 10);
    MorkScheduler first = ramNode();
    UUID taskId = runningUntilStopAsked(runner, first, 15);
    first.shutdown(true);
    MorkScheduler next = ramNode();

    next.startWorker(TestSchedulers.tasksOnly(runner));
    next.taskQueue().enqueue(taskId);

    Eventually.await(DEADLINE, () -> runner.stored(taskId).status() == TaskStatus.SUCCESS);
    assertThat(runner.stored(taskId).status()).isEqualTo(TaskStatus.SUCCESS);
    assertThat(runner.runs(taskId)).isEqualTo(2);
    assertThat(runner.outcomes())
        .hasSize(1000)
        .allSatisfy((item, done) -> assertThat(done).hasSize(1));
  }

  @Test
  void givenReconcilerMidBatch_gracefulShutdown_claimsNoFurtherBatch() throws Exception {
    AtomicInteger batches = new AtomicInteger();
    CountDownLatch inBatch = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ReconcileServiceUseCase reconcile =
        command -> {
          batches.incrementAndGet();
          inBatch.countDown();
          await(release);
          return TestSchedulers.claimed(10, false);
        };
    ReconcilerSettings reconcilers =
        new ReconcilerSettings(
            List.of(TestSchedulers.EDX), Duration.ofHours(1), 10, 10, 4, Duration.ofHours(1));
    MorkScheduler node =
        track(
            new MorkScheduler(
                TestSchedulers.settings(
                    new JobStoreSettings.Ram(), "AUTO", CronSettings.OFF, reconcilers),
                Clock.systemUTC()));
    node.startWorker(
        TestSchedulers.jobs(
            TestSchedulers.unusedRun(), TestSchedulers.unusedSubmit(), reconcile, s -> {}));
    assertThat(inBatch.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> shutdown = CompletableFuture.runAsync(() -> node.shutdown(true));
    Eventually.await(DEADLINE, () -> reconcilerAskedToStop(node));
    release.countDown();
    shutdown.get(10, TimeUnit.SECONDS);

    assertThat(batches.get()).isEqualTo(1);
  }

  /** Starts a worker on the task and shuts it down once the run is inside its second page. */
  private static UUID runningUntilStopAsked(PagedTaskRunner runner, MorkScheduler node, long at)
      throws InterruptedException {
    CountDownLatch reached = new CountDownLatch(1);
    runner.hook =
        (id, item) -> {
          if (item == at) {
            reached.countDown();
            Eventually.await(DEADLINE, () -> runner.stopping(id));
          }
        };
    node.startWorker(TestSchedulers.tasksOnly(runner));
    UUID taskId = runner.newTask();
    node.taskQueue().enqueue(taskId);
    assertThat(reached.await(10, TimeUnit.SECONDS)).isTrue();
    return taskId;
  }

  private MorkScheduler ramNode() {
    return track(new MorkScheduler(TestSchedulers.ram(), Clock.systemUTC()));
  }

  private MorkScheduler track(MorkScheduler scheduler) {
    schedulers.add(scheduler);
    return scheduler;
  }

  private static boolean reconcilerAskedToStop(MorkScheduler node) {
    try {
      for (JobExecutionContext running : node.quartz().getCurrentlyExecutingJobs()) {
        if (running.getJobInstance() instanceof ReconcileJob job && job.stopping()) {
          return true;
        }
      }
      return false;
    } catch (SchedulerException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
