package fr.openfun.mork.domain.service.ledger;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.Pii;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.model.StatusChange;
import fr.openfun.mork.domain.port.in.UpdateStatusUseCase;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes statuses on behalf of pull services and operators: a plain set ({@code PATCH}), a retry
 * (re-open to {@code to_delete}, attempts reset, due now) and a skip ({@code deleted}, reason
 * audited). Illegal transitions throw as the ledger does.
 */
public final class UpdateStatusService implements UpdateStatusUseCase {
  private final LedgerRepository ledger;
  private final Clock clock;

  public UpdateStatusService(LedgerRepository ledger, Clock clock) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<ServiceStatus> update(Command command) {
    StatusChange change =
        StatusChange.to(
            command.status(), "status_updated", "set to " + command.status().wireName());
    return ledger.changeStatus(
        command.userId(), command.service(), change, clock.instant(), command.actor());
  }

  @Override
  public Optional<ServiceStatus> retry(UUID userId, ServiceName service, Actor actor) {
    Instant now = clock.instant();
    StatusChange change =
        new StatusChange(
            DeletionStatus.TO_DELETE,
            0,
            Optional.empty(),
            Optional.of(now),
            true,
            "retry",
            "re-opened for a new attempt");
    return ledger.changeStatus(userId, service, change, now, actor);
  }

  @Override
  public Optional<ServiceStatus> skip(
      UUID userId, ServiceName service, String reason, Actor actor) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason: a skip must say why");
    }
    StatusChange change =
        StatusChange.to(DeletionStatus.DELETED, "skipped", "skipped: " + Pii.scrub(reason));
    return ledger.changeStatus(userId, service, change, clock.instant(), actor);
  }
}
