package fr.openfun.mork.adapter.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.TaskStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClusteredSchedulerIT {
  private static final Duration DEADLINE = Duration.ofSeconds(40);
  private static PostgresTestDatabase database;
  private final List<MorkScheduler> schedulers = new ArrayList<>();
  private final List<HikariDataSource> pools = new ArrayList<>();

  @BeforeAll
  static void createDatabase() throws Exception {
    database = new PostgresTestDatabase();
  }

  @AfterAll
  static void dropDatabase() throws Exception {
    database.close();
  }

  @AfterEach
  void stopNodes() throws Exception {
    schedulers.forEach(s -> s.shutdown(false));
    pools.forEach(HikariDataSource::close);
    try (Connection db = database.connect();
        Statement statement = db.createStatement()) {
      for (String table :
          List.of(
              "fired_triggers",
              "simple_triggers",
              "cron_triggers",
              "triggers",
              "job_details",
              "scheduler_state")) {
        statement.execute("DELETE FROM qrtz_" + table);
      }
    }
  }

  @Test
  void givenTwoWorkers_tasks_areSharedAndEachRunsExactlyOnce() {
    PagedTaskRunner runner = new PagedTaskRunner(5, 5);
    CountDownLatch allRunning = new CountDownLatch(4);
    runner.hook = (id, item) -> awaitOnFirstItem(item, allRunning);
    MorkScheduler a = node("node-a");
    MorkScheduler b = node("node-b");
    ExecutionLog logA = ExecutionLog.on(a);
    ExecutionLog logB = ExecutionLog.on(b);
    a.startWorker(TestSchedulers.tasksOnly(runner));
    b.startWorker(TestSchedulers.tasksOnly(runner));
    List<UUID> tasks = new ArrayList<>();

    for (int i = 0; i < 12; i++) {
      UUID id = runner.newTask();
      tasks.add(id);
      (i % 2 == 0 ? a : b).taskQueue().enqueue(id);
    }

    Eventually.await(DEADLINE, () -> logA.count(Keys.TASKS) + logB.count(Keys.TASKS) >= 12);
    assertThat(tasks).allMatch(id -> runner.stored(id).status() == TaskStatus.SUCCESS);
    assertThat(tasks).allMatch(id -> runner.runs(id) == 1);
    assertThat(logA.count(Keys.TASKS)).isPositive();
    assertThat(logB.count(Keys.TASKS)).isPositive();
    assertThat(logA.count(Keys.TASKS) + logB.count(Keys.TASKS)).isEqualTo(12);
  }

  @Test
  void givenApiOnlyNode_enqueue_isRunByAWorker() {
    PagedTaskRunner runner = new PagedTaskRunner(5, 5);
    MorkScheduler api = node("api");
    MorkScheduler worker = node("worker");
    worker.startWorker(TestSchedulers.tasksOnly(runner));
    UUID taskId = runner.newTask();

    api.taskQueue().enqueue(taskId);

    Eventually.await(DEADLINE, () -> runner.stored(taskId).status() == TaskStatus.SUCCESS);
    assertThat(runner.stored(taskId).status()).isEqualTo(TaskStatus.SUCCESS);
    assertThat(api.workerRunning()).isFalse();
  }

  @Test
  void givenWorkerDiesMidTask_otherWorker_recoversItFromTheCursorToSuccess() throws Exception {
    PagedTaskRunner runner = new PagedTaskRunner(50, 10);
    CountDownLatch dying = new CountDownLatch(1);
    CountDownLatch dead = new CountDownLatch(1);
    runner.hook = (id, item) -> dieOnceAt(item, 25, dying, dead);
    MorkScheduler a = node("node-a");
    a.startWorker(TestSchedulers.tasksOnly(runner));
    UUID taskId = runner.newTask();
    a.taskQueue().enqueue(taskId);
    assertThat(dying.await(20, TimeUnit.SECONDS)).isTrue();
    MorkScheduler b = node("node-b");
    ExecutionLog logB = ExecutionLog.on(b);
    b.startWorker(TestSchedulers.tasksOnly(runner));

    a.shutdown(false);
    pools.getFirst().close();

    ExecutionLog.Execution recovery =
        new ExecutionLog.Execution(Keys.TASKS, taskId.toString(), true);
    Eventually.await(DEADLINE, () -> logB.executions().contains(recovery) && fired() == 0);
    dead.countDown();
    assertThat(runner.stored(taskId).status()).isEqualTo(TaskStatus.SUCCESS);
    assertThat(logB.executions())
        .contains(new ExecutionLog.Execution(Keys.TASKS, taskId.toString(), true));
    assertThat(runner.runs(taskId)).isEqualTo(2);
    assertThat(runner.outcomes()).hasSize(50);
    assertThat(runner.outcomes())
        .allSatisfy((item, outcomes) -> assertThat(Set.copyOf(outcomes)).hasSize(1));
    assertThat(
            runner.outcomes().entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey())
                .collect(Collectors.toSet()))
        .allMatch(item -> item > 20 && item < 25);
    assertThat(fired()).isZero();
  }

  @Test
  void givenWorkerStoppedGracefullyMidTask_otherWorker_resumesItAtOnceFromTheCursor()
      throws Exception {
    PagedTaskRunner runner = new PagedTaskRunner(200, 10);
    CountDownLatch reached = new CountDownLatch(1);
    runner.hook =
        (id, item) -> {
          if (item == 15 && reached.getCount() == 1) {
            reached.countDown();
            Eventually.await(DEADLINE, () -> runner.stopping(id));
          }
        };
    MorkScheduler a = node("node-a");
    a.startWorker(TestSchedulers.tasksOnly(runner));
    UUID taskId = runner.newTask();
    a.taskQueue().enqueue(taskId);
    assertThat(reached.await(20, TimeUnit.SECONDS)).isTrue();
    MorkScheduler b = node("node-b");
    ExecutionLog logB = ExecutionLog.on(b);
    b.startWorker(TestSchedulers.tasksOnly(runner));

    a.shutdown(true);

    Eventually.await(DEADLINE, () -> logB.count(Keys.TASKS) >= 1);
    assertThat(runner.stored(taskId).status()).isEqualTo(TaskStatus.SUCCESS);
    assertThat(logB.executions())
        .containsExactly(new ExecutionLog.Execution(Keys.TASKS, taskId.toString(), false));
    assertThat(runner.runs(taskId)).isEqualTo(2);
    assertThat(runner.outcomes())
        .hasSize(200)
        .allSatisfy((item, outcomes) -> assertThat(outcomes).hasSize(1));
  }

  @Test
  void givenServiceRejectsMorkOnAWorker_apiNode_seesTheReconcilerPaused() {
    ReconcilerSettings reconcilers =
        new ReconcilerSettings(
            List.of(TestSchedulers.EDX), Duration.ofMillis(200), 10, 10, 3, Duration.ofHours(1));
    List<ServiceName> rejected = new CopyOnWriteArrayList<>();
    MorkScheduler worker = node("worker", reconcilers);
    MorkScheduler api = node("api", reconcilers);

    worker.startWorker(
        TestSchedulers.jobs(
            TestSchedulers.unusedRun(),
            TestSchedulers.unusedSubmit(),
            command -> TestSchedulers.claimed(0, true),
            rejected::add));

    Eventually.await(DEADLINE, () -> api.reconcilerStatuses().getFirst().rejected());
    assertThat(api.reconcilerStatuses().getFirst().rejected()).isTrue();
    assertThat(rejected).containsExactly(TestSchedulers.EDX);
  }

  private MorkScheduler node(String instanceId) {
    return node(instanceId, TestSchedulers.noReconcilers());
  }

  private MorkScheduler node(String instanceId, ReconcilerSettings reconcilers) {
    HikariDataSource pool = database.newPool();
    pools.add(pool);
    JobStoreSettings store = new JobStoreSettings.Jdbc(pool, "QRTZ_", Duration.ofMillis(500));
    MorkScheduler scheduler =
        new MorkScheduler(
            TestSchedulers.settings(store, instanceId, CronSettings.OFF, reconcilers),
            Clock.systemUTC());
    schedulers.add(scheduler);
    return scheduler;
  }

  private static long fired() {
    try (Connection db = database.connect();
        Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM qrtz_fired_triggers")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitOnFirstItem(long item, CountDownLatch allRunning) {
    if (item == 1) {
      allRunning.countDown();
      await(allRunning);
    }
  }

  /** The first run to reach {@code item} blocks, then dies without saving, as a killed node. */
  private static void dieOnceAt(long item, long at, CountDownLatch dying, CountDownLatch dead) {
    if (item == at && dying.getCount() == 1) {
      dying.countDown();
      await(dead);
      throw new IllegalStateException("node killed");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
