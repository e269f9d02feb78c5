package fr.openfun.mork.domain.service.ledger;

import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
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

  public GetLedgerService(LedgerRepository ledger, AuditLog audit) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  @Override
  public List<MorkUser> search(LedgerQuery query) {
    return ledger.search(query);
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
