package fr.openfun.mork.testing;

import fr.openfun.mork.domain.port.out.AuditLog;
import fr.openfun.mork.domain.port.out.LedgerRepository;

class InMemoryLedgerRepositoryTest extends LedgerRepositoryContractTest {
  private InMemoryAuditLog audit;

  @Override
  protected LedgerRepository newLedger() {
    audit = new InMemoryAuditLog();
    return new InMemoryLedgerRepository(audit);
  }

  @Override
  protected AuditLog auditLog() {
    return audit;
  }
}
