package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fault: the edX MariaDB is killed ({@code kill -9}) while Mork is using it, and started again. The
 * server is the test's own ({@link PrivateMariaDb}); the store is a private PostgreSQL.
 */
class MariaDbRestartIT {
  private static PrivateMariaDb mariadb;
  private static PrivatePostgres postgres;
  private FaultRig rig;

  @BeforeAll
  static void servers() {
    mariadb = new PrivateMariaDb();
    postgres = new PrivatePostgres();
  }

  @AfterAll
  static void stopServers() {
    try (PrivatePostgres p = postgres;
        PrivateMariaDb m = mariadb) {
      // closed in reverse order, each even if the other fails
    }
  }

  @BeforeEach
  void start() throws Exception {
    mariadb.ensureRunning();
    rig = new FaultRig(mariadb, postgres).start(Map.of());
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  /**
   * Seen failing (first run FAILURE) with {@code RunTaskService} no longer catching {@code
   * DirectoryUnavailableException} as a retry.
   */
  @Test
  void givenMariaDbKilledDuringAWarnRun_runningTheTaskAgain_warnsEveryDueUserExactlyOnce()
      throws Exception {
    long due = FaultFlows.warnDryRun(rig).progress().selected();
    Task task = rig.submit(new TaskParameters.EmailInactiveUsers(OptionalInt.empty()));
    CompletableFuture<Task> first = CompletableFuture.supplyAsync(() -> rig.run(task.id()));
    FaultFlows.await(() -> rig.smtp.getReceivedMessages().length >= 30, Duration.ofSeconds(30));
    long crashedAt = System.nanoTime();
    mariadb.crash();
    Task interrupted = first.get(60, TimeUnit.SECONDS);
    long sentBeforeRestart = rig.smtp.getReceivedMessages().length;
    mariadb.start();
    long restartedAt = System.nanoTime();

    Task resumed = rig.run(task.id());

    FaultFlows.report(
        "mariadb-warn",
        "due=%d sent before restart=%d down=%d ms first run=%s",
        due,
        sentBeforeRestart,
        (restartedAt - crashedAt) / 1_000_000,
        interrupted.status());
    assertThat(due).isGreaterThan(2 * 25);
    assertThat(interrupted.status()).isEqualTo(TaskStatus.RETRY);
    assertThat(interrupted.error()).hasValueSatisfying(e -> assertThat(e).contains("edX"));
    assertThat(sentBeforeRestart).isLessThan(due);
    assertThat(resumed.status()).isEqualTo(TaskStatus.SUCCESS);
    assertThat(FaultFlows.recipients(rig.smtp))
        .hasSize((int) due)
        .allSatisfy(
            (to, n) -> {
              assertThat(n).as("mails to one user").isEqualTo(1);
            });
    assertThat(FaultFlows.warnDryRun(rig).progress().selected()).isZero();
    assertThat(
            rig.metric("mork_task_runs_total", "type", "email_inactive_users", "status", "RETRY"))
        .isEqualTo(1);
    assertThat(
            rig.metric("mork_task_runs_total", "type", "email_inactive_users", "status", "SUCCESS"))
        .isEqualTo(1);
  }

  /**
   * The crash lands inside a claimed batch, deterministically: the test holds the selected users'
   * edX rows locked, so the firing's batch waits in edX until the server dies under it. Seen
   * failing before the eraser stopped at the first unreachable failure and the firing after a batch
   * that failed whole: the reconciler went on for more than two minutes, 10 s per user, and {@code
   * worker.get} timed out. It also caught {@code mork_ledger_statuses} reading NaN.
   */
  @Test
  void givenMariaDbKilledDuringAnEdxReconcilerBatch_laterRounds_eraseEveryUserAndCountTheRetries()
      throws Exception {
    List<Long> selected = FaultFlows.warnThenSelectForDeletion(rig);
    AtomicBoolean crashed = new AtomicBoolean();
    // the test holds the selected users' edX rows, so the crash lands inside a claimed batch
    Connection hold = mariadb.connect(rig.edxDatabase());
    hold.setAutoCommit(false);
    try (Statement lock = hold.createStatement()) {
      lock.executeQuery(
          "SELECT id FROM auth_user WHERE id IN ("
              + String.join(",", selected.stream().map(String::valueOf).toList())
              + ") FOR UPDATE");
    }
    CompletableFuture<Void> worker =
        CompletableFuture.runAsync(
            () -> {
              while (!crashed.get()) {
                FaultFlows.fire(rig, ServiceName.EDX, 5);
              }
            });
    FaultFlows.await(
        () -> !FaultFlows.withStatus(rig, ServiceName.EDX, DeletionStatus.DELETING).isEmpty(),
        Duration.ofSeconds(60));
    long crashedAt = System.nanoTime();
    mariadb.crash();
    crashed.set(true);
    closeQuietly(hold);
    worker.get(120, TimeUnit.SECONDS);
    long cutShort = System.nanoTime();
    List<MorkUser> waiting = FaultFlows.withStatus(rig, ServiceName.EDX, DeletionStatus.TO_DELETE);
    List<MorkUser> retrying =
        waiting.stream().filter(u -> FaultFlows.statusOf(u, "edx").attempts() > 0).toList();
    double failedMetric = rig.metric("mork_erasures_total", "service", "edx", "outcome", "failed");
    double backlogGauge =
        rig.metric("mork_ledger_statuses", "service", "edx", "status", "to_delete");
    String history = rig.history(retrying.getFirst().id());
    mariadb.start();
    rig.clock.advance(Duration.ofMinutes(2));

    int afterRestart = FaultFlows.reconcileUntilIdle(rig, ServiceName.EDX, 5);

    FaultFlows.report(
        "mariadb-reconcile",
        "selected=%d retrying=%d never tried=%d, firing cut after %d ms, claimed after restart=%d",
        selected.size(),
        retrying.size(),
        waiting.size() - retrying.size(),
        (cutShort - crashedAt) / 1_000_000,
        afterRestart);
    assertThat(retrying).isNotEmpty().allSatisfy(u -> FaultFlows.assertRetrying(u, "edx", 1));
    assertThat(failedMetric).isEqualTo(retrying.size());
    assertThat(backlogGauge).isEqualTo(waiting.size());
    assertThat(history).contains("\"action\":\"erase_failed\"").contains("attempt 1 failed");
    assertThat(rig.ledger()).hasSize(selected.size());
    assertThat(rig.ledger())
        .allSatisfy(u -> FaultFlows.assertFinal(u, "edx"))
        .filteredOn(u -> FaultFlows.status(u, "edx") == DeletionStatus.DELETED)
        .hasSize(selected.size() - 1);
    assertThat(rig.metric("mork_erasures_total", "service", "edx", "outcome", "deleted"))
        .isEqualTo(selected.size() - 1);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // the server it belonged to was just killed
    }
  }
}
