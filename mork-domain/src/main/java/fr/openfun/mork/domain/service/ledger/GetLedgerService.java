package fr.openfun.mork.domain.service.ledger;

import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.in.GetLedgerUseCase;
import fr.openfun.mork.domain.port.out.AuditLog;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Reads the ledger and the audit trail. */
public final class GetLedgerService implements GetLedgerUseCase {
  private final LedgerRepository ledger;
  private final AuditLog audit;
  private final Optional<ServiceName> gate;

  /** Without a gate: consuming services see every user (only for tests and single-service use). */
  public GetLedgerService(LedgerRepository ledger, AuditLog audit) {
    this(ledger, audit, Optional.empty());
  }

  /** {@code gate}: the service other services wait for (edX, from {@code RunSettings}). */
  public GetLedgerService(LedgerRepository ledger, AuditLog audit, Optional<ServiceName> gate) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  @Override
  public List<MorkUser> search(LedgerQuery query) {
    return ledger.search(query);
  }

  @Override
  public List<MorkUser> searchFor(ServiceName consumer, LedgerQuery query) {
    if (gate.isEmpty() || gate.get().equals(consumer)) {
      return ledger.search(query);
    }
    return ledger.search(query.erasedFrom(gate.get()));
  }

  @Override
  public Optional<MorkUser> findFor(ServiceName consumer, UUID userId) {
    Optional<MorkUser> user = ledger.findById(userId);
    if (gate.isEmpty() || gate.get().equals(consumer)) {
      return user;
    }
    return user.filter(
        u -> u.statusIn(gate.get()).map(s -> s.status() == DeletionStatus.DELETED).orElse(false));
  }

  @Override
  public long count(LedgerQuery query) {
    return ledger.count(query);
  }

  @Override
  public Optional<MorkUser> find(UUID userId) {
    return ledger.findById(userId);
  }

  @Override
  public List<AuditEvent> history(UUID userId) {
    return audit.history(userId);
  }
}
