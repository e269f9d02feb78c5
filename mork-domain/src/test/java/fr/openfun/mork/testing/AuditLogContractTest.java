package fr.openfun.mork.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.out.AuditLog;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} guarantees. */
public abstract class AuditLogContractTest {
  private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  private AuditLog audit;

  /** A new, empty audit trail (each call). */
  protected abstract AuditLog newAuditLog();

  @BeforeEach
  void createLog() {
    audit = newAuditLog();
  }

  private static AuditEvent event(Instant at, Optional<UUID> user, String action) {
    return new AuditEvent(
        at,
        Actor.of("api-key-joanie"),
        action,
        user,
        Optional.of(ServiceName.of("joanie")),
        Optional.of(DeletionStatus.TO_DELETE),
        Optional.of(DeletionStatus.DELETED),
        "patched by service");
  }

  @Test
  void givenAppendedEvent_history_returnsItUnchanged() {
    UUID user = LedgerFixtures.anyLedgerId();
    var event = event(T0, Optional.of(user), "status_changed");

    audit.append(event);

    assertThat(audit.history(user)).containsExactly(event);
  }

  @Test
  void givenEventsOfSeveralUsers_history_returnsOneUsersEventsOldestFirst() {
    UUID user = LedgerFixtures.anyLedgerId();
    var first = event(T0, Optional.of(user), "recorded");
    var second = event(T0.plusSeconds(5), Optional.of(user), "status_changed");
    audit.append(first);
    audit.append(event(T0, Optional.of(LedgerFixtures.anyLedgerId()), "recorded"));
    audit.append(event(T0, Optional.empty(), "paused"));
    audit.append(second);

    var history = audit.history(user);

    assertThat(history).containsExactly(first, second);
  }

  @Test
  void givenEventWithoutStatuses_history_keepsTheAbsences() {
    UUID user = LedgerFixtures.anyLedgerId();
    var event =
        new AuditEvent(
            T0,
            Actor.SYSTEM,
            "withdrawn",
            Optional.of(user),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "");

    audit.append(event);

    assertThat(audit.history(user)).containsExactly(event);
  }
}
