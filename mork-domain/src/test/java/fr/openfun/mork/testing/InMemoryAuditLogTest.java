package fr.openfun.mork.testing;

import fr.openfun.mork.domain.port.out.AuditLog;

class InMemoryAuditLogTest extends AuditLogContractTest {
  @Override
  protected AuditLog newAuditLog() {
    return new InMemoryAuditLog();
  }
}
