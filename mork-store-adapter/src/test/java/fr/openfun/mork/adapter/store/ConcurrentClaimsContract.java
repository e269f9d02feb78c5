package fr.openfun.mork.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.StatusClaim;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Eight workers claiming ten thousand statuses: each is claimed once, none twice. */
abstract class ConcurrentClaimsContract {
  private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
  private static final int STATUSES = 10_000;
  private static final int WORKERS = 8;

  abstract TestStore db();

  @AfterAll
  void dropDatabase() {
    db().close();
  }

  @Test
  void givenTenThousandDueStatuses_eightWorkersClaim_eachIsClaimedExactlyOnce() throws Exception {
    seed(db().reset());

    List<StatusClaim> claims = new ArrayList<>();
    long started = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(WORKERS)) {
      List<Future<List<StatusClaim>>> results = new ArrayList<>();
      for (int i = 0; i < WORKERS; i++) {
        results.add(pool.submit(worker(db().store())));
      }
      for (Future<List<StatusClaim>> result : results) {
        claims.addAll(result.get());
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;

    var users = new HashSet<UUID>();
    claims.forEach(c -> users.add(c.user().id()));
    System.out.printf(
        "%s: %d claims by %d workers in %d ms%n",
        getClass().getSimpleName(), claims.size(), WORKERS, millis);
    assertThat(claims).hasSize(STATUSES);
    assertThat(users).hasSize(STATUSES);
    assertThat(
            db().store()
                .ledger()
                .claimDue(ServiceName.EDX, NOW, 10, Duration.ofMinutes(5), Optional.empty()))
        .isEmpty();
  }

  private static Callable<List<StatusClaim>> worker(MorkStore store) {
    return () -> {
      List<StatusClaim> mine = new ArrayList<>();
      while (true) {
        var batch =
            store
                .ledger()
                .claimDue(ServiceName.EDX, NOW, 50, Duration.ofMinutes(5), Optional.empty());
        if (batch.isEmpty()) {
          return mine;
        }
        mine.addAll(batch);
      }
    };
  }

  private static void seed(MorkStore store) throws SQLException {
    Timestamp at = Timestamp.from(NOW.minusSeconds(60));
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement users =
            c.prepareStatement(
                "INSERT INTO users (id, username, edx_user_id, email, email_hash, reason, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, 'gdpr', ?, ?)");
        PreparedStatement statuses =
            c.prepareStatement(
                "INSERT INTO user_service_statuses (user_id, service, status, attempts, updated_at,"
                    + " user_created_at) VALUES (?, 'edx', 'to_delete', 0, ?, ?)")) {
      c.setAutoCommit(false);
      for (int i = 1; i <= STATUSES; i++) {
        UUID id = UUID.randomUUID();
        users.setObject(1, id);
        users.setString(2, "user" + i);
        users.setLong(3, i);
        users.setString(4, "user" + i + "@example.org");
        users.setString(5, "hmac:" + i);
        users.setTimestamp(6, at);
        users.setTimestamp(7, at);
        users.addBatch();
        statuses.setObject(1, id);
        statuses.setTimestamp(2, at);
        statuses.setTimestamp(3, at);
        statuses.addBatch();
      }
      users.executeBatch();
      statuses.executeBatch();
      c.commit();
    }
  }
}
