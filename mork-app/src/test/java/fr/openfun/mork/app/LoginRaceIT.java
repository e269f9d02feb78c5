package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import fr.openfun.mork.testing.MutableClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A login inside the race window: the racer was selected and recorded; the test's own transaction
 * holds his {@code auth_user} row (as the LMS does while it records a login) when the edX
 * reconciler starts the batch that erases him, so the reconciler waits on that row; the test then
 * writes the login and commits. The reconciler must read the committed login under its lock and
 * spare him, and still erase the others of the batch.
 *
 * <p>Seen failing: with {@code LockedUsers.lock} reading without {@code FOR UPDATE}, the batch read
 * the old {@code last_login}, then waited on the row only at its {@code DELETE} and erased the
 * racer once the login was committed.
 */
class LoginRaceIT {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private E2eServers servers;
  private MorkApplication app;

  @BeforeEach
  void start() throws Exception {
    servers = new E2eServers();
    new Population(clock).create(servers);
    MorkRuns.stubSarbacane(servers);
    app =
        new MorkApplication(
            MorkConfigLoader.load(MorkRuns.environment(servers, Population.exclusions())), clock);
    new Population(clock).warn(app.graph().adapters().store().warnings());
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    servers.close();
  }

  @Test
  void givenALoginCommittedWhileTheErasureWaitsOnTheRow_reconcile_sparesTheRacerAlone()
      throws Exception {
    DomainServices services = app.graph().services();
    MorkRuns.deleteInactive(services, false, false);
    EdxSnapshot before = EdxSnapshot.take(servers);
    boolean waited;
    CompletableFuture<ReconcileServiceUseCase.Result> erasure;
    try (Connection lms = servers.edx()) {
      lms.setAutoCommit(false);
      lockRow(lms, Population.RACER);
      erasure = CompletableFuture.supplyAsync(() -> MorkRuns.reconcile(services, "edx"));
      waited = awaitLockWait();
      logIn(lms, Population.RACER);
      lms.commit();
    }
    ReconcileServiceUseCase.Result result = erasure.get(60, TimeUnit.SECONDS);
    EdxSnapshot after = EdxSnapshot.take(servers);

    assertThat(waited).as("the reconciler waited on the racer's row").isTrue();
    assertThat(result.outcomes())
        .containsEntry("spared", 1)
        .containsEntry("deleted", Population.INACTIVE.size());
    assertThat(withoutAccount(after.rowsOf(Population.RACER)))
        .as("the racer's rows but his auth_user row, which holds the new login")
        .isNotEmpty()
        .isEqualTo(withoutAccount(before.rowsOf(Population.RACER)));
    assertThat(after.column("auth_user", "id")).doesNotContainAnyElementsOf(ids());
    assertThat(EdxRows.referencing(servers, Population.INACTIVE)).isZero();
  }

  private static java.util.List<String> withoutAccount(java.util.List<String> rows) {
    return rows.stream().filter(row -> !row.startsWith("auth_user{")).toList();
  }

  private static java.util.List<String> ids() {
    return Population.INACTIVE.stream().map(String::valueOf).toList();
  }

  private static void lockRow(Connection lms, long id) throws Exception {
    try (Statement s = lms.createStatement();
        ResultSet r = s.executeQuery("SELECT id FROM auth_user WHERE id = " + id + " FOR UPDATE")) {
      assertThat(r.next()).isTrue();
    }
  }

  private void logIn(Connection lms, long id) throws Exception {
    try (PreparedStatement s =
        lms.prepareStatement("UPDATE auth_user SET last_login = ? WHERE id = ?")) {
      s.setObject(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      s.setLong(2, id);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  /**
   * Polls the server until another connection on this database has run one statement for more than
   * 300 ms (10 s at most): the erasure's statements take milliseconds unless they wait on the row
   * the test holds.
   */
  private boolean awaitLockWait() throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    try (Connection c = servers.edx();
        Statement s = c.createStatement()) {
      while (System.nanoTime() < end) {
        try (ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM information_schema.processlist WHERE db = DATABASE()"
                    + " AND id <> CONNECTION_ID() AND command = 'Query' AND time_ms > 300")) {
          r.next();
          if (r.getLong(1) > 0) {
            return true;
          }
        }
        Thread.sleep(20);
      }
    }
    return false;
  }
}
