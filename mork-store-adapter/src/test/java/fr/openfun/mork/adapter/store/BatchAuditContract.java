package fr.openfun.mork.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.StatusChange;
import fr.openfun.mork.domain.model.StatusUpdate;
import fr.openfun.mork.testing.LedgerFixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit events a batch of status changes writes (one statement per batch) hold no email. */
abstract class BatchAuditContract {
  private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  private static final Actor JOB = Actor.of("job");

  protected abstract MorkStore store();

  @Test
  void givenABatchChangeWhoseDetailNamesAnEmail_changeStatuses_auditsItsHashNotTheEmail() {
    MorkStore store = store();
    MorkUser user = store.ledger().record(LedgerFixtures.aLedgerEntry(), T0, JOB).user();
    var change =
        StatusChange.to(DeletionStatus.DELETED, "erased", "erased " + user.email() + " there");

    store
        .ledger()
        .changeStatuses(List.of(new StatusUpdate(user.id(), ServiceName.EDX, change)), T0, JOB);

    assertThat(store.audit().history(user.id()).getLast().detail())
        .doesNotContain(user.email())
        .startsWith("erased ")
        .endsWith(" there");
  }
}
