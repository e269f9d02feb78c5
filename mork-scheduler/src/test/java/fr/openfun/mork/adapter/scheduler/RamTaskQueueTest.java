package fr.openfun.mork.adapter.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.quartz.SchedulerException;

class RamTaskQueueTest {
  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private final PagedTaskRunner runner = new PagedTaskRunner(30, 10);
  private final MorkScheduler scheduler =
      new MorkScheduler(TestSchedulers.ram(), Clock.systemUTC());

  @AfterEach
  void stop() {
    scheduler.shutdown(false);
  }

  @Test
  void givenApiOnlyNode_enqueue_storesDurableRecoverableJobWithoutRunningIt()
      throws SchedulerException {
    UUID taskId = runner.newTask();

    scheduler.taskQueue().enqueue(taskId);

    JobDetail job = scheduler.quartz().getJobDetail(Keys.task(taskId));
    assertThat(job.isDurable()).isTrue();
    assertThat(job.requestsRecovery()).isTrue();
    assertThat(scheduler.workerRunning()).isFalse();
    assertThat(runner.runs(taskId)).isZero();
  }

  @Test
  void givenQueuedTaskNotStarted_cancel_removesItsJob() throws SchedulerException {
    UUID taskId = runner.newTask();
    scheduler.taskQueue().enqueue(taskId);

    scheduler.taskQueue().cancel(taskId);

    assertThat(scheduler.quartz().checkExists(Keys.task(taskId))).isFalse();
    assertThat(scheduler.quartz().checkExists(Keys.taskTrigger(taskId))).isFalse();
  }

  @Test
  void givenWorker_enqueuedTask_runsOnceToSuccessAndLeavesNoJob() throws SchedulerException {
    scheduler.startWorker(TestSchedulers.tasksOnly(runner));
    UUID taskId = runner.newTask();

    scheduler.taskQueue().enqueue(taskId);

    Eventually.await(DEADLINE, () -> !exists(taskId));
    assertThat(runner.stored(taskId).status()).isEqualTo(TaskStatus.SUCCESS);
    assertThat(runner.runs(taskId)).isEqualTo(1);
    assertThat(runner.outcomes()).hasSize(30);
  }

  @Test
  void givenPausedMork_task_isRunAgainAfterTheRetryDelayUntilItSucceeds() {
    runner.paused.set(true);
    scheduler.startWorker(TestSchedulers.tasksOnly(runner));
    UUID taskId = runner.newTask();
    scheduler.taskQueue().enqueue(taskId);
    Eventually.await(DEADLINE, () -> runner.runs(taskId) >= 3);
    assertThat(runner.stored(taskId).status()).isEqualTo(TaskStatus.RETRY);

    runner.paused.set(false);

    Eventually.await(DEADLINE, () -> runner.stored(taskId).status() == TaskStatus.SUCCESS);
    assertThat(runner.stored(taskId).status()).isEqualTo(TaskStatus.SUCCESS);
    assertThat(runner.outcomes()).hasSize(30);
  }

  @Test
  void givenRunningTask_revoke_stopsItAtTheNextPageAndRemovesItsJob() throws Exception {
    CountDownLatch reached = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    runner.hook =
        (id, item) -> {
          if (item == 15) {
            reached.countDown();
            await(release);
          }
        };
    scheduler.startWorker(TestSchedulers.tasksOnly(runner));
    UUID taskId = runner.newTask();
    scheduler.taskQueue().enqueue(taskId);
    assertThat(reached.await(10, TimeUnit.SECONDS)).isTrue();

    runner.revoke(taskId);
    scheduler.taskQueue().cancel(taskId);
    release.countDown();

    Eventually.await(DEADLINE, () -> runner.runs(taskId) == 1 && !exists(taskId));
    assertThat(runner.stored(taskId).status()).isEqualTo(TaskStatus.REVOKED);
    assertThat(runner.outcomes().keySet()).allMatch(item -> item <= 20);
    assertThat(exists(taskId)).isFalse();
  }

  @Test
  void givenRunThrows_task_isRunAgainLater() {
    UUID taskId = runner.newTask();
    runner.hook =
        (id, item) -> {
          if (runner.runs(id) == 1) {
            throw new IllegalStateException("store unavailable");
          }
        };
    scheduler.startWorker(TestSchedulers.tasksOnly(runner));

    scheduler.taskQueue().enqueue(taskId);

    Eventually.await(DEADLINE, () -> runner.stored(taskId).status() == TaskStatus.SUCCESS);
    assertThat(runner.stored(taskId).status()).isEqualTo(TaskStatus.SUCCESS);
    assertThat(runner.runs(taskId)).isEqualTo(2);
  }

  private boolean exists(UUID taskId) {
    try {
      return scheduler.quartz().checkExists(Keys.task(taskId));
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
