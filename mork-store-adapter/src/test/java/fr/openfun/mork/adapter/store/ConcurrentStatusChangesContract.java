package fr.openfun.mork.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.StatusChange;
import fr.openfun.mork.testing.LedgerFixtures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Eight workers moving one status back and forth: every change is one version, one event. */
abstract class ConcurrentStatusChangesContract {
  private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
  private static final int CHANGES = 400;
  private static final int WORKERS = 8;

  abstract TestStore db();

  @AfterAll
  void dropDatabase() {
    db().close();
  }

  @Test
  void givenOneStatus_eightWorkersChangeIt_eachChangeIsAVersionAndAChainedAuditEvent()
      throws Exception {
    MorkStore store = db().reset();
    MorkUser user = store.ledger().record(LedgerFixtures.aLedgerEntry(), NOW, Actor.of("t")).user();

    try (ExecutorService pool = Executors.newFixedThreadPool(WORKERS)) {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < CHANGES; i++) {
        DeletionStatus to = i % 2 == 0 ? DeletionStatus.DELETING : DeletionStatus.TO_DELETE;
        done.add(
            pool.submit(
                () ->
                    store
                        .ledger()
                        .changeStatus(
                            user.id(),
                            ServiceName.SARBACANE,
                            StatusChange.to(to, "status_updated", "set to " + to.wireName()),
                            NOW,
                            Actor.of("worker"))
                        .orElseThrow()));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }

    List<AuditEvent> trail =
        store.audit().history(user.id()).stream()
            .filter(e -> e.action().equals("status_updated"))
            .toList();
    assertThat(trail).hasSize(CHANGES);
    DeletionStatus state = DeletionStatus.TO_DELETE;
    for (AuditEvent e : trail) {
      assertThat(e.from()).contains(state);
      state = e.to().orElseThrow();
    }
    assertThat(store.ledger().findById(user.id()).orElseThrow().statusIn(ServiceName.SARBACANE))
        .hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(trail.getLast().to().get()));
    assertThat(version(store, user)).isEqualTo(CHANGES);
  }

  private static long version(MorkStore store, MorkUser user) throws Exception {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT version FROM user_service_statuses WHERE user_id = ? AND service = ?")) {
      ps.setObject(1, user.id());
      ps.setString(2, ServiceName.SARBACANE.value());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
