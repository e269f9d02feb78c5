package fr.openfun.mork.adapter.store;

import fr.openfun.mork.domain.port.out.AuditLog;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import fr.openfun.mork.testing.LedgerRepositoryContractTest;
import org.junit.jupiter.api.AfterAll;

class JooqLedgerRepositoryPostgresIT extends LedgerRepositoryContractTest {
  private static final TestStore DB = TestStore.postgres("ledger");

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Override
  protected LedgerRepository newLedger() {
    return DB.reset().ledger();
  }

  @Override
  protected AuditLog auditLog() {
    return DB.store().audit();
  }
}
